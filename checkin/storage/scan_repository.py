"""Scan records: checkpoints and their rules, the append-only scan log, and presence per checkpoint."""
from __future__ import annotations

from dataclasses import asdict, fields
from datetime import datetime
from typing import Sequence

from sqlalchemy import and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session as OrmSession

from checkin.domain.codes import Badge
from checkin.domain.model import Attendee
from checkin.domain.scan_log import ANNULMENT, Replayed, ScanRecord
from checkin.domain.verdicts import CheckpointRules, Direction, Presence, Reentry
from checkin.domain.verdicts import ENTRANCE
from checkin.storage import repositories as repo
from checkin.storage.tables import AttendeeRow, BadgeRow, CheckpointRow, PresenceRow, RegistrationRow, ScanRow, TicketCodeRow

# A scan's statements are built once here and run on the unit's connection: SQLAlchemy then takes
# their SQL from its compiled cache, and the ORM's per-statement work is skipped. Building and
# compiling statements was most of a scan's time, more than the durable commit. Bound parameters in
# an UPDATE's WHERE clause are named unlike the table's columns, which SQLAlchemy reserves for SET.

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


_RULE_COLUMNS = (CheckpointRow.reentry, CheckpointRow.allow_unregistered, CheckpointRow.tolerance_minutes, CheckpointRow.require_arrival)
_LOCK = update(CheckpointRow).where(CheckpointRow.id == bindparam("checkpoint")).values(scans=CheckpointRow.scans + 1)
_LOCK_RETURNING_RULES = _LOCK.returning(*_RULE_COLUMNS)
_RULES = select(*_RULE_COLUMNS).where(CheckpointRow.id == bindparam("checkpoint"))


def lock_checkpoint(s: OrmSession, checkpoint_id: str, default: CheckpointRules) -> CheckpointRules:
    """Take the checkpoint's write lock for this transaction and return its rules.

    This is the first statement of every scan: on SQLite it takes the database's write lock, on
    PostgreSQL the row's, so the reads that follow see every scan committed before and none can
    slip in between the decision and its record.
    """
    conn = s.connection()
    params = {"checkpoint": checkpoint_id}
    if conn.dialect.update_returning:  # SQLite 3.35 and later, PostgreSQL: lock and rules in one
        row = conn.execute(_LOCK_RETURNING_RULES, params).first()
        if row is not None:
            return _rules(row)
    elif conn.execute(_LOCK, params).rowcount:
        row = conn.execute(_RULES, params).first()
        return default if row is None else _rules(row)
    # First scan here: create the row. A desk doing the same at the same instant makes this
    # insert fail on the primary key, and the scan is retried by the caller.
    s.execute(insert(CheckpointRow).values(id=checkpoint_id, scans=1, **_rule_values(default)))
    return default


# ---- who a scanned code belongs to ---------------------------------------------------------

_BADGE_COLUMNS = (BadgeRow.code, BadgeRow.attendee_id, BadgeRow.serial, BadgeRow.issued_at, BadgeRow.revoked_at, BadgeRow.revoked_reason)
_HOLDER_AT = len(_BADGE_COLUMNS)
# Outer joins: a code whose person is gone still says what it is (the foreign keys make it rare).
_BADGE_AND_HOLDER = (
    select(*_BADGE_COLUMNS, *repo.ATTENDEE_COLUMNS)
    .outerjoin(AttendeeRow, AttendeeRow.id == BadgeRow.attendee_id)
    .where(BadgeRow.code == bindparam("code"))
)
_TICKET_HOLDER = (
    select(TicketCodeRow.attendee_id, *repo.ATTENDEE_COLUMNS)
    .outerjoin(AttendeeRow, AttendeeRow.id == TicketCodeRow.attendee_id)
    .where(TicketCodeRow.code == bindparam("code"))
)


def _holder(s: OrmSession, row, start: int) -> Attendee | None:
    person = row[start:]
    return None if person[0] is None else repo.attendee_from_row(s, person)


def badge_and_holder(s: OrmSession, code: str) -> tuple[Badge | None, Attendee | None]:
    """The badge with this code and the person it was issued to, or (None, None) for a code never issued here."""
    row = s.connection().execute(_BADGE_AND_HOLDER, {"code": code}).first()
    if row is None:
        return None, None
    badge = Badge(row.code, row.attendee_id, row.serial, row.issued_at, row.revoked_at, row.revoked_reason)
    return badge, _holder(s, row, _HOLDER_AT)


