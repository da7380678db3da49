"""The `station` table: each machine working on the event, as it last reported itself."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session as OrmSession

from checkin.storage.tables import StationRow, utcnow


@dataclass(frozen=True)
class StationInfo:
    """One station of the event: its machine's id and name, when it was seen, what it still has to send."""

    id: str
    name: str
    first_seen_at: datetime
    last_seen_at: datetime
    last_sync_at: datetime | None
    pending: int


def upsert_station(s: OrmSession, station_id: str, name: str, pending: int = 0, synced: bool = False) -> None:
    """Insert or refresh the station's row: name, pending count and last_seen_at now; first_seen_at is kept.

    One statement (INSERT … ON CONFLICT) so that two processes of one machine (the window and a
    command) reporting at once cannot both insert.
    """
    now = utcnow()
    values = {"id": station_id, "name": name, "first_seen_at": now, "last_seen_at": now, "pending": pending}
    changes = {"name": name, "last_seen_at": now, "pending": pending}
    if synced:
        values["last_sync_at"] = changes["last_sync_at"] = now
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(StationRow).values(**values)
    s.execute(statement.on_conflict_do_update(index_elements=[StationRow.id], set_=changes))


def list_stations(s: OrmSession) -> list[StationInfo]:
    """Every station, the most recently seen first."""
    rows = s.execute(select(StationRow).order_by(StationRow.last_seen_at.desc(), StationRow.name)).scalars()
    return [StationInfo(r.id, r.name, r.first_seen_at, r.last_seen_at, r.last_sync_at, r.pending) for r in rows]
