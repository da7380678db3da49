"""Checking someone in by hand: search by name (misspelt is fine), pick, check in; or register a walk-in.

For the person who lost their badge or left their phone at the hotel. The search is the desk's own
attendee model, with its index built off the GUI thread, so it finds the same people the desk does.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.domain.model import Attendee, Session
from checkin.ui.attendee_columns import Column
from checkin.ui.attendee_model import ATTENDEE_ROLE, AttendeeTableModel
from checkin.ui.plain_text import shown

_SHOWN_COLUMNS = (Column.FAMILY_NAME, Column.GIVEN_NAME, Column.ORGANISATION)


class ManualCheckInPanel(QWidget):
    check_in_requested = Signal(str)  # attendee id
    walk_in_requested = Signal(str)  # what was searched for, to start the walk-in's name with

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = AttendeeTableModel(self)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.installEventFilter(self)
        self.title_label.setBuddy(self.search_edit)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in Column:
            self.table.setColumnHidden(column, column not in _SHOWN_COLUMNS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(Column.FAMILY_NAME, 130)
        self.table.setColumnWidth(Column.GIVEN_NAME, 100)
        # A click or double-click only chooses: the list can shift under the pointer (a walk-in added,
        # a search finishing), so checking in takes Enter or the button, which names the person.
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_check_in_button())
        self.table.installEventFilter(self)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.search_ready_changed.connect(lambda _ready: self._update_count())

        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.count_label.setEnabled(False)
        self.check_in_button = QPushButton()
        self.check_in_button.clicked.connect(self.check_in_current)
        self.walk_in_button = QPushButton()
        self.walk_in_button.clicked.connect(lambda: self.walk_in_requested.emit(self.search_edit.text().strip()))

        buttons = QHBoxLayout()
        buttons.addWidget(self.check_in_button)
        buttons.addStretch(1)
        buttons.addWidget(self.walk_in_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title_label)
        column.addWidget(self.search_edit)
        column.addWidget(self.table, 1)
        column.addWidget(self.count_label)
        column.addLayout(buttons)
        self.setTabOrder(self.search_edit, self.table)
        self.setTabOrder(self.table, self.check_in_button)
        self.setTabOrder(self.check_in_button, self.walk_in_button)
        self._retranslate()

    # ---- the people -----------------------------------------------------------------------------

    def set_attendees(self, attendees: Sequence[Attendee], sessions: Sequence[Session]) -> None:
        self.model.set_attendees(attendees, sessions)

    def apply_attendee(self, attendee: Attendee) -> None:
        """A walk-in or an edited person: searchable at once."""
        if self.model.attendee(attendee.id) is None:
            self.model.add_attendee(attendee)
        else:
            self.model.update_attendee(attendee)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear(self) -> None:
        self.search_edit.clear()

    def current_attendee(self) -> Attendee | None:
        index = self.table.currentIndex()
        return index.data(ATTENDEE_ROLE) if index.isValid() else None

    def check_in_current(self) -> None:
        attendee = self.current_attendee()
        if attendee is not None:
            self.check_in_requested.emit(attendee.id)

    # ---- searching ----------------------------------------------------------------------------

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.model.set_filter(text)

    def _on_model_reset(self) -> None:
        # Only a search picks someone: with an empty field nobody is chosen by accident.
        if self.model.rowCount() and self.search_edit.text().strip():
            self._select(0)
        self._update_count()
        self._update_check_in_button()

    def _select(self, position: int) -> None:
        index = self.model.index(position, Column.FAMILY_NAME)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _update_check_in_button(self) -> None:
        attendee = self.current_attendee()
        self.check_in_button.setEnabled(attendee is not None)
        if attendee is None:
            self.check_in_button.setText(self.tr("Check in (Enter)"))
        else:
            name = shown(attendee.full_name)
            name = name if len(name) <= 28 else name[:27] + "…"  # the button must not squeeze the list
            self.check_in_button.setText(self.tr("Check in {name} (Enter)").format(name=name.replace("&", "&&")))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        # From the search field, Down / Enter go to the results, so the arrows pick a person.
        if watched is self.search_edit and key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid():
                    self._select(0)
            return True
        # Enter on a row checks that person in (also where the style does not activate on Enter).
        if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.check_in_current()
            return True
        return super().eventFilter(watched, event)

    def _update_count(self) -> None:
        text = self.search_edit.text().strip()
        if self.model.search_pending:
            label = self.tr("Preparing the search…")
        elif text and not self.model.rowCount():
            label = self.tr("No one matches “{text}”. Check the spelling, or register a walk-in (Ctrl+N).").format(text=text)
        elif text:
            label = self.tr("↓ and Enter check the chosen person in.")
        else:
            label = self.tr("Type a name, an organisation or a city.")
        self.count_label.setText(label)

    def _retranslate(self) -> None:
        self.title_label.setText(self.tr("Check in by &name (Ctrl+F)"))
        self.search_edit.setPlaceholderText(self.tr("Name, organisation, city…"))
        self.search_edit.setAccessibleName(self.tr("Search by name"))
        self._update_check_in_button()
        self.check_in_button.setToolTip(self.tr("Check the chosen person in"))
        self.walk_in_button.setText(self.tr("Walk-in… (Ctrl+N)"))
        self.walk_in_button.setToolTip(self.tr("Register someone who is not on the list, check them in and print their badge"))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
