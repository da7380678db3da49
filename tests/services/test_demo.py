"""The demo event: a realistic list that survives the event file, respects capacities and is reproducible."""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from datetime import date, datetime, time, timedelta, timezone
from itertools import combinations
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from checkin.cli import main
from checkin.domain.model import SessionKind, Status
from checkin.domain.search import SearchIndex, attendee_search_text
from checkin.domain.verdicts import ENTRANCE, DirectionMode, Verdict
from checkin.i18n import UserError
from checkin.services import attendees as attendee_service
from checkin.services import badges
from checkin.services.demo import create_demo_event, demo_sessions, generate_attendees
from checkin.services.event import open_event
from checkin.services.scanning import Station
from checkin.storage import event_repository, repositories
from checkin.storage.tables import JournalRow

PRETIX_SECRET = re.compile(r"^[abcdefghjkmnpqrstuvwxyz23456789]{32}$")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.checkin"
    db, summary = create_demo_event(path)
    db.dispose()
    return path, summary


@pytest.fixture(scope="module")
def reopened(demo_file):
    """What a desk sees after opening the file afresh: attendees and sessions read back from SQLite."""
    db, event = open_event(demo_file[0])
    people = attendee_service.list_attendees(db)
    sessions = attendee_service.list_sessions(db)
    with db.unit() as s:
        journal = s.execute(select(JournalRow.kind, JournalRow.data)).all()
    db.dispose()
    return event, people, sessions, journal


def _by_name(people, first, last):
    return [a for a in people if (a.first_name, a.last_name) == (first, last)]


def _script(text):
    scripts = {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}
    return scripts.pop() if len(scripts) == 1 else "MIXED"


def test_the_event_is_the_brussels_conference(reopened, demo_file):
    event, people, sessions, _ = reopened
    assert event.name == "Security, Democracy & Cities"
    assert "Brussels" in event.venue
    assert (str(event.starts_on), str(event.ends_on)) == ("2026-03-20", "2026-03-22")
    assert event.timezone == "Europe/Brussels" and event.languages == ("en", "fr")
    assert demo_file[1]["attendees"] == len(people) == 700
    assert demo_file[1]["sessions"] == len(sessions)


def test_700_people_from_about_140_cities_in_27_countries(reopened):
    _, people, _, _ = reopened
    assert len(people) == 700
    assert 130 <= len({(a.country, a.city) for a in people}) <= 150
    assert len({a.country for a in people}) == 27
    assert all(re.fullmatch(r"[A-Z]{2}", a.country) for a in people)
    # Big cities send more people than small ones, but nobody dominates.
    most_common_city, count = Counter(a.city for a in people).most_common(1)[0]
    assert count < 60, most_common_city


def test_names_cities_and_organisations_keep_their_letters_after_the_round_trip(reopened):
    _, people, _, _ = reopened
    names = {a.full_name for a in people}
    for name in ("Łukasz Żółkiewski", "Hélène Lefèvre-Dupré", "Ayşe Şahin", "Marta Nováková", "Tomáš Dvořák",
                 "Ingrid Ødegaard", "Nikola Ðorđević", "Ivana Kovačić", "Björn Jönsson", "Dónal Ó Súilleabháin",
                 "Ελένη Κωνσταντίνου", "Γιώργος Παπαδόπουλος", "Ольга Петренко", "Іван Коваленко", "Георги Иванов"):
        assert name in names
    cities = {a.city for a in people}
    for city in ("Saint-Étienne", "Łódź", "Kraków", "Göteborg", "Düsseldorf", "Brno", "Plovdiv", "Cluj-Napoca",
                 "Zürich", "Liège"):
        assert city in cities
    organisations = {a.organisation for a in people}
    for organisation in ("Ville de Lille", "Urząd Miasta Gdańsk", "Stadt Zürich", "Δήμος Αθηναίων",
                         "Kyiv City Council"):
        assert organisation in organisations
    # Not only the featured few: the seeded crowd writes in Greek and Cyrillic too.
    scripts = Counter(_script(a.last_name) for a in people)
    assert scripts["GREEK"] >= 5 and scripts["CYRILLIC"] >= 5
    assert all(unicodedata.is_normalized("NFC", a.full_name + a.organisation + a.city) for a in people)


