"""event_stats over a scripted morning of scans, on SQLite and PostgreSQL: the numbers the dashboard shows."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from checkin.domain.verdicts import ENTRANCE, DirectionMode, Verdict
from checkin.services import attendees as attendee_service
from checkin.services import badges as badge_service
from checkin.services.scanning import Station
from checkin.services.statistics import event_stats
from tests.reports.morning import DAY, PLENARY, VISIT, WORKSHOP, ZONE, at, build_event, scripted_morning


@pytest.fixture
def morning_stats(db_url):
    m = scripted_morning(db_url)
    yield m, event_stats(m.db, DAY)
    m.db.dispose()


def test_totals_count_arrivals_walk_ins_and_no_shows(morning_stats):
    _m, stats = morning_stats
    assert (stats.registered, stats.arrived, stats.walk_ins, stats.no_shows) == (30, 22, 1, 8)
    assert stats.total.share == pytest.approx(22 / 30)
    assert stats.timezone == "Europe/Brussels"


def test_categories_count_registered_and_arrived(morning_stats):
    _m, stats = morning_stats
    by_name = {c.category: (c.tally.registered, c.tally.arrived) for c in stats.categories}
    # City staff: people 2,3,4,7,8,11,12,14,15,17,19 arrived; 21–24, 26, 28 did not (29 is cancelled).
    assert by_name["City staff"] == (17, 11)
    assert by_name["Press"] == (2, 2)  # Eva Horváth and the walk-in
    assert stats.categories[0].category == "City staff"  # most registered first


def test_arrivals_curve_has_every_quarter_hour_of_the_local_day(morning_stats):
    _m, stats = morning_stats
    assert len(stats.arrivals) == 96
    assert stats.arrivals[0].starts_at == datetime(2026, 3, 20, 0, 0, tzinfo=ZONE)
    counts = {slot.starts_at.strftime("%H:%M"): slot.arrivals for slot in stats.arrivals if slot.arrivals}
    # Five an hour-quarter from 08:00; then person 20 (09:05) and the walk-in (09:20). The repeat
    # scan of person 0 and the annulled scan of person 21 do not count; the refused one neither.
    assert counts == {"08:00": 5, "08:15": 5, "08:30": 5, "08:45": 5, "09:00": 1, "09:15": 1}


def test_sessions_show_registered_present_peak_and_capacity(morning_stats):
    _m, stats = morning_stats
    by_title = {x.session.title: x for x in stats.sessions}
    plenary, workshop, visit = by_title[PLENARY], by_title[WORKSHOP], by_title[VISIT]
    assert (plenary.registered, plenary.present, plenary.peak, plenary.came, plenary.capacity) == (29, 11, 15, 15, None)
    assert plenary.fill is None
    assert (workshop.registered, workshop.present, workshop.peak, workshop.came, workshop.capacity) == (12, 10, 10, 11, 10)
    assert workshop.fill == 1.0
    assert [x.session.title for x in stats.sessions] == [PLENARY, WORKSHOP, VISIT]  # programme order
    assert (visit.present, visit.peak) == (2, 6)


def test_site_visits_count_people_out_and_back(morning_stats):
    _m, stats = morning_stats
    [visit] = stats.site_visits
    assert (visit.session.title, visit.registered, visit.out, visit.back) == (VISIT, 8, 2, 4)


def test_places_merge_spellings_of_a_city(morning_stats):
    _m, stats = morning_stats
    countries = {c.country: (c.tally.registered, c.tally.arrived) for c in stats.countries}
    assert countries["BE"] == (5, 4)  # Şahin, Dupont, Dubois, Lambert (no-show) and the walk-in
    assert stats.countries[0].country in ("BE", "FR")
    cities = {(c.country, c.city): (c.tally.registered, c.tally.arrived) for c in stats.cities}
    assert cities[("BE", "Bruxelles")] == (4, 4)  # "bruxelles" counted with "Bruxelles"
    assert ("BE", "bruxelles") not in cities


def test_another_day_has_its_own_curve(morning_stats):
    m, _stats = morning_stats
    next_day = date(2026, 3, 21)
    codes = badge_service.ensure_codes(m.db)
    Station(m.db, ENTRANCE, DirectionMode.IN, station="Desk 1").scan(codes[m.people[0].id], now=at("08:50", next_day))
    stats = event_stats(m.db, next_day)
    # Already checked in yesterday, but the first one through the door this morning.
    assert [(s.starts_at.strftime("%H:%M"), s.arrivals) for s in stats.arrivals if s.arrivals] == [("08:45", 1)]
    assert stats.arrived == 22


def test_people_let_in_only_at_session_doors_count_as_arrived_and_the_figures_add_up(db_url):
    """Nobody passes the entrance desk: people are let in at the workshop and onto the coach, and a
    walk-in is registered at the coach. Arrived + still expected is still everyone registered."""
    m = build_event(db_url)
    codes = badge_service.ensure_codes(m.db)
    workshop = Station(m.db, m.sessions[WORKSHOP].id, DirectionMode.IN, station="Room 2.14")
    coach = Station(m.db, m.sessions[VISIT].id, DirectionMode.BOTH, station="Coach")
    for i in range(3):
        assert workshop.scan(codes[m.people[i].id], now=at(f"11:3{i}")).verdict is Verdict.WARNING  # not at the entrance
    coach.scan(codes[m.people[5].id], now=at("14:05"))
    coach.scan(codes[m.people[6].id], now=at("14:06"))
    coach.scan(codes[m.people[6].id], now=at("16:00"))  # back from the visit: still arrived
    coach.scan(codes[m.people[1].id], now=at("14:07"))  # already counted at the workshop
    visit = m.sessions[VISIT].id
    walker = attendee_service.add_walk_in(m.db, {"first_name": "Zoé", "last_name": "Walker", "session_ids": [visit]}, station="Coach")
    assert coach.admit(walker.id, now=at("14:10")).verdict is not Verdict.REJECTED
    stats = event_stats(m.db, DAY)
    assert (stats.registered, stats.arrived, stats.walk_ins, stats.no_shows) == (30, 6, 1, 24)
    assert stats.arrived + stats.no_shows == stats.registered
    assert sum(c.tally.arrived for c in stats.categories) == stats.arrived
    counts = {slot.starts_at.strftime("%H:%M"): slot.arrivals for slot in stats.arrivals if slot.arrivals}
    assert counts == {"11:30": 3, "14:00": 3}  # each person once, at the first door that let them in
    m.db.dispose()


def test_a_walk_in_not_yet_scanned_counts_as_arrived(tmp_path):
    """Registered on the spot at the desk: they stood there, so they are not "still expected"."""
    m = build_event(tmp_path / "event.checkin")
    attendee_service.add_walk_in(m.db, {"first_name": "Zoé", "last_name": "Walker"}, station="Desk 1")
    stats = event_stats(m.db, DAY)
    assert (stats.registered, stats.arrived, stats.walk_ins, stats.no_shows) == (30, 1, 1, 29)
    m.db.dispose()


def test_an_annulled_exit_does_not_count_twice_in_the_peak(tmp_path):
    m = build_event(tmp_path / "event.checkin")
    codes = badge_service.ensure_codes(m.db)
    plenary = m.sessions[PLENARY].id
    door_in = Station(m.db, plenary, DirectionMode.IN, station="Door A")
    door_out = Station(m.db, plenary, DirectionMode.OUT, station="Door B")
    for i in range(3):
        door_in.scan(codes[m.people[i].id], now=at(f"09:3{i}"))
    door_out.scan(codes[m.people[0].id], now=at("09:40"))
    door_in.scan(codes[m.people[0].id], now=at("09:50"))  # back in: two entries, one exit
    door_out.undo_last(now=at("09:55"))  # the exit was a mistake: person 0 never left
    stats = event_stats(m.db, DAY)
    [plenary_stats] = [x for x in stats.sessions if x.session.id == plenary]
    assert (plenary_stats.present, plenary_stats.peak) == (3, 3)
    m.db.dispose()


def test_an_event_without_scans_or_sessions(tmp_path):
    from checkin.services.event import new_event

    db, _event = new_event(tmp_path / "empty.checkin", "Empty", DAY, DAY)
    stats = event_stats(db, DAY)
    assert (stats.registered, stats.arrived, stats.no_shows, stats.sessions, stats.categories) == (0, 0, 0, (), ())
    assert sum(slot.arrivals for slot in stats.arrivals) == 0
    db.dispose()


def test_the_day_defaults_to_today_in_the_event_time_zone(tmp_path):
    m = build_event(tmp_path / "event.checkin")
    stats = event_stats(m.db)
    assert stats.day == datetime.now(ZONE).date()
    m.db.dispose()


def test_a_refresh_sees_new_scans_and_undos(tmp_path):
    m = scripted_morning(tmp_path / "event.checkin")
    before = {x.session.title: x.peak for x in event_stats(m.db, DAY).sessions}
    codes = badge_service.ensure_codes(m.db)
    room = Station(m.db, m.sessions[PLENARY].id, DirectionMode.BOTH, station="Side door")
    for i in range(15, 20):
        room.scan(codes[m.people[i].id], now=at("10:50"))
    after = {x.session.title: x.peak for x in event_stats(m.db, DAY).sessions}
    assert (before[PLENARY], after[PLENARY]) == (15, 16)  # 11 inside, then five more
    room.undo_last(now=at("10:51"))
    assert {x.session.title: x.peak for x in event_stats(m.db, DAY).sessions}[PLENARY] == 15
    m.db.dispose()


def test_peaks_kept_up_to_date_agree_with_a_fresh_replay(tmp_path):
    """Refreshes between batches of scans (entries, exits, undos, a late scan from another desk) give the
    peak a replay of the whole log gives."""
    import random
    from datetime import timedelta

    from checkin.services.event import open_event

    m = build_event(tmp_path / "event.checkin")
    codes = badge_service.ensure_codes(m.db)
    plenary = m.sessions[PLENARY].id
    door = Station(m.db, plenary, DirectionMode.BOTH, station="Door")
    late_desk = Station(m.db, plenary, DirectionMode.BOTH, station="Offline desk")
    rng = random.Random(7)
    clock = at("09:20")
    for batch in range(12):
        for _ in range(rng.randint(1, 8)):
            clock += timedelta(seconds=rng.randint(0, 90))
            door.scan(codes[m.people[rng.randrange(15)].id], now=clock)
        if batch % 4 == 1:
            door.undo_last(now=clock)
        if batch == 6:
            late_desk.scan(codes[m.people[20].id], now=clock - timedelta(minutes=5))  # arrives late, with its own time
        kept = {x.session.id: x.peak for x in event_stats(m.db, DAY).sessions}[plenary]
        fresh_db, _event = open_event(tmp_path / "event.checkin")
        replayed = {x.session.id: x.peak for x in event_stats(fresh_db, DAY).sessions}[plenary]
        fresh_db.dispose()
        assert kept == replayed, f"batch {batch}"
    assert kept > 0
    m.db.dispose()
