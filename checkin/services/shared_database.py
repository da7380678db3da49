"""A shared PostgreSQL database as the settings dialog sees it: its address, a connection test, putting an event in it."""
from __future__ import annotations

import os
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from checkin.domain.model import Event
from checkin.i18n import QT_TRANSLATE_NOOP, Message
from checkin.services.event import new_event
from checkin.storage import migrations

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
# Long enough for a slow venue network, short enough that a wrong address is known at once.
TEST_TIMEOUT = 4  # seconds; libpq counts whole seconds, at least 2

_CONTEXT = "SharedDatabase"


@dataclass(frozen=True)
class Address:
    """Where a shared database is: what the dialog's fields hold (no password)."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""

    def url(self, password: str = "") -> str:
        """The SQLAlchemy URL; special characters in the user name or password are escaped."""
        made = URL.create(DRIVER, username=self.user or None, password=password or None, host=self.host,
                          port=self.port, database=self.database)
        return made.render_as_string(hide_password=False)

    @classmethod
    def of(cls, url: str) -> "Address":
        """The address in ``url``; an unreadable URL gives empty fields."""
        try:
            parsed = make_url(url)
        except ArgumentError:
            return cls()
        return cls(parsed.host or "", parsed.port or DEFAULT_PORT, parsed.database or "", parsed.username or "")


class Outcome(Enum):
    EVENT = "event"  # reachable, holds an event: open it
    EMPTY = "empty"  # reachable, no tables: create an event there or copy one in
    NEWER = "newer"  # holds an event a newer app made
    FOREIGN = "foreign"  # holds something else
    NO_DATABASE = "no_database"
    PASSWORD_NEEDED = "password_needed"
    WRONG_PASSWORD = "wrong_password"
    NOT_ALLOWED = "not_allowed"  # the server's access rules (pg_hba.conf) refuse this computer
    UNREACHABLE = "unreachable"


@dataclass(frozen=True)
class ConnectionCheck:
    """What a connection test found, and the sentence that tells the user what to do next."""

    outcome: Outcome
    message: Message
    event_name: str = ""

    @property
    def reachable(self) -> bool:
        return self.outcome in (Outcome.EVENT, Outcome.EMPTY, Outcome.NEWER, Outcome.FOREIGN)


def _m(text_: str, **params) -> Message:
    return Message(_CONTEXT, text_, params)


def check_connection(url: str, timeout: int = TEST_TIMEOUT) -> ConnectionCheck:
    """Connect to ``url`` (with its password) and say what is there; never raises for a failed connection."""
    address = Address.of(url)
    try:
        engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": max(2, int(timeout))})
    except (ArgumentError, ImportError) as exc:
        return ConnectionCheck(Outcome.UNREACHABLE, _unreachable(address, str(exc)))
    try:
        state = migrations.state(engine)
        if state in (migrations.State.CURRENT, migrations.State.OLDER):
            with engine.connect() as conn:
                name = conn.execute(text("SELECT name FROM event LIMIT 1")).scalar() or ""
            return ConnectionCheck(Outcome.EVENT, _m(QT_TRANSLATE_NOOP(
                "SharedDatabase", "Connected. This database holds the event “{name}”: click Open to work on it."), name=name), name)
    except DBAPIError as exc:
        return _failed(address, exc)
    except SQLAlchemyError as exc:
        return ConnectionCheck(Outcome.UNREACHABLE, _unreachable(address, _reason(exc)))
    finally:
        engine.dispose()
    if state is migrations.State.EMPTY:
        return ConnectionCheck(Outcome.EMPTY, _m(QT_TRANSLATE_NOOP(
            "SharedDatabase", "Connected, but this database is empty. Create a new event in it, or copy a prepared event file "
            "into it (badges already printed from the file stay valid).")))
    if state is migrations.State.NEWER:
        return ConnectionCheck(Outcome.NEWER, _m(QT_TRANSLATE_NOOP(
            "SharedDatabase", "Connected. This database holds an event saved by a newer version of Check-in Desk: update the "
            "app on this computer to open it.")))
    return ConnectionCheck(Outcome.FOREIGN, _m(QT_TRANSLATE_NOOP(
        "SharedDatabase", "Connected, but this database holds something other than a Check-in Desk event. Check the database "
        "name, or ask the technician for an empty database for the event.")))


def _reason(exc: BaseException) -> str:
    """The server's or the client library's own words, without the "connection to server at … failed:" preamble."""
    words = str(getattr(exc, "orig", None) or exc).strip()
    first = words.splitlines()[0] if words else type(exc).__name__
    first = first.rsplit(" failed: ", 1)[-1]
    return first.replace("FATAL:", "").strip()


def _unreachable(address: Address, reason: str) -> Message:
    return _m(QT_TRANSLATE_NOOP(
        "SharedDatabase", "Could not reach a database server at {host}, port {port} ({reason}). Check the address and the "
        "port, that this computer is on the venue network, and that the server is running."),
        host=address.host or "localhost", port=address.port, reason=reason)


def _failed(address: Address, exc: DBAPIError) -> ConnectionCheck:
    """Sort a failed connection by libpq's and the server's message (psycopg gives no SQLSTATE for these)."""
    reason = _reason(exc)
    lowered = reason.lower()
    params = {"host": address.host or "localhost", "port": address.port, "user": address.user,
              "database": address.database, "reason": reason}
    if "no password supplied" in lowered:
        return ConnectionCheck(Outcome.PASSWORD_NEEDED, _m(QT_TRANSLATE_NOOP(
            "SharedDatabase", "The server asks for a password for user “{user}”. Type it and test again."), **params))
    if "password authentication failed" in lowered or ("role" in lowered and "does not exist" in lowered):
        return ConnectionCheck(Outcome.WRONG_PASSWORD, _m(QT_TRANSLATE_NOOP(
            "SharedDatabase", "The server refused user “{user}” with this password. Check the user name and the password "
            "(capitals count) and test again."), **params))
    if "database" in lowered and "does not exist" in lowered:
        return ConnectionCheck(Outcome.NO_DATABASE, _m(QT_TRANSLATE_NOOP(
            "SharedDatabase", "The server answers, but has no database called “{database}”. Check the name, or ask the "
            "technician to create it (createdb {database})."), **params))
    if "pg_hba.conf" in lowered:
        return ConnectionCheck(Outcome.NOT_ALLOWED, _m(QT_TRANSLATE_NOOP(
            "SharedDatabase", "The server at {host} does not let this computer in ({reason}). Ask the technician to allow "
            "the venue network in the server's pg_hba.conf."), **params))
    return ConnectionCheck(Outcome.UNREACHABLE, _unreachable(address, reason))


# ---- putting an event into an empty database -------------------------------------------------


def create_event_there(url: str, name: str) -> Event:
    """A new, empty event in the shared database ``url``."""
    db, event = new_event(url, name)
    db.dispose()
    return event


def copy_event_file_there(path: str | os.PathLike[str], url: str) -> Event:
    """Copy a prepared event file (its secret too, so printed badges stay valid) into the empty database ``url``;
    a failed copy leaves the database empty as before (see :func:`checkin.sync.publish.publish_event_file`)."""
    from checkin.sync.publish import publish_event_file  # shared with `checkin new --from`

    event, _report = publish_event_file(path, url)
    return event


__all__ = ["Address", "ConnectionCheck", "Outcome", "check_connection", "copy_event_file_there", "create_event_there"]
