"""Printing badges in batches: filter and sort the attendees, choose layout and printer, print or save a PDF."""
from __future__ import annotations

import math
from typing import Sequence

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin.badges.layout_store import LayoutInfo, list_layouts
from checkin.badges.stock import get_stock
from checkin.domain.model import Attendee, Session
from checkin.i18n import UserError
from checkin.printing import choices
from checkin.printing.backend import PrintBackend
from checkin.services.badges import BadgeSelection, SortKey, default_layout_name, render_badges, select_attendees
from checkin.services.machine import MachineSettings
from checkin.services.printing import BATCH_TIMEOUT, PrintOutcome, prepare_print
from checkin.storage.database import Database
from checkin.ui.badges.print_flow import PrintRunWorker
from checkin.ui.badges.printer_combo import PrinterComboBox
from checkin.ui.plain_text import shown
from checkin.ui.workers import DatabaseLane, Operation, run_in_pool, unexpected_error_text
from checkin.ui import file_dialogs

_ERROR_STYLE = "QLabel { color: #b3261e; }"
_DONE_STYLE = "QLabel { color: #1d5a2c; }"


def _counted(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (translated sentences with {n}) by ``n``: the app's languages, English and
    French, have one singular form; other placeholders stay for the caller to fill."""
    return (one if n == 1 else many).replace("{n}", str(n))


class BatchPrintDialog(QDialog):
    """Prints or saves the chosen badges; ``selected_ids`` (the desk's selection) can limit them.

    ``badges_printed(list of attendee ids)`` follows every print that came out.
    """

    badges_printed = Signal(list)

    def __init__(self, lane: DatabaseLane, db: Database, backend: PrintBackend, attendees: Sequence[Attendee],
                 sessions: Sequence[Session], selected_ids: Sequence[str] = (), station: str = "", operator: str = "",
                 parent: QWidget | None = None, station_id: str = ""):
        super().__init__(parent)
        self._lane = lane
        self._db = db
        self._backend = backend
        self._selected = tuple(selected_ids)
        self._station = station
        self._operator = operator
        self._station_id = station_id or MachineSettings.load().station_id  # prints record this computer's id
        self._layouts: list[LayoutInfo] = []
        self._count: int | None = None
        self._count_generation = 0
        self._run: PrintRunWorker | None = None  # the print under way, if any
        self._working = False  # printing or saving a PDF

        self.category_combo = QComboBox()
        self.category_combo.addItem("", None)
        for category in sorted({a.category for a in attendees if a.category}, key=str.casefold):
            self.category_combo.addItem(shown(category), category)
        self.session_combo = QComboBox()
        self.session_combo.addItem("", None)
        for session in sessions:
            self.session_combo.addItem(shown(session.title), session.title)
        self.unprinted_box = QCheckBox()
        self.selection_box = QCheckBox()
        self.selection_box.setVisible(bool(self._selected))
        self.selection_box.setChecked(bool(self._selected))
        self.sort_combo = QComboBox()
        for key in SortKey:
            self.sort_combo.addItem("", key.value)
        self.layout_combo = QComboBox()
        self.printer_combo = PrinterComboBox(backend)
        self.copies_box = QSpinBox()
        self.copies_box.setRange(1, 20)
        self.copies_box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # a number, not a text field
        self.copies_box.setMinimumWidth(90)
        self.count_label = QLabel()
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.go_button = QPushButton()
        self.go_button.setDefault(True)
        self.go_button.clicked.connect(self._on_go_button_clicked)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self._on_close_button_clicked)

        self._captions = [QLabel() for _ in range(7)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, field in zip(self._captions, (self.category_combo, self.session_combo, self.unprinted_box,
                                                   self.sort_combo, self.layout_combo, self.printer_combo, self.copies_box)):
            caption.setBuddy(field)
            form.addRow(caption, field)
        form.insertRow(3, "", self.selection_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.go_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 16, 18, 14)
        column.setSpacing(10)
        column.addLayout(form)
        column.addWidget(self.count_label)
        column.addWidget(self.progress)
        column.addWidget(self.status_label)
        column.addLayout(buttons)
        self.setMinimumWidth(600)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(150)
        self._count_timer.timeout.connect(self._recount)
        for combo in (self.category_combo, self.session_combo, self.layout_combo):
            combo.currentIndexChanged.connect(lambda _i: self._count_timer.start())
        for box in (self.unprinted_box, self.selection_box):
            box.toggled.connect(lambda _on: self._count_timer.start())
        self.layout_combo.currentIndexChanged.connect(self._on_layout_combo_current_index_changed)
        self.printer_combo.currentIndexChanged.connect(lambda _i: self._update_go_button())
        self.printer_combo.problem_found.connect(lambda text: self._show_status(text, error=True))
        self._retranslate()
        self.printer_combo.reload()
        Operation(lambda: default_layout_name(db), parent=self).on_success(self._on_default_layout_loaded).run_on(lane)

    # ---- choices -----------------------------------------------------------------------------

    def selection(self) -> BadgeSelection:
        return BadgeSelection(
            category=self.category_combo.currentData(),
            session=self.session_combo.currentData(),
            only_unprinted=self.unprinted_box.isChecked(),
            ids=self._selected if self._selected and self.selection_box.isChecked() else None,
            sort=SortKey(self.sort_combo.currentData()),
        )

    def badge_count(self) -> int | None:
        """How many badges the current filters select (None until counted)."""
        return self._count

    def layout_name(self) -> str | None:
        return self.layout_combo.currentData()

    def _layout_info(self) -> LayoutInfo | None:
        return next((info for info in self._layouts if info.name == self.layout_combo.currentData()), None)

    def _on_default_layout_loaded(self, name: str) -> None:
        run_in_pool(list_layouts, lambda infos: self._on_layouts_listed(infos, name),
                    lambda error: self._show_status(str(error) if isinstance(error, UserError) else unexpected_error_text(), error=True),
                    receiver=self)

    def _on_layouts_listed(self, infos: list[LayoutInfo], default: str) -> None:
        self._layouts = [info for info in infos if info.problem is None]
        self.layout_combo.blockSignals(True)
        for info in self._layouts:
            self.layout_combo.addItem(info.title, info.name)
        self.layout_combo.setCurrentIndex(max(self.layout_combo.findData(default), 0))
        self.layout_combo.blockSignals(False)
        self._on_layout_combo_current_index_changed(self.layout_combo.currentIndex())
        self._recount()

    def _on_layout_combo_current_index_changed(self, _index: int) -> None:
        info = self._layout_info()
        if info is not None:
            self.printer_combo.select_for_stock(info.stock)

    def _recount(self) -> None:
        self._count_generation += 1
        generation, selection, db = self._count_generation, self.selection(), self._db
        operation = Operation(lambda: len(select_attendees(db, selection)), parent=self)
        operation.on_success(lambda n: self._on_counted(n, generation))
        operation.on_user_error(lambda error: self._on_count_failed(str(error), generation))
        operation.run_on(self._lane)

    def _on_counted(self, count: int, generation: int) -> None:
        if generation != self._count_generation:
            return
        self._count = count
        info = self._layout_info()
        per_sheet = get_stock(info.stock).per_sheet if info else 1
        self.count_label.setText(
            _counted(count, self.tr("1 badge"), self.tr("{n} badges")) + " · "
            + _counted(math.ceil(count / per_sheet), self.tr("1 sheet"), self.tr("{n} sheets"))
        )
        self._update_go_button()

    def _on_count_failed(self, text: str, generation: int) -> None:
        if generation == self._count_generation:
            self._count = None
            self.count_label.setText("")
            self._show_status(text, error=True)
            self._update_go_button()

    def _update_go_button(self) -> None:
        to_pdf = self.printer_combo.currentData() == ""
        self.copies_box.setEnabled(not to_pdf)
        if not self._working:
            self.go_button.setText(self.tr("Save PDF…") if to_pdf else self.tr("Print"))
        ready = self.printer_combo.currentData() is not None and self._layout_info() is not None
        self.go_button.setEnabled(not self._working and ready and bool(self._count))

    # ---- printing ----------------------------------------------------------------------------

    def _on_go_button_clicked(self) -> None:
        printer = self.printer_combo.current_printer()
        if printer is None:
            self._save_pdf()
        else:
            self.print_to(printer)

    def print_to(self, printer: str) -> None:
        info, selection, db = self._layout_info(), self.selection(), self._db
        self._run = PrintRunWorker(self._lane, db, self._backend, self)
        self._run.prepared.connect(lambda prepared: self._show_status(
            _counted(len(prepared.attendee_ids), self.tr("Sending the badge to the printer…"), self.tr("Sending {n} badges to the printer…"))))
        self._run.submitted.connect(lambda job: self._show_status(self.tr("Sent as job {job}; waiting for the printer…").format(job=job)))
        self._run.succeeded.connect(lambda outcome: self._on_printed(outcome, info.stock))
        self._run.failed.connect(self._on_print_failed)
        self._busy(self.tr("Making the badges…"))
        self._run.start(lambda: prepare_print(db, info.name, selection), printer, copies=self.copies_box.value(),
                        timeout=BATCH_TIMEOUT, station=self._station, operator=self._operator,
                        station_id=self._station_id)

    def _on_printed(self, outcome: PrintOutcome, stock: str) -> None:
        choices.remember_printer(stock, outcome.printer)
        self.badges_printed.emit(list(outcome.attendee_ids))
        text = _counted(len(outcome.attendee_ids), self.tr("Printed 1 badge on {printer} (job {job})."),
                        self.tr("Printed {n} badges on {printer} (job {job}).")).format(printer=outcome.printer, job=outcome.job_id or "–")
        if outcome.reprints:
            text += " " + _counted(outcome.reprints, self.tr("1 of them had been printed before."),
                                   self.tr("{n} of them had been printed before."))
        self._idle(text, done=True)
        self._count_timer.start()

    def _on_print_failed(self, text: str) -> None:
        self._idle(text, error=True)
        self.go_button.setText(self.tr("Retry"))

    def _save_pdf(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = file_dialogs.save_file_name(self, self.tr("Save the badges as"), folder + "/badges.pdf", self.tr("PDF files (*.pdf)"))
        if path:
            self.save_pdf_to(path)

    def save_pdf_to(self, path: str) -> None:
        name, selection, db = self.layout_name(), self.selection(), self._db
        self._busy(self.tr("Making the badges…"))
        operation = Operation(lambda: render_badges(db, path, name, selection), parent=self)
        operation.on_success(lambda result: self._idle(
            _counted(result.badges, self.tr("Saved 1 badge to {path}."), self.tr("Saved {n} badges to {path}.")).format(path=path),
            done=True))
        operation.on_user_error(lambda error: self._idle(str(error), error=True))
        # After an unexpected error (which the lane reports) the dialog must not stay busy.
        operation.on_finished(lambda: self._idle(None) if self._working else None)
        operation.run_on(self._lane)

    def _busy(self, text: str) -> None:
        self._working = True
        self.progress.show()
        self._show_status(text)
        self.close_button.setText(self.tr("Cancel"))
        self._update_go_button()

    def _idle(self, text: str | None, done: bool = False, error: bool = False) -> None:
        self._working = False
        if self._run is not None:
            self._run.deleteLater()
            self._run = None
        self.progress.hide()
        if text is not None:
            self._show_status(text, error=error, done=done)
        self.close_button.setText(self.tr("Close"))
        self._update_go_button()

    def _on_close_button_clicked(self) -> None:
        if self._run is not None:
            self._run.cancel()
            self._show_status(self.tr("Cancelling…"))
        else:
            self.reject()

    def _show_status(self, text: str, error: bool = False, done: bool = False) -> None:
        self.status_label.setStyleSheet(_ERROR_STYLE if error else _DONE_STYLE if done else "")
        self.status_label.setText(text)

    def reject(self) -> None:
        if not self._working:  # a running job is cancelled first, so nothing prints unlogged
            super().reject()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print badges"))
        texts = (self.tr("&Category:"), self.tr("&Session:"), self.tr("Not yet printed:"), self.tr("S&ort by:"),
                 self.tr("&Layout:"), self.tr("&Printer:"), self.tr("Cop&ies:"))
        for caption, text in zip(self._captions, texts):
            caption.setText(text)
        self.category_combo.setItemText(0, self.tr("All categories"))
        self.session_combo.setItemText(0, self.tr("All sessions"))
        self.unprinted_box.setText(self.tr("Only badges that were never printed"))
        self.selection_box.setText(_counted(len(self._selected), self.tr("Only the attendee selected in the list"),
                                            self.tr("Only the {n} attendees selected in the list")))
        sorts = {SortKey.FAMILY.value: self.tr("Family name"), SortKey.COUNTRY.value: self.tr("Country, then city"),
                 SortKey.CATEGORY.value: self.tr("Category, then family name")}
        for index in range(self.sort_combo.count()):
            self.sort_combo.setItemText(index, sorts[self.sort_combo.itemData(index)])
        self.close_button.setText(self.tr("Cancel") if self._working else self.tr("Close"))
        self._update_go_button()
        if self._count is not None:
            self._on_counted(self._count, self._count_generation)

    def hideEvent(self, event) -> None:
        self._count_timer.stop()  # a hidden dialog needs no count, and the lane may be stopping
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
