"""What a list says, person by person: the records an import merges into the event."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from checkin.domain.model import SessionKind
from checkin.importing.summary import Problem


@dataclass(frozen=True)
class SessionSpec:
    title: str
    kind: SessionKind


@dataclass(slots=True)
class PersonRecord:
    """One person from the list. ``values`` holds only what the file says (no blanks)."""

    row: int
    values: dict[str, Any]
    codes: list[str]
    sessions: list[str]  # session keys
    source_id: str = ""
    name_key: str = ""
    org_key: str = ""
    email_key: str = ""

    def absorb(self, other: "PersonRecord") -> None:
        """Take what ``other`` (a later row of the same person) adds."""
        for key, value in other.values.items():
            if key == "notes" and key in self.values:
                if value not in self.values[key]:
                    self.values[key] += "; " + value
            else:
                self.values.setdefault(key, value)
        self.codes.extend(code for code in other.codes if code not in self.codes)
        self.sessions.extend(key for key in other.sessions if key not in self.sessions)
        self.source_id = self.source_id or other.source_id
        self.org_key = self.org_key or other.org_key
        self.email_key = self.email_key or other.email_key


@dataclass
class ImportBatch:
    """Everything a file says, ready to merge into the event."""

    source: str
    profile: str
    people: list[PersonRecord]
    sessions: dict[str, SessionSpec]  # every session the file knows, by key
    fields: frozenset[str]  # attendee fields the file has a column for
    has_ticket_codes: bool
    rows: int
    skipped: int
    problems: list[Problem] = field(default_factory=list)
