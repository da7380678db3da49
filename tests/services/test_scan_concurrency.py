"""Several desks at one door at the same instant: one first entry per person, never more people than places.

Each desk is its own Station on its own connection pool (as two computers would be), and the scans
are released together by a barrier, on SQLite and on PostgreSQL.
"""
from __future__ import annotations

import threading
from collections import Counter

import pytest

from checkin.domain.verdicts import ENTRANCE, DirectionMode, Reason, Verdict
from checkin.services import presence
from checkin.services.scanning import ScanResult, Station
from checkin.storage.database import Database, open_database
from tests.services.scan_event import DURING, WORKSHOP_CAPACITY, make_scan_event, presence_disagreements

EXTRA_PEOPLE = 9


@pytest.fixture
def event(db_url):
    ev = make_scan_event(db_url, extra_people=EXTRA_PEOPLE)
    yield ev
    ev.db.dispose()


@pytest.fixture
def desks(db_url):
    """Open desks (each with its own database connections), closed after the test."""
    opened: list[Database] = []

    def open_desk() -> Database:
        db = open_database(db_url)
        opened.append(db)
        return db

    yield open_desk
    for db in opened:
        db.dispose()


def at_once(jobs) -> list[ScanResult]:
    """Run the jobs on one thread each, all released at the same moment; their results in order."""
    barrier = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)
    errors: list = []

    def work(index, job):
        try:
            barrier.wait(timeout=30)
            results[index] = job()
        except BaseException as exc:  # reported below, on the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return results


def test_two_desks_scanning_one_person_at_once_make_one_first_entry(event, desks):
    # Each round is a first scan for a new person; the first round is also the checkpoint's first scan ever.
    for key in ("agnes", "lukasz", "siobhan", "jiri", "bjorn"):
        pair = [Station(desks(), ENTRANCE, station=f"Door {n}") for n in "AB"]
        code = event.codes[key]
        results = at_once([lambda desk=desk: desk.scan(code, now=DURING) for desk in pair])
        assert sorted(r.first_entry for r in results) == [False, True]
        second = next(r for r in results if not r.first_entry)
        assert (second.verdict, second.reason) == (Verdict.WARNING, Reason.ALREADY_CHECKED_IN)
        first = next(r for r in results if r.first_entry)
        assert second.message.params["station"] == first.record.station
    counts = presence.counters(event.db, ENTRANCE)
    assert (counts.arrived, counts.inside) == (5, 5)
    assert not presence_disagreements(event.db)


def test_desks_filling_a_small_session_at_once_never_let_in_more_than_its_places(event, desks):
    # These are the checkpoint's very first scans: the desks also race to create its row.
    keys = ["agnes", "lukasz", "siobhan", "jiri", "sule"] + [f"extra{n}" for n in range(EXTRA_PEOPLE)]
    stations = [Station(desks(), event.workshop.id, station=f"Room 2 desk {n}") for n in range(len(keys))]
    results = at_once([lambda st=st, key=key: st.scan(event.codes[key], now=DURING) for st, key in zip(stations, keys)])
    # Nobody came through the entrance, so those let in are let in with a warning.
    outcome = Counter((r.verdict, r.reason) for r in results)
    assert outcome == {(Verdict.WARNING, Reason.NOT_ARRIVED): WORKSHOP_CAPACITY,
                       (Verdict.REJECTED, Reason.SESSION_FULL): len(keys) - WORKSHOP_CAPACITY}
    assert presence.counters(event.db, event.workshop.id).inside == WORKSHOP_CAPACITY

    # Two people leave while everyone refused tries again, all at once: each entry decided after an
    # exit committed finds that place free, and none finds a place that is not there.
    exit_desks = [Station(desks(), event.workshop.id, station=f"Exit {n}", mode=DirectionMode.OUT) for n in range(2)]
    leavers = [key for key, r in zip(keys, results) if r.reason is Reason.NOT_ARRIVED][:2]
    refused = [(st, key) for st, key, r in zip(stations, keys, results) if r.reason is Reason.SESSION_FULL]
    jobs = [lambda st=st, key=key: st.scan(event.codes[key], now=DURING) for st, key in zip(exit_desks, leavers)]
    jobs += [lambda st=st, key=key: st.scan(event.codes[key], now=DURING) for st, key in refused]
    second = at_once(jobs)
    assert all(r.reason is Reason.OK for r in second[:2])
    got_in = sum(r.verdict is not Verdict.REJECTED for r in second[2:])
    assert got_in <= 2
    assert presence.counters(event.db, event.workshop.id).inside == WORKSHOP_CAPACITY - 2 + got_in
    assert not presence_disagreements(event.db)
