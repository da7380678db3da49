"""Scanning at a door through the real Station, on SQLite and PostgreSQL: every reason, capacity, the door's rules."""
from __future__ import annotations

import uuid
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from checkin.domain.codes import make_code
from checkin.domain.verdicts import ENTRANCE, CheckpointRules, Direction, DirectionMode, Reason, Reentry, Verdict
from checkin.i18n import UserError
from checkin.services import attendees as attendee_service
from checkin.services import badges, presence
from checkin.services.scanning import Station, checkpoint_for, find_checkpoint_id, set_rules
from checkin.storage import badge_repository as badges_repo
from checkin.storage import event_repository as event_repo
from checkin.storage import scan_repository as scans_repo
from checkin.storage.database import open_database
from tests.services.scan_event import (
    PRETIX_SECRET,
    WORKSHOP_CAPACITY,
    WORKSHOP_STARTS,
    Clock,
    make_scan_event,
)

BRUSSELS = ZoneInfo("Europe/Brussels")


@pytest.fixture
def event(db_url):
    ev = make_scan_event(db_url)
    yield ev
    ev.db.dispose()


@pytest.fixture
def clock():
    return Clock()


def entrance(ev, name="Door A", **kwargs) -> Station:
    return Station(ev.db, ENTRANCE, station=name, operator="Marie", **kwargs)


def workshop(ev, name="Room 2", **kwargs) -> Station:
    return Station(ev.db, ev.workshop.id, station=name, operator="Karim", **kwargs)


def the_log(db, attendee_id=None):
    with db.unit() as s:
        return scans_repo.scans(s, attendee_id)


def where(db, attendee_id, checkpoint_id=ENTRANCE):
    with db.unit() as s:
        return scans_repo.get_presence(s, attendee_id, checkpoint_id)


# ---- accepted, and what the log keeps -------------------------------------------------------


def test_a_first_scan_at_the_entrance_checks_the_person_in_and_is_in_the_log_before_it_shows(event, db_url, clock):
    at = clock()
    result = entrance(event).scan(f"  {event.codes['agnes'].lower()} ", now=at)
    assert (result.verdict, result.reason, result.direction) == (Verdict.ACCEPTED, Reason.OK, Direction.IN)
    assert result.first_entry and result.attendee.id == event.id("agnes") and result.scanned_at == at
    assert result.message.english() == "Welcome! Checked in."
    # Another connection (another desk, or the file reopened) sees it the moment scan() returns.
    other = open_database(db_url)
    try:
        [logged] = the_log(other)
        assert logged.id == result.record.id
        assert (logged.code, logged.station, logged.operator, logged.method) == (event.codes["agnes"].lower(), "Door A", "Marie", "scanner")
        assert (logged.verdict, logged.reason, logged.direction, logged.at) == ("accepted", "ok", Direction.IN, at)
        assert where(other, event.id("agnes")).inside
        assert presence.checked_in_at(other) == {event.id("agnes"): at}
    finally:
        other.dispose()


def test_a_pretix_ticket_secret_checks_its_holder_in(event, clock):
    result = entrance(event).scan(PRETIX_SECRET, now=clock())
    assert (result.verdict, result.reason) == (Verdict.ACCEPTED, Reason.OK)
    assert result.attendee.last_name == "Dvořák"


def test_someone_found_by_name_is_checked_in_by_hand(event, clock):
    result = entrance(event).admit(event.id("ingrid"), now=clock())
    assert (result.verdict, result.reason, result.record.method, result.record.code) == (Verdict.ACCEPTED, Reason.OK, "manual", "")
    assert where(event.db, event.id("ingrid")).inside
    with pytest.raises(UserError, match="no longer exists"):
        entrance(event).admit(str(uuid.uuid4()), now=clock())


# ---- codes that are refused ------------------------------------------------------------------


