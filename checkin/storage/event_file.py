"""An SQLite event file held open by this process: its connection settings, the hold on its locks,
and the rule that nothing else in the process opens the file.

Why this matters: SQLite coordinates processes with POSIX advisory locks, and POSIX drops *all* of
a process's locks on a file as soon as the process closes *any* descriptor of that file. A file
dialog that sniffs the event file's type, an importer handed the event file by mistake, a copy made
with ``shutil`` — any of them silently ends this process's hold. The next process that closes the
event then believes it is the last one, checkpoints, and deletes the ``-wal`` and ``-shm`` files
this process is still writing to: every check-in after that goes into an unlinked file and is lost.

Three rules make that impossible here rather than unlikely:

1. Nothing in this process opens an event file except SQLite: readers of user-chosen files call
   :func:`refuse_open_event_file` first, and the window's file dialogs never read files' contents.
2. No Check-in Desk connection checkpoints and deletes the write-ahead log when it closes
   (``SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE``): another app or command on the same file cannot unlink
   the log under this one, and a connection closed after its hold was lost cannot copy stale pages
   back into the file. The log is checkpointed while the event is in use (SQLite's automatic
   checkpoints) and truncated when this process lets go of the file in good order (:func:`release`).
3. Before and after each commit, :func:`check_hold` makes sure this process still holds the file
   (Linux: its lock is listed in ``/proc/locks``; elsewhere: the log on disk is still the one it
   opened). If not, nothing is acknowledged: the work is refused with a message and every engine of
   the file in this process is closed, so the next operation reopens it with fresh locks.
"""
from __future__ import annotations

import ctypes
import functools
import logging
import os
import sqlite3
import sys
import threading
import weakref
from pathlib import Path

from sqlalchemy.engine import Engine

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError

log = logging.getLogger(__name__)

# SQLite's own number for the option (sqlite3.h); Python 3.12 names it, 3.11 does not.
_NO_CKPT_ON_CLOSE = 1006
_JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024


class EventFileHoldLost(UserError):
    """This process no longer holds the event file's locks: nothing may be acknowledged."""


def _hold_lost_error(path: str) -> EventFileHoldLost:
    return EventFileHoldLost(
        Message(
            "Storage",
            QT_TRANSLATE_NOOP(
                "Storage",
                "Another program touched the event file {path} while it was open here, so this app could no "
                "longer be sure its changes reach the file. To keep every check-in safe, this was not recorded "
                "and the event has been reopened. Please do it again.",
            ),
            {"path": path},
        )
    )


def configure_connection(dbapi_connection: sqlite3.Connection, _connection_record: object = None) -> None:
    """Settings for every connection to an event file (SQLAlchemy's ``connect`` event)."""
    cursor = dbapi_connection.cursor()
    # WAL lets a reader (the desk's table) and the writer (a scan) work at once; synchronous=FULL
    # makes every commit durable across a power cut, which WAL's usual NORMAL does not.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # The log is reused from its start after each full checkpoint; this keeps it from staying huge.
    cursor.execute(f"PRAGMA journal_size_limit={_JOURNAL_SIZE_LIMIT}")
    cursor.close()
    _no_checkpoint_on_close(dbapi_connection)


def _no_checkpoint_on_close(connection: sqlite3.Connection) -> None:
    """Rule 2: closing this connection never checkpoints nor deletes the write-ahead log."""
    setconfig = getattr(connection, "setconfig", None)
    if setconfig is not None:  # Python 3.12 and later
        setconfig(_NO_CKPT_ON_CLOSE, True)
        return
    handle = _sqlite_handle(connection)
    if handle is None:
        return
    library = _library()
    result = ctypes.c_int(-1)
    library.sqlite3_db_config(ctypes.c_void_p(handle), ctypes.c_int(_NO_CKPT_ON_CLOSE), ctypes.c_int(1), ctypes.byref(result))
    if result.value != 1:
        log.warning("SQLite did not accept NO_CKPT_ON_CLOSE (%s)", result.value)


@functools.cache
def _library() -> ctypes.CDLL:
    """The SQLite library Python's sqlite3 module uses (found through the module that links it)."""
    import _sqlite3

    library = ctypes.CDLL(_sqlite3.__file__)
    library.sqlite3_db_filename.restype = ctypes.c_char_p
    library.sqlite3_db_filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    return library


