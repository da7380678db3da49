"""The badge designer: pick a layout and stock, preview it live with real attendees, copy and adjust one."""
from __future__ import annotations

import re
from typing import Callable, Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from checkin.badges.layout import Layout, validate
from checkin.badges.layout_store import LayoutInfo, list_layouts, load_layout, save_layout
from checkin.badges.stock import STOCKS, Sides, get_stock
from checkin.domain.model import Attendee
from checkin.domain.text import fold
from checkin.i18n import UserError, translate
from checkin.services.badges import default_layout_name, set_default_layout
from checkin.storage.database import Database
from checkin.ui.badges.layout_editor import LayoutEditorPanel
from checkin.ui.badges.preview import BadgePreviewer
from checkin.ui.badges.sample_picker import SamplePickerPanel
from checkin.ui.workers import DatabaseLane, Operation, run_in_pool, unexpected_error_text
from checkin.ui.screen_fit import fitting

_ERROR_STYLE = "QLabel { color: #b3261e; }"


def layout_name_for(title: str, taken: set[str]) -> str:
    """A file name for a layout titled ``title``: lower-case letters, digits and dashes, not yet taken."""
    base = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")[:50] or "layout"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name


def compatible_stocks(layout: Layout) -> list[str]:
    """Stocks the layout's elements fit on: the same badge size; two-sided stock for a layout with a back."""
    current = get_stock(layout.stock)
    return [
        s.id for s in STOCKS
        if (s.badge_width, s.badge_height) == (current.badge_width, current.badge_height)
        and (not layout.back or s.sides is Sides.FOLDOVER)
    ]


