"""Scan records: checkpoints and their rules, the append-only scan log, and presence per checkpoint."""
from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Sequence

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.orm import Session as OrmSession

from checkin.domain.scan_log import ANNULMENT, Replayed, ScanRecord
from checkin.domain.verdicts import CheckpointRules, Direction, Presence, Reentry
from checkin.domain.verdicts import ENTRANCE
from checkin.storage.tables import AttendeeRow, CheckpointRow, PresenceRow, RegistrationRow, ScanRow

# ---- checkpoints -----------------------------------------------------------------------------


def _rules(row) -> CheckpointRules:
    return CheckpointRules(
        reentry=Reentry(row.reentry),
        allow_unregistered=row.allow_unregistered,
        tolerance_minutes=row.tolerance_minutes,
        require_arrival=row.require_arrival,
    )


def checkpoint_rules(s: OrmSession, checkpoint_id: str) -> CheckpointRules | None:
    row = s.execute(select(CheckpointRow).where(CheckpointRow.id == checkpoint_id)).scalar_one_or_none()
    return None if row is None else _rules(row)


def all_checkpoint_rules(s: OrmSession) -> dict[str, CheckpointRules]:
    return {row.id: _rules(row) for row in s.execute(select(CheckpointRow)).scalars()}


def _rule_values(rules: CheckpointRules) -> dict:
    values = asdict(rules)
    values["reentry"] = rules.reentry.value
    return values


def set_checkpoint_rules(s: OrmSession, checkpoint_id: str, rules: CheckpointRules) -> None:
    if not s.execute(update(CheckpointRow).where(CheckpointRow.id == checkpoint_id).values(**_rule_values(rules))).rowcount:
        s.execute(insert(CheckpointRow).values(id=checkpoint_id, scans=0, **_rule_values(rules)))


def lock_checkpoint(s: OrmSession, checkpoint_id: str, default: CheckpointRules) -> CheckpointRules:
    """Take the checkpoint's write lock for this transaction and return its rules.

    This is the first statement of every scan: on SQLite it takes the database's write lock, on
    PostgreSQL the row's, so the reads that follow see every scan committed before and none can
    slip in between the decision and its record.
    """
    locked = s.execute(
        update(CheckpointRow).where(CheckpointRow.id == checkpoint_id).values(scans=CheckpointRow.scans + 1)
    ).rowcount
    if not locked:
        # First scan here: create the row. A desk doing the same at the same instant makes this
        # insert fail on the primary key, and the scan is retried by the caller.
        s.execute(insert(CheckpointRow).values(id=checkpoint_id, scans=1, **_rule_values(default)))
        return default
    return checkpoint_rules(s, checkpoint_id) or default


# ---- the scan log ----------------------------------------------------------------------------

_SCAN_COLUMNS = (
    ScanRow.id,
    ScanRow.at,
    ScanRow.checkpoint_id,
    ScanRow.direction,
    ScanRow.code,
    ScanRow.method,
    ScanRow.attendee_id,
    ScanRow.verdict,
    ScanRow.reason,
    ScanRow.moves,
    ScanRow.station,
    ScanRow.operator,
    ScanRow.annuls,
)


def _record(row) -> ScanRecord:
    return ScanRecord(
        id=row.id,
        at=row.at,
        checkpoint_id=row.checkpoint_id,
        direction=Direction(row.direction),
        code=row.code,
        method=row.method,
        attendee_id=row.attendee_id,
        verdict=row.verdict,
        reason=row.reason,
        moves=row.moves,
        station=row.station,
        operator=row.operator,
        annuls=row.annuls,
    )


def insert_scan(s: OrmSession, scan: ScanRecord) -> None:
    values = asdict(scan)
    values["direction"] = scan.direction.value
    s.execute(insert(ScanRow).values(**values))


def get_scan(s: OrmSession, scan_id: str) -> ScanRecord | None:
    row = s.execute(select(*_SCAN_COLUMNS).where(ScanRow.id == scan_id)).first()
    return None if row is None else _record(row)


def _annulled_ids():
    return select(ScanRow.annuls).where(ScanRow.annuls.is_not(None))


def last_undoable_scan(s: OrmSession, station: str, checkpoint_id: str) -> ScanRecord | None:
    """The station's most recent scan at this checkpoint that is neither an annulment nor annulled already."""
    row = s.execute(
        select(*_SCAN_COLUMNS)
        .where(
            ScanRow.station == station,
            ScanRow.checkpoint_id == checkpoint_id,
            ScanRow.verdict != ANNULMENT,
            ScanRow.id.not_in(_annulled_ids()),
        )
        .order_by(ScanRow.at.desc())
        .limit(1)
    ).first()
    return None if row is None else _record(row)


def live_scans(s: OrmSession, attendee_id: str, checkpoint_id: str) -> list[ScanRecord]:
    """One person's scans at one checkpoint that still count (not annulled), oldest first."""
    rows = s.execute(
        select(*_SCAN_COLUMNS)
        .where(
            ScanRow.attendee_id == attendee_id,
            ScanRow.checkpoint_id == checkpoint_id,
            ScanRow.verdict != ANNULMENT,
            ScanRow.id.not_in(_annulled_ids()),
        )
        .order_by(ScanRow.at)
    )
    return [_record(row) for row in rows]


