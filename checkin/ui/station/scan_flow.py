"""The station's work on the database lane: scans, manual check-ins, undo, counters and presence lists.

Every call returns at once; the work runs on the window's :class:`DatabaseLane` and the outcome
comes back as a signal on the GUI thread. The lane runs operations in submission order, so scans
arriving while one is being recorded queue up behind it: none is dropped, merged or reordered.

The :class:`Station` service object is made on the lane too (it reads the door and the event's
secret) and is only ever used there.
"""
from __future__ import annotations

import logging
import time
from dataclasses import replace
from typing import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from checkin.domain.model import Attendee
from checkin.domain.verdicts import Checkpoint, Direction
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.services import attendees as attendee_service
from checkin.services.presence import Counters, counters, presence_report
from checkin.services.machine import MachineSettings
from checkin.services.scanning import ScanResult, Station, Undone
from checkin.storage.database import Database
from checkin.sync.resilient import Connection, ResilientStation
from checkin.sync.upload import SentCounts
from checkin.ui.badges.print_flow import PrintTarget
from checkin.ui.station.config import StationConfig
from checkin.ui.station.offline_print import queued_print_target
from checkin.ui.workers import DatabaseLane, Operation
from checkin.storage import failures

log = logging.getLogger(__name__)


def _not_recorded(exc: Exception) -> UserError:
    explained = failures.explain(exc)
    if explained is not None and failures.classify(exc) is not failures.Failure.UNREACHABLE:
        return UserError(explained)  # the disk is full, the file read-only or damaged: say which
    return UserError(
        Message(
            "StationFlow",
            QT_TRANSLATE_NOOP(
                "StationFlow",
                "The event database did not answer, so this scan was not recorded ({detail}). Check the "
                "network or the disk holding the event, then scan the badge again.",
            ),
            {"detail": type(exc).__name__},
        )
    )


def _guarded(work: Callable):
    """``work`` with any failure turned into a UserError, so the station shows it in its panel
    (a database that went away raises driver errors, not UserErrors)."""

    def run():
        try:
            return work()
        except UserError:
            raise
        except Exception as exc:
            log.exception("A station operation failed")
            raise _not_recorded(exc) from exc

    return run


def _station_id(config: StationConfig) -> str:
    """This machine's station id: the one set up with the station, else the machine settings' own."""
    return config.station_id or MachineSettings.load().station_id


