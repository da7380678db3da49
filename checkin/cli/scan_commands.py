"""`checkin scan` and `checkin presence`: checking people in and out at a door, and who is inside."""
from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from checkin.cli import common
from checkin.domain.model import Attendee
from checkin.domain.verdicts import ENTRANCE, Checkpoint, DirectionMode, Presence, Verdict
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.scanning.wedge import KeyBurst, readings
from checkin.services import attendees as attendee_service
from checkin.services import badges as badge_service
from checkin.services import presence
from checkin.services.scan_messages import verdict_label
from checkin.services.event import open_event
from checkin.services.machine import MachineSettings
from checkin.services.scanning import ScanResult, Station, checkpoint_for, find_checkpoint_id

# The exit status when at least one scan was refused (1 is an error, 2 a wrong command line).
REJECTED_STATUS = 3

_SCAN_EPILOG = f"""\
Each code is one scan, decided and saved in the event before its verdict is shown. With --json,
one CODE prints one object {{verdict, reason, message, attendee, checkpoint, direction,
scanned_at}}; several codes, or --image, print a list of them in order.

Exit status: 0 when every scan let the person through (accepted, or a warning staff should look
at), {REJECTED_STATUS} when at least one scan was refused, 1 on an error (the scan it names was not recorded,
and with --image no scan is recorded unless every picture could be read), 2 for a wrong command line.
"""


