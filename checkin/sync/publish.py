"""Publishing a prepared event file to a shared database: the whole copy, or nothing if it fails."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from checkin.domain.model import Event
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.services.event import open_event
from checkin.storage.database import Database, create_database
from checkin.storage.tables import Base
from checkin.sync.copy import CopyReport, copy_event


def publish_event_file(path: str | os.PathLike[str], target: str) -> tuple[Event, CopyReport]:
    """Copy the event file at ``path`` (its secret too, so badges printed from it stay valid) into
    the empty database ``target``. The rows go in one transaction; if the copy fails, the schema
    made for it is removed again, so the target is as empty as before and the same call can simply
    be tried again."""
    source, event = open_event(path)
    try:
        db = create_database(target)
        try:
            report = copy_event(source, db)
        except BaseException as exc:
            _remove_schema(db)
            if isinstance(exc, SQLAlchemyError):
                raise _refused(db, exc) from exc
            raise
        db.dispose()
    finally:
        source.dispose()
    return event, report


def _refused(db: Database, exc: SQLAlchemyError) -> UserError:
    # SQLite keeps a value longer than its column says (an over-long organisation, say); a server
    # refuses it, and says which limit it broke.
    reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
    return UserError(
        Message(
            "Sync",
            QT_TRANSLATE_NOOP(
                "Sync",
                "The database at {where} refused the event file's data ({reason}). Nothing was copied: "
                "that database is as empty as before. Correct the value in the event file (open it in the "
                "app and edit the person), then publish again.",
            ),
            {"where": db.url, "reason": reason},
        )
    )


def _remove_schema(db: Database) -> None:
    try:
        if db.is_sqlite:
            db.dispose()
            Path(db.engine.url.database or "").unlink(missing_ok=True)
            return
        Base.metadata.drop_all(db.engine)
        with db.engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    except (SQLAlchemyError, OSError):
        pass  # the server or the disk went away: the error being raised says so already
    finally:
        db.dispose()