def test_unknown_codes_are_refused_and_logged_as_read(event, clock):
    door = entrance(event)
    with event.db.unit() as s:
        secret = event_repo.event_secret(s)
    later_walk_in = make_code(secret, str(uuid.uuid4()), 0)  # signed for this event, not on this list
    for text in ("hello world", "https://example.org/ticket/41", later_walk_in, ""):
        result = door.scan(text, now=clock())
        assert (result.verdict, result.reason, result.attendee) == (Verdict.REJECTED, Reason.UNKNOWN_CODE, None)
        assert "not on this event's list" in result.message.english()
    logged = the_log(event.db)
    assert [r.code for r in logged] == ["hello world", "https://example.org/ticket/41", later_walk_in, ""]
    assert all(r.verdict == "rejected" and not r.moves and r.attendee_id is None for r in logged)


def test_an_altered_or_foreign_signed_code_is_forged(event, clock):
    code = event.codes["agnes"]
    altered = code[:10] + ("B" if code[10] != "B" else "C") + code[11:]
    other_event = make_code(b"another event's secret..........", event.id("agnes"), 0)
    door = entrance(event)
    for text in (altered, other_event):
        result = door.scan(text, now=clock())
        assert (result.verdict, result.reason) == (Verdict.REJECTED, Reason.FORGED_CODE)
        assert "altered or made elsewhere" in result.message.english()
    assert where(event.db, event.id("agnes")) is None


def test_a_replaced_badge_is_revoked_and_the_new_one_works(event, clock):
    old = event.codes["lukasz"]
    new = badges.reissue_badge(event.db, event.id("lukasz"), "lost badge", operator="Marie", station="Desk 1")
    door = entrance(event)
    refused = door.scan(old, now=clock())
    assert (refused.verdict, refused.reason) == (Verdict.REJECTED, Reason.REVOKED_CODE)
    assert refused.attendee.id == event.id("lukasz")  # the desk can still say whose badge it was
    with event.db.unit() as s:
        [replaced] = [b for b in badges_repo.badges_of(s, event.id("lukasz")) if b.is_revoked]
    # Replaced on another day than the scan: the weekday and month by name, never "07/12".
    revoked = replaced.revoked_at.astimezone(BRUSSELS)
    assert str(refused.message.params["date"]) == f"{revoked:%a} {revoked.day} {revoked:%b %H:%M}"
    assert where(event.db, event.id("lukasz")) is None
    accepted = door.scan(new, now=clock())
    assert (accepted.verdict, accepted.reason) == (Verdict.ACCEPTED, Reason.OK)


@pytest.mark.parametrize("key, status", [("hrvoje", "cancelled"), ("dragos", "withdrawn")])
def test_a_cancelled_or_withdrawn_registration_is_refused_everywhere(event, clock, key, status):
    for door in (entrance(event), workshop(event)):
        result = door.scan(event.codes[key], now=clock())
        assert (result.verdict, result.reason) == (Verdict.REJECTED, Reason.CANCELLED)
        assert str(result.message) == f"{event.people[key].full_name}'s registration is {status}. Send them to the registration desk."
    assert where(event.db, event.id(key)) is None


def test_a_registration_cancelled_while_inside_can_still_leave_and_frees_the_place(event, clock):
    room, room_exit = workshop(event), workshop(event, "Room 2 exit", mode=DirectionMode.OUT)
    for key in ("agnes", "lukasz", "siobhan"):
        room.scan(event.codes[key], now=clock())
    attendee_service.update_attendee(event.db, event.id("lukasz"), {"status": "cancelled"})
    out = room_exit.scan(event.codes["lukasz"], now=clock())
    assert (out.verdict, out.reason) == (Verdict.ACCEPTED, Reason.OK)
    assert room.scan(event.codes["jiri"], now=clock()).verdict is not Verdict.REJECTED
    assert room.scan(event.codes["lukasz"], now=clock()).reason is Reason.CANCELLED


def test_a_pending_registration_gets_in(event, clock):
    assert entrance(event).scan(event.codes["sule"], now=clock()).reason is Reason.OK


