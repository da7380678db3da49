"""Watching the event for other stations' changes: a poll every second on a lane of its own.

Live refresh is done by polling :mod:`checkin.services.changes` (why polling and not LISTEN/NOTIFY:
see that module). The poll runs on its own :class:`DatabaseLane`, so it never waits behind a scan
and a scan never waits behind it; the GUI thread only receives the result. A tick that comes while
the previous look is still under way is skipped, so looks never pile up when the database is slow.

When the database does not answer, the watcher says so once (``reachable_changed(False)``) and goes
on trying quietly; the first look that succeeds says so again (``reachable_changed(True)``) and
starts afresh, reading everything it might have missed.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.exc import DBAPIError

from checkin.services import changes
from checkin.storage.database import Database
from checkin.ui.workers import DatabaseLane, Operation

log = logging.getLogger(__name__)

POLL_MS = 1000


@dataclass(frozen=True, slots=True)
class _Unreachable:
    reason: str  # the database's own words, first line


def _reason(exc: DBAPIError) -> str:
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _look(db: Database, cursor: changes.Cursor | None, catch_up: bool):
    """Look since ``cursor``; without one, start one (and read everything when catching up after an outage)."""
    try:
        if cursor is None:
            fresh = changes.start(db)
            return (changes.everything(db) if catch_up else changes.Changes()), fresh
        return changes.look(db, cursor)
    except DBAPIError as exc:  # the server is down, the network gone, the file locked too long
        return _Unreachable(_reason(exc))


class ChangeWatcher(QObject):
    """Polls ``db`` every second once :meth:`start` is called, until :meth:`stop`.

    ``changed(Changes)``: something changed (never emitted for a quiet look); after an outage, one
    with everything read again (``all_attendees`` set).
    ``reachable_changed(bool)``: the database stopped or started answering; ``reason`` says why not.
    """

    changed = Signal(object)
    reachable_changed = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self._db = db
        self.lane = DatabaseLane(self)
        self.lane.error_reported.connect(self._on_lane_error_reported)
        self.reachable = True
        self.reason = ""
        self._cursor: changes.Cursor | None = None
        self._catch_up = False  # the next cursor starts after a gap: read everything once
        self._looking = False
        self._stopped = False
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.look_now)

    def start(self) -> None:
        self._timer.start()
        self.look_now()

    def look_now(self) -> None:
        """Look at once, unless a look is already under way."""
        if self._looking or self._stopped:
            return
        self._looking = True
        db, cursor, catch_up = self._db, self._cursor, self._catch_up
        operation = Operation(lambda: _look(db, cursor, catch_up), parent=self)
        operation.on_success(self._on_looked).on_finished(self._on_look_finished)
        operation.run_on(self.lane)

    def stop(self) -> None:
        """Stop looking; waits for a look under way (a few ms, or the connection timeout when offline)."""
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        self.lane.stop()

    def _on_look_finished(self) -> None:
        self._looking = False

    def _on_looked(self, outcome) -> None:
        if self._stopped:
            return
        if isinstance(outcome, _Unreachable):
            self._set_reachable(False, outcome.reason)
            self._cursor, self._catch_up = None, True  # what happens meanwhile is read in full once it answers
            return
        found, self._cursor = outcome
        self._catch_up = False
        self._set_reachable(True, "")
        if not found.empty:
            self.changed.emit(found)

    def _set_reachable(self, reachable: bool, reason: str) -> None:
        self.reason = reason
        if reachable != self.reachable:
            self.reachable = reachable
            log.info("Event database %s%s", "answers again" if reachable else "does not answer: ", reason)
            self.reachable_changed.emit(reachable)

    def _on_lane_error_reported(self, _text: str) -> None:
        # An unexpected failure (logged by the lane): the next tick tries again from scratch.
        self._cursor, self._catch_up = None, True
