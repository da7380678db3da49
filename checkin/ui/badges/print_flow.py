"""One print run in the window: render on the database lane, send and wait on the pool, log on the lane.

The GUI thread never waits on the printer, and the database lane is never held while a job prints,
so the desk keeps checking people in. Used by the desk's on-demand print and by the batch dialog.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QObject, Signal

from checkin.i18n import UserError
from checkin.printing.backend import PrintBackend
from checkin.services.printing import Delivery, PreparedPrint, PrintOutcome, record_print, send_print
from checkin.storage.database import Database
from checkin.ui.workers import DatabaseLane, Operation, run_in_pool, unexpected_error_text


# record(prepared, delivery, station, operator, station_id) -> PrintOutcome, on the lane
Recorder = Callable[[PreparedPrint, Delivery, str, str, str], PrintOutcome]
# check(attendee_ids): raises UserError if their badges cannot be printed from there, on the lane
Checker = Callable[[Sequence[str]], object]


@dataclass(frozen=True, slots=True)
class PrintTarget:
    """Where a print reads its badges, and how it is journalled: by default the event's database
    and :func:`record_print`; a station offline reads its replica and queues the journal lines, after
    checking that each badge has a code the server agrees with (``checker``)."""

    db: Database
    recorder: Recorder | None = None
    checker: Checker | None = None

    def check(self, attendee_ids: Sequence[str]) -> None:
        """Before rendering: a UserError saying why these badges cannot be printed from here."""
        if self.checker is not None:
            self.checker(attendee_ids)

    def record(self, prepared: PreparedPrint, delivery: Delivery, station: str, operator: str, station_id: str) -> PrintOutcome:
        if self.recorder is not None:
            return self.recorder(prepared, delivery, station, operator, station_id)
        return record_print(self.db, prepared, delivery, station, operator, station_id)


class PrintRunWorker(QObject):
    """Runs one print. Emits ``prepared(PreparedPrint)`` once rendered, ``submitted(job_id)`` once the
    queue has the job, then exactly one of ``succeeded(PrintOutcome)`` or ``failed(str)``."""

    prepared = Signal(object)
    submitted = Signal(str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, lane: DatabaseLane, db: Database, backend: PrintBackend, parent: QObject | None = None):
        super().__init__(parent)
        self._lane = lane
        self._db = db
        self._backend = backend
        self._cancelled = threading.Event()
        self._finished = False

    def start(self, prepare: Callable[[], PreparedPrint], printer: str, *, copies: int, timeout: float,
              station: str, operator: str, station_id: str = "", target: PrintTarget | None = None) -> None:
        """``prepare`` runs on the lane and renders the badges (e.g. services.printing.prepare_print);
        the print is journalled with ``station``, ``operator`` and ``station_id`` in ``target``
        (the event's database unless given)."""
        target = target or PrintTarget(self._db)
        recorded_as = (station, operator, station_id)
        self._on_lane(prepare, lambda prepared: self._send(prepared, printer, copies, timeout, target, recorded_as))

    def cancel(self) -> None:
        """Stop waiting for the printer and take the job out of the queue (logged as not printed)."""
        self._cancelled.set()

    def _on_lane(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        done = []
        operation = Operation(work, parent=self)
        operation.on_success(lambda result: (done.append(True), then(result)))
        operation.on_user_error(lambda error: self._fail(str(error)))
        # An unexpected error has been reported by the lane itself; this run still has to end.
        operation.on_finished(lambda: None if done else self._fail(unexpected_error_text()))
        operation.run_on(self._lane)

    def _send(self, prepared: PreparedPrint, printer: str, copies: int, timeout: float, target: PrintTarget,
              recorded_as: tuple[str, str, str]) -> None:
        self.prepared.emit(prepared)
        if self._cancelled.is_set():
            prepared.discard()
            self._fail(self.tr("Printing was cancelled."))
            return
        backend, cancelled, relay = self._backend, self._cancelled, self.submitted

        def work() -> Delivery:
            return send_print(prepared, printer, backend=backend, copies=copies, timeout=timeout, cancelled=cancelled,
                              on_submitted=lambda job: relay.emit(job.job_id))

        run_in_pool(work, lambda delivery: self._record(prepared, delivery, target, recorded_as), self._on_send_error,
                    receiver=self)

    def _on_send_error(self, error: BaseException) -> None:
        self._fail(str(error) if isinstance(error, UserError) else unexpected_error_text())

    def _record(self, prepared: PreparedPrint, delivery: Delivery, target: PrintTarget, recorded_as: tuple[str, str, str]) -> None:
        self._on_lane(lambda: target.record(prepared, delivery, *recorded_as), self._succeed)

    def _succeed(self, outcome: PrintOutcome) -> None:
        self._finished = True
        self.succeeded.emit(outcome)

    def _fail(self, text: str) -> None:
        if not self._finished:
            self._finished = True
            self.failed.emit(text)
