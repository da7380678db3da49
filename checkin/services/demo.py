"""The demo event: "Security, Democracy & Cities" in Brussels, with a realistic list drawn from a seed.

`generate_attendees` is pure (no database), so tests and benchmarks can make 100,000 people from it;
`create_demo_event` writes the event, its programme (see demo_programme) and its people in one unit
of work. The same seed always gives the same people; only the random ids differ.
"""
from __future__ import annotations

import os
import random
import re
import uuid
from bisect import bisect
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Sequence
from zoneinfo import ZoneInfo

from checkin.domain.model import Attendee, Session, Status, new_id
from checkin.domain.text import fold
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.services.demo_names import DOUBLE_FAMILY_NAME_SHARE, NAMES, NATIVE_SCRIPT_SHARE
from checkin.services.demo_places import CITIES, INTERNATIONAL, ORGANISATIONS, ORGANISERS
from checkin.services.demo_programme import FIRST_DAY, TIMEZONE, SessionPlaces, demo_sessions, live_programme
from checkin.services.demo_roles import FEATURED, GREEN_ROOM, NOTES, POSITIONS, Featured
from checkin.services.event import new_event
from checkin.storage import repositories as repo
from checkin.storage.database import Database

EVENT_NAME = "Security, Democracy & Cities"
VENUE = "SQUARE – Brussels Meeting Centre"
LAST_DAY = date(2026, 3, 22)
MAX_ATTENDEES = 1_000_000

ELECTED, STAFF, SPEAKER = "Local elected official", "City staff", "Speaker"
PARTNER, PRESS, ORGANISING, RESEARCHER = "Partner organisation", "Press", "Organising team", "Researcher"
_CATEGORIES = (ELECTED, STAFF, RESEARCHER, PARTNER, SPEAKER, PRESS, ORGANISING)
_CATEGORY_CUMULATIVE = tuple(accumulate((22, 37, 13, 12, 8, 4, 4)))
_ROLE = {ELECTED: "elected", STAFF: "staff", RESEARCHER: "researcher", PARTNER: "partner", PRESS: "press",
         ORGANISING: "organiser"}
_SPEAKER_ROLES, _SPEAKER_ROLE_WEIGHTS = ("elected", "staff", "researcher", "partner"), (3, 2, 3, 2)

PRETIX_SECRET_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_PRETIX_ORDER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ3789"
_INDICO_SHARE = 0.1
_DELEGATION_SHARE = 0.3  # the next person registered in the same order as the previous one
_EMAIL_DOMAIN = "example"  # reserved (RFC 2606): a demo must never mail real people


# ---- the tables, parsed once ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Name:
    male: str
    female: str
    native_male: str
    native_female: str

    def form(self, female: bool, native: bool) -> str:
        if native:
            return self.native_female if female else self.native_male
        return self.female if female else self.male


def _entries(text: str) -> tuple[_Name, ...]:
    names = []
    for entry in text.split(","):
        latin, _, native = entry.strip().partition("=")
        male, _, female = latin.partition("/")
        native_male, _, native_female = (native or latin).partition("/")
        names.append(_Name(male, female or male, native_male, native_female or native_male))
    return tuple(names)


@dataclass(frozen=True, slots=True)
class _City:
    name: str
    country: str
    language: str  # of the registration form: "fr", "de" or "" for English
    town_hall: str
    bodies: tuple[str, ...]  # town hall, municipal police, prevention services…


@dataclass(frozen=True)
class _Tables:
    names: dict[str, tuple[tuple[_Name, ...], tuple[_Name, ...], tuple[_Name, ...]]]
    cities: tuple[_City, ...]
    city_cumulative: tuple[int, ...]
    countries: tuple[str, ...]
    country_cumulative: tuple[int, ...]
    city_by_name: dict[tuple[str, str], _City]
    organisations: dict[tuple[str, str], tuple[tuple[str, _City], ...]]  # (country, kind) → (name, city)
    domains: dict[str, str]


@lru_cache(maxsize=8192)
def _slug(text: str) -> str:
    return "-".join(fold(text.replace("'", "").replace("’", "")).replace(".", " ").replace("@", " ").split())


_SMALL_WORDS = frozenset("a and da de der des di die do du et for i la le les of the u und v von w y zu".split())


