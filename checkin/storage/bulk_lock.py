"""One bulk writer at a time on an event: a second import (from this or another computer) is told
that one is running instead of racing it.

An import plans its merge from what the event holds, then writes. Two imports planned at once both
see the same people missing and both add them: everyone twice. SQLite's own locks do not prevent
it (the plan's reads are not part of the write transaction), so the whole import holds this lock:
a lock file beside an event file (``filelock``: fcntl on Linux and macOS, the Windows equivalent
there), a PostgreSQL advisory lock on a shared event. Neither blocks the doors: scans never take it.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

from filelock import FileLock, Timeout
from sqlalchemy import text

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.storage.database import Database

# Any fixed number names the lock; this one spells "checkin" in ASCII.
_ADVISORY_KEY = 0x636865636B696E


def lock_path(event_file: str | os.PathLike[str]) -> str:
    return os.fspath(event_file) + ".lock"


def _busy() -> UserError:
    return UserError(
        Message(
            "Storage",
            QT_TRANSLATE_NOOP(
                "Storage",
                "Another import is running on this event, on this computer or another one. Nothing was changed: "
                "wait for it to finish, then import again.",
            ),
        )
    )


@contextmanager
def bulk_writer(db: Database) -> Iterator[None]:
    """Hold the event's bulk-writer lock for the block, or raise a UserError at once if it is held."""
    if db.is_sqlite:
        lock = FileLock(lock_path(db.engine.url.database or ""), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise _busy() from None
        except OSError:
            yield  # a folder where no lock file can be made (read-only): nothing can be written there anyway
            return
        try:
            yield
        finally:
            lock.release()
        return
    with db.engine.connect() as connection:
        if not connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": _ADVISORY_KEY}).scalar_one():
            raise _busy()
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _ADVISORY_KEY})
            connection.commit()