def _sqlite_handle(connection: sqlite3.Connection) -> int | None:
    """The ``sqlite3*`` behind a Python 3.11 connection: the first field after the object header
    (Modules/_sqlite/connection.h). Only where ctypes passes variadic arguments like fixed ones
    (not Apple's arm64), and only if SQLite confirms the handle names this connection's file."""
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        return None
    if sys.platform == "darwin" and os.uname().machine == "arm64":
        return None
    handle = ctypes.c_void_p.from_address(id(connection) + object.__basicsize__).value
    if not handle:
        return None
    library = _library()
    name = connection.execute("PRAGMA database_list").fetchone()[2]
    if library.sqlite3_db_filename(handle, b"main") != os.fsencode(name):
        log.warning("Could not find SQLite's handle for %s; the log is not protected on close", name)
        return None
    return handle


class _Held:
    """One event file this process has open: its engines and what its locks looked like."""

    def __init__(self, path: str):
        self.path = path
        self.engines: weakref.WeakSet[Engine] = weakref.WeakSet()
        self.wal_identity: tuple[int, int] | None = None


_held: dict[str, _Held] = {}
_lock = threading.Lock()


def _key(path: str | os.PathLike[str]) -> str:
    return str(Path(path).resolve())


def register(engine: Engine, path: str) -> None:
    """``engine`` works on the event file ``path``: its files are off limits to other readers here."""
    with _lock:
        _held.setdefault(_key(path), _Held(_key(path))).engines.add(engine)


def unregister(engine: Engine, path: str) -> None:
    with _lock:
        held = _held.get(_key(path))
        if held is None:
            return
        held.engines.discard(engine)
        if not held.engines:
            del _held[held.path]


def _identity(path: str) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def refuse_open_event_file(path: str | os.PathLike[str]) -> None:
    """Raise a UserError if ``path`` is an event file open in this process, or its -wal or -shm.

    Call it before reading any file a person chose: reading such a file would end this process's
    hold on the event (see the module's text)."""
    wanted = _identity(os.fspath(path))
    if wanted is None:
        return
    with _lock:
        open_paths = list(_held)
    for held_path in open_paths:
        for suffix in ("", "-wal", "-shm", "-journal"):
            if _identity(held_path + suffix) == wanted:
                raise UserError(
                    Message(
                        "Storage",
                        QT_TRANSLATE_NOOP(
                            "Storage",
                            "“{path}” is the event file open here, not a file to read from. To copy "
                            "the event, use File › Save a copy… (or “checkin backup”).",
                        ),
                        {"path": os.fspath(path)},
                    )
                )


def _locks_held_by_this_process(path: str) -> bool | None:
    """Linux: whether /proc/locks lists a lock of this process on ``path``; None where unknown."""
    try:
        status = os.stat(path)
        with open("/proc/locks", encoding="ascii", errors="replace") as listing:
            lines = listing.read().splitlines()
    except OSError:
        return None
    inode = f"{os.major(status.st_dev):02x}:{os.minor(status.st_dev):02x}:{status.st_ino}"
    pid = str(os.getpid())
    for line in lines:
        fields = line.split()
        # "1: POSIX  ADVISORY  READ 9577 fe:00:2148279 1073741826 1073742335" ("->" marks waiters)
        if "->" in fields:
            continue
        if len(fields) >= 6 and fields[4] == pid and fields[5] == inode:
            return True
    return False


def check_hold(path: str) -> None:
    """Rule 3: raise :class:`EventFileHoldLost` if this process may no longer hold the event file it
    is about to acknowledge a change to. The caller then lets go of its connection and calls
    :func:`reopen`."""
    if os.name == "nt":
        return  # Windows locks are held per handle; closing another handle does not release them.
    key = _key(path)
    with _lock:
        held = _held.get(key)
    if held is None:
        return
    lost = False
    if sys.platform.startswith("linux"):
        lost = _locks_held_by_this_process(key) is False
    if not lost:
        identity = _identity(key + "-wal")
        if held.wal_identity is None:
            held.wal_identity = identity
        lost = identity is None or identity != held.wal_identity
    if lost:
        log.error("Lost the hold on the event file %s", key)
        raise _hold_lost_error(key)


def reopen(path: str) -> None:
    """Close every pooled connection of this event file in this process: the next use reconnects,
    and once SQLite has closed all of the file's old descriptors here it takes the locks afresh
    (until then :func:`check_hold` keeps refusing). No connection checkpoints on close (rule 2)."""
    key = _key(path)
    with _lock:
        held = _held.get(key)
        engines = list(held.engines) if held else []
        if held is not None:
            held.wal_identity = None
    for engine in engines:
        engine.dispose()


def release(engine: Engine, path: str) -> None:
    """Let go of the event file in good order: fold the log into the file (so a copy of the file
    alone is complete) when this process still holds it, then close the engine's connections."""
    try:
        check_hold(path)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception:  # noqa: BLE001 - a busy or lost file keeps its log; it is replayed at the next open
        log.info("The event file's log was not folded in on closing %s", path, exc_info=True)
    finally:
        engine.dispose()
        unregister(engine, path)
