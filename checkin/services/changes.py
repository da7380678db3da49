"""What other stations changed since a station last looked: a cheap marker, then the people concerned.

Live refresh is done by POLLING this marker about once a second, not by PostgreSQL's LISTEN/NOTIFY:
polling works the same on an SQLite event file and on a shared PostgreSQL server, needs no dedicated
listening connection to re-establish after the venue Wi-Fi drops (notifications sent while a
station was cut off are lost anyway, so a poll would be needed to catch up), and a few indexed
queries per station per second are nothing for the server (see benchmarks/bench_changes.py).

The marker (:class:`Marker`) is read by indexed, O(1)-ish queries and moves with everything another
station can change:

- scans and undos: each bumps its checkpoint's counter (``checkpoint.scans``) in its transaction;
- edits, walk-ins, prints, reissued badges, imports: the journal lines inside a recent time window
  (their count and newest time, by the index on ``journal.at``); likewise the scans in the window;
- uploads of offline queues (scans and walk-ins decided long ago): the newest ``station.last_sync_at``.

The number of attendees is not in it: counting 100,000 rows costs PostgreSQL ~15 ms a look, and
every way to add people writes a journal line (an import, a walk-in) or reports a sync.

When it moved, :func:`look` reads the journal and scan rows of the window, keeps those not seen
before (by id), and reads those attendees afresh with their entrance check-in and print count. The
window starts :data:`MARGIN` before the database's clock and is kept across polls, so a row written
by a station whose clock is a little behind, or committed a moment after a newer one, still falls
inside it and is found by its id. Whatever the window cannot explain is never guessed at: scans the
counters saw but the window did not (a clock far off) make the check-ins be read in full; an
import or an uploaded offline queue makes everyone be read again.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select

from checkin.domain.model import Attendee
from checkin.domain.verdicts import ENTRANCE
from checkin.storage import badge_repository as badges_repo
from checkin.storage import report_repository as report_repo
from checkin.storage import repositories as repo
from checkin.storage import scan_repository as scans_repo
from checkin.storage.badge_repository import PRINT_KIND
from checkin.storage.database import Database
from checkin.storage.tables import JournalRow, PresenceRow, ScanRow, StationRow, utcnow

# How far before the database's clock the window reaches: more than any clock difference between
# stations and any delay between a row's time and its commit we expect at a venue.
MARGIN = timedelta(minutes=5)
# The window's start moves forward only this often, so its counts move with new rows, not with
# old ones leaving it.
WINDOW_STEP = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class Marker:
    """A fingerprint of everything another station can change; equal markers: nothing changed."""

    checkpoints: tuple[tuple[str, int], ...]  # checkpoint id → its scan counter
    journal: tuple[int, datetime | None]  # lines in the window, the newest one's time
    scans: tuple[int, datetime | None]
    synced: datetime | None  # the newest upload of an offline queue

    @property
    def scan_total(self) -> int:
        return sum(count for _id, count in self.checkpoints)


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a station's last look left off; pass it to the next :func:`look`."""

    marker: Marker
    since: datetime  # the window's start
    seen: frozenset[str]  # ids of the journal and scan rows in the window already accounted for


@dataclass(frozen=True, slots=True)
class Changes:
    """What changed since the last look, read afresh.

    ``attendees``: the people changed (fields, registrations, new walk-ins), and for each of
    ``touched`` their entrance check-in (``check_ins``, None once undone) and badge print count.
    ``all_attendees`` / ``all_check_ins`` / ``all_printed``: the full lists, when the window could
    not say who changed (None otherwise). ``scanned``: some scan or undo happened at some door.
    """

    attendees: tuple[Attendee, ...] = ()
    touched: frozenset[str] = frozenset()
    check_ins: dict[str, datetime | None] = field(default_factory=dict)
    printed: dict[str, int] = field(default_factory=dict)
    scanned: bool = False
    all_attendees: list[Attendee] | None = None
    all_check_ins: dict[str, datetime] | None = None
    all_printed: dict[str, int] | None = None

    @property
    def empty(self) -> bool:
        return not (self.touched or self.scanned or self.all_attendees is not None or self.all_check_ins is not None)


def _database_now(s, is_sqlite: bool) -> datetime:
    """The shared server's clock (every station reads the same), or this machine's for an event file."""
    if is_sqlite:
        return utcnow()
    value = s.execute(select(func.now())).scalar_one()
    return value if value.tzinfo is not None else value.replace(tzinfo=utcnow().tzinfo)


