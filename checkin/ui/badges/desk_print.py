"""Printing one badge on demand at the desk, and choosing the desk's badge layout and printer.

Connect the detail panel's ``print_requested(attendee_id)`` to :meth:`DeskPrintWorker.print_badge_for`.
The badge is rendered on the database lane, sent and followed on the pool; the desk keeps working.
A failed job (printer paused, out of labels, offline) is reported with a Retry button.
"""
from __future__ import annotations

import getpass

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from checkin.badges import fonts
from checkin.badges.layout import FONTS
from checkin.badges.layout_store import LayoutInfo, list_layouts, load_layout
from checkin.printing import choices
from checkin.printing.backend import PrintBackend
from checkin.services.attendees import get_attendee
from checkin.services.badges import BadgeSelection, default_layout_name
from checkin.services.machine import MachineSettings
from checkin.services.printing import DESK_TIMEOUT, PrintOutcome, prepare_print
from checkin.storage.database import Database
from checkin.ui.badges.print_flow import PrintRunWorker, PrintTarget
from checkin.ui.badges.printer_combo import PrinterComboBox
from checkin.ui.plain_text import message_box, shown
from checkin.ui.workers import DatabaseLane, Operation, run_in_pool


def warm_up_renderer() -> None:
    """Load the bundled fonts now, so that the desk's first badge prints as fast as the next (~1 s saved)."""
    for family in FONTS:
        for bold in (False, True):
            fonts.chain(family, bold)


