"""What the window reads from an event, as plain callables for the database lane (never the GUI thread)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from checkin.domain.model import Attendee, Event, JournalEntry, Session
from checkin.services import attendees as attendee_service
from checkin.services import badges as badge_service
from checkin.services import demo as demo_service
from checkin.services import event as event_service
from checkin.storage.database import Database


@dataclass(frozen=True)
class LoadedEvent:
    """An open event and the lists the desk shows."""

    db: Database
    event: Event
    attendees: list[Attendee]
    sessions: list[Session]
    print_counts: dict[str, int] = field(default_factory=dict)  # attendee id → badges printed


def load_event(location: str) -> LoadedEvent:
    """Open the event file or database URL and read its attendees and sessions."""
    db, event = event_service.open_event(location)
    try:
        return reload_lists(LoadedEvent(db, event, [], []))
    except BaseException:
        db.dispose()
        raise


def reload_lists(loaded: LoadedEvent) -> LoadedEvent:
    """The same event with its attendee and session lists read again (after an import)."""
    attendees = attendee_service.list_attendees(loaded.db)
    # The sessions without their registration counts: the desk does not show them, and counting
    # registrations over 100,000 attendees costs most of a second.
    sessions = attendee_service.sessions(loaded.db)
    return LoadedEvent(loaded.db, loaded.event, attendees, sessions, badge_service.printed_counts(loaded.db))


def make_demo_event(path: str) -> LoadedEvent:
    """The demo event, its programme under way now: the doors of its sessions open at once."""
    db, _summary = demo_service.create_demo_event(path, around=datetime.now(timezone.utc))
    db.dispose()
    return load_event(path)


def load_journal(db: Database, attendee_id: str) -> list[JournalEntry]:
    """One attendee's history, oldest first."""
    return attendee_service.journal_for(db, attendee_id)
