"""This computer as a station (its id and name) and the shared databases it remembers, passwords in the keychain.

The settings are a small JSON file in the user's config folder (``CHECKIN_CONFIG_DIR`` overrides
it), written atomically so that a crash or a power cut never leaves half a file. Passwords never
go in it: they go to the platform's keychain through ``keyring`` (service "checkin-desk", user name
= the database URL without its password), and where there is no usable keychain they are kept
for the running program only, and the user is told so.
"""
from __future__ import annotations

import json
import logging
import os
import re
import socket
import tempfile
import uuid
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.storage import station_repository
from checkin.storage.database import Database
from checkin.storage.station_repository import StationInfo

log = logging.getLogger(__name__)

APP_NAME = "checkin-desk"
CONFIG_DIR_ENV = "CHECKIN_CONFIG_DIR"
FILE_NAME = "machine.json"
KEYRING_SERVICE = "checkin-desk"
NAME_LIMIT = 100  # the station table's name column
MAX_CONNECTIONS = 12
_FORMAT = 1
_ID_IN_TEXT = re.compile(r'"station_id"\s*:\s*"([0-9a-fA-F-]{36})"')

__all__ = [
    "MachineSettings", "SharedConnection", "StationInfo", "default_config_dir", "default_station_name",
    "forget_password", "keyring_usable", "known_stations", "no_keychain_message", "register_station", "store_password", "stored_password",
    "url_with_password", "url_without_password",
]


def _m(text: str, **params: Any) -> Message:
    return Message("Machine", text, params)


def default_config_dir() -> Path:
    """Where this computer's settings live: ``$CHECKIN_CONFIG_DIR``, else the platform's config folder."""
    override = os.environ.get(CONFIG_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))


def default_station_name() -> str:
    """The computer's host name without its domain ("desk-3", not "desk-3.venue.lan")."""
    host = socket.gethostname().split(".")[0].strip()
    return (host or "station")[:NAME_LIMIT]


def _valid_id(value: Any) -> str | None:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        return None


def _id_in_broken_text(text: str) -> str | None:
    """The station id of a file that is no longer valid JSON (cut short, edited by hand), if it still shows."""
    found = _ID_IN_TEXT.search(text)
    return _valid_id(found.group(1)) if found else None


def _clean_name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise UserError(_m(QT_TRANSLATE_NOOP("Machine", "A station needs a name, e.g. “Main entrance, left”. Type one and try again.")))
    if len(name) > NAME_LIMIT:
        raise UserError(_m(
            QT_TRANSLATE_NOOP("Machine", "The station name “{name}” is longer than {limit} characters. Choose a shorter one."),
            name=name, limit=NAME_LIMIT,
        ))
    return name


@dataclass(frozen=True)
class SharedConnection:
    """A shared database this computer has used: its URL without the password, and what people call it."""

    url: str
    label: str = ""

    @property
    def title(self) -> str:
        return self.label or url_without_password(self.url)


