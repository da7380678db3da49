"""Keeping a dashboard current: a timer asks its own database lane for fresh numbers, one read at a time.

Each dashboard reads through a :class:`DatabaseLane` of its own, on its own connection: its reads
(a large event takes a good part of a second) never queue in front of the desk's scans and edits,
and SQLite's WAL mode lets them run while another desk writes. Every tick first asks the database
whether anything changed since the last read (one tiny query); only then are the numbers read again.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import DBAPIError

from checkin.domain.model import Event
from checkin.i18n import UserError
from checkin.services import event as event_service
from checkin.services import statistics
from checkin.services.machine import StationInfo, known_stations
from checkin.storage.database import Database
from checkin.storage.tables import utcnow
from checkin.ui.dashboard.snapshot import DashboardSnapshot, read_snapshot
from checkin.ui.workers import DatabaseLane, Operation

log = logging.getLogger(__name__)

REFRESH_MS = 2500
# A full read of a very large event takes most of a second of the process's time (and of the Python
# interpreter the desk shares): the ticks space out so full reads take at most a fifth of the time.
MAX_READ_SHARE = 0.2
# Changes the change marker cannot see (a capacity edited, the clock passing the hour on today's
# curve) show within this long: the numbers are read in full at least this often.
FULL_READ_EVERY_S = 60.0


@dataclass(frozen=True, slots=True)
class _Polled:
    day: date | None  # the day asked for (None: today)
    marker: object
    snapshot: DashboardSnapshot | None  # None: nothing changed since the last read
    seconds: float  # time spent on the lane
    stations: tuple[StationInfo, ...] = ()  # read at every tick: a few rows
    read_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class _Unreachable:
    reason: str  # the database's own words, first line


def _reason(exc: DBAPIError) -> str:
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _poll(db: Database, event: Event, day: date | None, marker: object, full: bool) -> _Polled | _Unreachable:
    started = time.perf_counter()
    try:
        stations = tuple(known_stations(db))
        now_marker = statistics.change_marker(db)
        if not full and now_marker == marker:
            return _Polled(day, now_marker, None, time.perf_counter() - started, stations, utcnow())
        snapshot = read_snapshot(db, event, day)
    except DBAPIError as exc:  # the server is down, the network gone, the file locked too long
        return _Unreachable(_reason(exc))
    return _Polled(day, now_marker, snapshot, time.perf_counter() - started, stations, utcnow())


class DashboardRefresher(QObject):
    """Opens ``location`` on its own lane, then reads the numbers every few seconds until stopped.

    ``opened(Event)`` once the event is open; ``refreshed(DashboardSnapshot)`` whenever the numbers
    changed; ``stations_read(tuple of StationInfo, read at)`` at every tick; ``failed(str)`` with a text for the user while the database cannot be read (the
    refresher keeps trying); ``recovered()`` when it can again.
    """

    opened = Signal(object)
    refreshed = Signal(object)
    stations_read = Signal(object, object)
    failed = Signal(str)
    recovered = Signal()

    def __init__(self, location: str, parent: QObject | None = None):
        super().__init__(parent)
        self.location = location
        self.lane = DatabaseLane(self)
        self.lane.error_reported.connect(self._on_lane_error_reported)
        self.db: Database | None = None
        self.opened_event: Event | None = None
        self.last_read_seconds: float | None = None  # lane time of the last full read
        self._day: date | None = None
        self._busy = False
        self._again = False
        self._marker: object = None
        self._full_wanted = False
        self._last_full_read = float("-inf")
        self._failing = False
        self._stopped = False
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(lambda: self.refresh())

    @property
    def day(self) -> date | None:
        return self._day

    def start(self) -> None:
        self._timer.start()
        self.refresh()

    def set_day(self, day: date | None) -> None:
        """Show ``day``'s curve and sessions (None: today's) from the next read, which starts now."""
        if day != self._day:
            self._day = day
            self.refresh(full=True)

    def refresh(self, full: bool = False) -> None:
        """Read now if anything changed, or in any case when ``full`` (after an edit the change
        marker cannot see); a read already under way is followed by one more."""
        if self._stopped:
            return
        self._full_wanted = self._full_wanted or full
        if self._busy:
            self._again = True
            return
        self._busy = True
        if self.db is None:
            operation = Operation(lambda: event_service.open_event(self.location), parent=self)
            operation.on_success(self._on_open_succeeded).on_user_error(self._on_open_failed)
        else:
            db, event, day, marker = self.db, self.opened_event, self._day, self._marker
            full = self._full_wanted or time.monotonic() - self._last_full_read >= FULL_READ_EVERY_S
            self._full_wanted = False
            operation = Operation(lambda: _poll(db, event, day, marker, full), parent=self)
            operation.on_success(self._on_polled)
        operation.on_finished(self._on_operation_finished).run_on(self.lane)

    def stop(self) -> None:
        """Stop reading and close the connection; waits for a read under way to end."""
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        if self.db is not None:
            Operation(self.db.dispose).run_on(self.lane)
        self.lane.stop()

    # ---- results, on the GUI thread ----------------------------------------------------------

    def _on_open_succeeded(self, opened: tuple[Database, Event]) -> None:
        if self._stopped:  # the window closed while the event was opening
            Operation(opened[0].dispose).run_on(self.lane)
            return
        self.db, self.opened_event = opened
        self._again = True  # read the numbers straight away
        self.opened.emit(self.opened_event)

    def _on_open_failed(self, error: UserError) -> None:
        self._fail(str(error))

    def _on_polled(self, polled: _Polled | _Unreachable) -> None:
        if isinstance(polled, _Unreachable):
            self._fail(self.tr("The event database does not answer ({reason}). The numbers shown may be out of date; "
                               "the dashboard keeps trying.").format(reason=polled.reason))
            return
        if self._failing:
            self._failing = False
            log.info("Dashboard reads %s again", self.location)
            self.recovered.emit()
        self._marker = polled.marker
        self.stations_read.emit(polled.stations, polled.read_at)
        if polled.snapshot is not None and polled.day == self._day:  # not a day the user has left since
            self._last_full_read = time.monotonic()
            self.last_read_seconds = polled.seconds
            self._timer.setInterval(max(REFRESH_MS, round(polled.seconds / MAX_READ_SHARE * 1000)))
            self.refreshed.emit(polled.snapshot)

    def _on_lane_error_reported(self, _text: str) -> None:
        # The lane's own words speak of something not saved; a dashboard saves nothing.
        self._fail(self.tr("The numbers could not be read; the dashboard keeps trying. The details are in the log file "
                           "(Help › About in the desk window)."))

    def _fail(self, text: str) -> None:
        if not self._failing:
            log.warning("Dashboard cannot read %s: %s", self.location, text)
        self._failing = True
        self._marker = None  # read everything once it answers again
        self.failed.emit(text)

    def _on_operation_finished(self) -> None:
        self._busy = False
        if self._again and not self._stopped:
            self._again = False
            self.refresh()
