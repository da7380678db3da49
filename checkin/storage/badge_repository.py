"""Badge records: issued codes, their revocation, and how often each attendee's badge was printed."""
from __future__ import annotations

from datetime import datetime
from typing import Iterable, Sequence

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session as OrmSession

from checkin.domain.codes import Badge
from checkin.storage.tables import AttendeeRow, BadgeRow, JournalRow

PRINT_KIND = "print"

_COLUMNS = (
    BadgeRow.code,
    BadgeRow.attendee_id,
    BadgeRow.serial,
    BadgeRow.issued_at,
    BadgeRow.revoked_at,
    BadgeRow.revoked_reason,
)


def _badge(row) -> Badge:
    return Badge(
        code=row.code,
        attendee_id=row.attendee_id,
        serial=row.serial,
        issued_at=row.issued_at,
        revoked_at=row.revoked_at,
        revoked_reason=row.revoked_reason,
    )


def current_codes(s: OrmSession, attendee_ids: Sequence[str] | None = None) -> dict[str, str]:
    """Attendee id → the code of their current (not revoked) badge, for those that have one."""
    query = select(BadgeRow.attendee_id, BadgeRow.code).where(BadgeRow.revoked_at.is_(None))
    if attendee_ids is not None:
        query = query.where(BadgeRow.attendee_id.in_(list(attendee_ids)))
    return {attendee_id: code for attendee_id, code in s.execute(query)}


def attendees_without_badge(s: OrmSession, attendee_ids: Sequence[str] | None = None) -> list[str]:
    """Ids of attendees with no current badge code."""
    current = select(BadgeRow.attendee_id).where(BadgeRow.revoked_at.is_(None))
    query = select(AttendeeRow.id).where(AttendeeRow.id.not_in(current))
    if attendee_ids is not None:
        query = query.where(AttendeeRow.id.in_(list(attendee_ids)))
    return list(s.execute(query).scalars())


# PostgreSQL takes at most 65,535 parameters in one statement; issuing the first codes of a
# 100,000-attendee event asks about more ids than that.
_IDS_PER_QUERY = 10_000


def next_serials(s: OrmSession, attendee_ids: Iterable[str]) -> dict[str, int]:
    """Attendee id → the serial their next badge gets (0 for a first badge)."""
    ids = list(attendee_ids)
    serials = {attendee_id: 0 for attendee_id in ids}
    for start in range(0, len(ids), _IDS_PER_QUERY):
        rows = s.execute(
            select(BadgeRow.attendee_id, func.max(BadgeRow.serial))
            .where(BadgeRow.attendee_id.in_(ids[start:start + _IDS_PER_QUERY]))
            .group_by(BadgeRow.attendee_id)
        )
        serials.update({attendee_id: highest + 1 for attendee_id, highest in rows})
    return serials


def insert_badges(s: OrmSession, badges: Sequence[Badge]) -> None:
    if badges:
        s.execute(
            insert(BadgeRow),
            [
                {
                    "code": b.code,
                    "attendee_id": b.attendee_id,
                    "serial": b.serial,
                    "issued_at": b.issued_at,
                    "revoked_at": b.revoked_at,
                    "revoked_reason": b.revoked_reason,
                }
                for b in badges
            ],
        )


def revoke_badges(s: OrmSession, attendee_id: str, at: datetime, reason: str) -> list[str]:
    """Revoke the attendee's current code(s); returns the codes revoked."""
    codes = list(
        s.execute(select(BadgeRow.code).where(BadgeRow.attendee_id == attendee_id, BadgeRow.revoked_at.is_(None))).scalars()
    )
    if codes:
        s.execute(update(BadgeRow).where(BadgeRow.code.in_(codes)).values(revoked_at=at, revoked_reason=reason))
    return codes




def badges_of(s: OrmSession, attendee_id: str) -> list[Badge]:
    """Every badge the attendee was issued, oldest first."""
    rows = s.execute(select(*_COLUMNS).where(BadgeRow.attendee_id == attendee_id).order_by(BadgeRow.serial))
    return [_badge(row) for row in rows]


def printed_counts(s: OrmSession) -> dict[str, int]:
    """Attendee id → how many times their badge was printed (journal lines of kind "print")."""
    rows = s.execute(
        select(JournalRow.attendee_id, func.count())
        .where(JournalRow.kind == PRINT_KIND, JournalRow.attendee_id.is_not(None))
        .group_by(JournalRow.attendee_id)
    )
    return {attendee_id: count for attendee_id, count in rows}