class MachineSettings:
    """This computer's station id and name and its remembered shared databases.

    ``notice`` is a Message for the user when the file could not be read or saved (the settings
    then start afresh, keeping the station id when it could be read), else None.
    """

    def __init__(self, path: Path, station_id: str | None = None):
        self.path = path
        self.station_id = station_id or str(uuid.uuid4())
        self._name = ""  # "" until someone names the station: it is then called after the computer
        self.connections: list[SharedConnection] = []
        self.last_connection_url = ""
        self.notice: Message | None = None

    # ---- loading and saving ------------------------------------------------------------------

    @classmethod
    def load(cls, config_dir: str | os.PathLike[str] | None = None) -> "MachineSettings":
        folder = Path(config_dir) if config_dir is not None else default_config_dir()
        path = folder / FILE_NAME
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls._fresh(path, None)
        except (OSError, UnicodeDecodeError) as exc:
            return cls._fresh(path, None, problem=str(exc), text="")
        try:
            return cls._parse(path, json.loads(text))
        except (ValueError, TypeError, AttributeError) as exc:
            return cls._fresh(path, _id_in_broken_text(text), problem=str(exc), text=text)

    @classmethod
    def _parse(cls, path: Path, data: Any) -> "MachineSettings":
        station_id = _valid_id(data.get("station_id"))
        if station_id is None:
            raise ValueError("no valid station_id")
        settings = cls(path, station_id)
        name = data.get("station_name") or ""
        settings._name = name.strip()[:NAME_LIMIT] if isinstance(name, str) else ""
        for item in data.get("connections") or []:
            # A hand-edited entry that is not a URL is dropped rather than stopping the program.
            if isinstance(item, dict) and isinstance(item.get("url"), str) and "://" in item["url"]:
                label = item.get("label") if isinstance(item.get("label"), str) else ""
                settings.connections.append(SharedConnection(url_without_password(item["url"]), label))
        last = data.get("last_connection")
        settings.last_connection_url = url_without_password(last) if isinstance(last, str) and last else ""
        return settings

    @classmethod
    def _fresh(cls, path: Path, station_id: str | None, problem: str | None = None, text: str | None = None) -> "MachineSettings":
        """New settings; when the file was there but unreadable, say so and keep the file aside."""
        settings = cls(path, station_id)
        if problem is not None:
            backup = path.with_name(path.name + ".broken")
            with suppress(OSError):
                if text:  # readable but broken: keep it for whoever wants to look at it
                    os.replace(path, backup)
            params = {"path": str(path), "reason": problem, "backup": str(backup)}
            if station_id is not None:
                settings.notice = _m(QT_TRANSLATE_NOOP(
                    "Machine",
                    "This computer's settings in {path} could not be read ({reason}). They start afresh: enter the "
                    "station name and the shared database again. The station id was kept; the unreadable file was "
                    "kept as {backup}."), **params)
            else:
                settings.notice = _m(QT_TRANSLATE_NOOP(
                    "Machine",
                    "This computer's settings in {path} could not be read ({reason}). They start afresh with a new "
                    "station id: enter the station name and the shared database again."), **params)
        try:
            settings.save()  # the station id is fixed from the first run on
        except UserError as exc:
            settings.notice = exc.message  # what to fix first: nothing this computer learns is kept
        return settings

    def to_json(self) -> dict[str, Any]:
        return {
            "format": _FORMAT,
            "station_id": self.station_id,
            "station_name": self._name,
            "connections": [{"url": c.url, "label": c.label} for c in self.connections],
            "last_connection": self.last_connection_url,
        }

    def save(self) -> None:
        """Write the file atomically (a temporary file, then a rename): a crash leaves the old or the new one."""
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(prefix=".machine-", suffix=".tmp", dir=folder)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    json.dump(self.to_json(), out, ensure_ascii=False, indent=2)
                    out.write("\n")
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temporary, self.path)
            except BaseException:
                with suppress(OSError):
                    os.unlink(temporary)
                raise
        except OSError as exc:
            raise UserError(_m(QT_TRANSLATE_NOOP(
                "Machine",
                "This computer's settings could not be saved in {path}: {reason}. Check that the folder can be "
                "written to and the disk is not full, then try again."), path=str(self.path), reason=exc.strerror or str(exc))) from exc

    # ---- the station --------------------------------------------------------------------------

    @property
    def station_name(self) -> str:
        return self._name or default_station_name()

    @station_name.setter
    def station_name(self, name: str) -> None:
        """Raises UserError for an empty or too long name; call save() to keep it."""
        self._name = _clean_name(name)

    @property
    def station_named(self) -> bool:
        """Whether someone chose the name (else it is the computer's host name)."""
        return bool(self._name)

    # ---- remembered shared databases ---------------------------------------------------------

    def connection(self, url: str) -> SharedConnection | None:
        clean = url_without_password(url)
        return next((c for c in self.connections if c.url == clean), None)

    def last_connection(self) -> SharedConnection | None:
        return self.connection(self.last_connection_url) if self.last_connection_url else None

    def remember_connection(self, url: str, label: str = "") -> SharedConnection:
        """Put ``url`` (its password removed) first and make it the last used; an empty label keeps the old one."""
        clean = url_without_password(url)
        known = self.connection(clean)
        remembered = SharedConnection(clean, label.strip() or (known.label if known else ""))
        self.connections = [remembered, *(c for c in self.connections if c.url != clean)][:MAX_CONNECTIONS]
        self.last_connection_url = clean
        return remembered

    def forget_connection(self, url: str) -> None:
        """Drop a remembered database and its stored password."""
        clean = url_without_password(url)
        self.connections = [c for c in self.connections if c.url != clean]
        if self.last_connection_url == clean:
            self.last_connection_url = ""
        forget_password(clean)


