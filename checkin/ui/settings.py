"""What the window remembers between runs: interface language, recent events, window layout."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


def is_url(location: str) -> bool:
    return "://" in location


def location_exists(location: str) -> bool:
    """A database URL is assumed to exist (it is checked when opened); a file must be there."""
    return is_url(location) or Path(location).is_file()


def normalised(location: str) -> str:
    return location if is_url(location) else os.path.abspath(os.path.expanduser(location))


class DeskSettings:
    """Typed access to QSettings; pass a QSettings of your own (an .ini in a temp dir) in tests."""

    def __init__(self, store: QSettings | None = None):
        self._store = store if store is not None else QSettings()

    def language(self) -> str | None:
        value = self._store.value("ui/language")
        return str(value) if value else None

    def set_language(self, language: str) -> None:
        self._store.setValue("ui/language", language)

    def recent_events(self) -> list[str]:
        """Most recent first; files that have since disappeared are pruned."""
        stored = self._store.value("events/recent") or []
        if isinstance(stored, str):  # QSettings gives back a one-item list as a plain string
            stored = [stored]
        kept = [str(loc) for loc in stored if location_exists(str(loc))]
        if kept != list(stored):
            self._store.setValue("events/recent", kept)
        return kept

    def add_recent_event(self, location: str) -> None:
        location = normalised(location)
        recent = [loc for loc in self.recent_events() if loc != location]
        self._store.setValue("events/recent", [location, *recent][:MAX_RECENT])
        self._store.setValue("events/last", location)

    def last_event(self) -> str | None:
        value = self._store.value("events/last")
        if value and location_exists(str(value)):
            return str(value)
        return None

    def forget_last_event(self) -> None:
        self._store.remove("events/last")

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self._store.value("window/geometry"), self._store.value("window/splitter")

    def set_window_state(self, geometry: QByteArray, splitter: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)
        self._store.setValue("window/splitter", splitter)

    def sync(self) -> None:
        self._store.sync()
