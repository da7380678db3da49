"""Working on the replica while the server is away: a Station and walk-ins whose records are queued for upload.

API::

    offline_station(replica, checkpoint_id, mode, station, operator, station_id) -> Station
    offline_walk_in(replica, fields, operator, station, station_id) -> WalkIn
    offline_journal(replica, kind, attendee_id, station, operator, station_id, **data) -> str   # its id
    WalkIn.attendee / WalkIn.code   # the new person and their first badge code (valid on the server too)
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert

from checkin.domain.codes import Badge, make_code
from checkin.domain.model import Attendee, new_id
from checkin.domain.scan_log import ScanRecord
from checkin.domain.verdicts import ENTRANCE, DirectionMode
from checkin.services import attendees as attendee_service
from checkin.services.scanning import Station
from checkin.storage import badge_repository as badges_repo
from checkin.storage import event_repository as event_repo
from checkin.storage import repositories as repo
from checkin.storage.database import Database
from checkin.storage.tables import AttendeeRow, BadgeRow, JournalRow, RegistrationRow, TicketCodeRow, utcnow
from checkin.sync import outbox


@dataclass(frozen=True, slots=True)
class WalkIn:
    """Someone registered on the spot, with the code of the badge to print for them."""

    attendee: Attendee
    code: str


def _queue_scan(s, record: ScanRecord) -> None:
    outbox.enqueue(s, outbox.SCAN, record.id, outbox.scan_payload(record))


def offline_station(
    replica: Database,
    checkpoint_id: str = ENTRANCE,
    mode: DirectionMode = DirectionMode.IN,
    station: str = "",
    operator: str = "",
    station_id: str = "",
) -> Station:
    """A Station deciding against the replica; each scan and annulment is queued in its own transaction."""
    outbox.ensure_outbox(replica)
    return Station(replica, checkpoint_id, mode, station, operator, station_id, offline=True, on_recorded=_queue_scan)


def offline_walk_in(
    replica: Database, fields: dict, operator: str = "", station: str = "", station_id: str = "", attendee_id: str | None = None
) -> WalkIn:
    """Register someone who was not on the list, in the replica and the queue, with a first badge.

    The badge code is signed with the event's secret (the replica has it) for serial 0, exactly the
    code the server would have issued: the printed badge stays valid after the upload.
    """
    # The desk's own validation (names, countries, sessions), so a walk-in reads the same offline.
    clean = attendee_service.validated_fields(fields)
    attendee = Attendee(id=attendee_id or new_id(), source="walk-in", walk_in=True).with_changes(**clean)
    attendee_service.require_name(attendee)
    outbox.ensure_outbox(replica)
    with replica.unit() as s:
        code = make_code(event_repo.event_secret(s), attendee.id, 0)
        repo.insert_attendees(s, [attendee])
        badges_repo.insert_badges(s, [Badge(code, attendee.id, 0, utcnow())])
        entry = _journal_row("walk_in", attendee.id, station, operator, station_id, {"name": attendee.full_name})
        s.connection().execute(insert(JournalRow.__table__).values(**entry))
        payload = {
            "attendee": outbox.row_payload(s, AttendeeRow.__table__, AttendeeRow.id == attendee.id),
            "ticket_code": outbox.row_payload(s, TicketCodeRow.__table__, TicketCodeRow.attendee_id == attendee.id),
            "registration": outbox.row_payload(s, RegistrationRow.__table__, RegistrationRow.attendee_id == attendee.id),
            "badge": outbox.row_payload(s, BadgeRow.__table__, BadgeRow.attendee_id == attendee.id),
            "journal": outbox.row_payload(s, JournalRow.__table__, JournalRow.id == entry["id"]),
        }
        outbox.enqueue(s, outbox.WALK_IN, attendee.id, payload)
        stored = repo.get_attendee(s, attendee.id)
    return WalkIn(stored, code)


def offline_journal(
    replica: Database, kind: str, attendee_id: str | None, station: str = "", operator: str = "", station_id: str = "", **data
) -> str:
    """A journal line (a badge printed, …) written to the replica and queued; returns its id."""
    outbox.ensure_outbox(replica)
    entry = _journal_row(kind, attendee_id, station, operator, station_id, data)
    with replica.unit() as s:
        s.connection().execute(insert(JournalRow.__table__).values(**entry))
        outbox.enqueue(s, outbox.JOURNAL, entry["id"], {"journal": outbox.row_payload(s, JournalRow.__table__, JournalRow.id == entry["id"])})
    return entry["id"]


def _journal_row(kind: str, attendee_id: str | None, station: str, operator: str, station_id: str, data: dict) -> dict:
    return {
        "id": new_id(),
        "at": utcnow(),
        "kind": kind,
        "attendee_id": attendee_id,
        "station": station,
        "operator": operator,
        "data": data,
        "station_id": station_id,
    }
