"""INSERT … ON CONFLICT DO NOTHING on SQLite and PostgreSQL: how an uploaded or mirrored record is written once."""
from __future__ import annotations

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert


def insert_ignoring_duplicates(conn, table):
    """An INSERT that skips rows whose key (or another unique value) is already there, on both dialects."""
    maker = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    return maker(table).on_conflict_do_nothing()
