"""Fixtures for the import tests: the sample lists in tests/data and a fresh event file per test."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checkin.services import attendees as attendee_service
from checkin.services.event import new_event

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def data() -> Path:
    return DATA


@pytest.fixture
def event_db(tmp_path):
    db, _event = new_event(tmp_path / "event.checkin", "Security, Democracy & Cities", date(2026, 3, 20), date(2026, 3, 22))
    yield db
    db.dispose()


def by_name(db) -> dict[str, object]:
    """The event's attendees keyed by "Given Family"."""
    return {a.full_name: a for a in attendee_service.list_attendees(db)}


def session_titles(db) -> dict[str, object]:
    return {sw.session.id: sw.session.title for sw in attendee_service.list_sessions(db)}
