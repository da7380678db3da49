"""`checkin export …` and `checkin stats`: attendance files, sign-in sheets, certificates, the summary report, the numbers."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from checkin.cli import common
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.services import documents, exports
from checkin.services.exports import ExportFormat, ExportKind, ExportRequest
from checkin.services.statistics import EventStats, event_stats

_TABLE_KINDS = [kind.value for kind in ExportKind]
# Documents that are only ever PDF, and what writes each: (db, args) → a line for stderr.
_DOCUMENTS = {
    "sheets": lambda db, args: str(Message(
        "Reports", QT_TRANSLATE_NOOP("Reports", "Wrote the sign-in sheets of {count} sessions to {path}."),
        {"count": documents.sign_in_sheets(db, Path(args.out), args.session), "path": args.out})),
    "certificates": lambda db, args: str(Message(
        "Reports", QT_TRANSLATE_NOOP("Reports", "Wrote {count} certificates of attendance to {path}."),
        {"count": documents.certificates(db, Path(args.out)).count, "path": args.out})),
    "report": lambda db, args: _report(db, Path(args.out)),
}


def _report(db, path: Path) -> str:
    documents.summary_report(db, path)
    return str(Message("Reports", QT_TRANSLATE_NOOP("Reports", "Wrote the summary report to {path}."), {"path": str(path)}))


def register(sub) -> None:
    e = sub.add_parser(
        "export",
        help="write attendance files (XLSX, CSV, PDF), sign-in sheets, certificates or the summary report",
        description="attendance, scans, no-shows, walk-ins: tables as XLSX, CSV or PDF. "
        "Times are in the event's time zone; texts in the event's first language.",
    )
    e.add_argument("what", choices=_TABLE_KINDS + list(_DOCUMENTS), help="what to export; sheets: sign-in sheets "
                   "(PDF) of --session, or of every session; certificates: one PDF, or one PDF per person when --out "
                   "is a folder; report: the summary report (PDF)")
    e.add_argument("--out", required=True, metavar="FILE", help="the file to write (replaced if it exists)")
    e.add_argument("--format", choices=[f.value for f in ExportFormat], help="default: from the --out file name")
    e.add_argument("--session", metavar="TITLE", help="only this session (see `checkin sessions`)")
    e.add_argument("--delimiter", default=",", help="CSV delimiter: , (default) or ; for French and Belgian spreadsheets")
    e.add_argument("--columns", metavar="NAMES", help="attendee columns, comma-separated, e.g. last_name,first_name,email "
                   "(default: last_name,first_name,organisation,city,country,category)")
    e.set_defaults(func=run_export)

    s = sub.add_parser("stats", help="arrivals, sessions, site visits, categories and countries now")
    s.add_argument("--day", type=date.fromisoformat, metavar="YYYY-MM-DD", help="day of the arrivals curve (default: today)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=run_stats)


def _format(args, allowed: tuple[ExportFormat, ...]) -> ExportFormat:
    """--format, else the --out file's extension; refused if ``args.what`` cannot be written so."""
    suffix = Path(args.out).suffix.lower().lstrip(".")
    known = {f.value for f in ExportFormat}
    fmt = ExportFormat(args.format) if args.format else ExportFormat(suffix) if suffix in known else None
    if fmt is None:
        raise UserError(
            Message(
                "Reports",
                QT_TRANSLATE_NOOP("Reports", "Which format? Give --format {formats}, or an --out file ending in one of them."),
                {"formats": "|".join(f.value for f in allowed)},
            )
        )
    if fmt not in allowed:
        raise UserError(
            Message(
                "Reports",
                QT_TRANSLATE_NOOP("Reports", "{what} can only be written as {formats}, not {format}."),
                {"what": args.what, "formats": " or ".join(f.value.upper() for f in allowed), "format": fmt.value.upper()},
            )
        )
    return fmt


def _install_document_languages() -> None:
    from checkin.translations import install_document_languages  # Qt Core only, for the .qm files

    install_document_languages()


