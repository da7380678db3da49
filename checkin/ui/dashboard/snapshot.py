"""One dashboard refresh, read and shaped on the database lane so the GUI thread only has to show it.

Pure Python over :mod:`checkin.services.statistics`: which days the day chooser offers, which part
of a day's arrivals curve is worth drawing, which sessions and site visits belong to the day shown.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Sequence
from zoneinfo import ZoneInfo

from checkin.domain.model import Event, Session, SessionKind
from checkin.domain.verdicts import ENTRANCE
from checkin.services import presence, statistics
from checkin.services.statistics import ArrivalSlot, EventStats, SessionStats, SiteVisitStats
from checkin.storage.database import Database
from checkin.sync.conflicts import Conflict, find_conflicts

# The curve starts at 08:00 at the latest (earlier if people came earlier) and spans at least four
# hours, so the first arrivals of a morning do not fill the whole width as one thick bar.
LATEST_CURVE_START = time(8)
MIN_CURVE_HOURS = 4


@dataclass(frozen=True, slots=True)
class DashboardSnapshot:
    """What the dashboard shows after one refresh."""

    stats: EventStats
    is_today: bool  # the day shown is today where the event takes place
    now: datetime  # the event's local time when the numbers were read
    inside: int  # people checked in at the entrance and not gone out since
    curve: tuple[ArrivalSlot, ...]  # the stretch of the day's quarter hours worth drawing
    sessions: tuple[SessionStats, ...]  # the day's sessions but its site visits, in programme order
    site_visits: tuple[SiteVisitStats, ...]  # the site visits of the day shown
    conflicts: tuple[Conflict, ...] = ()  # people let in twice at a door by desks that were offline


def event_zone(event: Event) -> ZoneInfo:
    return ZoneInfo(event.timezone)


def event_today(event: Event, now: datetime | None = None) -> date:
    return (now or datetime.now(timezone.utc)).astimezone(event_zone(event)).date()


def event_days(event: Event, today: date) -> list[date]:
    """The days the day chooser offers: the event's dates, and today (a rehearsal, a late scan) in order."""
    days: set[date] = {today}
    if event.starts_on is not None:
        last = event.ends_on if event.ends_on is not None and event.ends_on >= event.starts_on else event.starts_on
        days.update(event.starts_on + timedelta(days=n) for n in range((last - event.starts_on).days + 1))
    return sorted(days)


def _hour_floor(at: datetime) -> datetime:
    return at.replace(minute=0, second=0, microsecond=0)


def _hour_ceiling(at: datetime) -> datetime:
    floor = _hour_floor(at)
    return floor if floor == at else floor + timedelta(hours=1)


def curve_window(slots: Sequence[ArrivalSlot], now: datetime | None) -> tuple[ArrivalSlot, ...]:
    """The whole hours of ``slots`` worth drawing: from the first arrivals (08:00 at the latest) to
    the last ones, or to now for today, and never less than four hours."""
    if not slots:
        return ()
    busy = [slot.starts_at for slot in slots if slot.arrivals]
    day_start = slots[0].starts_at
    latest_start = datetime.combine(day_start.date(), LATEST_CURVE_START, day_start.tzinfo)
    start = min(_hour_floor(busy[0]), latest_start) if busy else latest_start
    ends = [_hour_ceiling(busy[-1] + timedelta(minutes=15))] if busy else []
    if now is not None:
        ends.append(_hour_ceiling(now))
    end = max([start + timedelta(hours=MIN_CURVE_HOURS), *ends])
    return tuple(slot for slot in slots if start <= slot.starts_at < end)


def _on_day(session: Session, day: date, zone: ZoneInfo) -> bool:
    return session.starts_at is None or session.starts_at.astimezone(zone).date() == day


def read_snapshot(db: Database, event: Event, day: date | None) -> DashboardSnapshot:
    """The event's numbers now; ``day`` None follows today. Runs on the database lane."""
    stats = statistics.event_stats(db, day)
    inside = presence.present_counts(db).get(ENTRANCE, 0)
    zone = event_zone(event)
    now = stats.computed_at.astimezone(zone)
    is_today = stats.day == now.date()
    return DashboardSnapshot(
        stats=stats,
        is_today=is_today,
        now=now,
        inside=inside,
        curve=curve_window(stats.arrivals, now if is_today else None),
        sessions=tuple(
            s for s in stats.sessions if s.session.kind is not SessionKind.SITE_VISIT and _on_day(s.session, stats.day, zone)
        ),
        site_visits=tuple(v for v in stats.site_visits if _on_day(v.session, stats.day, zone)),
        # Conflicts only arise from scans, which move the change marker: read with the numbers.
        conflicts=tuple(find_conflicts(db)),
    )
