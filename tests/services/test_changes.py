"""The change marker: what another station did shows in the next look, and a quiet look reports nothing."""
from __future__ import annotations

from datetime import timedelta

import pytest

from checkin.domain.model import Attendee, new_id
from checkin.domain.verdicts import ENTRANCE
from checkin.services import attendees as attendee_service
from checkin.services import badges
from checkin.services import changes
from checkin.services.event import new_event, open_event
from checkin.services.scanning import Station
from checkin.storage import repositories as repo
from checkin.storage.tables import JournalRow, ScanRow, utcnow


@pytest.fixture
def two_handles(db_url):
    """The same event opened twice, as two stations would."""
    db, _event = new_event(db_url, "Summit")
    people = [Attendee(id=new_id(), first_name=f, last_name=l) for f, l in (("Anna", "Kowalska"), ("Jürgen", "Müller"))]
    with db.unit() as s:
        repo.insert_attendees(s, people)
    codes = badges.ensure_codes(db)
    other, _ = open_event(db_url)
    yield db, other, people, codes
    db.dispose()
    other.dispose()


def test_a_quiet_look_reports_nothing(two_handles):
    db, _other, _people, _codes = two_handles
    cursor = changes.start(db)
    found, after = changes.look(db, cursor)
    assert found.empty and after is cursor


def test_a_scan_an_edit_a_walk_in_and_a_print_elsewhere_show_in_the_next_look(two_handles):
    db, other, people, codes = two_handles
    anna, jurgen = people
    cursor = changes.start(db)
    Station(other, ENTRANCE, station="Door B").scan(codes[anna.id])
    found, cursor = changes.look(db, cursor)
    assert found.scanned and anna.id in found.touched
    assert found.check_ins[anna.id] is not None

    attendee_service.update_attendee(other, jurgen.id, {"first_name": "Jurgen"})
    walk_in = attendee_service.add_walk_in(other, {"first_name": "Zoë", "last_name": "Walker"})
    found, cursor = changes.look(db, cursor)
    assert {a.id: a.first_name for a in found.attendees} == {jurgen.id: "Jurgen", walk_in.id: "Zoë"}
    assert found.all_attendees is None, "two known changes: no full read"

    with other.unit() as s:
        repo.append_journal(s, repo.journal_entry("print", anna.id, "Desk 2"))
    found, cursor = changes.look(db, cursor)
    assert found.printed == {anna.id: 1} and found.attendees == ()

    found, _ = changes.look(db, cursor)
    assert found.empty, "each change is reported once"


def test_a_line_dated_before_the_last_look_is_still_found(two_handles):
    """A station whose clock is behind (or a commit that came late) writes a line older than the newest one seen."""
    db, other, people, _codes = two_handles
    cursor = changes.start(db)
    attendee_service.update_attendee(other, people[1].id, {"city": "Köln"})
    _found, cursor = changes.look(db, cursor)
    with other.unit() as s:
        entry = repo.journal_entry("edit", people[0].id, "Desk 3")
        repo.append_journal(s, entry)
        s.execute(JournalRow.__table__.update().where(JournalRow.id == entry.id).values(at=utcnow() - timedelta(minutes=2)))
    found, _ = changes.look(db, cursor)
    assert people[0].id in found.touched


def test_scans_the_window_cannot_explain_make_the_check_ins_read_in_full(two_handles):
    """A station whose clock is far behind writes scans timed long ago: the counters still move."""
    db, other, people, codes = two_handles
    cursor = changes.start(db)
    result = Station(other, ENTRANCE, station="Door B").scan(codes[people[0].id])
    with other.unit() as s:
        s.execute(JournalRow.__table__.update().values(at=utcnow() - timedelta(hours=3)))
        s.execute(ScanRow.__table__.update().where(ScanRow.id == result.record.id).values(at=utcnow() - timedelta(hours=3)))
    found, _ = changes.look(db, cursor)
    assert found.all_check_ins is not None and people[0].id in found.all_check_ins


def test_an_import_makes_everyone_be_read_again(two_handles):
    db, other, _people, _codes = two_handles
    cursor = changes.start(db)
    with other.unit() as s:
        repo.insert_attendees(s, [Attendee(id=new_id(), first_name="New", last_name="Person")])
        repo.append_journal(s, repo.journal_entry("import", None, "Desk 2"))
    found, _ = changes.look(db, cursor)
    assert found.all_attendees is not None and len(found.all_attendees) == 3


def test_an_offline_queue_uploaded_makes_everyone_be_read_again(two_handles):
    """Scans and walk-ins decided offline carry the time they were made, maybe long ago."""
    from checkin.services.machine import register_station

    db, other, _people, _codes = two_handles
    cursor = changes.start(db)
    register_station(other, "door-b", "Door B", synced=True)
    found, _ = changes.look(db, cursor)
    assert found.all_attendees is not None and found.all_check_ins is not None
