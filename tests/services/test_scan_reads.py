"""The scan's own reads (a code's row with its holder, one person by id, presence here and at the
entrance) agree with the full list, and a session's presence report covers everyone there."""
from __future__ import annotations

import pytest

from checkin.domain.verdicts import ENTRANCE, CheckpointRules
from checkin.services import presence
from checkin.services.scanning import Station, set_rules
from checkin.storage import repositories as repo
from checkin.storage import scan_repository as scans_repo
from tests.services.scan_event import PRETIX_SECRET, Clock, make_scan_event


@pytest.fixture
def event(db_url):
    ev = make_scan_event(db_url)
    yield ev
    ev.db.dispose()


def test_a_badge_or_ticket_code_brings_the_same_person_the_list_shows(event):
    with event.db.unit() as s:
        listed = {a.id: a for a in repo.list_attendees(s)}
        badge, holder = scans_repo.badge_and_holder(s, event.codes["jiri"])
        issued, ticket_holder = scans_repo.ticket_holder(s, PRETIX_SECRET)
        by_id = repo.get_attendee(s, event.id("jiri"))
        assert scans_repo.badge_and_holder(s, "NOSUCHCODE") == (None, None)
        assert scans_repo.ticket_holder(s, "no-such-ticket") == (False, None)
        assert repo.get_attendee(s, "no-such-id") is None
    jiri = listed[event.id("jiri")]
    assert jiri.ticket_codes == (PRETIX_SECRET,) and set(jiri.session_ids) == {event.workshop.id, event.plenary.id}
    assert badge.code == event.codes["jiri"] and badge.attendee_id == jiri.id and not badge.is_revoked
    assert holder == jiri and ticket_holder == jiri and by_id == jiri and issued


def test_presence_here_and_at_the_entrance_come_together(event):
    clock = Clock()
    agnes = event.id("agnes")
    with event.db.unit() as s:
        assert scans_repo.presence_here_and_at_entrance(s, agnes, event.workshop.id) == (None, None)
    Station(event.db, ENTRANCE, station="Door").scan(event.codes["agnes"], now=clock())
    with event.db.unit() as s:
        here, entrance = scans_repo.presence_here_and_at_entrance(s, agnes, event.workshop.id)
        assert here is None and entrance.inside and entrance.entries == 1
        at_door, also = scans_repo.presence_here_and_at_entrance(s, agnes, ENTRANCE)
        assert at_door == also == entrance
    Station(event.db, event.workshop.id, station="Room").scan(event.codes["agnes"], now=clock())
    with event.db.unit() as s:
        here, entrance = scans_repo.presence_here_and_at_entrance(s, agnes, event.workshop.id)
        assert here.inside and here.first_in_station == "Room" and entrance.first_in_station == "Door"


def test_a_sessions_report_includes_people_who_came_in_without_being_registered(event):
    clock = Clock()
    set_rules(event.db, event.workshop.id, CheckpointRules(allow_unregistered=True, require_arrival=False))
    room = Station(event.db, event.workshop.id, station="Room")
    room.scan(event.codes["bjorn"], now=clock())  # not registered for the workshop
    room.scan(event.codes["agnes"], now=clock())
    report = presence.presence_report(event.db, event.workshop.id)
    assert sorted(a.id for a, _p in report.inside) == sorted([event.id("bjorn"), event.id("agnes")])
    assert event.id("bjorn") not in {a.id for a in report.missing}
