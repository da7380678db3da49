"""ResilientStation: a door or desk that scans on the shared server when it can, on its replica when it must.

API (the UI's station flow and the fault tests build on this)::

    rs = ResilientStation(server, checkpoint_id=ENTRANCE, mode=DirectionMode.IN, station="Door 1",
                          operator="", station_id=machine_id, replica=None, deadline=1.0,
                          probe_interval=5.0, refresh_interval=30.0, on_state_changed=callback)
    rs.scan(text_or_readings, method="scanner", direction=None, now=None) -> ScanResult
    rs.admit(attendee_id, method="manual", direction=None, now=None) -> ScanResult
    rs.undo_last(now=None) -> Undone | None
    rs.add_walk_in(fields, operator="", station="") -> WalkIn      # attendee + badge code
    rs.state -> Connection (ONLINE / OFFLINE);  rs.online -> bool
    rs.pending -> int            # records decided offline and not yet on the server
    rs.sent_while_offline -> SentCounts  # what the uploads since it last went offline sent (read when back online)
    rs.checkpoint -> Checkpoint  # the door and its rules, as last read
    rs.replica -> Database       # this station's replica (lists and counters read it while offline)
    rs.sync_now() -> SyncReport  # push the queue and refresh the replica now (raises UserError if unreachable)
    rs.close()                   # stops the probe; the queue stays on disk for the next start

``server`` is a database URL (with its password) or an open :class:`Database`. The calls block and
belong on one worker thread (the window's DatabaseLane), like :class:`Station`'s.

Online, the server's Station decides, on a private thread, under ``deadline`` seconds. The scan's id
is made up front: if the server is too slow or unreachable the same scan is decided against the
replica and queued, and should the server commit it after all, the upload skips the queued copy.
Online records are also written to the replica (on its own thread), so undo and presence keep
working if the network drops next. Offline, the replica's Station decides and the record goes to
the outbox in the same SQLite transaction. A background probe (every ``probe_interval`` s; it never
blocks a scan) uploads the queue, refreshes the replica and switches back online; while online it
reports the station row (name, last seen, pending) and refreshes the replica every
``refresh_interval`` s, or every twenty refresh-times if that is longer (a refresh of 700 people
takes milliseconds, of 100,000 a few seconds: the replica stays fresh without keeping the server
and the replica busy). ``on_state_changed(state)`` is called on the thread that saw the change
(the caller's or the probe's): a window forwards it to the GUI thread with a signal.

A station started with a leftover queue (the app was closed offline) starts offline, and its
first probe, at once, uploads it. Records queued while an upload runs (a door that never pauses)
go up first on the server's lane once back online, before any later scan.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from concurrent.futures import TimeoutError as FutureTimeout
from enum import StrEnum
from typing import Callable, Sequence

from sqlalchemy import text
from sqlalchemy.engine import make_url

from checkin.domain.model import new_id
from checkin.domain.verdicts import ENTRANCE, Checkpoint, Direction, DirectionMode
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.services import attendees as attendee_service
from checkin.services import badges
from checkin.services.scanning import ScanResult, Station, Undone
from checkin.storage.database import Database, open_database
from checkin.storage.station_repository import upsert_station
from checkin.storage.tables import utcnow
from checkin.sync import mirror, outbox, paths
from checkin.sync.lane import Lane
from checkin.sync.conflicts import find_conflicts
from checkin.sync.copy import refresh_replica
from checkin.sync.cycle import SyncReport, event_id_of, has_event, open_replica
from checkin.sync.offline import WalkIn, offline_station, offline_walk_in
from checkin.sync.upload import SentCounts, upload

log = logging.getLogger(__name__)


# A station's transactions last milliseconds. One whose network died between its door's lock and
# the commit would hold that door for every other desk until the server notices; the server ends
# such a transaction after this long idle (keepalives alone take ~20 s, and a proxy or NAT that
# still answers them, for ever).
STATION_SERVER_SETTINGS = {"idle_in_transaction_session_timeout": "5s"}


class Connection(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"


class _Unreachable(Exception):
    """The server did not answer in time, or failed: decide offline instead."""


def _unreachable(where: str, exc: Exception) -> UserError:
    return UserError(
        Message(
            "Sync",
            QT_TRANSLATE_NOOP(
                "Sync",
                "The shared database at {where} cannot be reached ({reason}). Nothing is lost: this "
                "station's records stay queued on this computer. Check the network, then sync again.",
            ),
            {"where": where, "reason": str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__},
        )
    )


class ResilientStation:
    """A Station that keeps scanning when the shared server is unreachable (see the module's description)."""

    def __init__(
        self,
        server: str | Database,
        checkpoint_id: str = ENTRANCE,
        mode: DirectionMode = DirectionMode.IN,
        station: str = "",
        operator: str = "",
        station_id: str = "",
        *,
        replica: str | os.PathLike[str] | None = None,
        deadline: float = 1.0,
        probe_interval: float = 5.0,
        refresh_interval: float = 30.0,
        on_state_changed: Callable[[Connection], None] | None = None,
    ):
        self.station, self.operator, self.station_id, self.mode = station, operator, station_id, mode
        self.deadline, self.probe_interval, self.refresh_interval = deadline, probe_interval, refresh_interval
        self.on_state_changed = on_state_changed
        self._checkpoint_id = checkpoint_id
        self._server_url = server if isinstance(server, str) else None
        self._server: Database | None = server if isinstance(server, Database) else None
        self._owns_server = self._server is None
        self._where = self._server.url if self._server is not None else _without_password(server)
        self._state = Connection.OFFLINE
        self._mode_lock = threading.RLock()  # an offline record and the switch to online, one at a time
        self._sync_lock = threading.Lock()  # one upload/refresh at a time (probe or sync_now)
        self._stopped = threading.Event()
        self._server_lane: Lane | None = None
        self._server_station: Station | None = None
        self._last_refresh = float("-inf")
        self._refresh_seconds = 0.0  # how long the last replica refresh took
        self._sent_offline = SentCounts()  # uploaded since the station last went offline
        self.replica = self._open_replica(replica)
        self._replica_lane = Lane("replica")
        self._replica_station = offline_station(self.replica, checkpoint_id, mode, station, operator, station_id)
        first = threading.Event()
        self._probe = threading.Thread(target=self._probe_loop, args=(first,), name="sync-probe", daemon=True)
        self._probe.start()
        # Start online if the server answers at once (and any leftover queue went up); else offline,
        # and the probe keeps trying.
        first.wait(max(deadline, 0.0) * 3)

    # ---- what the window shows -----------------------------------------------------------------

    @property
    def state(self) -> Connection:
        return self._state

    @property
    def online(self) -> bool:
        return self._state is Connection.ONLINE

    @property
    def pending(self) -> int:
        return outbox.pending_count(self.replica)

    @property
    def sent_while_offline(self) -> SentCounts:
        """What the uploads made since the station last went offline sent, by kind; read it when
        ``on_state_changed`` says it is back online ("5 scans and 1 walk-in sent")."""
        return self._sent_offline

    @property
    def checkpoint(self) -> Checkpoint:
        station = self._server_station if self.online and self._server_station is not None else self._replica_station
        return station.checkpoint

    # ---- scanning --------------------------------------------------------------------------------

    def scan(self, text: str | Sequence[str], method: str = "scanner", direction: Direction | None = None, now=None) -> ScanResult:
        return self._decide("scan", text, method, direction, now or utcnow(), new_id())

    def admit(self, attendee_id: str, method: str = "manual", direction: Direction | None = None, now=None) -> ScanResult:
        return self._decide("admit", attendee_id, method, direction, now or utcnow(), new_id())

    def _decide(self, how: str, what, method, direction, now, scan_id) -> ScanResult:
        if self.online:
            try:
                result = self._on_server(lambda st: getattr(st, how)(what, method, direction, now, scan_id))
            except _Unreachable:
                pass  # decided below, on the replica, with the same id and time
            else:
                self._replica_lane.submit(lambda: mirror.scan(self.replica, result))
                return result
        return self._offline(lambda: getattr(self._replica_station, how)(what, method, direction, now, scan_id))

    def undo_last(self, now=None) -> Undone | None:
        now = now or utcnow()
        if self.online:
            try:
                undone = self._on_server(lambda st: st.undo_last(now))
            except _Unreachable:
                pass
            else:
                if undone is not None:
                    self._replica_lane.submit(lambda: mirror.annulment(self.replica, undone.annulment))
                return undone
        return self._offline(lambda: self._replica_station.undo_last(now))

    def add_walk_in(self, fields: dict, operator: str = "", station: str = "") -> WalkIn:
        """Register someone not on the list, with their first badge code (printable at once).

        The person's id is made up front, like a scan's: should the server commit the walk-in after
        the deadline sent it to the replica, the upload finds that person there and adds no twin."""
        attendee_id = new_id()
        if self.online:
            try:
                walk_in, rows = self._on_server(
                    lambda _st: _server_walk_in(self._server, fields, operator, station, self.station_id, attendee_id)
                )
            except _Unreachable:
                pass
            else:
                self._replica_lane.submit(lambda: mirror.walk_in(self.replica, rows))
                return walk_in
        return self._offline(lambda: offline_walk_in(self.replica, fields, operator, station, self.station_id, attendee_id))

    def _on_server(self, work: Callable[[Station], object]):
        lane, station = self._server_lane, self._server_station
        if lane is None or station is None:
            raise _Unreachable()
        future = lane.submit(lambda: work(station))
        try:
            return future.result(timeout=self.deadline)
        except UserError:
            raise  # the server's real answer (no such person…), not a failure of the connection
        except FutureTimeout:
            log.warning("server slower than %.1f s: switching to offline", self.deadline)
        except Exception:
            log.warning("server call failed: switching to offline", exc_info=True)
        self._go_offline(lane)
        raise _Unreachable()

    def _offline(self, work: Callable):
        with self._mode_lock:
            return self._replica_lane.submit(work).result()

    # ---- connection state ----------------------------------------------------------------------

    def _set_state(self, state: Connection) -> None:
        if state is self._state:
            return
        self._state = state
        log.info("station %s is now %s", self.station, state.value)
        if self.on_state_changed is not None:
            try:
                self.on_state_changed(state)
            except Exception:
                log.exception("state-change callback failed")

    def _go_offline(self, lane: Lane | None = None) -> None:
        with self._mode_lock:
            if lane is not None and lane is self._server_lane:
                lane.stop()  # it may still be stuck in a call; a fresh lane is made on return
                self._server_lane = None
            if self._state is not Connection.OFFLINE:
                self._sent_offline = SentCounts()
            self._set_state(Connection.OFFLINE)

    def _probe_loop(self, first: threading.Event) -> None:
        delay = 0.0
        while not self._stopped.wait(delay):
            delay = self.probe_interval
            try:
                if self.online:
                    self._heartbeat()
                else:
                    self._reconnect()
            except Exception as exc:
                log.info("probe: server unreachable (%s)", exc)
                if self.online:
                    self._go_offline(self._server_lane)
            finally:
                first.set()

    def _server_db(self) -> Database:
        if self._server is None:
            self._server = open_database(self._server_url, STATION_SERVER_SETTINGS)
        return self._server

    def _reconnect(self) -> None:
        """Upload the queue, refresh the replica, then take scans to the server again."""
        server = self._server_db()
        with server.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        # Just made or refreshed moments ago (a first start): not again.
        self._push_and_pull(server, refresh=time.monotonic() - self._last_refresh > self.probe_interval)
        station = Station(server, self._checkpoint_id, self.mode, self.station, self.operator, self.station_id)
        with self._mode_lock:
            lane = self._server_lane or Lane("server")
            self._server_lane, self._server_station = lane, station
            if outbox.pending_count(self.replica):
                # Scanned offline during the upload (a busy door always is): the rest goes first on
                # the server's lane, so it reaches the server before any later online scan, which
                # waits for it under its deadline. Waiting here for an empty queue would keep a
                # door that never pauses offline for good.
                lane.submit(lambda: self._push_and_pull(server, refresh=False))
            self._set_state(Connection.ONLINE)

    def _heartbeat(self) -> None:
        server = self._server_db()
        due = time.monotonic() - self._last_refresh >= max(self.refresh_interval, 20 * self._refresh_seconds)
        self._push_and_pull(server, refresh=due)

    def _push_and_pull(self, server: Database, refresh: bool) -> SyncReport:
        with self._sync_lock:
            sent = upload(server, self.replica, self.station_id, self.station)
            if not self.online:
                self._sent_offline = self._sent_offline + sent.counts
            refreshed = False
            if refresh:
                started = time.monotonic()
                refreshed = refresh_replica(server, self.replica, self.station_id) is not None
                if refreshed:
                    self._last_refresh = time.monotonic()
                    self._refresh_seconds = self._last_refresh - started
            if self.station_id:
                with server.unit() as s:
                    upsert_station(s, self.station_id, self.station, sent.remaining)
            return SyncReport(sent.sent, sent.skipped, sent.remaining, refreshed, counts=sent.counts)

    def sync_now(self) -> SyncReport:
        """Push the queue and refresh the replica now; a UserError says so if the server is unreachable."""
        try:
            server = self._server_db()
            report = self._push_and_pull(server, refresh=True)
            conflicts = find_conflicts(server)
        except UserError:
            raise
        except Exception as exc:
            raise _unreachable(self._where, exc) from exc
        return SyncReport(report.sent, report.skipped, report.remaining, report.refreshed, conflicts, report.counts)

    # ---- start and stop --------------------------------------------------------------------------

    def _open_replica(self, replica) -> Database:
        if replica is not None:
            db = open_replica(replica)
        else:
            event_id = paths.known_event_id(self._where)
            if event_id is None:
                try:
                    event_id = event_id_of(self._server_db())
                except Exception as exc:
                    raise _unreachable(self._where, exc) from exc
                paths.remember_server(self._where, event_id)
            db = open_replica(paths.replica_path(event_id))
        if not has_event(db):
            # A first start on this machine: the replica must be filled before anything else.
            try:
                refresh_replica(self._server_db(), db, self.station_id)
            except Exception as exc:
                db.dispose()
                raise _unreachable(self._where, exc) from exc
            self._last_refresh = time.monotonic()
        return db

    def close(self) -> None:
        """Stop the probe and the lanes; queued records stay in the replica for the next start."""
        self._stopped.set()
        self._probe.join(timeout=10)
        for lane in (self._server_lane, self._replica_lane):
            if lane is not None:
                lane.stop()
        self._replica_lane.join(timeout=10)
        self.replica.dispose()
        if self._owns_server and self._server is not None:
            self._server.dispose()


def _server_walk_in(
    server: Database, fields: dict, operator: str, station: str, station_id: str, attendee_id: str
) -> tuple[WalkIn, dict]:
    attendee = attendee_service.add_walk_in(server, fields, operator, station, station_id, attendee_id)
    code = badges.current_code(server, attendee.id)
    with server.unit() as s:
        rows = mirror.read_walk_in(s, attendee.id)
    return WalkIn(attendee, code), rows


def _without_password(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)