def test_two_different_people_share_a_name(reopened):
    _, people, _, _ = reopened
    novaks = _by_name(people, "Jan", "Novák")
    assert len(novaks) >= 2
    assert len({a.id for a in novaks}) == len(novaks)
    assert len({(a.city, a.organisation, a.email) for a in novaks}) == len(novaks)


def test_long_names_and_organisations_for_badges_to_cope_with(reopened):
    _, people, _, _ = reopened
    assert max(len(a.full_name) for a in people) >= 45
    assert max(len(a.organisation) for a in people) >= 100
    assert max(len(a.position) for a in people) >= 70


def test_categories_statuses_notes_and_languages_look_like_a_real_list(reopened):
    _, people, _, _ = reopened
    categories = Counter(a.category for a in people)
    assert set(categories) == {"Local elected official", "City staff", "Speaker", "Partner organisation", "Press",
                               "Organising team", "Researcher"}
    assert categories.most_common(1)[0][0] == "City staff"
    assert categories["Press"] < categories["Speaker"] < categories["Local elected official"]
    statuses = Counter(a.status for a in people)
    assert statuses[Status.CANCELLED] >= 1 and statuses[Status.WITHDRAWN] >= 1
    assert statuses[Status.CANCELLED] + statuses[Status.WITHDRAWN] < 0.05 * len(people)
    notes = " ".join(a.notes for a in people)
    for note in ("wheelchair user", "speaker — take to green room", "vegetarian"):
        assert note in notes
    assert all(a.category == "Speaker" for a in people if "green room" in a.notes)
    assert all(a.position for a in people)
    # French-speaking cities get French badges; German, Polish or Greek ones do not.
    by_country = {(a.country, a.badge_language) for a in people if a.category == "Local elected official"}
    assert ("FR", "fr") in by_country and ("FR", "en") not in by_country
    assert not {lang for country, lang in by_country if country in ("DE", "PL", "GR")} - {"en"}


def test_emails_are_unique_and_never_reach_real_people(reopened):
    _, people, _, _ = reopened
    emails = [a.email for a in people]
    assert len(set(emails)) == len(emails)
    assert all(re.fullmatch(r"[a-z0-9.\-]+@[a-z0-9\-]+\.example", e) for e in emails)
    # Addresses are made from the names in Latin letters, as their owners' addresses are.
    assert _by_name(people, "Ольга", "Петренко")[0].email.endswith("petrenko@kyiv.example")


def test_sources_carry_pretix_secrets_and_indico_ids(reopened):
    _, people, _, _ = reopened
    sources = Counter(a.source for a in people)
    assert sources["pretix"] > 0.8 * len(people) and sources["indico"] >= 10
    for a in people:
        if a.source == "pretix":
            assert len(a.ticket_codes) == 1 and PRETIX_SECRET.match(a.ticket_codes[0])
            assert re.fullmatch(r"[A-Z0-9]{5}-\d+", a.source_id)
        else:
            assert a.source_id.isdigit()
    codes = [c for a in people for c in a.ticket_codes]
    assert len(set(codes)) == len(codes)


def test_the_programme_runs_over_three_days_in_brussels_time(reopened):
    _, _, sessions, _ = reopened
    kinds = Counter(sw.session.kind for sw in sessions)
    assert 3 <= kinds[SessionKind.PLENARY] <= 4
    assert 7 <= kinds[SessionKind.WORKSHOP] <= 9
    assert 3 <= kinds[SessionKind.SITE_VISIT] <= 4
    opening = next(sw.session for sw in sessions if sw.session.title.startswith("Opening plenary"))
    # 09:30 in Brussels on 20 March 2026 is 08:30 UTC (winter time until the 29th).
    assert opening.starts_at == datetime(2026, 3, 20, 8, 30, tzinfo=timezone.utc)
    for sw in sessions:
        s = sw.session
        assert s.starts_at.tzinfo is not None and s.starts_at < s.ends_at and s.location
        assert datetime(2026, 3, 20, tzinfo=timezone.utc) < s.starts_at < datetime(2026, 3, 23, tzinfo=timezone.utc)
        if s.kind is SessionKind.WORKSHOP:
            assert 25 <= s.capacity <= 60
        if s.kind is SessionKind.SITE_VISIT:
            assert 15 <= s.capacity <= 25


