"""Badges printed while the shared database does not answer: journalled in the replica and queued for upload.

A walk-in registered offline gets their badge at once; the print is a journal line like any other,
sent with the rest of the station's queue, so the desk's print counts agree once it is back.
"""
from __future__ import annotations

from checkin.services.printing import PRINT_FAILED_KIND, PRINT_KIND, Delivery, PreparedPrint, PrintFailed, PrintOutcome
from checkin.storage import badge_repository as badges_repo
from checkin.storage.database import Database
from checkin.sync.offline import offline_journal
from checkin.ui.badges.print_flow import PrintTarget


def queued_print_target(replica: Database) -> PrintTarget:
    """Read the badges from ``replica`` and journal the print there, queued (see record_print)."""

    def record(prepared: PreparedPrint, delivery: Delivery, station: str, operator: str, station_id: str) -> PrintOutcome:
        details = {"layout": prepared.layout, "printer": delivery.printer, "job_id": delivery.job_id, "copies": delivery.copies}
        if not delivery.ok:
            for attendee_id in prepared.attendee_ids:
                offline_journal(replica, PRINT_FAILED_KIND, attendee_id, station, operator, station_id, **details,
                                reason=delivery.message.english())
            raise PrintFailed(delivery.message, delivery.printer, prepared.attendee_ids)
        with replica.unit() as s:
            before = badges_repo.printed_counts(s)
        reprints = 0
        for attendee_id in prepared.attendee_ids:
            reprint = before.get(attendee_id, 0) > 0
            reprints += reprint
            offline_journal(replica, PRINT_KIND, attendee_id, station, operator, station_id, **details, reprint=reprint)
        timings = {"render": prepared.render_seconds, **{k: prepared.render_seconds + v for k, v in delivery.timings.items()}}
        return PrintOutcome(delivery.printer, prepared.layout, delivery.job_id, prepared.attendee_ids, prepared.pages,
                            delivery.copies, reprints, timings)

    return PrintTarget(replica, record)
