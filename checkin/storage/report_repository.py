"""Aggregate queries for statistics and reports: headcounts, arrivals per quarter hour, peaks inside.

Every function here answers with one or two grouped queries, so the dashboard can ask every few
seconds of an event with 100,000 attendees and 300,000 scans.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Integer, and_, case, cast, func, literal, or_, select
from sqlalchemy.orm import Session as OrmSession

from checkin.domain.model import Status
from checkin.domain.scan_log import ANNULMENT
from checkin.domain.verdicts import Direction, Verdict
from checkin.storage.tables import AttendeeRow, CheckpointRow, PresenceRow, RegistrationRow, ScanRow

# The arrivals curve counts quarter hours; every time zone in use today is a whole number of
# quarter hours from UTC, so UTC quarter hours are local quarter hours too.
SLOT_SECONDS = 15 * 60

_ACTIVE = (Status.REGISTERED.value, Status.PENDING.value)


@dataclass(frozen=True, slots=True)
class HeadcountRow:
    """Active attendees sharing a category, a place and walk-in-ness, and how many of them arrived."""

    category: str
    country: str
    city: str
    walk_in: bool
    registered: int
    arrived: int


def headcounts(s: OrmSession) -> list[HeadcountRow]:
    """Active attendees grouped by category, country, city and walk-in, with those who arrived.

    One pass over the attendee table; the totals, the category table and the place tables are all
    sums of these rows. A person arrived when any door let them in (the entrance, a workshop, a site
    visit: whichever came first), or when they registered on the spot (a walk-in stood at the desk),
    so that arrived + still expected is always everyone registered.
    """
    let_in = select(PresenceRow.attendee_id).where(PresenceRow.attendee_id == AttendeeRow.id).exists()
    arrived = case((or_(AttendeeRow.walk_in.is_(True), let_in), 1))
    rows = s.execute(
        select(
            AttendeeRow.category,
            AttendeeRow.country,
            AttendeeRow.city,
            AttendeeRow.walk_in,
            func.count(),
            func.count(arrived),
        )
        .where(AttendeeRow.status.in_(_ACTIVE))
        .group_by(AttendeeRow.category, AttendeeRow.country, AttendeeRow.city, AttendeeRow.walk_in)
    )
    return [HeadcountRow(cat or "", country or "", city or "", bool(walk_in), n, arrived) for cat, country, city, walk_in, n, arrived in rows]


def _annulled_ids():
    return select(ScanRow.annuls).where(ScanRow.annuls.is_not(None))


def _epoch_slot(s: OrmSession, column):
    """SQL for the UTC quarter hour (seconds since 1970 // 900) of a naive-UTC timestamp column."""
    if s.get_bind().dialect.name == "sqlite":
        return cast(func.strftime("%s", column), Integer) // SLOT_SECONDS
    return cast(func.floor(func.extract("epoch", column) / SLOT_SECONDS), Integer)


def _let_in():
    """Scans that let someone in at any door (accepted, or with a warning) and were not annulled."""
    return and_(
        ScanRow.direction == Direction.IN.value,
        ScanRow.verdict.in_((Verdict.ACCEPTED.value, Verdict.WARNING.value)),
        ScanRow.id.not_in(_annulled_ids()),
    )


def _slot_counts(s: OrmSession, times) -> dict[datetime, int]:
    slot = _epoch_slot(s, times.c.at).label("slot")
    rows = s.execute(select(slot, func.count()).select_from(times).group_by(slot))
    return {datetime.fromtimestamp(int(n) * SLOT_SECONDS, timezone.utc): count for n, count in rows}


def arrivals_per_slot(s: OrmSession, start: datetime, end: datetime) -> dict[datetime, int]:
    """UTC start of a quarter hour → people whose first scan in [start, end) that let them in fell in it.

    A person counts once, at the first scan of the period that let them in at any door (the
    entrance, or a workshop or site visit reached without passing the entrance desk), accepted or
    with a warning, and not annulled: on the second day of an event everyone arriving in the
    morning shows, not only those who never came on the first day.

    Two queries, because the scan log has no index by time: people first let in during the period
    are read from the presence table (their first entry anywhere is that scan), and only people let
    in before it have their scans looked up, person by person.
    """
    first_in = func.min(PresenceRow.first_in_at)
    first_time = (
        select(first_in.label("at"))
        .group_by(PresenceRow.attendee_id)
        .having(and_(first_in >= start, first_in < end))
        .subquery()
    )
    counts = _slot_counts(s, first_time)
    earlier = select(PresenceRow.attendee_id).group_by(PresenceRow.attendee_id).having(first_in < start)
    returning = (
        select(func.min(ScanRow.at).label("at"))
        .where(ScanRow.attendee_id.in_(earlier), ScanRow.at >= start, ScanRow.at < end)
        .where(_let_in())
        .group_by(ScanRow.attendee_id)
        .subquery()
    )
    for slot, count in _slot_counts(s, returning).items():
        counts[slot] = counts.get(slot, 0) + count
    return counts


def checkpoint_versions(s: OrmSession) -> dict[str, int]:
    """Checkpoint id → its scan counter, which every scan and every undo there increments.

    A peak computed at one value of the counter holds until the counter moves.
    """
    return dict(s.execute(select(CheckpointRow.id, CheckpointRow.scans)).all())


@dataclass(frozen=True, slots=True)
class PeakReplay:
    """A checkpoint's log replayed: the most people inside at once, how many are inside at the end."""

    peak: int
    inside: int


def replay_peak(s: OrmSession, checkpoint_id: str) -> PeakReplay:
    """The most people inside the checkpoint at once, from the log (annulled scans left out).

    Each person's moves are replayed in order: an entry counts when they were outside, an exit when
    they were inside, so a move left dangling by an annulment never counts twice. Simultaneous
    scans take exits first, so a peak is never overstated. Only people with a presence here can
    have moved here, and going through them uses the (attendee, checkpoint) index of the log.
    """
    here = select(PresenceRow.attendee_id).where(PresenceRow.checkpoint_id == checkpoint_id)
    live = (
        select(ScanRow.id, ScanRow.at, ScanRow.attendee_id, ScanRow.direction)
        .where(
            ScanRow.checkpoint_id == checkpoint_id,
            ScanRow.attendee_id.in_(here),
            ScanRow.moves.is_(True),
            ScanRow.verdict != ANNULMENT,
            ScanRow.id.not_in(_annulled_ids()),
        )
        .subquery()
    )
    before = func.lag(live.c.direction).over(partition_by=live.c.attendee_id, order_by=(live.c.at, live.c.id))
    steps = select(live.c.id, live.c.at, live.c.direction, before.label("before")).subquery()
    delta = case(
        (and_(steps.c.direction == Direction.IN.value, func.coalesce(steps.c.before, Direction.OUT.value) == Direction.OUT.value), 1),
        (and_(steps.c.direction == Direction.OUT.value, steps.c.before == Direction.IN.value), -1),
        else_=literal(0),
    ).label("delta")
    deltas = select(steps.c.id, steps.c.at, delta).subquery()
    running = func.sum(deltas.c.delta).over(order_by=(deltas.c.at, deltas.c.delta, deltas.c.id), rows=(None, 0))
    total = func.sum(deltas.c.delta).over()
    inside = select(running.label("inside"), total.label("total")).subquery()
    peak, end = s.execute(select(func.max(inside.c.inside), func.max(inside.c.total))).one()
    return PeakReplay(int(peak or 0), int(end or 0))


def latest_scan_time(s: OrmSession) -> datetime | None:
    """The time of the latest line of the whole log (from the end of its time index)."""
    return s.execute(select(func.max(ScanRow.at))).scalar()


def scans_after(s: OrmSession, checkpoint_id: str, after: datetime) -> list[tuple[datetime, str, bool, str]]:
    """(time, direction, moved, verdict) of the checkpoint's scans and annulments later than ``after``, oldest first."""
    rows = s.execute(
        select(ScanRow.at, ScanRow.direction, ScanRow.moves, ScanRow.verdict)
        .where(ScanRow.at > after, ScanRow.checkpoint_id == checkpoint_id)
        .order_by(ScanRow.at)
    )
    return [(at, direction, bool(moves), verdict) for at, direction, moves, verdict in rows]


def active_registered_counts(s: OrmSession) -> dict[str, int]:
    """Session id → active attendees registered for it.

    All registrations minus those of cancelled and withdrawn people: both counts go through an
    index, where joining every registration to its attendee costs ten times as much.
    """
    counts = dict(s.execute(select(RegistrationRow.session_id, func.count()).group_by(RegistrationRow.session_id)).all())
    inactive = select(AttendeeRow.id).where(AttendeeRow.status.not_in(_ACTIVE))
    rows = s.execute(
        select(RegistrationRow.session_id, func.count()).where(RegistrationRow.attendee_id.in_(inactive)).group_by(RegistrationRow.session_id)
    )
    for session_id, n in rows:
        counts[session_id] -= n
    return counts


def presence_counts(s: OrmSession) -> dict[str, tuple[int, int]]:
    """Checkpoint id → (inside now, came in and went out again)."""
    rows = s.execute(
        select(
            PresenceRow.checkpoint_id,
            func.count(case((PresenceRow.inside.is_(True), 1))),
            func.count(case((PresenceRow.inside.is_(False), 1))),
        ).group_by(PresenceRow.checkpoint_id)
    )
    return {checkpoint_id: (inside, left) for checkpoint_id, inside, left in rows}


def first_entries(s: OrmSession) -> dict[str, dict[str, datetime]]:
    """Checkpoint id → attendee id → when they first came in there."""
    result: dict[str, dict[str, datetime]] = {}
    rows = s.execute(select(PresenceRow.checkpoint_id, PresenceRow.attendee_id, PresenceRow.first_in_at))
    for checkpoint_id, attendee_id, first_in_at in rows:
        result.setdefault(checkpoint_id, {})[attendee_id] = first_in_at
    return result
