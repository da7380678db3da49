"""Badge serials for more attendees than PostgreSQL takes parameters in one statement (a 100,000-attendee event)."""
from __future__ import annotations

import uuid

from checkin.services.event import new_event
from checkin.storage import badge_repository as badges_repo


def test_next_serials_answers_for_70000_ids_at_once(db_url):
    db, _event = new_event(db_url, "Big event")
    ids = [str(uuid.uuid4()) for _ in range(70_000)]
    try:
        with db.unit() as s:
            serials = badges_repo.next_serials(s, ids)
    finally:
        db.dispose()
    assert len(serials) == 70_000 and set(serials.values()) == {0}