def login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class DeskPrintSetupDialog(QDialog):
    """Which layout this desk prints on demand, and on which printer; remembered on this computer."""

    def __init__(self, backend: PrintBackend, current_layout: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_combo = QComboBox()
        self.layout_combo.currentIndexChanged.connect(self._on_layout_combo_current_index_changed)
        self.printer_combo = PrinterComboBox(backend, offer_pdf=False)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("QLabel { color: #b3261e; }")
        self.printer_combo.problem_found.connect(self._on_printer_combo_problem_found)
        self._infos: list[LayoutInfo] = []
        self._captions = [QLabel(), QLabel()]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, field in zip(self._captions, (self.layout_combo, self.printer_combo)):
            caption.setBuddy(field)
            form.addRow(caption, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 16, 18, 14)
        column.addLayout(form)
        column.addWidget(self.problem_label)
        column.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._retranslate()
        self.printer_combo.reload()
        run_in_pool(list_layouts, lambda infos: self._on_layouts_listed(infos, current_layout), receiver=self)

    def _on_layouts_listed(self, infos: list[LayoutInfo], current: str) -> None:
        self._infos = [info for info in infos if info.problem is None]
        for info in self._infos:
            self.layout_combo.addItem(info.title, info.name)
        self.layout_combo.setCurrentIndex(max(self.layout_combo.findData(current), 0))

    def explain(self, text: str) -> None:
        """A line above the choices saying why the dialog opened."""
        label = QLabel(text)
        label.setWordWrap(True)
        self.layout().insertWidget(0, label)

    def _on_printer_combo_problem_found(self, text: str) -> None:
        self.problem_label.setText(text)
        self.adjustSize()  # a window does not grow by itself for the extra lines of a wrapped label

    def _on_layout_combo_current_index_changed(self, index: int) -> None:
        if 0 <= index < len(self._infos):
            self.printer_combo.select_for_stock(self._infos[index].stock)

    def accept(self) -> None:
        index = self.layout_combo.currentIndex()
        printer = self.printer_combo.current_printer()
        if not (0 <= index < len(self._infos)) or printer is None:
            self.problem_label.setText(self.tr("Choose a layout and a printer."))
            return
        choices.remember_desk_layout(self._infos[index].name)
        choices.remember_printer(self._infos[index].stock, printer)
        super().accept()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Badge printing at this desk"))
        self._captions[0].setText(self.tr("Badge &layout:"))
        self._captions[1].setText(self.tr("&Printer:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class DeskPrintWorker(QObject):
    """Prints badges on demand. Signals carry the attendee id; ``print_failed`` a sentence for the user.

    With ``report_failures`` a failed print shows a message with Retry; the lead's window can turn
    it off and show the signal in its own way. Prints are journalled with ``station`` (this
    computer's station name unless given), ``operator`` and ``station_id`` (this computer's).
    ``target``, if set, is called on the lane at each print for where to read and journal it
    (a station or desk offline gives its replica).
    """

    print_started = Signal(str)
    print_sending = Signal(str, str)  # attendee id, the printer it goes to
    print_submitted = Signal(str, str)  # attendee id, job id
    print_succeeded = Signal(str, object)  # attendee id, PrintOutcome
    print_failed = Signal(str, str)  # attendee id, message

    def __init__(self, lane: DatabaseLane, db: Database, backend: PrintBackend, parent: QWidget,
                 station: str = "", operator: str = "", report_failures: bool = True):
        super().__init__(parent)
        self._lane = lane
        self._db = db
        self._backend = backend
        self._window = parent
        machine = MachineSettings.load()
        self.station = station or machine.station_name
        self.station_id = machine.station_id
        self.operator = operator or login_name()
        self.target: Callable[[], PrintTarget] | None = None
        self.report_failures = report_failures
        self._pending: set[str] = set()  # attendees whose badge is on its way
        self._names: dict[str, str] = {}  # for the failure message
        self._running: dict[str, PrintRunWorker] = {}
        run_in_pool(warm_up_renderer, lambda _none: None)

    def busy(self) -> bool:
        return bool(self._pending)

    def print_badge_for(self, attendee_id: str) -> None:
        """Print this attendee's badge on the desk's printer (asks for the printer the first time)."""
        if attendee_id in self._pending:
            return  # a double click: that badge is already on its way
        self._pending.add(attendee_id)
        db, target = self._db, self.target
        wanted = choices.desk_layout()

        def layout_and_printer():
            where = target() if target is not None else PrintTarget(db)
            where.check([attendee_id])
            layout = load_layout(wanted or default_layout_name(where.db))
            return layout, choices.printer_for_stock(layout.stock), get_attendee(where.db, attendee_id).full_name, where

        operation = Operation(layout_and_printer, parent=self)
        operation.on_success(lambda found: self._start(attendee_id, *found))
        operation.on_user_error(lambda error: self._on_run_failed(attendee_id, str(error)))
        operation.run_on(self._lane)

    def configure(self, then_print: str | None = None, first_time: bool = False) -> None:
        """Let the desk choose its layout and printer; print ``then_print``'s badge once chosen."""
        dialog = DeskPrintSetupDialog(self._backend, choices.desk_layout() or "", self._window)
        if first_time:
            dialog.explain(self.tr("No badge printer is chosen at this desk yet. Choose it once: Print badge "
                                   "(Ctrl+P) then prints there without asking. Badges › Badge printer at this desk "
                                   "changes it."))
        dialog.setModal(True)
        if then_print:
            dialog.accepted.connect(lambda: self.print_badge_for(then_print))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def stop(self) -> None:
        """Stop waiting on printers (before the lane stops); unfinished jobs are removed and logged as not printed."""
        for run in self._running.values():
            run.cancel()

    def _start(self, attendee_id: str, layout, printer: str | None, name: str, target: PrintTarget) -> None:
        self._names[attendee_id] = name
        if printer is None:
            self._pending.discard(attendee_id)
            self.configure(then_print=attendee_id, first_time=True)
            return
        db = target.db
        run = PrintRunWorker(self._lane, db, self._backend, self)
        self._running[attendee_id] = run
        run.submitted.connect(lambda job_id: self.print_submitted.emit(attendee_id, job_id))
        run.succeeded.connect(lambda outcome: self._on_run_succeeded(attendee_id, outcome))
        run.failed.connect(lambda text: self._on_run_failed(attendee_id, text))
        self.print_started.emit(attendee_id)
        self.print_sending.emit(attendee_id, printer)
        run.start(lambda: prepare_print(db, layout, BadgeSelection(ids=(attendee_id,)), cut_marks=False), printer,
                  copies=1, timeout=DESK_TIMEOUT, station=self.station, operator=self.operator, station_id=self.station_id,
                  target=target)

    def _finish(self, attendee_id: str) -> None:
        self._pending.discard(attendee_id)
        run = self._running.pop(attendee_id, None)
        if run is not None:
            run.deleteLater()

    def _on_run_succeeded(self, attendee_id: str, outcome: PrintOutcome) -> None:
        self._finish(attendee_id)
        self.print_succeeded.emit(attendee_id, outcome)

    def _on_run_failed(self, attendee_id: str, text: str) -> None:
        self._finish(attendee_id)
        self.print_failed.emit(attendee_id, text)
        if self.report_failures:
            self._show_failure(attendee_id, text)

    def _show_failure(self, attendee_id: str, text: str) -> None:
        name = self._names.get(attendee_id)
        headline = self.tr("The badge of {name} was not printed.").format(name=name) if name else self.tr("The badge was not printed.")
        box = message_box(QMessageBox.Icon.Warning, self.tr("Badge not printed"), headline, self._window)
        box.setInformativeText(shown(text, multiline=True))
        box.setWindowModality(Qt.WindowModality.NonModal)  # the desk keeps checking people in meanwhile
        retry = box.addButton(self.tr("Retry"), QMessageBox.ButtonRole.AcceptRole)
        settings = box.addButton(self.tr("Printer…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(retry)

        def on_clicked(button) -> None:
            if button is retry:
                self.print_badge_for(attendee_id)
            elif button is settings:
                self.configure(then_print=attendee_id)

        box.buttonClicked.connect(on_clicked)
        box.finished.connect(box.deleteLater)
        box.show()