def _domain_of(organisation: str) -> str:
    acronym = re.search(r"\(([^)]+)\)", organisation)
    if acronym:
        return _slug(acronym.group(1))
    words = _slug(organisation).split("-")
    return "-".join([w for w in words if w not in _SMALL_WORDS][:3] or words[:3])


@cache
def _tables() -> _Tables:
    cities, weights, country_weight, domains = [], [], {}, {}
    for country, rows in CITIES.items():
        for name, language, weight, town_hall, *others in rows:
            cities.append(_City(name, country, language, town_hall, (town_hall, *others)))
            weights.append(weight)
            country_weight[country] = country_weight.get(country, 0) + weight
            domains[town_hall] = _slug(name)
    city_by_name = {(c.country, c.name): c for c in cities}
    organisations: dict[tuple[str, str], list] = {}
    for country, rows in ORGANISATIONS.items():
        for kind, name, city in rows:
            organisations.setdefault((country, kind), []).append((name, city_by_name[(country, city)]))
    return _Tables(
        names={code: tuple(_entries(part) for part in parts) for code, parts in NAMES.items()},
        cities=tuple(cities),
        city_cumulative=tuple(accumulate(weights)),
        countries=tuple(country_weight),
        country_cumulative=tuple(accumulate(country_weight.values())),
        city_by_name=city_by_name,
        organisations={key: tuple(rows) for key, rows in organisations.items()},
        domains=domains,
    )


def _weighted(rng: random.Random, items: Sequence, cumulative: Sequence[int]):
    return items[bisect(cumulative, rng.random() * cumulative[-1])]


# ---- people -----------------------------------------------------------------------------------


