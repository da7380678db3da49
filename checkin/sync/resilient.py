"""ResilientStation: a door or desk that scans on the shared server when it can, on its replica when it must.

API (the UI's station flow and the fault tests build on this)::

    rs = ResilientStation(server, checkpoint_id=ENTRANCE, mode=DirectionMode.IN, station="Door 1",
                          operator="", station_id=machine_id, replica=None, deadline=1.0,
                          probe_interval=5.0, refresh_interval=300.0, on_state_changed=callback)
    rs.scan(text_or_readings, method="scanner", direction=None, now=None) -> ScanResult
    rs.admit(attendee_id, method="manual", direction=None, now=None) -> ScanResult
    rs.undo_last(now=None) -> Undone | None
    rs.add_walk_in(fields, operator="", station="") -> WalkIn      # attendee + badge code
    rs.state -> Connection (ONLINE / OFFLINE);  rs.online -> bool
    rs.pending -> int            # records decided offline and not yet on the server
    rs.checkpoint -> Checkpoint  # the door and its rules, as last read
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
``refresh_interval`` s. ``on_state_changed(state)`` is called on the thread that saw the change
(the caller's or the probe's): a window forwards it to the GUI thread with a signal.

A station started with a leftover queue (the app was closed offline) starts offline, and its
first probe, at once, uploads it.
"""
from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Callable, Sequence

from checkin.domain.verdicts import ENTRANCE, Checkpoint, Direction, DirectionMode
from checkin.services.scanning import ScanResult, Undone
from checkin.storage.database import Database
from checkin.sync.cycle import SyncReport
from checkin.sync.offline import WalkIn


class Connection(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"


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
        replica: str | Path | None = None,
        deadline: float = 1.0,
        probe_interval: float = 5.0,
        refresh_interval: float = 300.0,
        on_state_changed: Callable[[Connection], None] | None = None,
    ):
        raise NotImplementedError

    @property
    def state(self) -> Connection: ...

    @property
    def online(self) -> bool: ...

    @property
    def pending(self) -> int: ...

    @property
    def checkpoint(self) -> Checkpoint: ...

    def scan(self, text: str | Sequence[str], method: str = "scanner", direction: Direction | None = None, now=None) -> ScanResult: ...

    def admit(self, attendee_id: str, method: str = "manual", direction: Direction | None = None, now=None) -> ScanResult: ...

    def undo_last(self, now=None) -> Undone | None: ...

    def add_walk_in(self, fields: dict, operator: str = "", station: str = "") -> WalkIn: ...

    def sync_now(self) -> SyncReport: ...

    def close(self) -> None: ...