def ticket_holder(s: OrmSession, code: str) -> tuple[bool, Attendee | None]:
    """Whether a registration system issued this ticket code, and to whom."""
    row = s.connection().execute(_TICKET_HOLDER, {"code": code}).first()
    return (False, None) if row is None else (True, _holder(s, row, 1))


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
    ScanRow.station_id,
    ScanRow.offline,
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
        station_id=row.station_id,
        offline=row.offline,
    )


_INSERT_SCAN = insert(ScanRow.__table__)
_SCAN_FIELDS = tuple(f.name for f in fields(ScanRecord))


def insert_scan(s: OrmSession, scan: ScanRecord) -> None:
    values = {name: getattr(scan, name) for name in _SCAN_FIELDS}
    values["direction"] = scan.direction.value
    s.connection().execute(_INSERT_SCAN, values)


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


_PRESENCE_COLUMNS = (PresenceRow.inside, PresenceRow.first_in_at, PresenceRow.first_in_station, PresenceRow.entries)
_PRESENCE_HERE_AND_ENTRANCE = select(PresenceRow.checkpoint_id, *_PRESENCE_COLUMNS).where(
    PresenceRow.attendee_id == bindparam("attendee"),
    or_(PresenceRow.checkpoint_id == bindparam("checkpoint"), PresenceRow.checkpoint_id == bindparam("entrance")),
)
_INSIDE_COUNT = select(func.count()).select_from(PresenceRow).where(
    PresenceRow.checkpoint_id == bindparam("checkpoint"), PresenceRow.inside.is_(True)
)
_FIRST_ENTRY = insert(PresenceRow.__table__)
_MOVE = (
    update(PresenceRow)
    .where(PresenceRow.attendee_id == bindparam("attendee"), PresenceRow.checkpoint_id == bindparam("checkpoint"))
    .values(inside=bindparam("inside"), last_at=bindparam("last_at"), entries=PresenceRow.entries + bindparam("added"))
)


def _presence(row) -> Presence:
    return Presence(row.inside, row.first_in_at, row.first_in_station, row.entries)


def get_presence(s: OrmSession, attendee_id: str, checkpoint_id: str) -> Presence | None:
    return presence_here_and_at_entrance(s, attendee_id, checkpoint_id)[0]


def presence_here_and_at_entrance(s: OrmSession, attendee_id: str, checkpoint_id: str) -> tuple[Presence | None, Presence | None]:
    """Where the person stands at this checkpoint and at the entrance (the same for the entrance), in one query."""
    rows = s.connection().execute(
        _PRESENCE_HERE_AND_ENTRANCE, {"attendee": attendee_id, "checkpoint": checkpoint_id, "entrance": ENTRANCE}
    )
    found = {row.checkpoint_id: _presence(row) for row in rows}
    return found.get(checkpoint_id), found.get(ENTRANCE)


def inside_count(s: OrmSession, checkpoint_id: str) -> int:
    return s.connection().execute(_INSIDE_COUNT, {"checkpoint": checkpoint_id}).scalar_one()


def record_move(s: OrmSession, scan: ScanRecord, before: Presence | None) -> None:
    """Move the person in or out after an accepted scan. A first entry inserts the presence row,
    which the primary key lets happen once only."""
    entering = scan.direction is Direction.IN
    conn = s.connection()
    if before is None:
        conn.execute(
            _FIRST_ENTRY,
            {
                "attendee_id": scan.attendee_id,
                "checkpoint_id": scan.checkpoint_id,
                "inside": True,
                "first_in_at": scan.at,
                "first_in_station": scan.station,
                "first_scan_id": scan.id,
                "last_at": scan.at,
                "entries": 1,
            },
        )
        return
    conn.execute(
        _MOVE,
        {"attendee": scan.attendee_id, "checkpoint": scan.checkpoint_id, "inside": entering, "last_at": scan.at, "added": 1 if entering else 0},
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


def registered_ids(s: OrmSession, session_id: str) -> list[str]:
    """Ids of everyone registered for the session, whatever their status."""
    return list(s.execute(select(RegistrationRow.attendee_id).where(RegistrationRow.session_id == session_id)).scalars())


def arrived_count(s: OrmSession, checkpoint_id: str) -> int:
    return s.execute(select(func.count()).select_from(PresenceRow).where(PresenceRow.checkpoint_id == checkpoint_id)).scalar_one()