def test_no_session_holds_more_people_than_its_capacity(reopened):
    _, people, sessions, _ = reopened
    counted = Counter(sid for a in people if a.status.is_active for sid in a.session_ids)
    for sw in sessions:
        assert sw.registered == counted[sw.session.id]
        if sw.session.capacity is not None:
            assert sw.registered <= sw.session.capacity, sw.session.title
    visits = [sw for sw in sessions if sw.session.kind is SessionKind.SITE_VISIT]
    assert sum(sw.registered for sw in visits) > 0


def test_everyone_active_is_in_the_plenaries_and_nobody_is_in_two_places_at_once(reopened):
    _, people, sessions, _ = reopened
    by_id = {sw.session.id: sw.session for sw in sessions}
    plenaries = {sid for sid, s in by_id.items() if s.kind is SessionKind.PLENARY}
    workshops = {sid for sid, s in by_id.items() if s.kind is SessionKind.WORKSHOP}
    for a in people:
        booked = [by_id[sid] for sid in a.session_ids]
        for one, other in combinations(booked, 2):
            assert one.ends_at <= other.starts_at or other.ends_at <= one.starts_at, (a.full_name, one.title, other.title)
        assert len(workshops & set(a.session_ids)) <= 2
        if a.status.is_active:
            assert plenaries <= set(a.session_ids)
    with_workshop = [a for a in people if workshops & set(a.session_ids)]
    # Workshops hold 25–60 people each, so they fill up: as many people as there are places get one.
    assert len(with_workshop) >= sum(s.capacity for s in by_id.values() if s.kind is SessionKind.WORKSHOP) // 2


def test_the_demo_is_journalled(reopened):
    _, _, _, journal = reopened
    demo_lines = [data for kind, data in journal if kind == "demo"]
    assert len(demo_lines) == 1
    assert demo_lines[0]["attendees"] == 700 and demo_lines[0]["seed"] == 2026


def _content(people, sessions):
    titles = {s.id: s.title for s in sessions}
    return [
        (a.first_name, a.last_name, a.organisation, a.position, a.city, a.country, a.category, a.email,
         a.badge_language, a.status, a.source, a.source_id, a.ticket_codes, a.notes,
         sorted(titles[sid] for sid in a.session_ids))
        for a in people
    ]


def test_a_seed_always_gives_the_same_people():
    first, second = demo_sessions(), demo_sessions()
    same = _content(generate_attendees(400, 11, first), first)
    again = _content(generate_attendees(400, 11, second), second)
    other = _content(generate_attendees(400, 12, first), first)
    assert same == again
    assert sum(x != y for x, y in zip(same, other)) > 300


def test_fewer_people_than_the_featured_ones_and_no_sessions():
    people = generate_attendees(3, seed=1)
    assert [a.last_name for a in people] == ["Żółkiewski", "Lefèvre-Dupré", "Şahin"]
    assert all(a.session_ids == () for a in people)


def test_search_finds_people_by_accent_free_and_misspelt_names(reopened):
    _, people, _, _ = reopened
    index = SearchIndex([attendee_search_text(a) for a in people])

    def found(query):
        return {people[i].full_name for i in index.search(query)}

    assert "Łukasz Żółkiewski" in found("zolkiewski")
    assert "Łukasz Żółkiewski" in found("zolkievski")
    assert "Hélène Lefèvre-Dupré" in found("lefevre")
    assert "Hélène Lefèvre-Dupré" in found("helene dupre")
    assert "Ольга Петренко" in found("olga")
    assert "Ελένη Κωνσταντίνου" in found("konstantinou")
    assert "Dónal Ó Súilleabháin" in found("suilleabhain")
    assert found("jan novak brno") == {"Jan Novák"}
    assert len(index.search("jan novak")) >= 2