def register(sub) -> None:
    p = sub.add_parser(
        "scan", help="check people in (or out) by their badge or ticket code",
        description="Check people in or out at the event entrance or at a session's door.",
        epilog=_SCAN_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("codes", nargs="*", metavar="CODE", help="badge code, ticket code or QR text, as scanned")
    p.add_argument("--image", nargs="+", action="extend", default=[], metavar="FILE",
                   help="photo or screenshot of QR codes (PNG, JPEG…); every code in it is scanned")
    p.add_argument("--session", metavar="TITLE", help="the session's door (default: the event entrance)")
    p.add_argument("--exit", action="store_true", help="record leaving instead of entering")
    p.add_argument("--station", default=None, help="desk or door name for the log (default: this computer's station name, `checkin station`)")
    p.add_argument("--operator", default=common.login_name(), help="who scans, for the log (default: the login name)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_scan)

    pr = sub.add_parser("presence", help="who is inside, who left, who has not come (entrance or a session)")
    pr.add_argument("--session", metavar="TITLE", help="a session's door (default: the event entrance)")
    pr.add_argument("--json", action="store_true")
    pr.set_defaults(func=run_presence)


# ---- scan ------------------------------------------------------------------------------------


def _nothing_to_scan() -> UserError:
    return UserError(
        Message("CLI", QT_TRANSLATE_NOOP("CLI", "Nothing to scan. Give one or more codes, or --image FILE with a photo of the QR code."))
    )


def _pictures_codes(paths: list[str]) -> list[str]:
    # Imported here: decoding pulls in zxing-cpp and Pillow, which typed codes do not need.
    from checkin.scanning.decode import read_codes_from_file

    return [code for path in paths for code in read_codes_from_file(path)]


def run_scan(args) -> int:
    if not args.codes and not args.image:
        raise _nothing_to_scan()
    # Every picture is read before anything is recorded, so a blurred photo stops the run whole:
    # running it again does not turn the scans already made into "already checked in".
    scans = [(code, "cli") for code in args.codes] + [(code, "image") for code in _pictures_codes(args.image)]
    db = common.open_db(args)
    try:
        checkpoint_id = find_checkpoint_id(db, args.session)
        machine = MachineSettings.load()
        station = Station(
            db, checkpoint_id, DirectionMode.OUT if args.exit else DirectionMode.IN,
            args.station or machine.station_name, args.operator, station_id=machine.station_id,
        )
        results = []
        for code, method in scans:
            # A scanner set to US typing into a terminal on an AZERTY or QWERTZ desk scrambles the
            # code, as it does in the window: both read it through the same desk layouts.
            result = station.scan(readings(KeyBurst(code)) if method == "cli" else code, method=method)
            results.append(result)
            if not args.json:
                common.info(_scan_line(result))
        if args.json:
            people = [r.attendee for r in results if r.attendee is not None]
            codes = badge_service.ensure_codes(db, [a.id for a in people]) if people else {}
            arrivals = presence.checked_in_at(db) if people else {}
            titles = _session_titles(db)
            objects = [_scan_json(r, titles, codes, arrivals) for r in results]
            common.emit_json(objects[0] if len(args.codes) == 1 and not args.image else objects)
    finally:
        db.dispose()
    return REJECTED_STATUS if any(r.verdict is Verdict.REJECTED for r in results) else 0


def _scan_line(result: ScanResult) -> str:
    params = {"verdict": verdict_label(result.verdict.value), "message": result.message}
    if result.attendee is None:
        return str(Message("CLI", QT_TRANSLATE_NOOP("CLI", "{verdict}: {message}"), params))
    params["name"] = result.attendee.full_name
    return str(Message("CLI", QT_TRANSLATE_NOOP("CLI", "{verdict}: {name} — {message}"), params))


def _checkpoint_name(checkpoint: Checkpoint) -> str:
    """How the JSON names a door: the session's title, or "entrance"."""
    return checkpoint.session.title if checkpoint.session is not None else ENTRANCE


def _scan_json(result: ScanResult, titles: dict[str, str], codes: dict[str, str], arrivals: dict[str, datetime]) -> dict[str, Any]:
    a = result.attendee
    return {
        "verdict": result.verdict.value,
        "reason": result.reason.value,
        "message": str(result.message),
        "attendee": common.attendee_json(a, titles, codes.get(a.id, ""), arrivals.get(a.id)) if a is not None else None,
        "checkpoint": _checkpoint_name(result.checkpoint),
        "direction": result.direction.value,
        "scanned_at": result.scanned_at.isoformat(),
    }


def _session_titles(db) -> dict[str, str]:
    return {session.id: session.title for session in attendee_service.sessions(db)}


# ---- presence --------------------------------------------------------------------------------


def run_presence(args) -> int:
    db, event = open_event(common.require_db(args))
    try:
        checkpoint = checkpoint_for(db, find_checkpoint_id(db, args.session))
        titles = _session_titles(db)
        capacity = checkpoint.session.capacity if checkpoint.session is not None else None
        counts = presence.counters(db, checkpoint.id, capacity)
        report = presence.presence_report(db, checkpoint.id)
        if args.json:
            codes = badge_service.ensure_codes(db)
            arrivals = presence.checked_in_at(db)
    finally:
        db.dispose()
    name = _checkpoint_name(checkpoint)
    if args.json:
        def person(a: Attendee) -> dict[str, Any]:
            return common.attendee_json(a, titles, codes.get(a.id, ""), arrivals.get(a.id))

        def there(a: Attendee, p: Presence) -> dict[str, Any]:
            return {"attendee": person(a), "first_in_at": p.first_in_at.isoformat(), "first_in_station": p.first_in_station,
                    "entries": p.entries}

        common.emit_json(
            {
                "checkpoint": name,
                "capacity": counts.capacity,
                "counts": {"expected": counts.expected, "arrived": counts.arrived, "inside": counts.inside,
                           "left": len(report.left), "missing": len(report.missing)},
                "inside": [there(a, p) for a, p in report.inside],
                "left": [there(a, p) for a, p in report.left],
                "missing": [person(a) for a in report.missing],
            }
        )
        return 0
    shown = name if checkpoint.session is not None else str(Message("CLI", QT_TRANSLATE_NOOP("CLI", "Event entrance")))
    _print_presence(shown, counts, report, ZoneInfo(event.timezone))
    return 0


def _print_presence(name: str, counts: presence.Counters, report: presence.PresenceReport, zone: ZoneInfo) -> None:
    places = "" if counts.capacity is None else f"/{counts.capacity}"
    common.info(str(Message("CLI", QT_TRANSLATE_NOOP(
        "CLI", "{checkpoint}: {inside}{places} inside, {arrived} of {expected} expected came at least once."),
        {"checkpoint": name, "inside": counts.inside, "places": places, "arrived": counts.arrived, "expected": counts.expected})))
    sections = (
        (Message("CLI", QT_TRANSLATE_NOOP("CLI", "Inside")), report.inside),
        (Message("CLI", QT_TRANSLATE_NOOP("CLI", "Left")), report.left),
        (Message("CLI", QT_TRANSLATE_NOOP("CLI", "Missing")), [(a, None) for a in report.missing]),
    )
    for heading, rows in sections:
        common.say(f"# {heading} ({len(rows)})")
        for a, p in rows:
            since = p.first_in_at.astimezone(zone).strftime("%Y-%m-%d %H:%M") if p is not None else ""
            common.row(a.last_name, a.first_name, a.organisation, since)