class StationHolder:
    """The Station service object, made on the lane the first time it is needed; only used there.

    On a shared server (PostgreSQL) it is a :class:`ResilientStation`, which keeps scanning on this
    machine's replica when the server does not answer; ``on_state_changed(online, pending, sent)`` is
    then called, from whichever thread saw the change, when it goes offline or back online (``sent``:
    the :class:`SentCounts` of what went up since it went offline). On an event file it is a plain
    :class:`Station`.

    ``deadline`` and ``probe_interval`` are ResilientStation's (how long a scan waits for the server
    before it is decided offline, how often an offline station looks for the server again); tests
    shorten them on the class.
    """

    deadline = 1.0
    probe_interval = 5.0

    def __init__(self, db: Database, config: StationConfig,
                 on_state_changed: Callable[[bool, int, SentCounts], None] | None = None):
        self._db = db
        self._config = config
        self._station_id = _station_id(config)
        self._on_state_changed = on_state_changed
        self._station: Station | ResilientStation | None = None

    @property
    def shared(self) -> bool:
        """The event is on a shared server: offline scanning applies."""
        return not self._db.is_sqlite

    @property
    def station_id(self) -> str:
        return self._station_id

    def get(self) -> Station | ResilientStation:
        if self._station is None:
            c = self._config
            if self.shared:
                self._station = ResilientStation(
                    self._db, c.checkpoint_id, c.mode, station=c.station, operator=c.operator,
                    station_id=self._station_id, deadline=self.deadline, probe_interval=self.probe_interval,
                    on_state_changed=self._report_state,
                )
                if not self._station.online:
                    # It started offline (server unreachable, or a queue left from the last run): no
                    # change to report, but the window must say so.
                    self._report_state(Connection.OFFLINE)
            else:
                self._station = Station(self._db, c.checkpoint_id, c.mode, station=c.station, operator=c.operator,
                                        station_id=self._station_id)
        return self._station

    def pending(self) -> int:
        """Records decided offline and not on the server yet (0 for a station on an event file)."""
        station = self._station
        return station.pending if isinstance(station, ResilientStation) else 0

    def online(self) -> bool:
        station = self._station
        return station.online if isinstance(station, ResilientStation) else True

    def reader(self) -> Database:
        """Where counters, lists and badges are read from: the replica while offline (the server
        would only make the lane wait for its timeout), else the event's database."""
        station = self._station
        if isinstance(station, ResilientStation) and not station.online:
            return station.replica
        return self._db

    def print_target(self, offline: bool = False) -> PrintTarget:
        """Where a badge printed now is read and journalled: offline (or if the caller has seen the
        server not answer, ``offline``), the replica and its queue."""
        station = self._station
        if isinstance(station, ResilientStation) and (offline or not station.online):
            return queued_print_target(station.replica)
        return PrintTarget(self._db)

    def add_walk_in(self, fields: dict) -> Attendee:
        """Register someone not on the list, recorded with this station's name and id. On a shared
        server it goes through the ResilientStation: queued on this laptop while offline, with a badge
        code signed by the event's key (valid offline and, once sent, on the server)."""
        c = self._config
        if self.shared:
            return self.get().add_walk_in(fields, operator=c.operator, station=c.station).attendee
        return attendee_service.add_walk_in(self._db, fields, operator=c.operator, station=c.station,
                                            station_id=self._station_id)

    def close(self) -> None:
        """Stop the offline probe (the queue stays on disk for the next start); on the lane."""
        if isinstance(self._station, ResilientStation):
            self._station.close()
        self._station = None

    def _report_state(self, state: Connection) -> None:
        if self._on_state_changed is not None:
            station = self._station
            pending = station.pending if isinstance(station, ResilientStation) else 0
            sent = station.sent_while_offline if isinstance(station, ResilientStation) else SentCounts()
            self._on_state_changed(state == Connection.ONLINE, pending, sent)