def test_cli_demo_makes_a_file_that_attendees_lists(tmp_path, capsys):
    path = tmp_path / "cli-demo.checkin"
    assert main(["--db", str(path), "demo", "--attendees", "120", "--seed", "3"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "Security, Democracy & Cities" in err and "120" in err
    assert main(["--db", str(path), "attendees", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 120
    zolkiewski = next(a for a in listed if a["last_name"] == "Żółkiewski")
    assert zolkiewski["city"] == "Kraków" and zolkiewski["country"] == "PL"
    assert "Opening plenary / Plénière d'ouverture" in zolkiewski["sessions"]


def test_a_demo_that_cannot_be_written_leaves_no_file_behind(tmp_path, monkeypatch):
    def full_disk(session, attendees):
        raise OSError("No space left on device")

    monkeypatch.setattr(repositories, "insert_attendees", full_disk)
    path = tmp_path / "half.checkin"
    with pytest.raises(OSError):
        create_demo_event(path, attendees=50)
    assert list(tmp_path.iterdir()) == []


def test_demo_refuses_an_existing_event_and_impossible_sizes(tmp_path, demo_file, capsys):
    with pytest.raises(UserError):
        create_demo_event(demo_file[0])
    empty = tmp_path / "none.checkin"
    assert main(["--db", str(empty), "demo", "--attendees", "0"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "between 1 and" in err
    assert not empty.exists()


@pytest.mark.parametrize("zone, clock", [
    ("Europe/Brussels", "10:00"), ("Europe/Brussels", "19:45"), ("Europe/Brussels", "23:30"),
    ("Europe/Brussels", "00:30"), ("America/Montreal", "06:10"),  # 12:10 in Brussels
])
def test_a_demo_made_around_now_opens_its_doors_at_once_whatever_the_hour(tmp_path, zone, clock):
    """Someone trying the demo gets accepted, warning and refused scans at the entrance, a workshop
    and a site visit within minutes of making it, evening and midnight included."""
    made = datetime.combine(date(2026, 11, 24), time.fromisoformat(clock), ZoneInfo(zone))
    db, _ = create_demo_event(tmp_path / "live.checkin", attendees=300, around=made)
    with db.unit() as s:
        event = event_repository.get_event(s)
    people = attendee_service.list_attendees(db)
    sessions = attendee_service.sessions(db)
    codes = badges.ensure_codes(db)
    local_today = made.astimezone(ZoneInfo(event.timezone)).date()
    assert event.starts_on <= local_today <= event.ends_on  # the dashboard's "today" is an event day

    def open_now(kind):
        return [s for s in sessions if s.kind is kind and s.starts_at <= made < s.ends_at]

    [workshop, *_] = open_now(SessionKind.WORKSHOP)
    [visit] = open_now(SessionKind.SITE_VISIT)
    assert workshop.starts_at.astimezone(ZoneInfo(event.timezone)).minute % 5 == 0  # a programme on round minutes
    cancelled = next(a for a in people if not a.status.is_active)
    verdicts = {}
    minute = iter(range(1, 30))
    for session, mode in ((workshop, DirectionMode.IN), (visit, DirectionMode.BOTH)):
        booked = [a for a in people if session.id in a.session_ids and a.status.is_active]
        entrance = Station(db, ENTRANCE, DirectionMode.IN, station="Desk 1")
        door = Station(db, session.id, mode, station="Door")
        scans = [(entrance, booked[0]), (entrance, booked[0]), (entrance, cancelled),
                 (door, booked[0]), (door, booked[1]), (door, cancelled)]
        verdicts[session.kind] = [
            (station is entrance, station.scan(codes[person.id], now=made + timedelta(minutes=next(minute))).verdict)
            for station, person in scans
        ]
    db.dispose()
    for kind in (SessionKind.WORKSHOP, SessionKind.SITE_VISIT):
        at_entrance = [v for is_entrance, v in verdicts[kind] if is_entrance]
        at_door = [v for is_entrance, v in verdicts[kind] if not is_entrance]
        assert at_entrance == [Verdict.ACCEPTED, Verdict.WARNING, Verdict.REJECTED]  # in; already inside; cancelled
        # Accepted (checked in at the entrance), a warning (not there yet), refused (cancelled).
        assert at_door == [Verdict.ACCEPTED, Verdict.WARNING, Verdict.REJECTED], (kind, at_door)
