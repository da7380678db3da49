"""The event's plain data objects, handed between storage, services, CLI and UI."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum


def new_id() -> str:
    """Random ids, so several desks can create records without colliding."""
    return str(uuid.uuid4())


class Status(StrEnum):
    REGISTERED = "registered"
    PENDING = "pending"
    CANCELLED = "cancelled"
    WITHDRAWN = "withdrawn"

    @property
    def is_active(self) -> bool:
        return self in (Status.REGISTERED, Status.PENDING)


class SessionKind(StrEnum):
    PLENARY = "plenary"
    WORKSHOP = "workshop"
    SITE_VISIT = "site_visit"
    MEETING = "meeting"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    name: str
    starts_on: date | None = None
    ends_on: date | None = None
    venue: str = ""
    timezone: str = "Europe/Brussels"
    languages: tuple[str, ...] = ("en", "fr")
    default_layout: str = ""
    has_logo: bool = False


@dataclass(frozen=True, slots=True)
class Session:
    id: str
    title: str
    kind: SessionKind = SessionKind.OTHER
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    location: str = ""
    capacity: int | None = None


@dataclass(frozen=True, slots=True)
class Attendee:
    id: str
    first_name: str = ""
    last_name: str = ""
    organisation: str = ""
    position: str = ""
    city: str = ""
    country: str = ""  # ISO 3166-1 alpha-2, upper case, or "" when unknown
    category: str = ""
    email: str = ""
    badge_language: str = ""
    status: Status = Status.REGISTERED
    source: str = ""  # the system the row came from: "pretix", "indico", "spreadsheet", "walk-in"
    source_id: str = ""
    notes: str = ""
    walk_in: bool = False
    missing_from_source: bool = False
    ticket_codes: tuple[str, ...] = ()
    session_ids: tuple[str, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    def with_changes(self, **changes) -> "Attendee":
        return replace(self, **changes)


# The fields a person edits (and an import fills); the rest is bookkeeping.
EDITABLE_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "organisation",
    "position",
    "city",
    "country",
    "category",
    "email",
    "badge_language",
    "status",
    "notes",
)


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One line of the append-only log: imports, edits, walk-ins, later scans and prints."""

    id: str
    at: datetime
    kind: str
    attendee_id: str | None = None
    station: str = ""
    operator: str = ""
    data: dict = field(default_factory=dict)
    station_id: str = ""  # the machine that wrote it (its settings' id), "" for entries made before
