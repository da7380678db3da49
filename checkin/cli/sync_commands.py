"""`checkin sync` (send this computer's offline queue to the shared database, refresh its copy) and `checkin conflicts`."""
from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from checkin.cli import common
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.services.event import open_event
from checkin.services.machine import MachineSettings
from checkin.sync import outbox, paths
from checkin.sync.conflicts import Conflict, find_conflicts
from checkin.sync.cycle import SyncReport, open_replica, replica_for, sync_now
from checkin.sync.upload import SentCounts

_SYNC_EPILOG = """\
A station that lost the shared database keeps scanning and queues what it does on this computer;
it sends the queue by itself when the database is back. This command does the same at once: it
sends the queue (records already on the server are skipped, never doubled), refreshes this
computer's copy of the event, and lists the people two offline desks both let in.
"""


def register(sub) -> None:
    p = sub.add_parser("sync", help="send this computer's offline queue to the shared database and refresh its copy",
                       epilog=_SYNC_EPILOG)
    p.add_argument("--station-id", metavar="ID", help="this computer's station id (default: from its settings)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_sync)

    c = sub.add_parser("conflicts", help="people let in at one door by two desks that were both offline")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=run_conflicts)


def _m(text: str, **params: Any) -> str:
    return str(Message("CLI", text, params))


def _station(args) -> tuple[str, str]:
    """(station id, station name) of this computer: --station-id, else its settings."""
    settings = MachineSettings.load()
    if settings.notice is not None:
        common.info(str(settings.notice))
    return args.station_id or settings.station_id, settings.station_name


def _queued_here(url: str) -> int:
    """Records queued on this computer for the event at ``url`` (0 if it has no copy of it)."""
    event_id = paths.known_event_id(make_url(url).render_as_string(hide_password=True))
    path = paths.replica_path(event_id) if event_id else None
    if path is None or not path.is_file():
        return 0
    replica = open_replica(path)
    try:
        return outbox.pending_count(replica)
    finally:
        replica.dispose()


def _unreachable(url: str, reason: str) -> UserError:
    return UserError(
        Message(
            "CLI",
            QT_TRANSLATE_NOOP(
                "CLI",
                "Could not reach the shared database ({reason}). Nothing was lost: what this computer has not sent "
                "stays queued on it (waiting: {count}). Check the network and the address, then run `checkin sync` again.",
            ),
            {"reason": reason, "count": _queued_here(url)},
        )
    )


def run_sync(args) -> int:
    url = common.require_db(args)
    station_id, station_name = _station(args)
    try:
        server, event = open_event(url)
    except UserError as exc:
        if isinstance(exc.__cause__, SQLAlchemyError):  # no answer, as opposed to "not an event"
            raise _unreachable(url, str(getattr(exc.__cause__, "orig", exc.__cause__)).strip().splitlines()[0]) from exc
        raise
    try:
        replica = replica_for(server, station_id)
        try:
            report = sync_now(server, station_id, replica, station_name)
        finally:
            replica.dispose()
    except SQLAlchemyError as exc:
        raise _unreachable(url, str(getattr(exc, "orig", exc)).strip().splitlines()[0]) from exc
    finally:
        server.dispose()
    zone = ZoneInfo(event.timezone)
    if args.json:
        common.emit_json(_report_json(report))
        return 0
    if report.counts:
        common.say(_m(QT_TRANSLATE_NOOP("CLI", "Sent {sent}."), sent=sent_text(report.counts)))
    else:
        common.say(_m(QT_TRANSLATE_NOOP("CLI", "Nothing new to send.")))
    if report.skipped == 1:
        common.say(_m(QT_TRANSLATE_NOOP("CLI", "1 record was already on the server (sent before); it was not sent twice.")))
    elif report.skipped:
        common.say(_m(QT_TRANSLATE_NOOP("CLI", "{count} records were already on the server (sent before); none was sent twice."),
                 count=report.skipped))
    if report.remaining:
        common.say(_m(QT_TRANSLATE_NOOP("CLI", "Queued meanwhile, waiting for the next sync: {count}."), count=report.remaining))
    if report.refreshed:
        common.say(_m(QT_TRANSLATE_NOOP("CLI", "This computer's copy of the event is up to date.")))
    _print_conflicts(report.conflicts, zone)
    return 0


