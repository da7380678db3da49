"""Keeping the replica in step with what this station does online, so going offline next loses nothing.

An online scan, annulment or walk-in is written to the replica too (after the server has it, on
the replica's own thread): an undo made offline then finds the station's last scan, and the
replica's presence says who this door already let in. A failure here is logged, never shown: the
server holds the record, and the next refresh brings the replica back in line.
"""
from __future__ import annotations

import logging

from sqlalchemy import select

from checkin.domain.scan_log import Replayed, ScanRecord, replay
from checkin.domain.verdicts import Direction, Presence
from checkin.services.scanning import ScanResult
from checkin.storage import scan_repository as scans_repo
from checkin.storage.database import Database
from checkin.storage.tables import AttendeeRow, BadgeRow, PresenceRow, RegistrationRow, ScanRow, TicketCodeRow
from checkin.sync import outbox
from checkin.sync.inserts import insert_ignoring_duplicates

log = logging.getLogger(__name__)

WALK_IN_TABLES = (AttendeeRow.__table__, TicketCodeRow.__table__, RegistrationRow.__table__, BadgeRow.__table__)


def scan(replica: Database, result: ScanResult) -> None:
    """The server's scan, and where it left the person at this door."""
    record = result.record
    try:
        with replica.unit() as s:
            _insert(s, record)
            if record.moves and record.attendee_id is not None:
                scans_repo.replace_presence(s, record.attendee_id, record.checkpoint_id, _after(s, record, result.previous))
    except Exception:
        log.warning("could not copy an online scan to the replica", exc_info=True)


def annulment(replica: Database, record: ScanRecord) -> None:
    """The server's annulment, and the person's presence replayed from the replica's log."""
    try:
        with replica.unit() as s:
            _insert(s, record)
            if record.attendee_id is not None:
                live = scans_repo.live_scans(s, record.attendee_id, record.checkpoint_id)
                scans_repo.replace_presence(s, record.attendee_id, record.checkpoint_id, replay(live))
    except Exception:
        log.warning("could not copy an online undo to the replica", exc_info=True)


def read_walk_in(s, attendee_id: str) -> dict[str, list[dict]]:
    """A walk-in's rows on the server, read in the same call that made them (never on the replica's thread)."""
    return {
        table.name: outbox.row_payload(s, table, table.c.attendee_id == attendee_id if "attendee_id" in table.c else table.c.id == attendee_id)
        for table in WALK_IN_TABLES
    }


def walk_in(replica: Database, rows: dict[str, list[dict]]) -> None:
    try:
        with replica.unit() as s:
            conn = s.connection()
            for table in WALK_IN_TABLES:
                values = [outbox.revive(table, row) for row in rows.get(table.name, ())]
                if values:
                    conn.execute(insert_ignoring_duplicates(conn, table), values)
    except Exception:
        log.warning("could not copy an online walk-in to the replica", exc_info=True)


def _insert(s, record: ScanRecord) -> None:
    conn = s.connection()
    values = outbox.scan_payload(record)
    values["at"] = record.at
    conn.execute(insert_ignoring_duplicates(conn, ScanRow.__table__), values)


def _after(s, record: ScanRecord, before: Presence | None) -> Replayed | None:
    """Where the server's move left the person, from where the server had them before."""
    entering = record.direction is Direction.IN
    if before is None:
        return Replayed(Presence(True, record.at, record.station, 1), record.id, record.at) if entering else None
    kept = s.execute(
        select(PresenceRow.first_scan_id).where(PresenceRow.attendee_id == record.attendee_id, PresenceRow.checkpoint_id == record.checkpoint_id)
    ).scalar_one_or_none()
    presence = Presence(entering, before.first_in_at, before.first_in_station, before.entries + (1 if entering else 0))
    return Replayed(presence, kept or record.id, record.at)
