"""Working on the replica while the server is away: a Station and walk-ins whose records are queued for upload.

API::

    offline_station(replica, checkpoint_id, mode, station, operator, station_id) -> Station
    offline_walk_in(replica, fields, operator, station, station_id) -> WalkIn
    offline_journal(replica, kind, attendee_id, station, operator, station_id, **data) -> str   # its id
    offline_badge_codes(replica, attendee_ids) -> dict[str, str]   # before rendering badges from the replica
    offline_print(replica, prepared, delivery, station, operator, station_id) -> PrintOutcome  # journal, queued
    WalkIn.attendee / WalkIn.code   # the new person and their first badge code (valid on the server too)

A badge printed offline carries the code the replica has; nothing is reissued (a reissue revokes a
code, which only the server can decide). Someone with no badge at all gets the first one, serial 0:
its code is signed from the person's id and serial alone, exactly the one the server makes, and it
travels with the print's journal line so the server knows it even if it never made it itself.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from sqlalchemy import insert

from checkin.domain.codes import Badge, make_code
from checkin.domain.model import Attendee, new_id
from checkin.domain.scan_log import ScanRecord
from checkin.domain.verdicts import ENTRANCE, DirectionMode
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.services import attendees as attendee_service
from checkin.services.printing import PRINT_FAILED_KIND, PRINT_KIND, Delivery, PreparedPrint, PrintFailed, PrintOutcome
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
        _queue_journal(s, entry)
    return entry["id"]


def _queue_journal(s, entry: dict, with_badge: bool = False) -> None:
    """Write ``entry`` and queue it; ``with_badge``: the person's current badge travels with it."""
    s.connection().execute(insert(JournalRow.__table__).values(**entry))
    payload = {"journal": outbox.row_payload(s, JournalRow.__table__, JournalRow.id == entry["id"])}
    if with_badge and entry["attendee_id"]:
        # A first badge made offline is on the server once its print is (added if missing there).
        payload["badge"] = outbox.row_payload(
            s, BadgeRow.__table__, BadgeRow.attendee_id == entry["attendee_id"], BadgeRow.revoked_at.is_(None)
        )
    outbox.enqueue(s, outbox.JOURNAL, entry["id"], payload)


# ---- badges printed offline ----------------------------------------------------------------------


def offline_badge_codes(replica: Database, attendee_ids: Sequence[str]) -> dict[str, str]:
    """Attendee id → the code to print for them from the replica; a first badge (serial 0) for
    someone who never had one. UserError if a code would need the server: the person is not in the
    replica yet, or their badges were all revoked (only the server can issue the next serial)."""
    ids = list(dict.fromkeys(attendee_ids))
    with replica.unit() as s:
        known = {attendee_id: repo.get_attendee(s, attendee_id) for attendee_id in ids}
        if None in known.values():
            raise UserError(Message("Sync", QT_TRANSLATE_NOOP(
                "Sync",
                "This person is not in this computer's copy of the list yet (they were added elsewhere just before "
                "the network went), so their badge can only be printed once the shared database answers again.",
            )))
        codes = badges_repo.current_codes(s, ids)
        missing = [attendee_id for attendee_id in ids if attendee_id not in codes]
        if missing:
            serials = badges_repo.next_serials(s, missing)
            replaced = [known[a].full_name for a in missing if serials[a] > 0]
            if replaced:
                raise UserError(Message("Sync", QT_TRANSLATE_NOOP(
                    "Sync",
                    "The badge of {name} was withdrawn and a new badge code can only be issued by the shared "
                    "database, so this badge cannot be printed offline. Print it once the orange banner is gone.",
                ), {"name": ", ".join(replaced)}))
            secret, now = event_repo.event_secret(s), utcnow()
            first = [Badge(make_code(secret, attendee_id, 0), attendee_id, 0, now) for attendee_id in missing]
            badges_repo.insert_badges(s, first)
            codes.update({b.attendee_id: b.code for b in first})
    return codes


def offline_print(
    replica: Database, prepared: PreparedPrint, delivery: Delivery, station: str = "", operator: str = "", station_id: str = ""
) -> PrintOutcome:
    """:func:`checkin.services.printing.record_print` on the replica, each journal line queued with
    the badge it printed: the print lines (or print_failed, then PrintFailed raised) in one transaction."""
    details = {"layout": prepared.layout, "printer": delivery.printer, "job_id": delivery.job_id, "copies": delivery.copies}
    outbox.ensure_outbox(replica)
    reprints = 0
    with replica.unit() as s:
        before = badges_repo.printed_counts(s) if delivery.ok else {}
        for attendee_id in prepared.attendee_ids:
            if delivery.ok:
                reprint = before.get(attendee_id, 0) > 0
                reprints += reprint
                entry = _journal_row(PRINT_KIND, attendee_id, station, operator, station_id, {**details, "reprint": reprint})
            else:
                entry = _journal_row(PRINT_FAILED_KIND, attendee_id, station, operator, station_id,
                                     {**details, "reason": delivery.message.english()})
            _queue_journal(s, entry, with_badge=True)
    if not delivery.ok:
        raise PrintFailed(delivery.message, delivery.printer, prepared.attendee_ids)
    timings = {"render": prepared.render_seconds, **{k: prepared.render_seconds + v for k, v in delivery.timings.items()}}
    return PrintOutcome(delivery.printer, prepared.layout, delivery.job_id, prepared.attendee_ids, prepared.pages,
                        delivery.copies, reprints, timings)


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
