"""Copies of an event file that are whole and consistent: saved copies, rolling automatic backups,
restores and integrity checks.

A copy made by the file manager while the event is open misses what still sits in the ``-wal``
file beside it (or copies a half-written page). These copies go through SQLite's online backup
API instead: a consistent snapshot, write-ahead log included, written to a temporary file, checked,
flushed to disk and only then renamed into place.
"""
from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs
from sqlalchemy import text

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.storage.database import Database, open_database
from checkin.storage.event_file import refuse_open_event_file

KEEP = 24  # automatic backups kept per event; the oldest go first
_NAME = re.compile(r"^(\d{8}-\d{6})-([a-z-]+)\.checkin$")


def backups_root() -> Path:
    """The user's data folder (platformdirs) or $CHECKIN_DATA_DIR, then ``backups``."""
    override = os.environ.get("CHECKIN_DATA_DIR")
    base = Path(override) if override else Path(platformdirs.user_data_dir("checkin-desk", appauthor=False))
    return base / "backups"


def backups_folder(event_id: str) -> Path:
    """An event's backups, by event id: found again wherever its file was moved or renamed."""
    return backups_root() / event_id


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str  # "auto", "before-import", "before-upgrade", "before-restore"
    size: int


def _shared_event() -> UserError:
    return UserError(
        Message(
            "Backup",
            QT_TRANSLATE_NOOP(
                "Backup",
                "This event lives on a shared database server: the server's own backups (pg_dump) keep it. "
                "Copies and backups here are for event files.",
            ),
        )
    )


def _write_copy(source: sqlite3.Connection, out: Path) -> None:
    """Copy the database behind ``source`` to ``out`` atomically, checked and on disk."""
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(out.name + ".part")
    temporary.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(temporary)) as target:
            source.backup(target)
            # A copy is a document: one self-contained file, whatever mode the event runs in.
            target.execute("PRAGMA journal_mode=DELETE")
            if target.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise UserError(
                    Message("Backup", QT_TRANSLATE_NOOP("Backup", "The copy could not be checked, so it was not kept. The event file may be damaged: run “checkin check”."))
                )
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, out)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise UserError(
            Message(
                "Backup",
                QT_TRANSLATE_NOOP("Backup", "Could not write the copy to {path}: {reason}. Choose another folder or free some space."),
                {"path": str(out), "reason": exc.strerror or str(exc)},
            )
        ) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def copy_event(db: Database, out: str | os.PathLike[str]) -> Path:
    """File › Save a copy… and ``checkin backup --out``: a whole, consistent copy of the open event."""
    if not db.is_sqlite:
        raise _shared_event()
    target = Path(out).expanduser().resolve()
    if db.file_path and target == Path(db.file_path).resolve():
        raise UserError(
            Message("Backup", QT_TRANSLATE_NOOP("Backup", "A copy cannot be written over the event itself. Choose another file name."))
        )
    refuse_open_event_file(target)  # another event open here, or this one's -wal or -shm
    with db.engine.connect() as connection:
        _write_copy(connection.connection.dbapi_connection, target)
    return target


def event_id(db: Database) -> str:
    with db.unit() as s:
        return s.execute(text("SELECT id FROM event")).scalar_one()


def snapshot(db: Database, reason: str = "auto", keep: int = KEEP) -> Path | None:
    """A rolling automatic backup of the open event in the user's data folder; None for a shared event."""
    if not db.is_sqlite:
        return None
    folder = backups_folder(event_id(db))
    path = folder / f"{datetime.now():%Y%m%d-%H%M%S}-{reason}.checkin"
    copy_event(db, path)
    prune(folder, keep)
    return path


def snapshot_file(path: str | os.PathLike[str], identity: str, reason: str, keep: int = KEEP) -> Path:
    """The same from an event file not open here (before its schema is upgraded)."""
    folder = backups_folder(identity)
    out = folder / f"{datetime.now():%Y%m%d-%H%M%S}-{reason}.checkin"
    with closing(sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)) as source:
        _write_copy(source, out)
    prune(folder, keep)
    return out


def list_backups(identity: str) -> list[Backup]:
    """An event's backups, newest first."""
    folder = backups_folder(identity)
    found = []
    for entry in folder.glob("*.checkin") if folder.is_dir() else ():
        match = _NAME.match(entry.name)
        if match:
            taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
            found.append(Backup(entry, taken, match.group(2), entry.stat().st_size))
    return sorted(found, key=lambda backup: (backup.taken_at, backup.path.name), reverse=True)


def prune(folder: Path, keep: int = KEEP) -> None:
    backups = sorted((p for p in folder.glob("*.checkin") if _NAME.match(p.name)), key=lambda p: p.name, reverse=True)
    for old in backups[keep:]:
        old.unlink(missing_ok=True)


def restore(backup: str | os.PathLike[str], out: str | os.PathLike[str]) -> Path:
    """Make a new event file ``out`` from ``backup`` (never over an existing file, never over the open event)."""
    source = Path(backup).expanduser()
    target = Path(out).expanduser().resolve()
    if target.exists():
        raise UserError(
            Message("Backup", QT_TRANSLATE_NOOP("Backup", "{path} already exists. Restore to a new file name; the existing file is left as it is."), {"path": str(target)})
        )
    problems = check_file(source, full=True)
    if problems:
        raise UserError(
            Message("Backup", QT_TRANSLATE_NOOP("Backup", "“{path}” cannot be restored: it is not a sound event file ({problem}). Choose another backup."), {"path": str(source), "problem": problems[0]})
        )
    with closing(sqlite3.connect(f"file:{source.resolve()}?mode=ro", uri=True)) as reader:
        _write_copy(reader, target)
    try:
        open_database(target).dispose()  # refuses what is not an event, or one from a newer version
    except BaseException:
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return target


def check_file(path: str | os.PathLike[str], full: bool = False) -> list[str]:
    """SQLite's own check of an event file, read-only: an empty list when it is sound."""
    location = Path(path).expanduser().resolve()
    if not location.is_file():
        raise UserError(
            Message("Backup", QT_TRANSLATE_NOOP("Backup", "There is no file at {path}. Check the path."), {"path": str(location)})
        )
    refuse_open_event_file(location)
    return _check(sqlite3.connect(f"file:{location}?mode=ro", uri=True), full)


def check(db: Database, full: bool = False) -> list[str]:
    """The same for the open event, through its own connection (``full``: integrity_check, slower)."""
    if not db.is_sqlite:
        return []
    with db.engine.connect() as connection:
        return _check(connection.connection.dbapi_connection, full, close=False)


def _check(connection: sqlite3.Connection, full: bool, close: bool = True) -> list[str]:
    try:
        if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'event'").fetchone():
            return ["no event in it"]
        rows = connection.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        if close:
            connection.close()
    problems = [row[0] for row in rows]
    return [] if problems == ["ok"] else problems


def change_fingerprint(db: Database) -> tuple[int, int]:
    """Changes leave a trace in the scan log or the journal (edits, imports, walk-ins, prints):
    when neither grew, there is nothing new to back up."""
    with db.unit() as s:
        scans = s.execute(text("SELECT count(*) FROM scan")).scalar_one()
        entries = s.execute(text("SELECT count(*) FROM journal")).scalar_one()
    return scans, entries
