"""The station row a machine keeps up to date on the server: its name, when it was last seen and synced, its queue.

``report_station`` is the sync's own upsert: it also sets ``last_sync_at`` after an upload, which
the machine settings' ``register_station`` (checkin.services.machine) does not.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from checkin.storage.tables import StationRow, utcnow


def insert_ignoring_duplicates(conn, table):
    """An INSERT that skips rows whose key (or another unique value) is already there, on both dialects."""
    maker = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    return maker(table).on_conflict_do_nothing()


def report_station(s, station_id: str, name: str, pending: int, synced_at: datetime | None = None) -> None:
    """Upsert this machine's station row in the unit ``s`` (nothing without a station id)."""
    if not station_id:
        return
    now = utcnow()
    values = {"last_seen_at": now, "pending": pending}
    if name:
        values["name"] = name[:100]
    if synced_at is not None:
        values["last_sync_at"] = synced_at
    conn = s.connection()
    table = StationRow.__table__
    if conn.execute(update(table).where(table.c.id == station_id).values(**values)).rowcount:
        return
    conn.execute(insert_ignoring_duplicates(conn, table).values(id=station_id, first_seen_at=now, name=name[:100], **{k: v for k, v in values.items() if k != "name"}))
