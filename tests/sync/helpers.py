"""Shared by the sync tests: a server event (SQLite or PostgreSQL), station replicas, table snapshots."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from checkin.storage.database import Database
from checkin.sync.copy import REPLICA_TABLES, refresh_replica
from checkin.sync.cycle import open_replica


def make_replica(server: Database, folder: Path, station_id: str) -> Database:
    """A station's replica in ``folder``, refreshed from the server."""
    folder.mkdir(parents=True, exist_ok=True)
    replica = open_replica(folder / "replica.checkin")
    assert refresh_replica(server, replica, station_id) is not None
    return replica


def snapshot(db: Database, tables=REPLICA_TABLES, scan_filter=None) -> dict[str, list[tuple]]:
    """Every row of the tables, sorted, as plain tuples (to compare two databases)."""
    out = {}
    with db.engine.connect() as conn:
        for table in tables:
            rows = [tuple(row) for row in conn.execute(select(table))]
            if table.name == "scan" and scan_filter is not None:
                rows = [row for row in rows if scan_filter(dict(zip(table.columns.keys(), row)))]
            out[table.name] = sorted(rows, key=repr)
    return out