def scans(s: OrmSession, attendee_id: str | None = None) -> list[ScanRecord]:
    """The whole log (or one person's), annulments included, oldest first."""
    query = select(*_SCAN_COLUMNS).order_by(ScanRow.at)
    if attendee_id is not None:
        query = query.where(ScanRow.attendee_id == attendee_id)
    return [_record(row) for row in s.execute(query)]


# ---- presence --------------------------------------------------------------------------------


def get_presence(s: OrmSession, attendee_id: str, checkpoint_id: str) -> Presence | None:
    row = s.execute(
        select(PresenceRow.inside, PresenceRow.first_in_at, PresenceRow.first_in_station, PresenceRow.entries).where(
            PresenceRow.attendee_id == attendee_id, PresenceRow.checkpoint_id == checkpoint_id
        )
    ).first()
    return None if row is None else Presence(row.inside, row.first_in_at, row.first_in_station, row.entries)


def inside_count(s: OrmSession, checkpoint_id: str) -> int:
    return s.execute(
        select(func.count()).select_from(PresenceRow).where(PresenceRow.checkpoint_id == checkpoint_id, PresenceRow.inside.is_(True))
    ).scalar_one()


def record_move(s: OrmSession, scan: ScanRecord, before: Presence | None) -> None:
    """Move the person in or out after an accepted scan. A first entry inserts the presence row,
    which the primary key lets happen once only."""
    entering = scan.direction is Direction.IN
    if before is None:
        s.execute(
            insert(PresenceRow).values(
                attendee_id=scan.attendee_id,
                checkpoint_id=scan.checkpoint_id,
                inside=True,
                first_in_at=scan.at,
                first_in_station=scan.station,
                first_scan_id=scan.id,
                last_at=scan.at,
                entries=1,
            )
        )
        return
    s.execute(
        update(PresenceRow)
        .where(PresenceRow.attendee_id == scan.attendee_id, PresenceRow.checkpoint_id == scan.checkpoint_id)
        .values(inside=entering, last_at=scan.at, entries=PresenceRow.entries + (1 if entering else 0))
    )


def replace_presence(s: OrmSession, attendee_id: str, checkpoint_id: str, replayed: Replayed | None) -> None:
    """Set a presence to what the log now says (after an undo); the presence table is derived data."""
    where = and_(PresenceRow.attendee_id == attendee_id, PresenceRow.checkpoint_id == checkpoint_id)
    s.execute(delete(PresenceRow).where(where))
    if replayed is None:
        return
    p = replayed.presence
    s.execute(
        insert(PresenceRow).values(
            attendee_id=attendee_id,
            checkpoint_id=checkpoint_id,
            inside=p.inside,
            first_in_at=p.first_in_at,
            first_in_station=p.first_in_station,
            first_scan_id=replayed.first_scan_id,
            last_at=replayed.last_at,
            entries=p.entries,
        )
    )


def first_entries(s: OrmSession, checkpoint_id: str) -> dict[str, datetime]:
    """Attendee id → when they first came in at this checkpoint."""
    rows = s.execute(select(PresenceRow.attendee_id, PresenceRow.first_in_at).where(PresenceRow.checkpoint_id == checkpoint_id))
    return {attendee_id: at for attendee_id, at in rows}


def presences(s: OrmSession, checkpoint_id: str) -> dict[str, Presence]:
    rows = s.execute(
        select(
            PresenceRow.attendee_id, PresenceRow.inside, PresenceRow.first_in_at, PresenceRow.first_in_station, PresenceRow.entries
        ).where(PresenceRow.checkpoint_id == checkpoint_id)
    )
    return {r.attendee_id: Presence(r.inside, r.first_in_at, r.first_in_station, r.entries) for r in rows}


def inside_counts(s: OrmSession, checkpoint_ids: Sequence[str] | None = None) -> dict[str, int]:
    """Checkpoint id → people inside now."""
    query = select(PresenceRow.checkpoint_id, func.count()).where(PresenceRow.inside.is_(True)).group_by(PresenceRow.checkpoint_id)
    if checkpoint_ids is not None:
        query = query.where(PresenceRow.checkpoint_id.in_(list(checkpoint_ids)))
    return {checkpoint_id: count for checkpoint_id, count in s.execute(query)}


def arrived_counts(s: OrmSession) -> dict[str, int]:
    """Checkpoint id → people who came in at least once."""
    return {checkpoint_id: count for checkpoint_id, count in s.execute(select(PresenceRow.checkpoint_id, func.count()).group_by(PresenceRow.checkpoint_id))}


_ACTIVE = ("registered", "pending")


def expected_count(s: OrmSession, checkpoint_id: str) -> int:
    """Active attendees (at the entrance) or active people registered for the session."""
    query = select(func.count()).select_from(AttendeeRow).where(AttendeeRow.status.in_(_ACTIVE))
    if checkpoint_id != ENTRANCE:
        query = query.join(RegistrationRow, RegistrationRow.attendee_id == AttendeeRow.id).where(RegistrationRow.session_id == checkpoint_id)
    return s.execute(query).scalar_one()


def arrived_count(s: OrmSession, checkpoint_id: str) -> int:
    return s.execute(select(func.count()).select_from(PresenceRow).where(PresenceRow.checkpoint_id == checkpoint_id)).scalar_one()
