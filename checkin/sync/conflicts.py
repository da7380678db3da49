"""Conflicts: one person let in at a door by two desks that were both offline, shown to the organiser.

A station online never records an entry for someone already inside (the door's lock and the
presence row see to it). Offline desks decide against their own replicas, so two of them may each
let the same person in; once both queues are uploaded the scan log holds an entry made while the
person was already inside. Both scans are kept (they happened), presence counts the person once
(one row per person and door, rebuilt from the log), and :func:`find_conflicts` lists them.

API::

    find_conflicts(db) -> list[Conflict]      # oldest first; one Conflict per person and door
    Conflict.attendee_id / attendee_name / checkpoint_id / checkpoint_title / scans
    ConflictScan.scan_id / station / station_id / at / offline
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, tuple_

from checkin.domain.scan_log import ANNULMENT
from checkin.domain.verdicts import ENTRANCE, Direction
from checkin.i18n import QT_TRANSLATE_NOOP, Message
from checkin.storage.database import Database
from checkin.storage.tables import AttendeeRow, ScanRow, SessionRow

ENTRANCE_TITLE = Message("Sync", QT_TRANSLATE_NOOP("Sync", "Entrance"))
# Pairs are read in chunks: PostgreSQL takes at most 65,535 parameters in one statement.
_PAIRS_PER_QUERY = 5_000


@dataclass(frozen=True, slots=True)
class ConflictScan:
    """One of the entries that disagree: which station let the person in, when, and whether offline."""

    scan_id: str
    station: str
    station_id: str
    at: datetime
    offline: bool


@dataclass(frozen=True, slots=True)
class Conflict:
    """A person entered at a door while the log already had them inside (counted once in presence)."""

    attendee_id: str
    attendee_name: str
    checkpoint_id: str
    checkpoint_title: str
    scans: tuple[ConflictScan, ...]  # the entry that let them in first, then each one made while inside

    @property
    def first_at(self) -> datetime:
        return self.scans[0].at


def find_conflicts(db: Database) -> list[Conflict]:
    """Every (person, door) whose live scan log has an entry while already inside, oldest first."""
    with db.unit() as s:
        # Only pairs with two moving entries can hold one; that keeps the replay to a few pairs.
        pairs = s.execute(
            select(ScanRow.attendee_id, ScanRow.checkpoint_id)
            .where(ScanRow.moves.is_(True), ScanRow.direction == Direction.IN.value, ScanRow.attendee_id.is_not(None))
            .group_by(ScanRow.attendee_id, ScanRow.checkpoint_id)
            .having(func.count() > 1)
        ).all()
        by_pair: dict[tuple[str, str], list] = defaultdict(list)
        for start in range(0, len(pairs), _PAIRS_PER_QUERY):
            chunk = [tuple(p) for p in pairs[start:start + _PAIRS_PER_QUERY]]
            rows = s.execute(
                select(ScanRow.__table__)
                .where(tuple_(ScanRow.attendee_id, ScanRow.checkpoint_id).in_(chunk))
                .order_by(ScanRow.at, ScanRow.id)
            )
            for row in rows:
                by_pair[(row.attendee_id, row.checkpoint_id)].append(row)
        found = []
        for (attendee_id, checkpoint_id), rows in by_pair.items():
            involved = _entries_while_inside(rows)
            if involved:
                found.append((attendee_id, checkpoint_id, involved))
        if not found:
            return []
        names = _names(s, {a for a, _, _ in found})
        titles = _titles(s, {c for _, c, _ in found})
    conflicts = [
        Conflict(attendee_id, names.get(attendee_id, ""), checkpoint_id, titles.get(checkpoint_id, checkpoint_id), involved)
        for attendee_id, checkpoint_id, involved in found
    ]
    return sorted(conflicts, key=lambda c: (c.first_at, c.attendee_name))


def _entries_while_inside(rows) -> tuple[ConflictScan, ...]:
    annulled = {row.annuls for row in rows if row.verdict == ANNULMENT}
    inside_by = None
    involved: list = []
    for row in rows:
        if row.verdict == ANNULMENT or row.id in annulled or not row.moves:
            continue
        if row.direction == Direction.IN.value:
            if inside_by is not None:
                involved += [inside_by, row]
            else:
                inside_by = row
        else:
            inside_by = None
    # Each scan once, in the log's order (a person may have come in twice over a day).
    unique = list({row.id: row for row in involved}.values())
    return tuple(ConflictScan(r.id, r.station, r.station_id, r.at, r.offline) for r in unique)


def _names(s, attendee_ids: set[str]) -> dict[str, str]:
    rows = s.execute(select(AttendeeRow.id, AttendeeRow.first_name, AttendeeRow.last_name).where(AttendeeRow.id.in_(list(attendee_ids))))
    return {row.id: " ".join(part for part in (row.first_name, row.last_name) if part) for row in rows}


def _titles(s, checkpoint_ids: set[str]) -> dict[str, str]:
    titles = {ENTRANCE: str(ENTRANCE_TITLE)}
    rows = s.execute(select(SessionRow.id, SessionRow.title).where(SessionRow.id.in_(list(checkpoint_ids))))
    titles.update({row.id: row.title for row in rows})
    return titles