# ---- database URLs and their passwords -----------------------------------------------------------

# Passwords given in this run: used where the keychain is missing or the user chose not to store them.
_session_passwords: dict[str, str] = {}


def url_without_password(url: str) -> str:
    """``url`` with its password taken out; anything that is not a database URL is returned as it is."""
    if "://" not in url:
        return url
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.password is None:
        return url
    return parsed._replace(password=None).render_as_string(hide_password=False)  # set() ignores None


def url_with_password(url: str) -> str:
    """``url`` with the password stored for it filled in, if it has none of its own; else unchanged."""
    if "://" not in url:
        return url
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url  # opening it says what is wrong with it
    if parsed.password is not None or parsed.get_backend_name() == "sqlite":
        return url
    password = stored_password(url)
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)


def _keyring():
    # Imported when a password is wanted: finding the platform's keychain costs a third of a
    # second, which opening an event file or running most commands never needs.
    import keyring

    return keyring


def keyring_usable() -> bool:
    """Whether the platform has a keychain to keep passwords in (a headless Linux often has none)."""
    from keyring.backends import chainer, fail, null

    try:
        backend = _keyring().get_keyring()
    except Exception:  # a broken keyring configuration is the same as none: passwords are not stored
        log.warning("No usable keyring", exc_info=True)
        return False
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return True


def store_password(url: str, password: str, remember: bool = True) -> Message | None:
    """Use ``password`` for ``url`` from now on; with ``remember``, also in later runs, through the keychain.

    Returns None when done as asked, else a Message saying why the password was not stored (no
    keychain, or the keychain refused) and what that means for the user. Without ``remember``, a
    password stored earlier is removed from the keychain.
    """
    key = url_without_password(url)
    _session_passwords[key] = password
    if not remember:
        forget_password(key, session=False)
        return None
    if not keyring_usable():
        return no_keychain_message()
    try:
        _keyring().set_password(KEYRING_SERVICE, key, password)
    except Exception as exc:  # a locked or crashed keychain: the password still works for this run
        log.warning("Could not store a password in the keyring", exc_info=True)
        return _m(QT_TRANSLATE_NOOP(
            "Machine",
            "The password could not be stored in this computer's keychain ({reason}). It is used until the program "
            "closes; enter it again next time."), reason=str(exc) or type(exc).__name__)
    return None


def no_keychain_message() -> Message:
    """What to tell the user when passwords cannot be stored on this computer."""
    return _m(QT_TRANSLATE_NOOP(
        "Machine",
        "This computer has no keychain to keep passwords safely, so the password is not stored: it is used until "
        "the program closes, and asked for again next time."))


def stored_password(url: str) -> str | None:
    """The password given in this run or kept in the keychain for ``url``, or None."""
    key = url_without_password(url)
    if key in _session_passwords:
        return _session_passwords[key]
    if not keyring_usable():
        return None
    try:
        return _keyring().get_password(KEYRING_SERVICE, key)
    except Exception:  # a locked keychain must not stop the event opening: the server then asks
        log.warning("Could not read a password from the keyring", exc_info=True)
        return None


def forget_password(url: str, session: bool = True) -> None:
    """Remove the password of ``url`` from the keychain (and, with ``session``, from this run)."""
    key = url_without_password(url)
    if session:
        _session_passwords.pop(key, None)
    if not keyring_usable():
        return
    from keyring.errors import PasswordDeleteError

    try:
        _keyring().delete_password(KEYRING_SERVICE, key)
    except PasswordDeleteError:
        pass  # none was stored
    except Exception:
        log.warning("Could not remove a password from the keyring", exc_info=True)


# ---- the event's station table --------------------------------------------------------------


def register_station(db: Database, station_id: str, name: str, pending: int = 0, synced: bool = False) -> None:
    """Record in the event that this station is working now (and, with ``synced``, has just synced)."""
    clean = _clean_name(name)
    with db.unit() as s:
        station_repository.upsert_station(s, station_id, clean, pending, synced)


def known_stations(db: Database) -> list[StationInfo]:
    """The event's stations, the most recently seen first."""
    with db.unit() as s:
        return station_repository.list_stations(s)
