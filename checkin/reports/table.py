"""An export as plain table data: titled, typed columns and rows of values, ready for any writer.

Values are ``str``, ``int``, aware ``datetime`` (already in the event's time zone) or ``None`` for an
empty cell. The writers (XLSX, CSV, PDF) decide how each kind looks; :func:`neutralised` is the one
place where text a spreadsheet would run as a formula is defused.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Sequence

Value = str | int | datetime | None

# What makes a spreadsheet read a cell as a formula (OWASP "CSV injection"): a leading =, +, -, @,
# and tab or carriage return, which some programs skip before looking for one of those.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(text: str) -> str:
    """``text`` with a leading apostrophe if a spreadsheet would otherwise run it as a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


class Kind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    MINUTE = "minute"  # a date and time to the minute: a first check-in
    SECOND = "second"  # a date and time to the second: a line of the scan log


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # stable name: a field ("last_name"), "entrance", or a session id
    header: str  # in the document's language
    kind: Kind = Kind.TEXT
    group: str = ""  # columns of one group ("sessions") may be split across PDF pages as a block


@dataclass
class ExportTable:
    """One sheet: a title for the document, columns and rows (one value per column, in order)."""

    title: str
    columns: list[Column]
    rows: list[Sequence[Value]] = field(default_factory=list)
    subtitle: str = ""  # what is in it: "Night-time economy", "attendees who never came in"

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]