class BadgePreviewWidget(QWidget):
    """The badge image, scaled to fit and centred on a grey desk, with a soft shadow like paper."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._image: QImage | None = None
        self._note = ""
        self.setMinimumSize(300, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def image(self) -> QImage | None:
        return self._image

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self.update()

    def set_note(self, text: str) -> None:
        self._note = text
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(460, 600)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#5f6670"))
        if self._image is not None and not self._image.isNull():
            margin = 24
            area = self.rect().adjusted(margin, margin, -margin, -margin)
            size = self._image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(area.x() + (area.width() - size.width()) / 2, area.y() + (area.height() - size.height()) / 2,
                            size.width(), size.height())
            painter.fillRect(target.translated(3, 4), QColor(0, 0, 0, 70))
            painter.drawImage(target, self._image)
        if self._note:
            painter.setPen(QColor("white"))
            painter.drawText(self.rect().adjusted(12, 12, -12, -12), Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter
                             | Qt.TextFlag.TextWordWrap, self._note)
        painter.end()


class BadgeDesignerDialog(QDialog):
    """Non-modal: the organiser keeps it open next to the desk. Saved layouts go to the user's folder."""

    def __init__(self, lane: DatabaseLane, db: Database, attendees: Sequence[Attendee], parent: QWidget | None = None):
        super().__init__(parent)
        self._lane = lane
        self._db = db
        self._layouts: list[LayoutInfo] = []
        self._layout: Layout | None = None
        self._editable = False
        self._dirty = False
        self._event_layout = ""
        self.setSizeGripEnabled(True)

        self.layout_combo = QComboBox()
        self.layout_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.layout_combo.setMinimumContentsLength(26)
        self.layout_combo.activated.connect(self._on_layout_combo_activated)
        self.stock_combo = QComboBox()
        self.stock_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stock_combo.setMinimumContentsLength(30)
        self.stock_combo.activated.connect(self._on_stock_combo_activated)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.use_button = QPushButton()
        self.use_button.clicked.connect(self._on_use_button_clicked)
        self.samples = SamplePickerPanel()
        self.samples.attendee_chosen.connect(lambda _id: self._refresh_preview())
        self.preview = BadgePreviewWidget()
        self.editor = LayoutEditorPanel()
        self.editor.layout_edited.connect(self._on_editor_layout_edited)
        self.editor.set_categories(sorted({a.category for a in attendees if a.category}, key=str.casefold))
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self._captions = [QLabel() for _ in range(3)]

        choose = QGridLayout()
        choose.setHorizontalSpacing(10)
        choose.addWidget(self._captions[0], 0, 0)
        choose.addWidget(self.layout_combo, 0, 1)
        choose.addWidget(self.copy_button, 0, 2)
        choose.addWidget(self._captions[1], 1, 0)
        choose.addWidget(self.stock_combo, 1, 1)
        choose.addWidget(self._captions[2], 2, 0)
        choose.addWidget(self.samples, 2, 1, 1, 2)
        choose.setColumnStretch(1, 1)

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addLayout(choose)
        left_column.addWidget(self.preview, 1)
        left_column.addWidget(self.status_label)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.hint_label)
        right_column.addWidget(self.editor, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.save_button)
        right_column.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 12, 14, 12)
        column.addWidget(splitter)
        self.resize(fitting(self, 1180, 780))

        self.previewer = BadgePreviewer(lane, db, self)
        self.previewer.preview_ready.connect(self._on_previewer_preview_ready)
        self.previewer.preview_failed.connect(self._on_previewer_preview_failed)
        self.previewer.busy_changed.connect(self._on_previewer_busy_changed)
        self._retranslate()
        self._set_editable(False)
        self.samples.set_attendees(attendees)
        Operation(lambda: default_layout_name(db), parent=self).on_success(self._on_default_layout_loaded).run_on(lane)

    # ---- layouts -----------------------------------------------------------------------------

    def current_layout(self) -> Layout | None:
        return self._layout

    def layout_names(self) -> list[str]:
        return [info.name for info in self._layouts]

    def _on_default_layout_loaded(self, name: str) -> None:
        self._event_layout = name
        self._reload_layouts(select=name)

    def _reload_layouts(self, select: str) -> None:
        run_in_pool(list_layouts, lambda infos: self._on_layouts_listed(infos, select), self._on_load_failed, receiver=self)

    def _on_layouts_listed(self, infos: list[LayoutInfo], select: str) -> None:
        self._layouts = [info for info in infos if info.problem is None]
        self.layout_combo.clear()
        for info in self._layouts:
            text = info.title if info.builtin else self.tr("{title} (yours)").format(title=info.title)
            if info.name == self._event_layout:
                text = self.tr("{title} — this event's layout").format(title=text)
            self.layout_combo.addItem(text, info.name)
        index = max(self.layout_combo.findData(select), 0)
        self.layout_combo.setCurrentIndex(index)
        if self._layouts:
            self._open_layout(self.layout_combo.itemData(index))

    def _on_load_failed(self, error: BaseException) -> None:
        self._show_status(str(error) if isinstance(error, UserError) else unexpected_error_text(), error=True)

    def _open_layout(self, name: str) -> None:
        info = next(i for i in self._layouts if i.name == name)
        run_in_pool(lambda: load_layout(name), lambda layout: self._show_layout(layout, editable=not info.builtin), self._on_load_failed, receiver=self)

    def _show_layout(self, layout: Layout, editable: bool) -> None:
        self._layout = layout
        self.layout_combo.setCurrentIndex(self.layout_combo.findData(layout.name))
        self._dirty = False
        self._set_editable(editable)
        self.editor.set_layout(layout)
        self._fill_stocks()
        self._refresh_preview()

    def _fill_stocks(self) -> None:
        self.stock_combo.clear()
        for stock_id in compatible_stocks(self._layout):
            self.stock_combo.addItem(translate("Stock", get_stock(stock_id).label), stock_id)
        self.stock_combo.setCurrentIndex(self.stock_combo.findData(self._layout.stock))

    def _set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.editor.setEnabled(editable)
        self.stock_combo.setEnabled(editable)
        self._update_buttons()
        self.hint_label.setVisible(not editable)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self._editable and self._dirty)
        saved = self._layout is not None and not self._dirty
        self.use_button.setEnabled(saved and self._layout.name != self._event_layout)

    def _then_if_discarded(self, then: Callable[[], None]) -> None:
        """Run ``then`` now if nothing is unsaved; otherwise once the organiser agrees to discard.

        The question is not modal-blocking, so closing the window never hangs on it.
        """
        if not self._dirty:
            then()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Your changes to “{title}” are not saved. Discard them?").format(title=self._layout.title),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def on_finished(result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard:
                self._dirty = False
                then()

        box.finished.connect(on_finished)
        box.finished.connect(box.deleteLater)
        box.open()

    def _on_layout_combo_activated(self, index: int) -> None:
        name = self.layout_combo.itemData(index)
        if self._layout is None or name == self._layout.name:
            return
        self.layout_combo.setCurrentIndex(self.layout_combo.findData(self._layout.name))  # until it really opens
        self._then_if_discarded(lambda: self._open_layout(name))

    def _on_stock_combo_activated(self, index: int) -> None:
        self._edited(self._layout.with_changes(stock=self.stock_combo.itemData(index)))

    def _on_editor_layout_edited(self, layout: Layout) -> None:
        self._edited(layout)

    def _edited(self, layout: Layout) -> None:
        self._layout = layout
        self._dirty = True
        self._update_buttons()
        self._refresh_preview()

    def _on_copy_button_clicked(self) -> None:
        title, ok = QInputDialog.getText(
            self, self.tr("Copy and adjust"), self.tr("Name of your copy:"), text=self.tr("{title} (copy)").format(title=self._layout.title)
        )
        if ok and title.strip():
            self.copy_current(title.strip())

    def copy_current(self, title: str) -> None:
        """Save the shown layout (with any edits) as the user's own under ``title``, and open it."""
        copy = self._layout.with_changes(name=layout_name_for(title, set(self.layout_names())), title=title)
        self._save(copy)

    def save(self) -> None:
        if self._layout is not None and self._editable:
            self._save(self._layout)

    def _save(self, layout: Layout) -> None:
        self.save_button.setEnabled(False)
        run_in_pool(lambda: save_layout(layout), lambda _path: self._on_saved(layout), self._on_save_failed, receiver=self)

    def _on_saved(self, layout: Layout) -> None:
        self._layout = layout
        self._dirty = False
        self._show_status(self.tr("Saved “{title}”.").format(title=layout.title))
        self._reload_layouts(select=layout.name)

    def _on_save_failed(self, error: BaseException) -> None:
        self._update_buttons()
        self._show_status(str(error) if isinstance(error, UserError) else unexpected_error_text(), error=True)

    def _on_use_button_clicked(self) -> None:
        name, title, db = self._layout.name, self._layout.title, self._db
        operation = Operation(lambda: set_default_layout(db, name), parent=self)
        operation.on_success(lambda _none: self._on_event_layout_set(name, title))
        operation.on_user_error(lambda error: self._show_status(str(error), error=True)).run_on(self._lane)

    def _on_event_layout_set(self, name: str, title: str) -> None:
        self._event_layout = name
        self._show_status(self.tr("This event's badges now use “{title}”.").format(title=title))
        self._reload_layouts(select=name)

    # ---- preview -----------------------------------------------------------------------------

    def _refresh_preview(self) -> None:
        attendee_id = self.samples.current_attendee_id()
        if self._layout is None or attendee_id is None:
            return
        try:
            validate(self._layout)
        except UserError as error:
            self.save_button.setEnabled(False)
            self._show_status(str(error), error=True)
            return
        self._update_buttons()
        self.previewer.request(self._layout, attendee_id)

    def _on_previewer_preview_ready(self, image: QImage) -> None:
        self.preview.set_image(image)
        self._show_status("")

    def _on_previewer_preview_failed(self, text: str) -> None:
        self._show_status(text, error=True)

    def _on_previewer_busy_changed(self, busy: bool) -> None:
        self.preview.set_note(self.tr("Rendering…") if busy else "")

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet(_ERROR_STYLE if error else "")
        self.status_label.setText(text)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Badge designer"))
        for caption, text in zip(self._captions, (self.tr("Layout:"), self.tr("Badge stock:"), self.tr("Preview with:"))):
            caption.setText(text)
        self.copy_button.setText(self.tr("Copy and adjust…"))
        self.save_button.setText(self.tr("Save"))
        self.use_button.setText(self.tr("Use for this event"))
        self.hint_label.setText(self.tr("Layouts that come with the app cannot be changed. “Copy and adjust…” makes your own copy to edit."))
        if self._layout is not None:
            self._fill_stocks()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def hideEvent(self, event) -> None:
        self.previewer.cancel()  # nothing to preview for a hidden window, and the lane may be stopping
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._layout is not None and self.preview.image() is not None:
            self._refresh_preview()

    def closeEvent(self, event) -> None:
        if self._dirty:
            event.ignore()
            self._then_if_discarded(self.close)
        else:
            event.accept()
