"""The numbers organisers watch and report: arrivals, sessions, site visits, categories, countries and cities.

:func:`event_stats` gathers everything the live dashboard and the summary report show in one unit
of work of a few grouped queries; it runs off the GUI thread and stays well under a second for
100,000 attendees and 300,000 scans (see benchmarks/bench_exports.py).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Iterable
from zoneinfo import ZoneInfo

from checkin.domain.model import Session, SessionKind
from checkin.services.peaks import session_peaks
from checkin.storage import event_repository as event_repo
from checkin.storage import report_repository as report_repo
from checkin.storage import repositories as repo
from checkin.storage.database import Database


@dataclass(frozen=True, slots=True)
class Tally:
    """Active attendees in a group (walk-ins included) and how many of them arrived: let in at any
    door (the entrance, a workshop, a site visit), or registered on the spot."""

    registered: int
    arrived: int

    @property
    def share(self) -> float | None:
        """arrived / registered, or None for an empty group."""
        return self.arrived / self.registered if self.registered else None


@dataclass(frozen=True, slots=True)
class CategoryStats:
    category: str  # "" for people without a category
    tally: Tally


@dataclass(frozen=True, slots=True)
class CountryStats:
    country: str  # ISO code, "" when unknown; name it with checkin.domain.countries.country_name
    tally: Tally


@dataclass(frozen=True, slots=True)
class CityStats:
    country: str
    city: str  # as most people of the group wrote it; "" when unknown
    tally: Tally


@dataclass(frozen=True, slots=True)
class ArrivalSlot:
    """A quarter hour of the day and the people first let in that day (at any door) during it."""

    starts_at: datetime  # aware, in the event's time zone
    arrivals: int


@dataclass(frozen=True, slots=True)
class SessionStats:
    session: Session
    registered: int  # active attendees registered for it
    present: int  # inside now
    peak: int  # the most people inside at once so far
    came: int  # came in at least once

    @property
    def capacity(self) -> int | None:
        return self.session.capacity

    @property
    def fill(self) -> float | None:
        """The peak against the capacity (may exceed 1 when staff let people in anyway), None without one."""
        return self.peak / self.session.capacity if self.session.capacity else None


@dataclass(frozen=True, slots=True)
class SiteVisitStats:
    """A site visit's headcount: people out on the visit now and people who came back."""

    session: Session
    registered: int
    out: int  # scanned onto the visit and not back yet
    back: int  # scanned onto the visit, then scanned back


@dataclass(frozen=True, slots=True)
class EventStats:
    """Everything the dashboard shows, computed at ``computed_at``."""

    computed_at: datetime  # aware UTC
    timezone: str
    day: date  # the day of the arrivals curve, in the event's time zone
    registered: int  # active attendees, walk-ins included
    arrived: int  # of those, let in at any door, or registered on site: arrived + no_shows == registered
    walk_ins: int  # active attendees registered on site
    no_shows: int  # registered beforehand, active, not let in at any door yet (the dashboard's "still expected")
    categories: tuple[CategoryStats, ...]  # most registered first
    arrivals: tuple[ArrivalSlot, ...]  # every quarter hour of ``day``, midnight to midnight
    sessions: tuple[SessionStats, ...]  # in programme order, site visits included
    site_visits: tuple[SiteVisitStats, ...]
    countries: tuple[CountryStats, ...]  # most registered first
    cities: tuple[CityStats, ...]  # most registered first

    @property
    def total(self) -> Tally:
        return Tally(self.registered, self.arrived)


def local_day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """Local midnight to the next local midnight, in UTC (23 or 25 hours on the days clocks change)."""
    start = datetime.combine(day, time(0), zone).astimezone(timezone.utc)
    end = datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(timezone.utc)
    return start, end


def _slots(counts: dict[datetime, int], start: datetime, end: datetime, zone: ZoneInfo) -> tuple[ArrivalSlot, ...]:
    step = timedelta(seconds=report_repo.SLOT_SECONDS)
    slots, at = [], start
    while at < end:
        slots.append(ArrivalSlot(at.astimezone(zone), counts.get(at, 0)))
        at += step
    return tuple(slots)


