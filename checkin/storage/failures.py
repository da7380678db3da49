"""What a failed database operation means for the person waiting: one judgement, used by the window,
the stations, the sync and the command line alike.

A driver error is turned into a :class:`~checkin.i18n.Message` saying what happened and what to do:
the disk is full, the event file is read-only or damaged, another program keeps it busy, or the
database did not answer. Anything else (a real bug, such as a missing table) is not explained here:
callers show it as unexpected.
"""
from __future__ import annotations

import enum

from sqlalchemy.exc import DBAPIError, OperationalError

from checkin.i18n import QT_TRANSLATE_NOOP, Message


class Failure(enum.Enum):
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    DAMAGED = "damaged"
    BUSY = "busy"
    UNREACHABLE = "unreachable"


_MESSAGES = {
    Failure.DISK_FULL: QT_TRANSLATE_NOOP(
        "Storage",
        "Not recorded: the disk holding the event file is full. Nothing was half-written. Free some space "
        "(empty the bin, delete large files), then try again.",
    ),
    Failure.READ_ONLY: QT_TRANSLATE_NOOP(
        "Storage",
        "Not recorded: the event file is read-only here (a write-protected file, folder or USB stick). You can "
        "still look people up and export. To record check-ins, use File › Save a copy… to a writable folder and "
        "open the copy.",
    ),
    Failure.DAMAGED: QT_TRANSLATE_NOOP(
        "Storage",
        "The event file is damaged, so nothing more is written to it. Restore the latest backup (File › Restore "
        "from backup…, or “checkin restore”), then carry on with the restored file.",
    ),
    Failure.BUSY: QT_TRANSLATE_NOOP(
        "Storage",
        "Not recorded: another program kept the event file busy for more than 5 seconds. Close other programs "
        "that have it open (a second copy of this app, a database tool), then try again.",
    ),
    Failure.UNREACHABLE: QT_TRANSLATE_NOOP(
        "Storage",
        "The event database did not answer, so this was not done and nothing was changed. Check the network "
        "(or the disk holding the event file), then try again.",
    ),
}


def classify(exc: BaseException) -> Failure | None:
    """The kind of failure ``exc`` is, or None for an error that is not about the database's reach."""
    if not isinstance(exc, DBAPIError):
        return None
    reason = str(exc.orig).lower()
    if type(exc.orig).__module__.startswith("sqlite3"):
        if "database or disk is full" in reason or "disk is full" in reason:
            return Failure.DISK_FULL
        if "readonly" in reason or "read-only" in reason:
            return Failure.READ_ONLY
        if "malformed" in reason or "not a database" in reason or "corrupt" in reason:
            return Failure.DAMAGED
        if "locked" in reason or "busy" in reason:
            return Failure.BUSY
        if "disk i/o" in reason or "unable to open" in reason:
            return Failure.UNREACHABLE
        # SQLite reports a missing table as an OperationalError too: a bug, not the disk.
        return None
    if exc.connection_invalidated or isinstance(exc, OperationalError):
        if "no space left" in reason or "could not extend file" in reason:
            return Failure.DISK_FULL
        return Failure.UNREACHABLE  # the PostgreSQL driver's OperationalError: connection failed or lost
    return None


def explain(exc: BaseException) -> Message | None:
    """What to tell the person about ``exc``, or None when it is not a database-reach failure."""
    failure = classify(exc)
    return Message("Storage", _MESSAGES[failure]) if failure is not None else None


def read_only_message() -> Message:
    """What a station or an import says up front on an event opened read-only."""
    return Message("Storage", _MESSAGES[Failure.READ_ONLY])
