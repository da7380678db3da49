"""Badges printed at the station (walk-ins, first entrance check-ins), and a quiet line saying how it went.

A failed print is told in a line under the scans with Retry and Printer… buttons, never in a box
that would take the keyboard away from the scanner.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from checkin.domain.model import Attendee
from checkin.printing.backend import PrintBackend
from checkin.storage.database import Database
from checkin.ui.badges.desk_print import DeskPrintWorker
from checkin.ui.workers import DatabaseLane

_INFO_STYLE = "QWidget#printNotice { background: #eef3fb; border-radius: 4px; }"
_PROBLEM_STYLE = "QWidget#printNotice { background: #fff1cc; border: 1px solid #e3b341; border-radius: 4px; }"


class PrintNotice(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("printNotice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.retry_button = QPushButton()
        self.printer_button = QPushButton()
        for button in (self.retry_button, self.printer_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.retry_button)
        row.addWidget(self.printer_button)
        self.hide()

    def say(self, text: str, problem: bool = False) -> None:
        self.label.setText(text)
        self.setStyleSheet(_PROBLEM_STYLE if problem else _INFO_STYLE)
        self.retry_button.setVisible(problem)
        self.printer_button.setVisible(problem)
        self.show()


class StationPrinting(QObject):
    """``printed(attendee_id)`` once a badge is out of the printer."""

    printed = Signal(str)

    def __init__(self, lane: DatabaseLane, db: Database, backend: PrintBackend, window: QWidget):
        super().__init__(window)
        self.notice = PrintNotice()
        self.worker = DeskPrintWorker(lane, db, backend, window, report_failures=False)
        self.worker.print_started.connect(self._on_worker_print_started)
        self.worker.print_succeeded.connect(self._on_worker_print_succeeded)
        self.worker.print_failed.connect(self._on_worker_print_failed)
        self.notice.retry_button.clicked.connect(self.retry)
        self.notice.printer_button.clicked.connect(self._on_printer_button_clicked)
        self._names: dict[str, str] = {}
        self._failed: str | None = None
        window.installEventFilter(self)
        self._retranslate()

    def configure(self, station: str, operator: str, station_id: str = "") -> None:
        """Prints are logged with the station's name, id and operator, like its scans."""
        if station_id:
            self.worker.station_id = station_id
        if station:
            self.worker.station = station
        if operator:
            self.worker.operator = operator

    def print_badge(self, attendee: Attendee) -> None:
        self._names[attendee.id] = attendee.full_name
        self.worker.print_badge_for(attendee.id)

    def retry(self) -> None:
        if self._failed is not None:
            self.worker.print_badge_for(self._failed)

    def stop(self) -> None:
        self.worker.stop()

    def _name(self, attendee_id: str) -> str:
        return self._names.get(attendee_id, "")

    def _on_worker_print_started(self, attendee_id: str) -> None:
        self.notice.say(self.tr("Printing the badge of {name}…").format(name=self._name(attendee_id)))

    def _on_worker_print_succeeded(self, attendee_id: str, _outcome) -> None:
        if self._failed == attendee_id:
            self._failed = None
        self.notice.say(self.tr("Badge of {name} printed.").format(name=self._name(attendee_id)))
        self.printed.emit(attendee_id)

    def _on_worker_print_failed(self, attendee_id: str, text: str) -> None:
        self._failed = attendee_id
        self.notice.say(self.tr("The badge of {name} was not printed: {problem}").format(
            name=self._name(attendee_id), problem=text), problem=True)

    def _on_printer_button_clicked(self) -> None:
        self.worker.configure(then_print=self._failed)

    def _retranslate(self) -> None:
        self.notice.retry_button.setText(self.tr("Retry"))
        self.notice.printer_button.setText(self.tr("Printer…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False
