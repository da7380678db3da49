"""The start screen shown when no event is open: new event, open event, recent events, demo hint."""
from __future__ import annotations

import os

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.ui.plain_text import shown, tooltip
from checkin.ui.settings import is_url
from checkin.ui.shared_database_dialog import show_shared_database_dialog

_ERROR_STYLE = (
    "QLabel { background: #fde7e4; color: #5f1410; border: 1px solid #e8a49c; border-radius: 4px; padding: 8px 10px; }"
)


class StartScreen(QWidget):
    new_event_requested = Signal()
    open_event_requested = Signal()
    recent_event_chosen = Signal(str)  # path or database URL
    demo_event_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title_label = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 2.0)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)

        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_event_requested)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_event_requested)
        self.shared_button = QPushButton()
        # The event on the server opens like a recent one: the window already listens to that.
        self.shared_button.clicked.connect(lambda: show_shared_database_dialog(self, self.recent_event_chosen.emit))
        for button in (self.new_button, self.open_button, self.shared_button):
            button.setMinimumHeight(36)
            button.setMinimumWidth(150)
        self.new_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.shared_button)
        buttons.addStretch(1)

        self.recent_title = QLabel()
        font = self.recent_title.font()
        font.setBold(True)
        self.recent_title.setFont(font)
        self.recent_list = QListWidget()
        self.recent_list.setFrameShape(QFrame.Shape.StyledPanel)
        self.recent_list.itemActivated.connect(self._on_recent_list_item_activated)
        self.no_recent_label = QLabel()
        self.no_recent_label.setEnabled(False)

        self.demo_hint = QLabel()
        self.demo_hint.setWordWrap(True)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(self.demo_event_requested)
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.demo_button)
        demo_row.addStretch(1)

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(self.title_label)
        column.addWidget(self.intro_label)
        column.addWidget(self.error_label)
        column.addSpacing(6)
        column.addLayout(buttons)
        column.addSpacing(14)
        column.addWidget(self.recent_title)
        column.addWidget(self.recent_list)
        column.addWidget(self.no_recent_label)
        column.addSpacing(14)
        column.addWidget(self.demo_hint)
        column.addLayout(demo_row)
        column.addStretch(1)

        # A readable column in the middle of a wide window.
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 56, 24, 24)
        outer.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(720)
        holder.setMinimumWidth(420)
        outer.addWidget(holder, 4)
        outer.addStretch(1)

        self.setTabOrder(self.new_button, self.open_button)
        self.setTabOrder(self.open_button, self.shared_button)
        self.setTabOrder(self.shared_button, self.recent_list)
        self.setTabOrder(self.recent_list, self.demo_button)
        self._recent: list[str] = []
        self._retranslate()

    def set_recent_events(self, locations: list[str]) -> None:
        self._recent = list(locations)
        self.recent_list.clear()
        for location in self._recent:
            label = location if is_url(location) else os.path.basename(location)
            item = QListWidgetItem(shown(label))
            item.setToolTip(tooltip(location))
            item.setData(Qt.ItemDataRole.UserRole, location)
            self.recent_list.addItem(item)
        if self._recent:
            self.recent_list.setCurrentRow(0)
        rows = max(1, min(len(self._recent), 8))
        self.recent_list.setFixedHeight(rows * (self.recent_list.sizeHintForRow(0) + 2) + 8)
        self.recent_list.setVisible(bool(self._recent))
        self.no_recent_label.setVisible(not self._recent)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def focus_first(self) -> None:
        (self.recent_list if self._recent else self.new_button).setFocus()

    def _on_recent_list_item_activated(self, item: QListWidgetItem) -> None:
        self.recent_event_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _retranslate(self) -> None:
        self.title_label.setText(self.tr("Check-in Desk"))
        self.intro_label.setText(
            self.tr("Open the event you are working on, or create a new one and load its registration list.")
        )
        self.new_button.setText(self.tr("&New event…"))
        self.open_button.setText(self.tr("&Open event…"))
        self.shared_button.setText(self.tr("&Shared database…"))
        self.shared_button.setToolTip(self.tr("Work on an event kept on the venue's database server, with the other desks"))
        self.recent_title.setText(self.tr("Recent events"))
        self.no_recent_label.setText(self.tr("No recent events yet."))
        self.demo_hint.setText(
            self.tr("Just looking? A demo event has 700 attendees from 140 cities and a three-day programme.")
        )
        self.demo_button.setText(self.tr("Create a &demo event…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
