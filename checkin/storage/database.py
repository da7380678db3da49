"""Opening and creating an event database: SQLite event files or any SQLAlchemy URL, kept migrated."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.storage import event_file, migrations

EVENT_SUFFIX = ".checkin"


# Addresses copied from elsewhere name PostgreSQL in ways SQLAlchemy reads as drivers this app does
# not ship (psycopg2) or does not know (postgres://): they all mean the psycopg 3 driver here.
_POSTGRES_SCHEMES = ("postgres://", "postgresql://", "postgresql+psycopg2://", "postgresql+psycopg2cffi://")


def to_url(path_or_url: str | os.PathLike[str]) -> str:
    """A SQLAlchemy URL for an event file path, or the URL itself (PostgreSQL always through psycopg 3)."""
    text = os.fspath(path_or_url)
    if "://" in text:
        for scheme in _POSTGRES_SCHEMES:
            if text.startswith(scheme):
                return "postgresql+psycopg://" + text[len(scheme):]
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def make_engine(url: str, server_settings: dict[str, str] | None = None) -> Engine:
    """An engine for ``url``; ``server_settings``: PostgreSQL session settings for its connections
    (e.g. a door station's idle_in_transaction_session_timeout)."""
    try:
        parsed = make_url(url)
        parsed.get_dialect()
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise UserError(
            Message(
                "Storage",
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "“{url}” is neither an event file nor a database address this app can use. A shared database "
                    "is written postgresql+psycopg://USER@SERVER:PORT/DATABASE.",
                ),
                {"url": url},
            )
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 5})
        event.listen(engine, "connect", event_file.configure_connection)
        return engine
    return create_engine(url, pool_pre_ping=True, connect_args=_connect_args(parsed, server_settings or {}))


def _connect_args(parsed, server_settings: dict[str, str]) -> dict:
    if parsed.get_backend_name() == "postgresql":
        # A station on venue Wi-Fi: a server that went away must show as an error within seconds,
        # not after the system's TCP timeouts (minutes), so the station can switch to offline.
        # Keepalives notice a dead peer on an idle connection; tcp_user_timeout (ms) bounds how long
        # unacknowledged data (a query sent into a dropped network) may wait. Options given in the
        # URL's query string win over these.
        defaults = {
            "connect_timeout": 5,
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 3,
            "keepalives_count": 3,
            "tcp_user_timeout": 10_000,
        }
        # The server's side of the same: a station that vanished inside a scan holds its door's
        # lock, and every other desk at that door waits, until the server drops the session.
        settings = {"tcp_keepalives_idle": "10", "tcp_keepalives_interval": "3", "tcp_keepalives_count": "3", **server_settings}
        defaults["options"] = " ".join(f"-c {name}={value}" for name, value in settings.items())
        return {key: value for key, value in defaults.items() if key not in parsed.query}
    return {}


class Database:
    """One event's database: an engine and short units of work on it."""

    def __init__(self, engine: Engine, read_only: bool = False):
        self.engine = engine
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # The event file's path (a read-only file is opened through a "file:" URI), None for a server.
        name = engine.url.database if engine.dialect.name == "sqlite" else None
        if name and name.startswith("file:"):
            name = name[len("file:"):]
        self.file_path: str | None = name if name and name != ":memory:" else None
        # Changes are acknowledged only while this process holds the file (event_file).
        self._file = None if read_only else self.file_path
        if self._file:
            event_file.register(engine, self._file)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def unit(self) -> Iterator[OrmSession]:
        """A transaction: committed when the block ends, rolled back (writing nothing) if it raises."""
        if not self._file:
            with self._sessions() as session, session.begin():
                yield session
            return
        try:
            with self._sessions() as session:
                with session.begin():
                    yield session
                    session.flush()
                    event_file.check_hold(self._file)
                # Between the check and the commit another process may have unlinked the log: then
                # the change is not acknowledged either (the caller tells the person to do it again).
                event_file.check_hold(self._file)
        except event_file.EventFileHoldLost:
            event_file.reopen(self._file)  # now that this unit's connection is back in the pool
            raise

    def dispose(self) -> None:
        if self._file:
            event_file.release(self.engine, self._file)
        else:
            self.engine.dispose()


def _where(engine: Engine) -> str:
    """What to call the database in a message: the file path, or the URL without its password."""
    if engine.dialect.name == "sqlite":
        return engine.url.database or ""
    return engine.url.render_as_string(hide_password=True)


def _not_an_event(engine: Engine) -> UserError:
    return UserError(
        Message("Storage", QT_TRANSLATE_NOOP("Storage", "“{url}” is not a Check-in Desk event."), {"url": _where(engine)})
    )


def _cannot_open(engine: Engine, exc: Exception) -> UserError:
    if engine.dialect.name == "sqlite" and "not a database" in str(exc):
        return _not_an_event(engine)
    if engine.dialect.name == "sqlite" and "malformed" in str(exc):
        return _damaged(engine, str(getattr(exc, "orig", exc)))
    url = _where(engine)
    reason = str(getattr(exc, "orig", exc))
    if "no password supplied" in reason or "password authentication failed" in reason:
        return UserError(
            Message(
                "Storage",
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "The server at “{url}” wants a password for this user, and none was given or it was wrong. In the "
                    "window, use File › Shared database… (it can keep the password in the keychain); on the command "
                    "line, set PGPASSWORD or put it in ~/.pgpass.",
                ),
                {"url": url},
            )
        )
    return UserError(
        Message(
            "Storage",
            QT_TRANSLATE_NOOP("Storage", "Could not open “{url}”: {reason}. Check the path or address, and that the database is running."),
            {"url": url, "reason": str(getattr(exc, "orig", exc)).strip().splitlines()[0]},
        )
    )


