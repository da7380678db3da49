"""Take the screenshots of the attendance dashboard at 10:40 on the second morning of the demo event.

    Xvfb :96 -screen 0 1366x768x24 &  DISPLAY=:96 .venv/bin/python docs/screenshots/make_dashboard_screenshots.py --lang en
    (or QT_QPA_PLATFORM=offscreen; fonts are the same)

The demo programme is moved so that its second day is today; yesterday and this morning are then
scanned through the real door service (entrance, plenary, the evening site visit, the morning
workshops, a few walk-ins), and the dashboard is shown with its clock stopped at 10:40, so the
picture is the same whenever it is taken. Writes dashboard-<lang>.png next to this script.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from unittest import mock
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from shots import laptop, save, settle  # noqa: E402  (beside this script; sets up its own user folders)
from checkin.domain.model import SessionKind  # noqa: E402
from checkin.domain.verdicts import ENTRANCE, DirectionMode  # noqa: E402
from checkin.services import attendees as attendee_service  # noqa: E402
from checkin.services import badges  # noqa: E402
from checkin.services.demo import create_demo_event  # noqa: E402
from checkin.services.demo_programme import TIMEZONE  # noqa: E402
from checkin.services.scanning import Station  # noqa: E402
from checkin.ui.app import create_application  # noqa: E402
from checkin.ui.dashboard.dashboard_window import DashboardWindow  # noqa: E402
from checkin.ui.language import LanguageSwitcher  # noqa: E402

ZONE = ZoneInfo(TIMEZONE)
TODAY = datetime.now(ZONE).date()
STOPPED_AT = datetime.combine(TODAY, time(10, 40), ZONE)
WALK_INS = (("Ana", "Ferreira", "Lisboa", "PT"), ("Tomasz", "Wiśniewski", "Łódź", "PL"), ("Eleni", "Kosta", "Patra", "GR"),
            ("Pieter", "Janssens", "Gent", "BE"), ("Marta", "Ruiz", "Valencia", "ES"), ("Jonas", "Berg", "Malmö", "SE"))


def local(day: date, clock: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), ZONE).astimezone(timezone.utc)


def morning_times(rng: random.Random, day: date, count: int, until: str) -> list[datetime]:
    """Arrival times as a morning has them: a few early birds, a crowd before the 09:30 start, stragglers."""
    start, end, peak = local(day, "07:50"), local(day, until), local(day, "09:05")
    times = []
    while len(times) < count:
        at = peak + timedelta(minutes=rng.gauss(0, 28))
        if start <= at < end:
            times.append(at)
    return sorted(times)


def script_event(path: Path) -> None:
    """Yesterday (first day) and this morning (second day) at the doors of the demo event."""
    yesterday = TODAY - timedelta(days=1)
    db, _summary = create_demo_event(path, first_day=yesterday)
    rng = random.Random(2026)
    people = [a for a in attendee_service.list_attendees(db) if a.status.is_active]
    sessions = [s.session for s in attendee_service.list_sessions(db)]
    codes = badges.ensure_codes(db)
    entrance = Station(db, ENTRANCE, DirectionMode.IN, station="Desk 1", operator="Léa")
    leaving = Station(db, ENTRANCE, DirectionMode.OUT, station="Desk 1", operator="Léa")

    came = rng.sample(people, round(len(people) * 0.7))
    for person, at in zip(came, morning_times(rng, yesterday, len(came), "12:30")):
        entrance.scan(codes[person.id], now=at)
    opening = next(s for s in sessions if s.kind is SessionKind.PLENARY)
    plenary = Station(db, opening.id, DirectionMode.IN, station="Auditorium")
    for n, person in enumerate(came[: round(len(came) * 0.8)]):
        plenary.scan(codes[person.id], now=local(yesterday, "09:20") + timedelta(seconds=4 * n))
    for n, person in enumerate(came[: round(len(came) * 0.9)]):
        leaving.scan(codes[person.id], now=local(yesterday, "17:30") + timedelta(seconds=5 * n))
    night = next(s for s in sessions if s.kind is SessionKind.SITE_VISIT and s.starts_at.astimezone(ZONE).date() == yesterday)
    going = [p for p in people if night.id in p.session_ids]
    bus_out = Station(db, night.id, DirectionMode.IN, station="Coach")
    bus_back = Station(db, night.id, DirectionMode.OUT, station="Coach")
    for n, person in enumerate(going[:-3]):
        bus_out.scan(codes[person.id], now=local(yesterday, "20:50") + timedelta(seconds=20 * n))
    for n, person in enumerate(going[:-5]):
        bus_back.scan(codes[person.id], now=local(yesterday, "23:05") + timedelta(seconds=15 * n))

    workshops = [s for s in sessions if s.kind is SessionKind.WORKSHOP and s.starts_at.astimezone(ZONE).date() == TODAY]
    # Some workshops draw their people in, others less so; of those without one, about half come.
    pull = {s.id: rng.uniform(0.6, 1.0) for s in workshops}

    def comes(person) -> bool:
        return rng.random() < max([pull[sid] for sid in person.session_ids if sid in pull], default=0.45)

    back_today = [p for p in people if comes(p)]
    rng.shuffle(back_today)
    arrivals = list(zip(back_today, morning_times(rng, TODAY, len(back_today), "10:40")))
    for person, at in arrivals:
        entrance.scan(codes[person.id], now=at)
    for n, (first, family, city, country) in enumerate(WALK_INS):
        walk_in = attendee_service.add_walk_in(
            db, {"first_name": first, "last_name": family, "city": city, "country": country, "category": "City staff"}
        )
        code = badges.ensure_codes(db, [walk_in.id])[walk_in.id]
        entrance.scan(code, now=local(TODAY, "09:10") + timedelta(minutes=13 * n))
    for workshop in workshops:
        door = Station(db, workshop.id, DirectionMode.BOTH, station=workshop.location)
        inside = [(p, at) for p, at in arrivals if workshop.id in p.session_ids]
        for n, (person, at) in enumerate(inside):
            door.scan(codes[person.id], now=max(at, local(TODAY, "09:15")) + timedelta(minutes=6, seconds=n))
        for n, (person, _at) in enumerate(inside[: len(inside) // 8]):
            door.scan(codes[person.id], now=local(TODAY, "10:25") + timedelta(seconds=30 * n))  # out for a call
    db.dispose()


class _StoppedClock(datetime):
    """datetime whose now() is always 10:40 today in Brussels: the picture does not depend on when it is taken."""

    @classmethod
    def now(cls, tz=None):
        return STOPPED_AT.astimezone(tz) if tz is not None else STOPPED_AT.replace(tzinfo=None)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=["en", "fr"])
    args = parser.parse_args(argv)
    create_application()
    languages = LanguageSwitcher()  # kept: its translators leave the application when it is collected
    languages.apply(args.lang)
    event = Path(tempfile.mkdtemp(prefix="checkin-dashboard-shots-")) / "demo.checkin"
    script_event(event)
    with mock.patch("checkin.services.statistics.datetime", _StoppedClock), \
            mock.patch("checkin.ui.dashboard.snapshot.datetime", _StoppedClock):
        dashboard = DashboardWindow(str(event))
        laptop(dashboard)
        dashboard.show()
        settle(lambda: dashboard.snapshot is not None)
        save(dashboard, f"dashboard-{args.lang}.png")
        dashboard.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
