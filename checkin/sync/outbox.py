"""The offline queue: records a station decided against its replica, kept in the replica file until uploaded.

The queue is a table of the replica's SQLite file (its own MetaData, made if missing; not part of
the event schema). Each item is written in the same transaction as the record it carries, and that
file runs with synchronous=FULL: a record the station showed is in the queue, even after a power
cut. Items leave the queue only after the server has committed them.

API::

    ensure_outbox(db)                       # create the table if missing
    enqueue(orm_session, kind, key, payload)  # in the caller's transaction; key = the record's uuid
    pending_count(db) -> int
    read_batch(db, limit, up_to=None) -> list[OutboxItem]   # oldest first
    last_seq(db) -> int
    remove(db, seqs)
    scan_payload(record) / scan_from_payload(payload)
"""
from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Iterable

from sqlalchemy import Column, Date, Integer, MetaData, String, Table, Text, delete, func, insert, select

from checkin.domain.scan_log import ScanRecord
from checkin.domain.verdicts import Direction
from checkin.storage.database import Database
from checkin.storage.tables import UTCDateTime, utcnow

SCAN = "scan"
WALK_IN = "walk_in"  # an attendee with their badge, registrations and journal line
JOURNAL = "journal"  # a journal line (a print, an edit) made offline

_metadata = MetaData()
outbox_table = Table(
    "sync_outbox",
    _metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("key", String(36), nullable=False, unique=True),
    Column("kind", String(10), nullable=False),
    Column("payload", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)


@dataclass(frozen=True, slots=True)
class OutboxItem:
    seq: int
    key: str
    kind: str
    payload: dict


def ensure_outbox(db: Database) -> None:
    _metadata.create_all(db.engine, checkfirst=True)


def enqueue(s, kind: str, key: str, payload: dict) -> None:
    """Queue one record, inside the transaction ``s`` that writes it to the replica."""
    s.connection().execute(
        insert(outbox_table).values(key=key, kind=kind, payload=json.dumps(payload, default=_plain), created_at=utcnow().isoformat())
    )


def pending_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(outbox_table)).scalar_one()


def last_seq(db: Database) -> int:
    """The newest item's number (0 for an empty queue)."""
    with db.engine.connect() as conn:
        return conn.execute(select(func.max(outbox_table.c.seq))).scalar_one() or 0


def read_batch(db: Database, limit: int, up_to: int | None = None) -> list[OutboxItem]:
    """The oldest ``limit`` items (numbered ``up_to`` at most)."""
    query = select(outbox_table.c.seq, outbox_table.c.key, outbox_table.c.kind, outbox_table.c.payload)
    if up_to is not None:
        query = query.where(outbox_table.c.seq <= up_to)
    with db.engine.connect() as conn:
        rows = conn.execute(query.order_by(outbox_table.c.seq).limit(limit)).all()
    return [OutboxItem(row.seq, row.key, row.kind, json.loads(row.payload)) for row in rows]


def remove(db: Database, seqs: Iterable[int]) -> None:
    """Forget items the server has committed."""
    seqs = list(seqs)
    with db.engine.begin() as conn:
        for start in range(0, len(seqs), 500):
            conn.execute(delete(outbox_table).where(outbox_table.c.seq.in_(seqs[start:start + 500])))


def _plain(value):
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"not JSON: {type(value).__name__}")


_SCAN_FIELDS = tuple(f.name for f in fields(ScanRecord))


def scan_payload(record: ScanRecord) -> dict:
    payload = {name: getattr(record, name) for name in _SCAN_FIELDS}
    payload["direction"] = record.direction.value
    payload["at"] = record.at.isoformat()
    return payload


def scan_from_payload(payload: dict) -> ScanRecord:
    values = {name: payload[name] for name in _SCAN_FIELDS if name in payload}
    values["direction"] = Direction(payload["direction"])
    values["at"] = datetime.fromisoformat(payload["at"])
    return ScanRecord(**values)


# ---- whole rows (walk-ins, journal lines) ------------------------------------------------------


def row_payload(s, table, *where) -> list[dict]:
    """Rows of ``table`` as JSON-ready dicts (datetimes as ISO text), to travel in the queue."""
    return [
        {key: (value.isoformat() if hasattr(value, "isoformat") else value) for key, value in row._mapping.items()}
        for row in s.connection().execute(select(table).where(*where))
    ]


def revive(table, payload: dict) -> dict:
    """A queued row's values as ``table``'s columns take them (ISO text back to dates and times)."""
    values = {}
    for column in table.columns:
        if column.name not in payload:
            continue
        value = payload[column.name]
        if isinstance(value, str) and isinstance(column.type, UTCDateTime):
            value = datetime.fromisoformat(value)
        elif isinstance(value, str) and isinstance(column.type, Date):
            value = date.fromisoformat(value)
        values[column.name] = value
    return values
