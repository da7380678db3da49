"""The demo event's programme over three days in Brussels, and who gets a place in which session.

Places go in registration order and never beyond a session's capacity, as a ticket shop sells
add-on products against a quota, and never in two places at once.

A demo made "around now" (:func:`live_programme`) moves the whole programme so that the first
afternoon's workshops and site visit are under way at the moment it is made, whatever the hour:
someone trying the doors gets accepted, warning and refused scans at once, at the entrance, a
workshop and a site visit.
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone
from typing import Sequence
from zoneinfo import ZoneInfo

from checkin.domain.model import Session, SessionKind, new_id

FIRST_DAY = date(2026, 3, 20)
TIMEZONE = "Europe/Brussels"

_P, _W, _V = SessionKind.PLENARY, SessionKind.WORKSHOP, SessionKind.SITE_VISIT
# (kind, title, day of the event, local start, local end, location, capacity)
PROGRAMME: tuple[tuple, ...] = (
    (_P, "Opening plenary / Plénière d'ouverture", 0, "09:30", "11:00", "Auditorium 2000", None),
    (_P, "Democracy under pressure: what cities can do / La démocratie sous pression : ce que peuvent les villes",
     0, "11:30", "13:00", "Auditorium 2000", 750),
    (_W, "Reducing polarisation / Réduire la polarisation", 0, "14:30", "16:30", "Silver Hall", 60),
    (_W, "Night-time economy / Économie de la nuit", 0, "14:30", "16:30", "Copper Hall", 45),
    (_W, "Hate speech online / Discours de haine en ligne", 0, "14:30", "16:30", "Studio 211", 40),
    (_W, "Prévention de la radicalisation", 0, "14:30", "16:30", "Studio 212", 30),
    # At the time of the first afternoon's workshops, for those who would rather see the streets.
    (_V, "Site visit: street mediation teams / Visite : équipes de médiation de rue", 0, "14:30", "17:00",
     "Saint-Gilles, Parvis (meeting point at the church)", 25),
    (_W, "Women's safety in public space / La sécurité des femmes dans l'espace public", 1, "09:30", "11:30",
     "Silver Hall", 55),
    (_W, "Drugs, public health and public order / Drogues, santé publique et ordre public", 1, "09:30", "11:30",
     "Copper Hall", 50),
    (_W, "Community policing / Police de proximité", 1, "09:30", "11:30", "Studio 211", 35),
    (_W, "Data, AI and urban security / Données, IA et sécurité urbaine", 1, "09:30", "11:30", "Studio 212", 25),
    (_P, "Mayors' dialogue / Dialogue des maires", 1, "12:00", "13:30", "Auditorium 2000", None),
    (_V, "Site visit: safe consumption room / Visite : salle de consommation à moindre risque", 1, "14:30",
     "17:00", "Anderlecht (coach from the Glass Entrance at 14:15)", 15),
    (_V, "Site visit: regional crisis centre / Visite : centre de crise régional", 1, "14:30", "17:00",
     "Rue Ducale, Bruxelles", 20),
    (_V, "Site visit: video-surveillance centre / Visite : centre de vidéoprotection", 1, "14:30", "17:00",
     "Evere (coach from the Glass Entrance at 14:15)", 20),
    (_P, "Closing plenary: the Brussels declaration / Plénière de clôture : la déclaration de Bruxelles", 2,
     "11:00", "13:00", "Auditorium 2000", None),
)

# A live programme puts "now" this far into the first afternoon's workshops and site visit: their
# doors are open (they opened 15 minutes before the start) and close an hour and a half later.
_LIVE_ANCHOR = time(14, 30)
_LIVE_INTO = timedelta(minutes=20)
_LIVE_STEP = timedelta(minutes=5)  # sessions start on round minutes


def demo_sessions(first_day: date = FIRST_DAY, shift: timedelta = timedelta(0)) -> list[Session]:
    """The demo programme: plenaries, two rounds of parallel workshops and site visits, times in UTC,
    every session moved by ``shift``."""
    zone = ZoneInfo(TIMEZONE)

    def at(day: int, clock: str) -> datetime:
        local = datetime.combine(first_day + timedelta(days=day), time.fromisoformat(clock), zone)
        return local.astimezone(timezone.utc) + shift

    return [
        Session(new_id(), title, kind, at(day, start), at(day, end), location, capacity)
        for kind, title, day, start, end, location, capacity in PROGRAMME
    ]


def live_programme(now: datetime) -> tuple[date, timedelta]:
    """The first day and shift that put the aware instant ``now`` 20 minutes into the first
    afternoon's workshops and site visit, in the event's time zone: at 23:30 they started at
    23:10, at 00:30 at 00:10; the rest of the programme moves with them."""
    zone = ZoneInfo(TIMEZONE)
    local = now.astimezone(zone) - _LIVE_INTO
    local -= (local - local.replace(minute=0, second=0, microsecond=0)) % _LIVE_STEP
    anchor = datetime.combine(local.date(), _LIVE_ANCHOR, zone)
    # Between UTC instants, so that a day when the clocks change moves nothing by an hour.
    return local.date(), local.astimezone(timezone.utc) - anchor.astimezone(timezone.utc)


class SessionPlaces:
    """Hands out session places in registration order, never beyond a capacity, as a ticket shop does."""

    def __init__(self, sessions: Sequence[Session], rng: random.Random):
        ordered = sorted(sessions, key=lambda s: (s.starts_at or datetime.min.replace(tzinfo=timezone.utc), s.title))
        self.left = {s.id: s.capacity for s in ordered}
        self.times = {s.id: (s.starts_at, s.ends_at) for s in ordered}
        self.plenaries = [s.id for s in ordered if s.kind is SessionKind.PLENARY]
        rounds: dict = {}
        for s in ordered:
            if s.kind is SessionKind.WORKSHOP:
                rounds.setdefault(s.starts_at, []).append(s.id)
        self.rounds = list(rounds.values())
        self.visits = [s.id for s in ordered if s.kind is SessionKind.SITE_VISIT]
        # Some workshops and visits draw more people than others.
        self.appeal = {sid: rng.uniform(0.5, 2.0) for group in (*self.rounds, self.visits) for sid in group}

    def _take(self, sid: str, active: bool) -> bool:
        left = self.left[sid]
        if left is None or not active:
            return True
        if left <= 0:
            return False
        self.left[sid] = left - 1
        return True

    def _overlaps(self, sid: str, chosen: Sequence[str]) -> bool:
        starts, ends = self.times[sid]
        if starts is None or ends is None:
            return False
        return any(
            other_starts is not None and other_ends is not None and starts < other_ends and other_starts < ends
            for other_starts, other_ends in (self.times[other] for other in chosen)
        )

    def _one_of(self, rng: random.Random, group: list[str], active: bool, chosen: Sequence[str] = ()) -> list[str]:
        if active and all(self.left[sid] == 0 for sid in group):
            return []
        favourite = rng.choices(group, weights=[self.appeal[sid] for sid in group])[0]
        others = [sid for sid in group if sid != favourite]
        rng.shuffle(others)
        for sid in (favourite, *others):
            # A site visit at the time of a workshop already booked goes to someone else.
            if not self._overlaps(sid, chosen) and self._take(sid, active):
                return [sid]
        return []

    def choose(self, rng: random.Random, active: bool) -> tuple[str, ...]:
        chosen = [sid for sid in self.plenaries if self._take(sid, active)]
        if self.rounds:
            # Everyone asks for one or two workshops (one per round); full ones send them elsewhere.
            wanted = self.rounds if len(self.rounds) < 2 or rng.random() < 0.45 else [rng.choice(self.rounds)]
            for group in wanted:
                chosen += self._one_of(rng, group, active)
        if self.visits and rng.random() < 0.18:
            chosen += self._one_of(rng, self.visits, active, chosen)
        return tuple(chosen)
