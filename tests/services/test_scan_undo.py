"""Undoing a scan: an annulment is logged, the original stays, and presence is rebuilt from what is left."""
from __future__ import annotations

import pytest

from checkin.domain.scan_log import ANNULMENT, UNDO_REASON
from checkin.domain.verdicts import ENTRANCE, Direction, DirectionMode, Reason, Verdict
from checkin.services import presence
from checkin.services.scanning import Station
from checkin.storage import scan_repository as scans_repo
from tests.services.scan_event import Clock, make_scan_event, presence_disagreements


@pytest.fixture
def event(db_url):
    ev = make_scan_event(db_url)
    yield ev
    ev.db.dispose()


@pytest.fixture
def clock():
    return Clock()


def the_log(db):
    with db.unit() as s:
        return scans_repo.scans(s)


def where(db, attendee_id, checkpoint_id=ENTRANCE):
    with db.unit() as s:
        return scans_repo.get_presence(s, attendee_id, checkpoint_id)


def test_undoing_a_check_in_annuls_it_but_keeps_it_in_the_log(event, clock):
    door = Station(event.db, station="Door A", operator="Marie")
    scanned = door.scan(event.codes["agnes"], now=clock())
    undone = door.undo_last(now=clock())
    assert undone.annulled.id == scanned.record.id and undone.attendee.id == event.id("agnes")
    assert (undone.annulment.verdict, undone.annulment.reason, undone.annulment.annuls) == (ANNULMENT, UNDO_REASON, scanned.record.id)
    original, annulment = the_log(event.db)
    assert original == scanned.record  # unchanged: the log is append-only
    assert annulment.id == undone.annulment.id and (annulment.station, annulment.operator) == ("Door A", "Marie")
    assert where(event.db, event.id("agnes")) is None
    assert presence.checked_in_at(event.db) == {}
    # Scanned again, it is a first entry again.
    again = door.scan(event.codes["agnes"], now=clock())
    assert (again.reason, again.first_entry) == (Reason.OK, True)
    assert not presence_disagreements(event.db)


def test_undo_walks_back_one_scan_at_a_time_then_says_there_is_nothing_left(event, clock):
    door = Station(event.db, station="Bus", mode=DirectionMode.BOTH)
    first_at = clock()
    door.scan(event.codes["agnes"], now=first_at)
    door.scan(event.codes["agnes"], now=clock())
    door.scan(event.codes["agnes"], now=clock())
    state = where(event.db, event.id("agnes"))
    assert (state.inside, state.entries) == (True, 2)

    assert door.undo_last(now=clock()).annulled.direction is Direction.IN
    state = where(event.db, event.id("agnes"))
    assert (state.inside, state.entries, state.first_in_at) == (False, 1, first_at)
    assert door.undo_last(now=clock()).annulled.direction is Direction.OUT
    state = where(event.db, event.id("agnes"))
    assert (state.inside, state.entries, state.first_in_at) == (True, 1, first_at)
    assert door.undo_last(now=clock()).annulled.direction is Direction.IN
    assert where(event.db, event.id("agnes")) is None
    assert door.undo_last(now=clock()) is None
    log = the_log(event.db)
    assert [r.verdict for r in log] == ["accepted"] * 3 + [ANNULMENT] * 3
    assert not presence_disagreements(event.db)
    # A toggling station decides from the rebuilt presence: the next scan is an entry again.
    assert door.scan(event.codes["agnes"], now=clock()).direction is Direction.IN


def test_a_station_with_nothing_scanned_has_nothing_to_undo(event):
    assert Station(event.db, station="Door A").undo_last() is None


def test_undo_only_touches_this_stations_own_scans(event, clock):
    door_a, door_b = Station(event.db, station="Door A"), Station(event.db, station="Door B")
    door_a.scan(event.codes["agnes"], now=clock())
    door_b.scan(event.codes["bjorn"], now=clock())
    assert door_a.undo_last(now=clock()).attendee.id == event.id("agnes")
    assert where(event.db, event.id("bjorn")).inside
    assert door_a.undo_last(now=clock()) is None


def test_undo_stays_at_the_stations_own_door_when_its_name_was_used_at_another(event, clock):
    at_entrance = Station(event.db, ENTRANCE, station="Desk 1")
    at_workshop = Station(event.db, event.workshop.id, station="Desk 1")
    entered = at_entrance.scan(event.codes["agnes"], now=clock())
    at_workshop.scan(event.codes["agnes"], now=clock())
    assert at_entrance.undo_last(now=clock()).annulled.id == entered.record.id
    assert where(event.db, event.id("agnes"), event.workshop.id).inside
    assert at_entrance.undo_last(now=clock()) is None


def test_undoing_a_refused_scan_changes_no_presence(event, clock):
    door = Station(event.db, station="Door A")
    door.scan(event.codes["agnes"], now=clock())
    refused = door.scan("not a code", now=clock())
    assert refused.verdict is Verdict.REJECTED
    undone = door.undo_last(now=clock())
    assert undone.annulled.id == refused.record.id and undone.attendee is None
    assert where(event.db, event.id("agnes")).inside


def test_undoing_an_entry_gives_its_place_back(event, clock):
    room = Station(event.db, event.workshop.id, station="Room 2")
    for key in ("agnes", "lukasz", "siobhan"):
        room.scan(event.codes[key], now=clock())
    assert room.scan(event.codes["jiri"], now=clock()).reason is Reason.SESSION_FULL
    room.undo_last(now=clock())  # the refusal
    room.undo_last(now=clock())  # Siobhán's entry, scanned by mistake
    assert room.scan(event.codes["jiri"], now=clock()).verdict is not Verdict.REJECTED
    assert presence.counters(event.db, event.workshop.id).inside == 3
    assert not presence_disagreements(event.db)
