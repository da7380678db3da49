"""One sync: push a station's queue to the server, refresh its replica, and list the conflicts.

API::

    open_replica(path) -> Database             # the replica file, made (empty, current schema) if missing
    replica_for(server, station_id='') -> Database   # this machine's replica of the server's event, filled
    sync_now(server, station_id, replica=None, station_name="") -> SyncReport
    SyncReport.sent / skipped / remaining / refreshed / conflicts / counts (SentCounts: sent, by kind)
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from checkin.storage import event_repository as event_repo
from checkin.storage.database import Database, create_database, open_database
from checkin.storage.tables import EventRow
from checkin.sync import outbox, paths
from checkin.sync.conflicts import Conflict, find_conflicts
from checkin.sync.copy import refresh_replica
from checkin.sync.upload import SentCounts, upload


@dataclass(frozen=True)
class SyncReport:
    sent: int = 0  # queued records the server did not have
    skipped: int = 0  # queued records already there (an earlier upload, or the server decided them)
    remaining: int = 0  # still queued (nothing, unless records were queued during the sync)
    refreshed: bool = False  # the replica now matches the server
    conflicts: list[Conflict] = field(default_factory=list)
    counts: SentCounts = SentCounts()  # ``sent`` by kind (scans, undos, walk-ins, prints, others)


def open_replica(path: str | os.PathLike[str]) -> Database:
    """The replica at ``path``, made with the event schema (and an empty queue) if it is not there yet."""
    path = Path(path)
    db = open_database(path) if path.is_file() and path.stat().st_size > 0 else create_database(path)
    outbox.ensure_outbox(db)
    return db


def event_id_of(db: Database) -> str:
    with db.unit() as s:
        return event_repo.get_event(s).id


def has_event(db: Database) -> bool:
    """Whether the replica holds the event yet (a new one is empty until its first refresh)."""
    with db.engine.connect() as conn:
        return conn.execute(select(EventRow.id).limit(1)).first() is not None


def replica_for(server: Database, station_id: str = "") -> Database:
    """This machine's replica of the server's event (made and filled if missing); the server is
    remembered for it, so a station started while the server is down finds it."""
    event_id = event_id_of(server)
    paths.remember_server(server.url, event_id)
    replica = open_replica(paths.replica_path(event_id))
    if not has_event(replica):
        refresh_replica(server, replica, station_id)
    return replica


def sync_now(server: Database, station_id: str, replica: Database | None = None, station_name: str = "") -> SyncReport:
    """Upload the queue, then refresh the replica (skipped if records were queued meanwhile)."""
    own = replica is None
    replica = replica_for(server, station_id) if own else replica
    try:
        sent = upload(server, replica, station_id, station_name)
        refreshed = refresh_replica(server, replica, station_id) is not None
        return SyncReport(sent.sent, sent.skipped, outbox.pending_count(replica), refreshed, find_conflicts(server), sent.counts)
    finally:
        if own:
            replica.dispose()