def _by_count(items: Iterable, key) -> tuple:
    return tuple(sorted(items, key=lambda item: (-item.tally.registered, key(item))))


def _places(rows: list[report_repo.HeadcountRow]) -> tuple[tuple[CountryStats, ...], tuple[CityStats, ...]]:
    countries: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    cities: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    spellings: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        countries[r.country][0] += r.registered
        countries[r.country][1] += r.arrived
        # "Bruxelles", "bruxelles " and "BRUXELLES" are one city, named as most people wrote it.
        spelling = " ".join(r.city.split())
        key = (r.country, spelling.casefold())
        cities[key][0] += r.registered
        cities[key][1] += r.arrived
        spellings[key][spelling] += r.registered
    country_stats = _by_count((CountryStats(code, Tally(*n)) for code, n in countries.items()), lambda c: c.country)
    city_stats = _by_count(
        (CityStats(key[0], max(spellings[key].items(), key=lambda kv: (kv[1], kv[0]))[0], Tally(*n)) for key, n in cities.items()),
        lambda c: (c.city.casefold(), c.country),
    )
    return country_stats, city_stats


def _categories(rows: list[report_repo.HeadcountRow]) -> tuple[CategoryStats, ...]:
    categories: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        categories[r.category][0] += r.registered
        categories[r.category][1] += r.arrived
    return _by_count((CategoryStats(name, Tally(*n)) for name, n in categories.items()), lambda c: c.category.casefold())


def event_stats(db: Database, day: date | None = None) -> EventStats:
    """The event's numbers now; the arrivals curve is for ``day`` (default: today in the event's time zone)."""
    now = datetime.now(timezone.utc)
    with db.unit() as s:
        event = event_repo.get_event(s)
        zone = ZoneInfo(event.timezone)
        day = day or now.astimezone(zone).date()
        start, end = local_day_bounds(day, zone)
        heads = report_repo.headcounts(s)
        arrivals = report_repo.arrivals_per_slot(s, start, end)
        sessions = repo.list_sessions(s)
        registered = report_repo.active_registered_counts(s)
        presence = report_repo.presence_counts(s)
        peaks = session_peaks(db, s, [session.id for session in sessions])
    session_stats = []
    visits = []
    for session in sessions:
        inside, left = presence.get(session.id, (0, 0))
        session_stats.append(SessionStats(session, registered.get(session.id, 0), inside, peaks.get(session.id, 0), inside + left))
        if session.kind is SessionKind.SITE_VISIT:
            visits.append(SiteVisitStats(session, registered.get(session.id, 0), inside, left))
    countries, cities = _places(heads)
    return EventStats(
        computed_at=now,
        timezone=event.timezone,
        day=day,
        registered=sum(r.registered for r in heads),
        arrived=sum(r.arrived for r in heads),
        walk_ins=sum(r.registered for r in heads if r.walk_in),
        no_shows=sum(r.registered - r.arrived for r in heads if not r.walk_in),
        categories=_categories(heads),
        arrivals=_slots(arrivals, start, end, zone),
        sessions=tuple(session_stats),
        site_visits=tuple(visits),
        countries=countries,
        cities=cities,
    )



def arrival_curves(db: Database, days: Iterable[date]) -> dict[date, tuple[ArrivalSlot, ...]]:
    """The arrivals curve of each day, as in :attr:`EventStats.arrivals` (for the summary report)."""
    with db.unit() as s:
        zone = ZoneInfo(event_repo.get_event(s).timezone)
        curves = {}
        for day in days:
            start, end = local_day_bounds(day, zone)
            curves[day] = _slots(report_repo.arrivals_per_slot(s, start, end), start, end, zone)
    return curves


def change_marker(db: Database) -> tuple:
    """A cheap fingerprint of what :func:`event_stats` counts, for a dashboard asking every few seconds.

    It moves with every scan and every undo at any door (each bumps its checkpoint's counter) and
    with every attendee added (an import, a walk-in). Edits to people already on the list (a
    cancellation, a session added to someone) do not move it: a caller reads in full now and then.
    """
    with db.unit() as s:
        return tuple(sorted(report_repo.checkpoint_versions(s).items())), repo.count_attendees(s)
