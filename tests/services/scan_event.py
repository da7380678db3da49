"""A small event for the door-scanning tests (people of every status, a workshop with three places, codes
issued), and a check that the presence table agrees with the scan log."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select

from checkin.domain.model import Attendee, Session, SessionKind, Status, new_id
from checkin.domain.scan_log import replay
from checkin.services import badges
from checkin.services.event import new_event
from checkin.storage import repositories as repo
from checkin.storage import scan_repository as scans_repo
from checkin.storage.database import Database
from checkin.storage.tables import PresenceRow

# The workshop runs 14:00–15:30 UTC on the first day (15:00–16:30 in Brussels); the plenary has no end.
WORKSHOP_STARTS = datetime(2026, 3, 20, 14, 0, tzinfo=timezone.utc)
WORKSHOP_ENDS = datetime(2026, 3, 20, 15, 30, tzinfo=timezone.utc)
PLENARY_STARTS = datetime(2026, 3, 20, 9, 0, tzinfo=timezone.utc)
# A moment when the workshop's doors are open; tests step forward from it so every scan has its own time.
DURING = WORKSHOP_STARTS + timedelta(minutes=5)
WORKSHOP_CAPACITY = 3
PRETIX_SECRET = "n8vwq2hkx7mdp3rcz4tyb9ejs6ufag5k"

# key → (given, family, status, registered for the workshop?)
PEOPLE = {
    "agnes": ("Agnès", "Lefèvre-Dupré", Status.REGISTERED, True),
    "lukasz": ("Łukasz", "Żółkiewski", Status.REGISTERED, True),
    "siobhan": ("Siobhán", "Ní Mhaoldhomhnaigh", Status.REGISTERED, True),
    "jiri": ("Jiří", "Dvořák", Status.REGISTERED, True),
    "sule": ("Şule", "Çağlayan", Status.PENDING, True),
    "bjorn": ("Bjørn", "Ødegård", Status.REGISTERED, False),
    "ingrid": ("Ingrid", "Þórðardóttir", Status.REGISTERED, False),
    "hrvoje": ("Hrvoje", "Đurđević", Status.CANCELLED, True),
    "dragos": ("Dragoș", "Țurcanu", Status.WITHDRAWN, False),
}


class Clock:
    """Scan times a few seconds apart, from a moment when the workshop's doors are open."""

    def __init__(self, start: datetime = DURING):
        self.now = start

    def __call__(self, seconds: float = 10) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


@dataclass
class ScanEvent:
    db: Database
    people: dict[str, Attendee]
    codes: dict[str, str]  # key → current badge code
    workshop: Session
    plenary: Session

    def id(self, key: str) -> str:
        return self.people[key].id


def make_scan_event(path_or_url, extra_people: int = 0, workshop_starts: datetime = WORKSHOP_STARTS) -> ScanEvent:
    """The event, with ``extra_people`` more registered workshop participants (for filling it).

    ``workshop_starts`` moves the programme, e.g. to now for the command line, which scans at the
    present time.
    """
    db, _event = new_event(path_or_url, "Security, Democracy & Cities", date(2026, 3, 20), date(2026, 3, 22), "Brussels")
    shift = workshop_starts - WORKSHOP_STARTS
    workshop = Session(id=new_id(), title="Atelier : économie de la nuit", kind=SessionKind.WORKSHOP,
                       starts_at=workshop_starts, ends_at=WORKSHOP_ENDS + shift, capacity=WORKSHOP_CAPACITY)
    plenary = Session(id=new_id(), title="Opening plenary", kind=SessionKind.PLENARY, starts_at=PLENARY_STARTS + shift)
    people = {}
    for key, (given, family, status, in_workshop) in PEOPLE.items():
        sessions = (plenary.id, workshop.id) if in_workshop else (plenary.id,)
        tickets = (PRETIX_SECRET,) if key == "jiri" else ()
        people[key] = Attendee(id=new_id(), first_name=given, last_name=family, status=status, session_ids=sessions,
                               ticket_codes=tickets, source="pretix")
    for number in range(extra_people):
        people[f"extra{number}"] = Attendee(id=new_id(), first_name="Guest", last_name=f"Number {number:03d}",
                                            session_ids=(workshop.id,))
    with db.unit() as s:
        repo.add_session(s, workshop)
        repo.add_session(s, plenary)
        repo.insert_attendees(s, list(people.values()))
    by_id = badges.ensure_codes(db)
    codes = {key: by_id[a.id] for key, a in people.items()}
    return ScanEvent(db, people, codes, workshop, plenary)


def presence_disagreements(db: Database) -> list[str]:
    """Where the presence table differs from a replay of the scan log (empty when they agree)."""
    with db.unit() as s:
        log = scans_repo.scans(s)
        annulled = {r.annuls for r in log if r.annuls}
        stored = {(row.attendee_id, row.checkpoint_id): row for row in s.execute(select(PresenceRow)).scalars()}
        places = {(r.attendee_id, r.checkpoint_id) for r in log if r.attendee_id} | set(stored)
        wrong = []
        for place in sorted(places):
            live = [r for r in log if (r.attendee_id, r.checkpoint_id) == place and not r.is_annulment and r.id not in annulled]
            replayed = replay(live)
            row = stored.get(place)
            if replayed is None or row is None:
                if replayed is not None or row is not None:
                    wrong.append(f"{place}: log says {replayed}, table says {row and (row.inside, row.entries)}")
                continue
            p = replayed.presence
            if (p.inside, p.entries, p.first_in_at, replayed.first_scan_id) != (row.inside, row.entries, row.first_in_at, row.first_scan_id):
                wrong.append(f"{place}: log says {p}, table says {(row.inside, row.entries, row.first_in_at)}")
    return wrong
