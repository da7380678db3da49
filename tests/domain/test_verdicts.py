"""The door's rules on their own: which reason wins, when doors open and close, which way a scan goes."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from checkin.domain.model import Attendee, Session, Status
from checkin.domain.verdicts import (
    Checkpoint,
    CheckpointRules,
    Direction,
    DirectionMode,
    Presence,
    Reason,
    Reentry,
    ScanFacts,
    Verdict,
    decide,
    direction_for,
    time_window,
)

START = datetime(2026, 3, 20, 14, 0, tzinfo=timezone.utc)
WORKSHOP = Session(id="w", title="Workshop", starts_at=START, ends_at=START + timedelta(minutes=90), capacity=2)
PERSON = Attendee(id="a", first_name="Agnès", last_name="Lefèvre", session_ids=("w",))
STRANGER = Attendee(id="b", first_name="Bjørn", last_name="Ødegård")
INSIDE = Presence(inside=True, first_in_at=START, first_in_station="Door A", entries=1)
LEFT = Presence(inside=False, first_in_at=START, first_in_station="Door A", entries=1)


def facts(attendee=PERSON, rules=CheckpointRules(), direction=Direction.IN, now=START, presence=None, arrived=True,
          inside=0, session=WORKSHOP) -> ScanFacts:
    return ScanFacts(attendee, Checkpoint("w" if session else "entrance", session, rules), direction, now, presence,
                     arrived, inside)


def outcome(**kwargs) -> tuple[Verdict, Reason, bool]:
    decision = decide(facts(**kwargs))
    return decision.verdict, decision.reason, decision.moves


def test_a_registered_person_on_time_goes_in():
    assert outcome() == (Verdict.ACCEPTED, Reason.OK, True)
    assert outcome(session=None, attendee=STRANGER) == (Verdict.ACCEPTED, Reason.OK, True)


@pytest.mark.parametrize("status", [Status.CANCELLED, Status.WITHDRAWN])
def test_a_cancelled_registration_is_refused_before_any_other_rule(status):
    cancelled = PERSON.with_changes(status=status, session_ids=())
    late = START + timedelta(days=1)
    assert outcome(attendee=cancelled, now=late, inside=5) == (Verdict.REJECTED, Reason.CANCELLED, False)



def test_a_registration_cancelled_while_inside_still_leaves_and_frees_its_place():
    cancelled = PERSON.with_changes(status=Status.CANCELLED)
    assert outcome(attendee=cancelled, direction=Direction.OUT, presence=INSIDE) == (Verdict.ACCEPTED, Reason.OK, True)
    assert outcome(attendee=cancelled, direction=Direction.OUT)[1] is Reason.EXIT_WITHOUT_ENTRY


def test_not_registered_is_refused_unless_the_door_takes_walk_ins():
    assert outcome(attendee=STRANGER) == (Verdict.REJECTED, Reason.NOT_REGISTERED, False)
    open_door = CheckpointRules(allow_unregistered=True)
    assert outcome(attendee=STRANGER, rules=open_door) == (Verdict.WARNING, Reason.NOT_REGISTERED, True)
    # Walk-ins only take free places.
    assert outcome(attendee=STRANGER, rules=open_door, inside=2)[1] is Reason.SESSION_FULL


def test_the_time_window_includes_the_tolerance_on_both_sides():
    rules = CheckpointRules(tolerance_minutes=10)
    opens, closes = time_window(WORKSHOP, 10)
    assert (opens, closes) == (START - timedelta(minutes=10), START + timedelta(minutes=100))
    assert outcome(rules=rules, now=opens)[1] is Reason.OK
    assert outcome(rules=rules, now=closes)[1] is Reason.OK
    early = opens - timedelta(seconds=1)
    assert outcome(rules=rules, now=early) == (Verdict.REJECTED, Reason.OUTSIDE_TIME_WINDOW, False)
    assert outcome(rules=rules, now=closes + timedelta(seconds=1))[1] is Reason.OUTSIDE_TIME_WINDOW


def test_a_session_without_an_end_stays_open_three_hours_and_one_without_a_start_always():
    plenary = Session(id="w", title="Plenary", starts_at=START)
    assert time_window(plenary, 0) == (START, START + timedelta(hours=3))
    assert time_window(Session(id="w", title="Anytime"), 15) is None
    anytime = Session(id="w", title="Anytime")
    assert outcome(session=anytime, now=START + timedelta(days=3))[1] is Reason.OK


def test_leaving_is_allowed_outside_the_time_window():
    late = START + timedelta(hours=5)
    assert outcome(direction=Direction.OUT, presence=INSIDE, now=late) == (Verdict.ACCEPTED, Reason.OK, True)


@pytest.mark.parametrize(
    "reentry, presence, expected",
    [
        (Reentry.ACCEPT, LEFT, (Verdict.ACCEPTED, Reason.ALREADY_CHECKED_IN, True)),
        (Reentry.WARN, LEFT, (Verdict.WARNING, Reason.ALREADY_CHECKED_IN, True)),
        (Reentry.REJECT, LEFT, (Verdict.REJECTED, Reason.ALREADY_CHECKED_IN, False)),
        # Still inside: a second entry does not move anyone, and is always worth a look.
        (Reentry.ACCEPT, INSIDE, (Verdict.WARNING, Reason.ALREADY_CHECKED_IN, False)),
        (Reentry.WARN, INSIDE, (Verdict.WARNING, Reason.ALREADY_CHECKED_IN, False)),
        (Reentry.REJECT, INSIDE, (Verdict.REJECTED, Reason.ALREADY_CHECKED_IN, False)),
    ],
)
def test_reentry_follows_the_checkpoint_policy(reentry, presence, expected):
    assert outcome(rules=CheckpointRules(reentry=reentry), presence=presence) == expected


def test_capacity_counts_people_inside_and_never_refuses_someone_already_in():
    assert outcome(inside=1)[1] is Reason.OK
    assert outcome(inside=2) == (Verdict.REJECTED, Reason.SESSION_FULL, False)
    assert outcome(inside=2, presence=LEFT)[1] is Reason.SESSION_FULL
    assert outcome(inside=2, presence=INSIDE)[1] is Reason.ALREADY_CHECKED_IN
    assert outcome(session=Session(id="w", title="Big room", starts_at=START), inside=10_000)[1] is Reason.OK


def test_a_session_before_the_entrance_is_a_warning_unless_the_door_does_not_ask():
    assert outcome(arrived=False) == (Verdict.WARNING, Reason.NOT_ARRIVED, True)
    assert outcome(arrived=False, rules=CheckpointRules(require_arrival=False))[1] is Reason.OK


def test_leaving_without_having_come_in_is_a_warning_that_moves_no_one():
    assert outcome(direction=Direction.OUT) == (Verdict.WARNING, Reason.EXIT_WITHOUT_ENTRY, False)
    assert outcome(direction=Direction.OUT, presence=LEFT)[1] is Reason.EXIT_WITHOUT_ENTRY
    assert outcome(direction=Direction.OUT, presence=INSIDE) == (Verdict.ACCEPTED, Reason.OK, True)


def test_a_two_way_station_lets_people_out_when_they_are_in():
    assert direction_for(DirectionMode.BOTH, None) is Direction.IN
    assert direction_for(DirectionMode.BOTH, LEFT) is Direction.IN
    assert direction_for(DirectionMode.BOTH, INSIDE) is Direction.OUT
    assert direction_for(DirectionMode.IN, INSIDE) is Direction.IN
    assert direction_for(DirectionMode.OUT, None) is Direction.OUT


def test_the_entrance_welcomes_back_and_a_workshop_looks_twice_by_default():
    assert CheckpointRules.default_for(None).reentry is Reentry.ACCEPT
    assert CheckpointRules.default_for(WORKSHOP).reentry is Reentry.WARN