def test_two_readings_of_one_scan_that_name_two_people_are_ambiguous(event, clock):
    door = entrance(event)
    result = door.scan([event.codes["agnes"], event.codes["bjorn"]], now=clock())
    assert (result.verdict, result.reason, result.attendee) == (Verdict.REJECTED, Reason.AMBIGUOUS, None)
    assert "Agnès Lefèvre-Dupré" in result.message.english() and "Bjørn Ødegård" in result.message.english()
    assert where(event.db, event.id("agnes")) is None and where(event.db, event.id("bjorn")) is None
    # A reading that means nothing beside one that names someone is not ambiguous: the known one wins.
    garbled = "&&é" + event.codes["bjorn"][3:]
    found = door.scan([garbled, event.codes["bjorn"]], now=clock())
    assert (found.reason, found.attendee.id) == (Reason.OK, event.id("bjorn"))
    assert found.record.code == garbled  # the log keeps what the scanner typed


# ---- entering again, leaving, two-way doors -----------------------------------------------------


def test_a_second_entry_while_inside_is_a_warning_that_says_when_and_where(event, clock):
    first_at = clock()
    entrance(event, "Door A").scan(event.codes["agnes"], now=first_at)
    again = entrance(event, "Door B").scan(event.codes["agnes"], now=clock())
    assert (again.verdict, again.reason, again.first_entry) == (Verdict.WARNING, Reason.ALREADY_CHECKED_IN, False)
    expected_time = first_at.astimezone(BRUSSELS).strftime("%H:%M")
    assert again.message.english() == f"Already inside: checked in at {expected_time} at Door A, no exit since."
    assert where(event.db, event.id("agnes")).entries == 1


@pytest.mark.parametrize(
    "policy, verdict",
    [(Reentry.ACCEPT, Verdict.ACCEPTED), (Reentry.WARN, Verdict.WARNING), (Reentry.REJECT, Verdict.REJECTED)],
)
def test_coming_back_after_leaving_follows_the_doors_reentry_policy(event, clock, policy, verdict):
    set_rules(event.db, ENTRANCE, CheckpointRules(reentry=policy))
    door_in, door_out = entrance(event), entrance(event, "Exit", mode=DirectionMode.OUT)
    door_in.scan(event.codes["agnes"], now=clock())
    assert door_out.scan(event.codes["agnes"], now=clock()).reason is Reason.OK
    back = door_in.scan(event.codes["agnes"], now=clock())
    assert (back.verdict, back.reason) == (verdict, Reason.ALREADY_CHECKED_IN)
    state = where(event.db, event.id("agnes"))
    assert state.inside is (policy is not Reentry.REJECT)
    assert state.entries == (1 if policy is Reentry.REJECT else 2)
    if policy is Reentry.REJECT:
        assert "admits each person once" in back.message.english()
    else:
        assert back.message.english().startswith("Coming back in. First checked in at")


def test_rules_changed_by_the_organiser_apply_to_a_station_already_open(event, clock):
    door = entrance(event)
    door.scan(event.codes["agnes"], now=clock())
    entrance(event, "Exit", mode=DirectionMode.OUT).scan(event.codes["agnes"], now=clock())
    set_rules(event.db, ENTRANCE, CheckpointRules(reentry=Reentry.REJECT))
    assert door.scan(event.codes["agnes"], now=clock()).verdict is Verdict.REJECTED
    assert checkpoint_for(event.db, ENTRANCE).rules.reentry is Reentry.REJECT


def test_leaving_without_an_entry_is_a_warning_and_moves_no_one(event, clock):
    exit_door = workshop(event, "Room 2 exit", mode=DirectionMode.OUT)
    result = exit_door.scan(event.codes["agnes"], now=clock())
    assert (result.verdict, result.reason, result.direction) == (Verdict.WARNING, Reason.EXIT_WITHOUT_ENTRY, Direction.OUT)
    assert result.message.english() == "Leaving, but their entry was never scanned here."
    assert where(event.db, event.id("agnes"), event.workshop.id) is None
    assert [r.reason for r in the_log(event.db)] == ["exit_without_entry"]


