"""Creating and opening an event."""
from __future__ import annotations

import os
from datetime import date

from checkin.domain.model import Event
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.services.machine import url_with_password
from checkin.storage import event_repository as event_repo
from checkin.storage.database import Database, create_database, open_database


def new_event(
    path_or_url: str | os.PathLike[str],
    name: str,
    starts_on: date | None = None,
    ends_on: date | None = None,
    venue: str = "",
    timezone: str = "Europe/Brussels",
    languages: tuple[str, ...] = ("en", "fr"),
) -> tuple[Database, Event]:
    if not name.strip():
        raise UserError(Message("Event", QT_TRANSLATE_NOOP("Event", "The event needs a name.")))
    if starts_on and ends_on and ends_on < starts_on:
        raise UserError(Message("Event", QT_TRANSLATE_NOOP("Event", "The event ends before it starts. Check the dates.")))
    db = create_database(url_with_password(os.fspath(path_or_url)))
    with db.unit() as s:
        event = event_repo.create_event(s, name.strip(), starts_on, ends_on, venue.strip(), timezone, languages)
    return db, event


def open_event(path_or_url: str | os.PathLike[str]) -> tuple[Database, Event]:
    """Open an event; a database URL without a password gets the one this computer keeps for it."""
    db = open_database(url_with_password(os.fspath(path_or_url)))
    if db.is_sqlite and _is_station_replica(db):
        db.dispose()
        raise UserError(
            Message(
                "Event",
                QT_TRANSLATE_NOOP(
                    "Event",
                    "{path} is a station's offline copy of a shared event, not an event file: what is written in it "
                    "never reaches the shared database. Open the shared database instead (File › Shared database…, "
                    "or --db postgresql+psycopg://…); this computer uses its copy by itself when the network drops.",
                ),
                {"path": db.engine.url.database or ""},
            )
        )
    with db.unit() as s:
        event = event_repo.get_event(s)
    return db, event


def _is_station_replica(db: Database) -> bool:
    # The replica is an event database with the station's queue beside it (checkin.sync.outbox).
    from sqlalchemy import inspect

    with db.engine.connect() as conn:
        return "sync_outbox" in inspect(conn).get_table_names()
