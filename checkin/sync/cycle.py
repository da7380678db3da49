"""One sync: push a station's queue to the server, refresh its replica, and list the conflicts.

API::

    sync_now(server, station_id, replica=None, station_name="") -> SyncReport
    SyncReport.sent / skipped / remaining / refreshed / conflicts
"""
from __future__ import annotations

from dataclasses import dataclass, field

from checkin.sync.conflicts import Conflict


@dataclass(frozen=True)
class SyncReport:
    sent: int = 0  # queued records the server did not have
    skipped: int = 0  # queued records already there (an earlier upload, or the server decided them)
    remaining: int = 0  # still queued (nothing, unless records were queued during the sync)
    refreshed: bool = False  # the replica now matches the server
    conflicts: list[Conflict] = field(default_factory=list)
