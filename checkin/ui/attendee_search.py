"""Searching the attendee table: one index built off the GUI thread per load, and a small one for changes.

Building the index over 100,000 attendees takes seconds, so it is built once per load on the thread
pool. Rows edited or added afterwards are left out of its answers and searched through a second
index over just those rows, rebuilt in microseconds, so an edit never waits for the big one.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from checkin.domain.model import Attendee
from checkin.domain.search import SearchIndex, attendee_search_text
from checkin.domain.text import fold
from checkin.gc_pause import collector_paused


def name_key(a: Attendee) -> tuple[str, str]:
    """The table's default order: family then given name, without case or accents."""
    return (fold(a.last_name), fold(a.first_name))


@dataclass(frozen=True)
class SearchData:
    """The index and the default sort keys, built once per load off the GUI thread."""

    index: SearchIndex
    name_keys: list[tuple[str, str]]


def build_search_data(attendees: Sequence[Attendee]) -> SearchData:
    folded: dict[str, str] = {}

    def key(text: str) -> str:
        found = folded.get(text)
        if found is None:
            found = folded[text] = fold(text)
        return found

    with collector_paused():
        return SearchData(
            index=SearchIndex([attendee_search_text(a) for a in attendees]),
            name_keys=[(key(a.last_name), key(a.first_name)) for a in attendees],
        )


class AttendeeSearch:
    """Row numbers are positions in the model's list of attendees."""

    def __init__(self) -> None:
        self._data: SearchData | None = None
        self._changed: set[int] = set()
        self._overlay_rows: list[int] = []
        self._overlay = SearchIndex([])

    @property
    def ready(self) -> bool:
        return self._data is not None

    @property
    def name_keys(self) -> list[tuple[str, str]] | None:
        return None if self._data is None else self._data.name_keys

    def reset(self) -> None:
        self._data = None
        self._changed = set()
        self._overlay_rows = []
        self._overlay = SearchIndex([])

    def install(self, data: SearchData, attendees: Sequence[Attendee]) -> None:
        """Take a freshly built index; rows changed while it was being built keep their overlay."""
        keys = data.name_keys
        for row in self._changed:
            if row < len(keys):
                keys[row] = name_key(attendees[row])
        keys.extend(name_key(a) for a in attendees[len(keys):])
        self._data = data

    def row_changed(self, row: int, attendees: Sequence[Attendee]) -> None:
        if self._data is not None:
            keys = self._data.name_keys
            if row < len(keys):
                keys[row] = name_key(attendees[row])
            else:
                keys.append(name_key(attendees[row]))
        self._changed.add(row)
        self._overlay_rows = sorted(self._changed)
        self._overlay = SearchIndex([attendee_search_text(attendees[r]) for r in self._overlay_rows])

    def search(self, text: str, rank: Sequence[int]) -> list[int] | None:
        """Rows matching ``text`` ordered by ``rank``; None for an empty text or before the index exists."""
        if self._data is None:
            return None
        found = self._data.index.search(text)
        if found is None:
            return None
        if self._changed:
            found = [r for r in found if r not in self._changed]
            found += [self._overlay_rows[i] for i in self._overlay.search(text) or ()]
        found.sort(key=rank.__getitem__)
        return found