def _window(s, column, since: datetime) -> tuple[int, datetime | None]:
    count, newest = s.execute(select(func.count(), func.max(column)).where(column >= since)).one()
    return count, newest


def _marker(s, since: datetime) -> Marker:
    return Marker(
        checkpoints=tuple(sorted(report_repo.checkpoint_versions(s).items())),
        journal=_window(s, JournalRow.at, since),
        scans=_window(s, ScanRow.at, since),
        synced=s.execute(select(func.max(StationRow.last_sync_at))).scalar_one(),
    )


def _window_ids(s, since: datetime) -> set[str]:
    journal = s.execute(select(JournalRow.id).where(JournalRow.at >= since)).scalars()
    scans = s.execute(select(ScanRow.id).where(ScanRow.at >= since)).scalars()
    return {*journal, *scans}


def start(db: Database) -> Cursor:
    """A cursor for "now": the next :func:`look` reports what changes after this."""
    with db.unit() as s:
        since = _database_now(s, db.is_sqlite) - MARGIN
        return Cursor(_marker(s, since), since, frozenset(_window_ids(s, since)))


def look(db: Database, cursor: Cursor) -> tuple[Changes, Cursor]:
    """What changed since ``cursor`` (one small query per table when nothing did), and the next cursor."""
    with db.unit() as s:
        now = _database_now(s, db.is_sqlite)
        since = cursor.since
        if now - MARGIN - since >= WINDOW_STEP:
            since = now - MARGIN  # rows older than this were seen (or are caught by the counters)
        marker = _marker(s, since)
        if since == cursor.since and marker == cursor.marker:
            return Changes(), cursor
        journal = s.execute(
            select(JournalRow.id, JournalRow.attendee_id, JournalRow.kind).where(JournalRow.at >= since)
        ).all()
        scans = s.execute(select(ScanRow.id, ScanRow.attendee_id).where(ScanRow.at >= since)).all()
        seen = cursor.seen
        new_journal = [row for row in journal if row.id not in seen]
        new_scans = [row for row in scans if row.id not in seen]
        next_cursor = Cursor(marker, since, frozenset(row.id for row in (*journal, *scans)))
        old = cursor.marker
        imported = any(row.kind == "import" for row in new_journal)
        unexplained_scans = marker.scan_total - old.scan_total > len(new_scans)
        if imported or marker.synced != old.synced:
            return _everything(s), next_cursor
        touched = {row.attendee_id for row in (*new_journal, *new_scans) if row.attendee_id}
        edited = {row.attendee_id for row in new_journal if row.attendee_id and row.kind != PRINT_KIND}
        changes = Changes(
            attendees=tuple(repo.list_attendees(s, sorted(edited))) if edited else (),
            touched=frozenset(touched),
            check_ins=_check_ins(s, touched),
            printed=_printed(s, touched),
            scanned=bool(new_scans) or marker.checkpoints != old.checkpoints or unexplained_scans,
            all_check_ins=_all_check_ins(s) if unexplained_scans else None,
        )
        return changes, next_cursor


def _check_ins(s, ids: set[str]) -> dict[str, datetime | None]:
    if not ids:
        return {}
    found = dict(
        s.execute(
            select(PresenceRow.attendee_id, PresenceRow.first_in_at).where(
                PresenceRow.checkpoint_id == ENTRANCE, PresenceRow.attendee_id.in_(sorted(ids))
            )
        ).all()
    )
    return {attendee_id: found.get(attendee_id) for attendee_id in ids}


def _printed(s, ids: set[str]) -> dict[str, int]:
    if not ids:
        return {}
    found = dict(
        s.execute(
            select(JournalRow.attendee_id, func.count())
            .where(JournalRow.kind == PRINT_KIND, JournalRow.attendee_id.in_(sorted(ids)))
            .group_by(JournalRow.attendee_id)
        ).all()
    )
    return {attendee_id: found.get(attendee_id, 0) for attendee_id in ids}


def _all_check_ins(s) -> dict[str, datetime]:
    return scans_repo.first_entries(s, ENTRANCE)


def everything(db: Database) -> Changes:
    """Everything read again, as a change: after a station could not look for a while."""
    with db.unit() as s:
        return _everything(s)


def _everything(s) -> Changes:
    return Changes(
        scanned=True,
        all_attendees=repo.list_attendees(s),
        all_check_ins=_all_check_ins(s),
        all_printed=badges_repo.printed_counts(s),
    )