def create_database(path_or_url: str | os.PathLike[str]) -> Database:
    """Create an empty event database with the current schema. Refuses to touch an existing event."""
    url = to_url(path_or_url)
    engine = make_engine(url)
    if engine.dialect.name == "sqlite":
        path = Path(engine.url.database or "")
        if path.exists() and path.stat().st_size > 0:
            raise UserError(
                Message("Storage", QT_TRANSLATE_NOOP("Storage", "{path} already exists. Choose another file name, or open it instead."), {"path": str(path)})
            )
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with engine.connect() as conn:
            if "event" in inspect(conn).get_table_names():
                raise UserError(
                    Message("Storage", QT_TRANSLATE_NOOP("Storage", "This database already holds an event. Open it instead, or use an empty database."))
                )
        migrations.upgrade(engine)
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise _cannot_open(engine, exc) from exc
    return Database(engine)


def open_database(path_or_url: str | os.PathLike[str], server_settings: dict[str, str] | None = None) -> Database:
    """Open an existing event, upgrading its schema if an older version of the app made it.

    An event file is checked first (SQLite's quick_check): a damaged one is refused with what to do.
    One this computer may not write (a write-protected file, folder or stick) opens read-only, for
    looking people up and exporting; :attr:`Database.read_only` says so and writes are refused."""
    url = to_url(path_or_url)
    read_only = False
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///"):])
        folder_closed = path.parent.is_dir() and not os.access(path.parent, os.X_OK)
        if folder_closed or (path.exists() and not os.access(path, os.R_OK)):
            raise UserError(
                Message("Storage", QT_TRANSLATE_NOOP("Storage", "This computer's user may not read the event file {path}. Ask whoever owns it for access, or open a copy."), {"path": str(path)})
            )
        if not path.is_file():
            raise UserError(
                Message("Storage", QT_TRANSLATE_NOOP("Storage", "There is no event file at {path}. Check the path, or create the event first (File › New event, or “checkin new”)."), {"path": str(path)})
            )
        read_only = not _writable(path)
        if read_only:
            url = _read_only_url(path)
    engine = make_engine(url, server_settings)
    try:
        state = migrations.state(engine)
        if state is migrations.State.EMPTY or state is migrations.State.FOREIGN:
            raise _not_an_event(engine)
        if state is migrations.State.NEWER:
            raise UserError(
                Message("Storage", QT_TRANSLATE_NOOP("Storage", "This event was saved by a newer version of Check-in Desk. Update the app to open it."))
            )
        if engine.dialect.name == "sqlite":
            _refuse_if_damaged(engine)
        if state is migrations.State.OLDER:
            if read_only:
                raise UserError(
                    Message("Storage", QT_TRANSLATE_NOOP("Storage", "This event file was made by an older version and must be upgraded, but it is read-only here. Copy it to a writable folder, then open the copy."))
                )
            _backup_before_upgrade(engine)
            migrations.upgrade(engine)
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise _cannot_open(engine, exc) from exc
    except UserError:
        engine.dispose()
        raise
    return Database(engine, read_only=read_only)


def _writable(path: Path) -> bool:
    """Whether SQLite can write the event here: the file, and its folder for the -wal and -shm files
    (unless those already exist and are writable)."""
    if not os.access(path, os.W_OK):
        return False
    if os.access(path.parent, os.W_OK):
        return True
    return all(os.access(f"{path}{suffix}", os.W_OK) for suffix in ("-wal", "-shm"))


def _read_only_url(path: Path) -> str:
    """Read-only, or immutable when even the -shm file cannot be made (a write-protected stick)."""
    shm = Path(f"{path}-shm")
    if os.access(path.parent, os.W_OK) or (shm.exists() and os.access(shm, os.R_OK)):
        return f"sqlite:///file:{path}?mode=ro&uri=true"
    return f"sqlite:///file:{path}?immutable=1&uri=true"


def _refuse_if_damaged(engine: Engine) -> None:
    with engine.connect() as conn:
        try:
            problems = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
        except DatabaseError as exc:
            problems = [str(exc.orig)]
    if problems != ["ok"]:
        raise _damaged(engine, problems[0] if problems else "?")


def _damaged(engine: Engine, problem: str) -> UserError:
    return UserError(
        Message(
            "Storage",
            QT_TRANSLATE_NOOP(
                "Storage",
                "The event file {path} is damaged ({problem}), so it was not opened and nothing was written to it. "
                "Restore the latest backup: File › Restore from backup…, or “checkin restore”.",
            ),
            {"path": _where(engine), "problem": problem},
        )
    )


def _backup_before_upgrade(engine: Engine) -> None:
    """A backup of an event file before its schema changes (in the user's backups folder)."""
    if engine.dialect.name != "sqlite":
        return
    from checkin.storage import backup  # backup builds on this module

    with engine.connect() as conn:
        identity = conn.exec_driver_sql("SELECT id FROM event").scalar() or "unknown"
    backup.snapshot_file(engine.url.database or "", identity, "before-upgrade")
