"""Fixtures for the badge windows' tests: a real event, its attendees, and a database lane stopped afterwards."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from checkin.services import attendees as attendee_service
from tests.badges.people import seed_event


@pytest.fixture
def lane(qapp):
    from checkin.ui.workers import DatabaseLane

    database_lane = DatabaseLane()
    yield database_lane
    # Windows are hidden before the lane stops, as the desk window does when it closes.
    for widget in QApplication.topLevelWidgets():
        widget.hide()
    assert QThreadPool.globalInstance().waitForDone(60_000), "a pool task is still running"
    database_lane.stop()


@pytest.fixture
def forum(tmp_path):
    """The badge test event (long, accented, Greek and Cyrillic names): (db, attendees, sessions)."""
    db, _people = seed_event(tmp_path / "forum.checkin")
    attendees = attendee_service.list_attendees(db)
    sessions = [s.session for s in attendee_service.list_sessions(db)]
    yield db, attendees, sessions
    db.dispose()