# (one, many) for each kind of record sent, in SentCounts' order. The English form is chosen by the
# number; nothing lists a kind of which none was sent, so French takes the same forms (1, 2+).
_KINDS = (
    ("scans", QT_TRANSLATE_NOOP("CLI", "{count} scan"), QT_TRANSLATE_NOOP("CLI", "{count} scans")),
    ("undos", QT_TRANSLATE_NOOP("CLI", "{count} undo"), QT_TRANSLATE_NOOP("CLI", "{count} undos")),
    ("walk_ins", QT_TRANSLATE_NOOP("CLI", "{count} walk-in"), QT_TRANSLATE_NOOP("CLI", "{count} walk-ins")),
    ("prints", QT_TRANSLATE_NOOP("CLI", "{count} badge print"), QT_TRANSLATE_NOOP("CLI", "{count} badge prints")),
    ("others", QT_TRANSLATE_NOOP("CLI", "{count} other record"), QT_TRANSLATE_NOOP("CLI", "{count} other records")),
)


def sent_text(counts: SentCounts) -> str:
    """What an upload sent, as the stations' Back online says it: "5 scans, 1 walk-in and 2 badge prints"."""
    phrases = []
    for name, one, many in _KINDS:
        count = getattr(counts, name)
        if count:
            phrases.append(_m(one if count == 1 else many, count=count))
    if len(phrases) < 2:
        return "".join(phrases)
    return _m(QT_TRANSLATE_NOOP("CLI", "{items} and {last}"), items=", ".join(phrases[:-1]), last=phrases[-1])


def run_conflicts(args) -> int:
    db, event = open_event(common.require_db(args))
    try:
        conflicts = find_conflicts(db)
    finally:
        db.dispose()
    if args.json:
        common.emit_json([_conflict_json(c) for c in conflicts])
    else:
        _print_conflicts(conflicts, ZoneInfo(event.timezone))
    return 0


def _print_conflicts(conflicts: list[Conflict], zone: ZoneInfo) -> None:
    if not conflicts:
        common.say(_m(QT_TRANSLATE_NOOP("CLI", "No conflicts: nobody was let in twice by desks working offline.")))
        return
    common.say(_m(
        QT_TRANSLATE_NOOP("CLI", "People let in twice at one door by desks working offline: {count}. Each is counted once; check them if it matters (a badge passed on, say):"),
        count=len(conflicts),
    ))
    for conflict in conflicts:
        common.say("  " + _m(QT_TRANSLATE_NOOP("CLI", "{name} at {door}, let in by:"), name=conflict.attendee_name, door=conflict.checkpoint_title))
        for scan in conflict.scans:
            common.say("    " + _entry(scan.station or scan.station_id, scan.at, scan.offline, zone))


def _entry(station: str, at: datetime, offline: bool, zone: ZoneInfo) -> str:
    local = at.astimezone(zone).strftime("%H:%M:%S")
    if offline:
        return _m(QT_TRANSLATE_NOOP("CLI", "{station} at {time} (offline)"), station=station, time=local)
    return _m(QT_TRANSLATE_NOOP("CLI", "{station} at {time}"), station=station, time=local)


def _report_json(report: SyncReport) -> dict:
    return {
        "sent": report.sent,
        "sent_by_kind": asdict(report.counts),
        "skipped": report.skipped,
        "remaining": report.remaining,
        "refreshed": report.refreshed,
        "conflicts": [_conflict_json(c) for c in report.conflicts],
    }


def _conflict_json(c: Conflict) -> dict:
    return {
        "attendee_id": c.attendee_id,
        "attendee_name": c.attendee_name,
        "checkpoint_id": c.checkpoint_id,
        "checkpoint_title": c.checkpoint_title,
        "scans": [
            {"scan_id": s.scan_id, "station": s.station, "station_id": s.station_id, "at": s.at.isoformat(), "offline": s.offline}
            for s in c.scans
        ],
    }