class _Generator:
    def __init__(self, seed: int, sessions: Sequence[Session]):
        self.rng = random.Random(seed)
        self.t = _tables()
        self.places = SessionPlaces(sessions, self.rng) if sessions else None
        self.emails: set[str] = set()
        self.orders: set[str] = set()
        self.secrets: set[str] = set()
        self.indico_id = 1000 + self.rng.randrange(500)
        self.unvisited = list(self.t.cities)  # every city sends someone before any sends a second
        self.rng.shuffle(self.unvisited)
        self.delegation: tuple[_City, str, str, int] | None = None  # city, source, order, position

    # -- names and contact details

    def name(self, country: str, female: bool) -> tuple[str, str]:
        rng = self.rng
        given_f, given_m, family = self.t.names[country]
        native = rng.random() < NATIVE_SCRIPT_SHARE.get(country, 0.0)
        first = rng.choice(given_f if female else given_m).form(female, native)
        surname = rng.choice(family)
        last = surname.form(female, native)
        if rng.random() < DOUBLE_FAMILY_NAME_SHARE.get(country, 0.0):
            second = rng.choice(family)
            if second is not surname:
                last += " " + second.form(female, native)
        elif country in ("FR", "BE") and rng.random() < 0.04:
            second = rng.choice(family)
            if second is not surname:
                last += "-" + second.form(female, native)
        return first, last

    def email(self, first: str, last: str, organisation: str) -> str:
        domain = self.t.domains.get(organisation) or _domain_of(organisation)
        given, family = _slug(first), _slug(last)
        roll = self.rng.random()
        local = f"{given}.{family}" if roll < 0.7 else f"{given[:1]}{family}" if roll < 0.85 else f"{given[:1]}.{family}"
        address, n = f"{local}@{domain}.{_EMAIL_DOMAIN}", 1
        while address in self.emails:
            n += 1
            address = f"{local}{n}@{domain}.{_EMAIL_DOMAIN}"
        self.emails.add(address)
        return address

    def source(self, source: str, same_order: tuple[str, int] | None = None) -> tuple[str, tuple[str, ...], str, int]:
        """Source id, ticket codes, pretix order code and position in the order."""
        rng = self.rng
        if source == "indico":
            self.indico_id += rng.randint(1, 3)
            return str(self.indico_id), (str(uuid.UUID(int=rng.getrandbits(128), version=4)),), "", 0
        if same_order:
            order, position = same_order[0], same_order[1] + 1
        else:
            order, position = self._unique(self.orders, _PRETIX_ORDER_ALPHABET, 5), 1
        secret = self._unique(self.secrets, PRETIX_SECRET_ALPHABET, 32)
        return f"{order}-{position}", (secret,), order, position

    def _unique(self, taken: set[str], alphabet: str, length: int) -> str:
        code = "".join(self.rng.choices(alphabet, k=length))
        while code in taken:
            code = "".join(self.rng.choices(alphabet, k=length))
        taken.add(code)
        return code

    def position(self, role: str, language: str, female: bool) -> str:
        table = POSITIONS[role]
        if self.rng.random() < 0.25:
            language = "en"  # filled in the English form
        titles = table.get(language) or table.get(language[:2]) or table["en"]
        masculine, _, feminine = self.rng.choice(titles).partition("|")
        return (feminine or masculine) if female else masculine

    def notes(self, category: str) -> str:
        rng = self.rng
        notes = [GREEN_ROOM] if category == SPEAKER and rng.random() < 0.45 else []
        notes += [text for text, share in NOTES if rng.random() < share]
        return "; ".join(notes)

    def status(self, source: str) -> Status:
        roll = self.rng.random()
        if source == "indico":
            return Status.WITHDRAWN if roll < 0.04 else Status.PENDING if roll < 0.05 else Status.REGISTERED
        return Status.CANCELLED if roll < 0.016 else Status.PENDING if roll < 0.026 else Status.REGISTERED

    # -- where someone comes from

    def _country(self) -> str:
        return _weighted(self.rng, self.t.countries, self.t.country_cumulative)

    def _city(self) -> _City:
        if self.unvisited:
            return self.unvisited.pop()
        return _weighted(self.rng, self.t.cities, self.t.city_cumulative)

    def _home_language(self, country: str) -> str:
        roll = self.rng.random()
        if country in ("FR", "LU") or (country == "BE" and roll < 0.55) or (country == "CH" and roll < 0.25):
            return "fr"
        return "de" if country in ("DE", "AT", "CH") else ""

    def affiliation(self, role: str) -> tuple[str, _City | None, str, str]:
        """Organisation, its city, the person's nationality and the language of their registration form."""
        rng, t = self.rng, self.t
        if role in ("elected", "staff"):
            city = self._city()
            organisation = city.town_hall
            if role == "staff":
                police = [name for name, c in t.organisations.get((city.country, "police"), ()) if c is city]
                organisation = rng.choice((*city.bodies, *police))
            return organisation, city, city.country, city.language
        if role == "organiser":
            organisation, city_name, country = rng.choice(ORGANISERS)
            nationality = "FR" if rng.random() < 0.4 else "BE" if rng.random() < 0.3 else self._country()
            return organisation, t.city_by_name[(country, city_name)], nationality, self._home_language(nationality)
        if role == "partner" and rng.random() < 0.55:
            organisation, city_name, country = rng.choice(INTERNATIONAL)
            nationality = self._country()
            return organisation, t.city_by_name[(country, city_name)], nationality, self._home_language(nationality)
        kind = {"researcher": "university", "partner": "network", "press": "press"}[role]
        country = "BE" if role == "press" and rng.random() < 0.4 else self._country()
        choices = t.organisations.get((country, kind)) or t.organisations[("BE", kind)]
        organisation, city = rng.choice(choices)
        # Brussels newsrooms and universities employ people from everywhere.
        nationality = city.country if rng.random() < 0.8 else self._country()
        language = city.language if nationality == city.country else self._home_language(nationality)
        return organisation, city, nationality, language

    # -- whole people

    def featured(self, f: Featured) -> Attendee:
        city = self.t.city_by_name[(f.country, f.city)]
        source_id, codes, _order, _pos = self.source(f.source)
        status = Status(f.status)
        return Attendee(
            id=new_id(), first_name=f.first_name, last_name=f.last_name, organisation=f.organisation,
            position=f.position, city=f.city, country=f.country, category=f.category,
            email=self.email(f.first_name, f.last_name, f.organisation),
            badge_language="fr" if city.language == "fr" else "en", status=status, source=f.source,
            source_id=source_id, notes=f.notes, ticket_codes=codes, session_ids=self.sessions(status),
        )

    def random_person(self) -> Attendee:
        rng = self.rng
        category = _weighted(rng, _CATEGORIES, _CATEGORY_CUMULATIVE)
        role = _ROLE.get(category) or rng.choices(_SPEAKER_ROLES, weights=_SPEAKER_ROLE_WEIGHTS)[0]
        delegation = self.delegation if role in ("elected", "staff") and rng.random() < _DELEGATION_SHARE else None
        if delegation:
            city, source, order, position = delegation
            organisation = city.town_hall if role == "elected" else rng.choice(city.bodies)
            nationality, language = city.country, city.language
        else:
            organisation, city, nationality, language = self.affiliation(role)
            source = "indico" if rng.random() < _INDICO_SHARE else "pretix"
            order, position = "", 0
        female = rng.random() < 0.5
        first, last = self.name(nationality, female)
        source_id, codes, order, position = self.source(source, (order, position) if order else None)
        self.delegation = (city, source, order, position) if role in ("elected", "staff") and source == "pretix" else None
        if language == "fr" and city.country == "BE" and role in ("elected", "staff"):
            language = "fr_BE"
        status = self.status(source)
        return Attendee(
            id=new_id(), first_name=first, last_name=last, organisation=organisation,
            position=self.position(role, language, female), city=city.name, country=city.country,
            category=category, email=self.email(first, last, organisation),
            badge_language="fr" if language.startswith("fr") else "en", status=status, source=source,
            source_id=source_id, notes=self.notes(category), ticket_codes=codes,
            session_ids=self.sessions(status),
        )

    def sessions(self, status: Status) -> tuple[str, ...]:
        # Cancelled people keep what they had booked, as the platforms export it, but hold no place.
        return self.places.choose(self.rng, status.is_active) if self.places else ()


