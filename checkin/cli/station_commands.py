"""`checkin station`: this computer's station id and name, and the stations an event has seen."""
from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from checkin.cli import common
from checkin.i18n import QT_TRANSLATE_NOOP, Message
from checkin.services import machine
from checkin.services.event import open_event
from checkin.services.machine import MachineSettings, StationInfo

_EPILOG = """\
Every scan, print, walk-in and edit records the id of the computer that made it; the name is what
people read in the logs and on the organiser's dashboard. With --db, --name also records the
station in that event, and the list shows every station the event has seen.
"""


def register(sub) -> None:
    p = sub.add_parser(
        "station", help="this computer's station name and id; with --db, the event's stations",
        description="Show or set this computer's station name; with --db, list the stations of the event.",
        epilog=_EPILOG,
    )
    p.add_argument("--name", metavar="NAME", help="set this computer's station name (e.g. \"Main entrance, left\")")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_station)


def _m(text: str, **params: Any) -> str:
    return str(Message("CLI", text, params))


def run_station(args) -> int:
    settings = MachineSettings.load()
    if settings.notice is not None:
        common.info(str(settings.notice))
    if args.name is not None:
        settings.station_name = args.name
        settings.save()
    stations: list[StationInfo] | None = None
    zone = None
    if args.db:
        db, event = open_event(common.require_db(args))
        try:
            if args.name is not None:
                machine.register_station(db, settings.station_id, settings.station_name)
            stations = machine.known_stations(db)
        finally:
            db.dispose()
        zone = ZoneInfo(event.timezone)
    if args.json:
        data: dict[str, Any] = {"station_id": settings.station_id, "station_name": settings.station_name}
        if stations is not None:
            data["stations"] = [_station_json(s, settings.station_id) for s in stations]
        common.emit_json(data)
        return 0
    common.info(_m(QT_TRANSLATE_NOOP("CLI", "This computer is the station “{name}” (id {id})."),
                   name=settings.station_name, id=settings.station_id))
    if stations is not None:
        _print_table(stations, settings.station_id, zone)
    return 0


def _station_json(s: StationInfo, this_id: str) -> dict[str, Any]:
    return {
        "id": s.id,
        "name": s.name,
        "this_computer": s.id == this_id,
        "first_seen_at": s.first_seen_at.isoformat(),
        "last_seen_at": s.last_seen_at.isoformat(),
        "last_sync_at": s.last_sync_at.isoformat() if s.last_sync_at else None,
        "pending": s.pending,
    }


def _print_table(stations: list[StationInfo], this_id: str, zone: ZoneInfo) -> None:
    if not stations:
        common.info(_m(QT_TRANSLATE_NOOP(
            "CLI", "No station has worked on this event yet. Name this one with: checkin --db … station --name NAME")))
        return

    def when(at: datetime | None) -> str:
        return at.astimezone(zone).strftime("%Y-%m-%d %H:%M") if at is not None else "—"

    header = [_m(QT_TRANSLATE_NOOP("CLI", "Station")), _m(QT_TRANSLATE_NOOP("CLI", "Last seen")),
              _m(QT_TRANSLATE_NOOP("CLI", "Pending")), _m(QT_TRANSLATE_NOOP("CLI", "Last sync")),
              _m(QT_TRANSLATE_NOOP("CLI", "Id"))]
    this = _m(QT_TRANSLATE_NOOP("CLI", "(this computer)"))
    rows = [[f"{s.name} {this}" if s.id == this_id else s.name, when(s.last_seen_at), str(s.pending),
             when(s.last_sync_at), s.id] for s in stations]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        common.say("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
