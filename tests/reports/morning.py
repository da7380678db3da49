"""A scripted first morning of an event: registrations, then scans at fixed times through the real Station.

Event "Urban Safety Forum", Brussels (UTC+1 in March), 20–21 March 2026. Thirty people registered
(one of them cancelled), then on the 20th:

- entrance, Desk 1 (IN): people 0–19 arrive from 08:00, one every 3 minutes (five per quarter hour);
  person 20 at 09:05 at Desk 2; person 0 scanned again at 09:10 (a warning, no move);
  Desk 2 scans person 21 at 09:12 and undoes it at 09:13 (annulled: 21 never arrived);
  a walk-in, Zoé Walker, is registered and let in at 09:20; the cancelled person 29 is refused at 09:25.
- plenary (capacity none, IN/OUT): people 0–14 enter 09:30–09:44; 0–4 leave at 10:30; 0 comes back at 10:40.
  Peak 15, inside now 11, came 15.
- workshop (capacity 10): 0–9 enter 11:20–11:29; 10 is refused at 11:30 (full); 3 leaves at 12:00; 10 enters at 12:05.
  Peak 10, inside now 10, came 11.
- site visit (capacity 8): 0–5 scanned onto the coach at 14:00; 0–3 scanned back at 16:00. Out 2, back 4.

Registered: 29 active + the walk-in = 30; arrived 22; no-shows 8 (people 21–28).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

from checkin.domain.model import Attendee, Session, SessionKind, Status, new_id
from checkin.domain.verdicts import ENTRANCE, DirectionMode
from checkin.services import attendees as attendee_service
from checkin.services import badges as badge_service
from checkin.services.event import new_event
from checkin.services.scanning import Station
from checkin.storage import repositories as repo
from checkin.storage.database import Database

ZONE = ZoneInfo("Europe/Brussels")
DAY = date(2026, 3, 20)
EVENT_NAME = "Urban Safety Forum"
VENUE = "Hôtel de Ville, Bruxelles"

PLENARY = "Opening plenary"
WORKSHOP = "Night-time economy"
VISIT = "Site visit: regional crisis centre"

# (first, last, category, city, country)
PEOPLE = [
    ("Hélène", "Lefèvre", "Speaker", "Lyon", "FR"),
    ("Łukasz", "Żółkiewski", "Local elected official", "Kraków", "PL"),
    ("Γιώργος", "Παπαδόπουλος", "City staff", "Αθήνα", "GR"),
    ("Олена", "Петренко", "City staff", "Kyiv", "UA"),
    ("Jan", "Novák", "City staff", "Brno", "CZ"),
    ("Ingrid", "Ødegaard", "Researcher", "Oslo", "NO"),
    ("Ayşe", "Şahin", "Local elected official", "Bruxelles", "BE"),
    ("Pierre", "Dupont", "City staff", "Bruxelles", "BE"),
    ("Marie", "Dubois", "City staff", "bruxelles", "BE"),
    ("Anna", "Müller", "Researcher", "Zürich", "CH"),
    ("Sofia", "García López", "Local elected official", "Sevilla", "ES"),
    ("Luca", "Rossi", "City staff", "Bologna", "IT"),
    ("Emma", "de Vries", "City staff", "Rotterdam", "NL"),
    ("João", "Silva", "Partner organisation", "Lisboa", "PT"),
    ("Nina", "Kovačić", "City staff", "Zagreb", "HR"),
    ("Tomas", "Jonsson", "City staff", "Göteborg", "SE"),
    ("Claire", "Martin", "Local elected official", "Lille", "FR"),
    ("Hans", "Schmidt", "City staff", "Düsseldorf", "DE"),
    ("Olga", "Ivanova", "Researcher", "Riga", "LV"),
    ("Mateusz", "Nowak", "City staff", "Gdańsk", "PL"),
    ("Eva", "Horváth", "Press", "Budapest", "HU"),
    ("Chloé", "Bernard", "City staff", "Bordeaux", "FR"),
    ("Kurt", "Weber", "City staff", "Wien", "AT"),
    ("Elena", "Popescu", "City staff", "Cluj-Napoca", "RO"),
    ("Dimitar", "Georgiev", "City staff", "Plovdiv", "BG"),
    ("Sarah", "O'Brien", "Partner organisation", "Dublin", "IE"),
    ("Lotte", "Jansen", "City staff", "Utrecht", "NL"),
    ("Mikko", "Virtanen", "Researcher", "Helsinki", "FI"),
    ("Paul", "Lambert", "City staff", "Namur", "BE"),
    ("Camille", "Petit", "City staff", "Nantes", "FR"),  # cancelled
]
CANCELLED = 29
WALK_IN = ("Zoé", "Walker", "Press", "Bruxelles", "BE")


def at(clock: str, day: date = DAY) -> datetime:
    """A local wall-clock time on ``day`` as the aware UTC instant a station records."""
    return datetime.combine(day, time.fromisoformat(clock), ZONE).astimezone(timezone.utc)


@dataclass
class Morning:
    db: Database
    people: list[Attendee]  # in PEOPLE order
    walk_in: Attendee
    sessions: dict[str, Session]  # by title


def _session(title: str, kind: SessionKind, start: str, end: str, capacity: int | None, location: str) -> Session:
    return Session(new_id(), title, kind, at(start), at(end), location, capacity)


def build_event(path_or_url, languages: tuple[str, ...] = ("en", "fr"), people=PEOPLE) -> Morning:
    """The event with its registrations, before any scan."""
    db, _event = new_event(path_or_url, EVENT_NAME, DAY, date(2026, 3, 21), VENUE, "Europe/Brussels", languages)
    sessions = [
        _session(PLENARY, SessionKind.PLENARY, "09:30", "11:00", None, "Auditorium"),
        _session(WORKSHOP, SessionKind.WORKSHOP, "11:30", "13:00", 10, "Room 2.14"),
        _session(VISIT, SessionKind.SITE_VISIT, "14:00", "16:00", 8, "Rue Ducale"),
    ]
    plenary, workshop, visit = sessions
    attendees = []
    for i, (first, last, category, city, country) in enumerate(people):
        registered = [plenary.id] + ([workshop.id] if i < 12 else []) + ([visit.id] if i < 8 else [])
        attendees.append(
            Attendee(
                id=new_id(), first_name=first, last_name=last, category=category, city=city, country=country,
                organisation=f"City of {city}", email=f"person{i}@example.org",
                status=Status.CANCELLED if i == CANCELLED else Status.REGISTERED, session_ids=tuple(registered),
            )
        )
    with db.unit() as s:
        for session in sessions:
            repo.add_session(s, session)
        repo.insert_attendees(s, attendees)
    return Morning(db, attendees, None, {s.title: s for s in sessions})


def play_morning(m: Morning) -> Morning:
    """Run the morning's scans (see the module docstring) through real stations."""
    db, people = m.db, m.people
    codes = badge_service.ensure_codes(db)
    desk1 = Station(db, ENTRANCE, DirectionMode.IN, station="Desk 1", operator="Marie")
    desk2 = Station(db, ENTRANCE, DirectionMode.IN, station="Desk 2", operator="Karim")
    for i in range(20):
        desk1.scan(codes[people[i].id], now=at(f"08:{3 * i:02d}"))
    desk2.scan(codes[people[20].id], now=at("09:05"))
    desk1.scan(codes[people[0].id], now=at("09:10"))
    desk2.scan(codes[people[21].id], now=at("09:12"))
    desk2.undo_last(now=at("09:13"))
    first, last, category, city, country = WALK_IN
    m.walk_in = attendee_service.add_walk_in(
        db, {"first_name": first, "last_name": last, "category": category, "city": city, "country": country}
    )
    desk1.admit(m.walk_in.id, now=at("09:20"))
    desk1.scan(codes[people[CANCELLED].id], now=at("09:25"))

    room = Station(db, m.sessions[PLENARY].id, DirectionMode.BOTH, station="Auditorium door", operator="Léa")
    for i in range(15):
        room.scan(codes[people[i].id], now=at(f"09:{30 + i:02d}"))
    for i in range(5):
        room.scan(codes[people[i].id], now=at("10:30"))
    room.scan(codes[people[0].id], now=at("10:40"))

    workshop = Station(db, m.sessions[WORKSHOP].id, DirectionMode.BOTH, station="Room 2.14", operator="Léa")
    for i in range(10):
        workshop.scan(codes[people[i].id], now=at(f"11:{20 + i:02d}"))
    workshop.scan(codes[people[10].id], now=at("11:30"))
    workshop.scan(codes[people[3].id], now=at("12:00"))
    workshop.scan(codes[people[10].id], now=at("12:05"))

    coach = Station(db, m.sessions[VISIT].id, DirectionMode.BOTH, station="Coach", operator="Tom")
    for i in range(6):
        coach.scan(codes[people[i].id], now=at("14:00"))
    for i in range(4):
        coach.scan(codes[people[i].id], now=at("16:00"))
    return m


def scripted_morning(path_or_url, languages: tuple[str, ...] = ("en", "fr")) -> Morning:
    return play_morning(build_event(path_or_url, languages))