def test_a_two_way_station_toggles_each_person_in_and_out(event, clock):
    door = entrance(event, "Bus", mode=DirectionMode.BOTH)
    steps = [door.scan(event.codes["agnes"], now=clock()) for _ in range(3)]
    assert [(r.direction, r.verdict, r.reason) for r in steps] == [
        (Direction.IN, Verdict.ACCEPTED, Reason.OK),
        (Direction.OUT, Verdict.ACCEPTED, Reason.OK),
        (Direction.IN, Verdict.ACCEPTED, Reason.ALREADY_CHECKED_IN),
    ]
    assert steps[1].message.english() == "Leaving the venue."
    state = where(event.db, event.id("agnes"))
    assert state.inside and state.entries == 2
    # Another person's first scan on the same station goes in, whatever the last one did.
    assert door.scan(event.codes["bjorn"], now=clock()).direction is Direction.IN
    # An explicit direction overrides the toggle.
    assert door.scan(event.codes["bjorn"], direction=Direction.IN, now=clock()).reason is Reason.ALREADY_CHECKED_IN


# ---- sessions: registration, capacity, time, arrival --------------------------------------------


def test_a_session_refuses_people_not_registered_for_it(event, clock):
    entrance(event).scan(event.codes["bjorn"], now=clock())
    result = workshop(event).scan(event.codes["bjorn"], now=clock())
    assert (result.verdict, result.reason) == (Verdict.REJECTED, Reason.NOT_REGISTERED)
    assert result.message.english() == "Bjørn Ødegård is not registered for Atelier : économie de la nuit."


def test_a_door_that_takes_walk_ins_lets_unregistered_people_take_free_places(event, clock):
    set_rules(event.db, event.workshop.id, CheckpointRules(allow_unregistered=True))
    room = workshop(event)
    result = room.scan(event.codes["bjorn"], now=clock())
    assert (result.verdict, result.reason) == (Verdict.WARNING, Reason.NOT_REGISTERED)
    assert "takes a free place (2 left)" in result.message.english()
    assert where(event.db, event.id("bjorn"), event.workshop.id).inside
    room.scan(event.codes["agnes"], now=clock())
    room.scan(event.codes["lukasz"], now=clock())
    full = room.scan(event.codes["ingrid"], now=clock())
    assert (full.verdict, full.reason) == (Verdict.REJECTED, Reason.SESSION_FULL)


def test_capacity_counts_people_inside_so_an_exit_frees_a_place(event, clock):
    room, room_exit = workshop(event), workshop(event, "Room 2 exit", mode=DirectionMode.OUT)
    for key in ("agnes", "lukasz", "siobhan"):
        assert room.scan(event.codes[key], now=clock()).verdict is not Verdict.REJECTED
    full = room.scan(event.codes["jiri"], now=clock())
    assert (full.verdict, full.reason) == (Verdict.REJECTED, Reason.SESSION_FULL)
    assert full.message.english() == "Atelier : économie de la nuit is full: 3 of 3 places taken. Wait for someone to leave."
    assert full.message.params["inside"] == WORKSHOP_CAPACITY
    # Someone inside scanning again is not refused for the room being full.
    assert room.scan(event.codes["agnes"], now=clock()).reason is Reason.ALREADY_CHECKED_IN
    assert room_exit.scan(event.codes["lukasz"], now=clock()).reason is Reason.OK
    assert room.scan(event.codes["jiri"], now=clock()).verdict is not Verdict.REJECTED
    assert room.scan(event.codes["sule"], now=clock()).reason is Reason.SESSION_FULL
    # Coming back needs a free place like anyone else.
    back = room.scan(event.codes["lukasz"], now=clock())
    assert back.reason is Reason.SESSION_FULL
    counts = presence.counters(event.db, event.workshop.id, WORKSHOP_CAPACITY)
    assert (counts.inside, counts.arrived, counts.expected, counts.capacity) == (3, 4, 5, 3)
    assert presence.present_counts(event.db) == {event.workshop.id: 3}