def run_export(args) -> int:
    _install_document_languages()
    if args.what in _DOCUMENTS:
        if args.format:
            _format(args, (ExportFormat.PDF,))
        db = common.open_db(args)
        try:
            common.info(_DOCUMENTS[args.what](db, args))
        finally:
            db.dispose()
        return 0
    fmt = _format(args, tuple(ExportFormat))
    columns = [c.strip() for c in args.columns.split(",") if c.strip()] if args.columns is not None else None
    request = ExportRequest(ExportKind(args.what), fmt, Path(args.out), columns, args.session, args.delimiter)
    db = common.open_db(args)
    try:
        result = exports.export(db, request)
    finally:
        db.dispose()
    common.info(str(Message("Reports", QT_TRANSLATE_NOOP("Reports", "Wrote {rows} rows to {path}."), {"rows": result.rows, "path": str(result.path)})))
    return 0


def stats_json(stats: EventStats) -> dict:
    def tally(t):
        return {"registered": t.registered, "arrived": t.arrived}

    return {
        "computed_at": stats.computed_at.isoformat(),
        "timezone": stats.timezone,
        "day": stats.day.isoformat(),
        "registered": stats.registered,
        "arrived": stats.arrived,
        "walk_ins": stats.walk_ins,
        "no_shows": stats.no_shows,
        "categories": [{"category": c.category, **tally(c.tally)} for c in stats.categories],
        "arrivals": [{"from": slot.starts_at.isoformat(), "arrivals": slot.arrivals} for slot in stats.arrivals],
        "sessions": [
            {"id": x.session.id, "title": x.session.title, "kind": x.session.kind.value, "registered": x.registered,
             "present": x.present, "peak": x.peak, "capacity": x.capacity, "came": x.came}
            for x in stats.sessions
        ],
        "site_visits": [{"id": v.session.id, "title": v.session.title, "registered": v.registered, "out": v.out, "back": v.back} for v in stats.site_visits],
        "countries": [{"country": c.country, **tally(c.tally)} for c in stats.countries],
        "cities": [{"country": c.country, "city": c.city, **tally(c.tally)} for c in stats.cities],
    }


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "–"


def _write_stats(stats: EventStats) -> None:
    def say(text: str, **params) -> None:
        common.say(str(Message("Reports", text, params)))

    say(QT_TRANSLATE_NOOP("Reports", "Arrived: {arrived} of {registered} ({percent}); walk-ins: {walk_ins}; no-shows so far: {no_shows}"),
        arrived=stats.arrived, registered=stats.registered, percent=_percent(stats.arrived, stats.registered),
        walk_ins=stats.walk_ins, no_shows=stats.no_shows)
    common.say()
    for c in stats.categories:
        common.row(f"  {c.category or '–'}", f"{c.tally.arrived}/{c.tally.registered}")
    if stats.sessions:
        common.say()
        say(QT_TRANSLATE_NOOP("Reports", "Sessions: registered, inside now, peak / capacity, came"))
        for x in stats.sessions:
            capacity = "" if x.capacity is None else f"/{x.capacity}"
            common.row(f"  {x.session.title}", x.registered, x.present, f"{x.peak}{capacity}", x.came)
    if stats.site_visits:
        common.say()
        say(QT_TRANSLATE_NOOP("Reports", "Site visits: out now, back"))
        for v in stats.site_visits:
            common.row(f"  {v.session.title}", v.out, v.back)
    slots = [slot for slot in stats.arrivals if slot.arrivals]
    if slots:
        common.say()
        say(QT_TRANSLATE_NOOP("Reports", "Arrivals on {day}, per quarter hour"), day=stats.day.isoformat())
        for slot in slots:
            common.row(f"  {slot.starts_at:%H:%M}", slot.arrivals)
    if stats.countries:
        common.say()
        say(QT_TRANSLATE_NOOP("Reports", "Countries: arrived / registered"))
        for c in stats.countries:
            common.row(f"  {c.country or '–'}", f"{c.tally.arrived}/{c.tally.registered}")


def run_stats(args) -> int:
    db = common.open_db(args)
    try:
        stats = event_stats(db, args.day)
    finally:
        db.dispose()
    if args.json:
        common.emit_json(stats_json(stats))
    else:
        _write_stats(stats)
    return 0
