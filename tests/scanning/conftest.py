"""Scanning fixtures: the demo event, its rendered badges and phone tickets, and camera frames of them."""
from __future__ import annotations

import pytest

from checkin.services.badges import current_code, render_one
from checkin.services.demo import create_demo_event
from checkin.storage import repositories as repo
from tests.scanning.frames import Cast, cast


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """The demo event (40 people, some with pretix ticket secrets) in a real SQLite file."""
    db, _summary = create_demo_event(tmp_path_factory.mktemp("scanning") / "demo.checkin", attendees=40)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def badges(demo_db) -> Cast:
    """Two rendered badges, a badge code and two tickets on phones, with the attendee each belongs to."""
    with demo_db.unit() as s:
        people = repo.list_attendees(s)
    return cast(demo_db, people, render_one, current_code)


@pytest.fixture(scope="session")
def frames(badges):
    """Camera frames by (scenario name, seed), made once for the whole session."""
    made = {}

    def frame(scenario, seed: int = 0):
        key = (scenario.name, seed)
        if key not in made:
            made[key] = badges.frame(scenario, seed)
        return made[key]

    return frame