class StationFlow(QObject):
    opened = Signal(object)  # Checkpoint: the door is known, scanning can start
    scanned = Signal(object)  # ScanResult, in the order the scans were received
    failed = Signal(object, str)  # UserError, the code (or "") that was not recorded
    undone = Signal(object)  # Undone, or None when nothing was left to undo
    counters_changed = Signal(object)  # Counters
    report_changed = Signal(object)  # PresenceReport
    busy_changed = Signal(bool)  # scans waiting for their verdict
    # On a shared server: (online, records waiting to be sent, SentCounts sent since offline).
    # Emitted by the offline probe's thread or the lane's; Qt queues it to the GUI thread.
    connection_changed = Signal(bool, int, object)
    pending_changed = Signal(int)  # after each scan, the records still waiting to be sent

    def __init__(self, lane: DatabaseLane, db: Database, config: StationConfig, parent: QObject | None = None):
        super().__init__(parent)
        self._lane = lane
        self.config = config
        self.holder = StationHolder(db, config, self.connection_changed.emit)
        self.checkpoint: Checkpoint | None = None
        self.counters: Counters | None = None
        self._waiting = 0
        self._counting = False
        self._reporting = False
        self.report_seconds = 0.0  # how long the last presence lists took to come back

    # ---- opening ------------------------------------------------------------------------------

    def open(self) -> None:
        holder = self.holder
        operation = Operation(_guarded(lambda: holder.get().checkpoint), parent=self)
        operation.on_success(self._on_opened).on_user_error(lambda error: self.failed.emit(error, ""))
        operation.run_on(self._lane)

    def _on_opened(self, checkpoint: Checkpoint) -> None:
        self.checkpoint = checkpoint
        self.opened.emit(checkpoint)
        self.refresh_counters()

    # ---- scans --------------------------------------------------------------------------------

    @property
    def waiting(self) -> int:
        return self._waiting

    def scan(self, readings: Sequence[str], method: str = "scanner") -> None:
        """Record one scan; ``readings`` are the candidate texts of that one scan, best first."""
        readings = [r.strip() for r in readings if r and r.strip()]
        if not readings:
            return
        holder = self.holder
        self._submit(lambda: holder.get().scan(readings, method=method), readings[0])

    def admit(self, attendee_id: str, method: str = "manual") -> None:
        """Check someone in (or out) without a code: picked by name, or a walk-in just registered."""
        holder = self.holder
        self._submit(lambda: holder.get().admit(attendee_id, method=method), "")

    @property
    def shared(self) -> bool:
        """The event is on a shared server: scans go on offline when it does not answer."""
        return self.holder.shared

    def _submit(self, work: Callable[[], ScanResult], code: str) -> None:
        self._waiting += 1
        if self._waiting == 1:
            self.busy_changed.emit(True)
        holder = self.holder
        operation = Operation(_guarded(lambda: (work(), holder.pending())), parent=self)
        operation.on_success(self._on_scanned)
        operation.on_user_error(lambda error: self.failed.emit(error, code))
        operation.on_finished(self._on_scan_finished)
        operation.run_on(self._lane)

    def _on_scan_finished(self) -> None:
        self._waiting -= 1
        if self._waiting == 0:
            self.busy_changed.emit(False)

    def _on_scanned(self, outcome: tuple[ScanResult, int]) -> None:
        result, pending = outcome
        self.checkpoint = result.checkpoint  # the rules may have changed since the last scan
        if self.shared:
            self.pending_changed.emit(pending)
        self._count_locally(result)
        self.scanned.emit(result)

    def _count_locally(self, result: ScanResult) -> None:
        """Move the counters at once; the next poll brings the figures from every other station."""
        c = self.counters
        if c is None or not result.record.moves:
            return
        if result.direction is Direction.IN:
            c = replace(c, inside=c.inside + 1, arrived=c.arrived + (1 if result.previous is None else 0))
        else:
            c = replace(c, inside=max(0, c.inside - 1))
        self.counters = c
        self.counters_changed.emit(c)

    def undo_last(self) -> None:
        holder = self.holder
        operation = Operation(_guarded(lambda: (holder.get().undo_last(), holder.pending())), parent=self)
        operation.on_success(self._on_undone).on_user_error(lambda error: self.failed.emit(error, ""))
        operation.run_on(self._lane)

    def _on_undone(self, outcome: tuple[Undone | None, int]) -> None:
        undone, pending = outcome
        if self.shared:
            self.pending_changed.emit(pending)  # an annulment made offline waits to be sent too
        self.undone.emit(undone)

    def close(self) -> None:
        """The station stops (window closed, another door chosen): its offline probe ends after the
        scans already submitted; anything still queued stays on disk for the next start."""
        Operation(self.holder.close).run_on(self._lane)

    # ---- counters and lists -------------------------------------------------------------------

    def refresh_counters(self) -> None:
        """Read the door's counters unless a read is already on its way (the poll never piles up)."""
        if self._counting or self.checkpoint is None:
            return
        self._counting = True
        holder, checkpoint = self.holder, self.checkpoint
        capacity = checkpoint.session.capacity if checkpoint.session is not None else None
        operation = Operation(_guarded(lambda: counters(holder.reader(), checkpoint.id, capacity)), parent=self)
        operation.on_success(self._on_counted)
        operation.on_user_error(lambda error: log.warning("Station counters not read: %s", error))
        operation.on_finished(self._on_counting_finished).run_on(self._lane)

    def _on_counting_finished(self) -> None:
        self._counting = False

    def _on_counted(self, fresh: Counters) -> None:
        self.counters = fresh
        self.counters_changed.emit(fresh)

    def refresh_report(self) -> None:
        if self._reporting or self.checkpoint is None:
            return
        self._reporting = True
        holder, checkpoint_id = self.holder, self.checkpoint.id
        started = time.monotonic()

        def reported(report) -> None:
            self.report_seconds = time.monotonic() - started
            self.report_changed.emit(report)

        operation = Operation(_guarded(lambda: presence_report(holder.reader(), checkpoint_id)), parent=self)
        operation.on_success(reported)
        operation.on_user_error(lambda error: log.warning("Station presence lists not read: %s", error))
        operation.on_finished(self._on_reporting_finished).run_on(self._lane)

    def _on_reporting_finished(self) -> None:
        self._reporting = False