def generate_attendees(n: int, seed: int = 2026, sessions: Sequence[Session] = ()) -> list[Attendee]:
    """``n`` demo attendees, the featured people first, registered for ``sessions`` within their capacities."""
    generator = _Generator(seed, sessions)
    people = [generator.featured(f) for f in FEATURED[:n]]
    people += [generator.random_person() for _ in range(n - len(people))]
    return people


def create_demo_event(
    path_or_url: str | os.PathLike[str], attendees: int = 700, seed: int = 2026, first_day: date = FIRST_DAY,
    around: datetime | None = None,
) -> tuple[Database, dict]:
    """Create the demo event at ``path_or_url``; returns the database and a summary of what is in it.

    ``first_day`` moves the three-day programme to another date. ``around`` (an aware instant, the
    present for someone trying the demo) instead places it so that workshops and a site visit are
    under way at that moment, whatever the hour (see demo_programme.live_programme).
    """
    if not 1 <= attendees <= MAX_ATTENDEES:
        raise UserError(
            Message(
                "Demo",
                QT_TRANSLATE_NOOP("Demo", "A demo event holds between 1 and {maximum} attendees, not {count}. Choose a number in that range."),
                {"maximum": f"{MAX_ATTENDEES:,}", "count": attendees},
            )
        )
    if around is not None:
        sessions = demo_sessions(*live_programme(around))
        zone = ZoneInfo(TIMEZONE)
        first_day = min(s.starts_at for s in sessions).astimezone(zone).date()
        last_day = max(s.ends_at for s in sessions).astimezone(zone).date()
    else:
        sessions = demo_sessions(first_day)
        last_day = first_day + (LAST_DAY - FIRST_DAY)
    people = generate_attendees(attendees, seed, sessions)
    db, event = new_event(path_or_url, EVENT_NAME, first_day, last_day, VENUE, TIMEZONE, ("en", "fr"))
    summary = {
        "event": event.name,
        "attendees": len(people),
        "sessions": len(sessions),
        "registrations": sum(len(a.session_ids) for a in people),
        "cities": len({(a.country, a.city) for a in people}),
        "countries": len({a.country for a in people}),
        "seed": seed,
    }
    try:
        with db.unit() as s:
            for session in sessions:
                repo.add_session(s, session)
            repo.insert_attendees(s, people)
            repo.append_journal(s, repo.journal_entry("demo", **summary))
    except BaseException:
        _discard(db)
        raise
    return db, summary


def _discard(db: Database) -> None:
    """Remove an event file this call created but could not fill, so no empty demo is left behind."""
    path = db.engine.url.database if db.is_sqlite else None
    db.dispose()
    if path:
        for leftover in (path, f"{path}-wal", f"{path}-shm"):
            Path(leftover).unlink(missing_ok=True)