def test_the_time_window_opens_tolerance_minutes_early_and_closes_as_late(event):
    room = workshop(event)
    too_early = room.scan(event.codes["agnes"], now=WORKSHOP_STARTS - timedelta(minutes=16))
    assert (too_early.verdict, too_early.reason) == (Verdict.REJECTED, Reason.OUTSIDE_TIME_WINDOW)
    # 14:00–15:30 UTC is 15:00–16:30 in Brussels; the message shows local times with the tolerance.
    assert too_early.message.english() == "Atelier : économie de la nuit is open from 14:45 to 16:45. Check the programme with the person."
    assert room.scan(event.codes["agnes"], now=WORKSHOP_STARTS - timedelta(minutes=14)).verdict is not Verdict.REJECTED
    set_rules(event.db, event.workshop.id, CheckpointRules(tolerance_minutes=30))
    assert room.scan(event.codes["lukasz"], now=WORKSHOP_STARTS - timedelta(minutes=25)).verdict is not Verdict.REJECTED
    late = room.scan(event.codes["siobhan"], now=WORKSHOP_STARTS + timedelta(hours=2, minutes=1))
    assert late.reason is Reason.OUTSIDE_TIME_WINDOW and "from 14:30 to 17:00" in late.message.english()


def test_a_session_before_the_entrance_is_a_warning_that_still_lets_them_in(event, clock):
    room = workshop(event)
    early = room.scan(event.codes["agnes"], now=clock())
    assert (early.verdict, early.reason) == (Verdict.WARNING, Reason.NOT_ARRIVED)
    assert early.message.english().startswith("Not checked in at the entrance yet.")
    assert where(event.db, event.id("agnes"), event.workshop.id).inside
    entrance(event).scan(event.codes["lukasz"], now=clock())
    assert room.scan(event.codes["lukasz"], now=clock()).reason is Reason.OK
    set_rules(event.db, event.workshop.id, CheckpointRules(require_arrival=False))
    assert room.scan(event.codes["siobhan"], now=clock()).reason is Reason.OK


def test_leaving_a_session_says_so(event, clock):
    entrance(event).scan(event.codes["agnes"], now=clock())
    workshop(event).scan(event.codes["agnes"], now=clock())
    out = workshop(event, "Room 2 exit", mode=DirectionMode.OUT).scan(event.codes["agnes"], now=clock())
    assert (out.verdict, out.reason, out.message.english()) == (Verdict.ACCEPTED, Reason.OK, "Leaving Atelier : économie de la nuit.")
    assert entrance(event).scan(event.codes["agnes"], now=clock()).reason is Reason.ALREADY_CHECKED_IN  # still at the venue


# ---- finding checkpoints, who is where -----------------------------------------------------------


def test_a_station_or_operator_name_too_long_for_the_log_is_refused_before_any_scan(event):
    with pytest.raises(UserError, match="longer than 100 characters"):
        Station(event.db, station="Desk " * 30)
    with pytest.raises(UserError, match="operator name"):
        Station(event.db, station="Desk 1", operator="M" * 101)
    assert Station(event.db, station="D" * 100, operator="M" * 100).scan(event.codes["agnes"]).reason is Reason.OK


def test_a_checkpoint_is_found_by_its_session_title(event):
    assert find_checkpoint_id(event.db, None) == ENTRANCE
    assert find_checkpoint_id(event.db, "atelier : ÉCONOMIE de la nuit ") == event.workshop.id
    with pytest.raises(UserError, match="no session called “Gala dinner”"):
        find_checkpoint_id(event.db, "Gala dinner")
    with pytest.raises(UserError):
        Station(event.db, str(uuid.uuid4()))


def test_the_presence_report_lists_who_is_inside_who_left_and_who_never_came(event, clock):
    room, room_exit = workshop(event), workshop(event, "Room 2 exit", mode=DirectionMode.OUT)
    room.scan(event.codes["lukasz"], now=clock())
    room.scan(event.codes["agnes"], now=clock())
    room_exit.scan(event.codes["lukasz"], now=clock())
    report = presence.presence_report(event.db, event.workshop.id)
    assert [a.last_name for a, _p in report.inside] == ["Lefèvre-Dupré"]
    assert [a.last_name for a, _p in report.left] == ["Żółkiewski"]
    # The cancelled registration is not expected; the pending one is.
    assert [a.last_name for a in report.missing] == ["Çağlayan", "Dvořák", "Ní Mhaoldhomhnaigh"]
