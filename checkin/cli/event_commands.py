"""`checkin new` and `checkin demo`: creating events."""
from __future__ import annotations

from datetime import date, datetime, timezone

from checkin.cli import common
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.services.event import new_event


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            Message("CLI", QT_TRANSLATE_NOOP("CLI", "“{text}” is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-20."), {"text": text})
        ) from None


def register(sub) -> None:
    p = sub.add_parser("new", help="create an event file or database")
    p.add_argument("--name", help="the event's name (not with --from)")
    p.add_argument(
        "--from",
        dest="source",
        metavar="FILE.checkin",
        help="publish a prepared event file to this (empty) database, with its people, sessions and badge "
        "secret, so badges printed from the file stay valid",
    )
    p.add_argument("--start", help="first day, YYYY-MM-DD")
    p.add_argument("--end", help="last day, YYYY-MM-DD")
    p.add_argument("--venue", default="")
    p.add_argument("--timezone", default="Europe/Brussels")
    p.add_argument("--languages", default="en,fr", help="comma-separated, e.g. en,fr")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_new)

    d = sub.add_parser("demo", help="create a realistic demo event (~700 attendees)")
    d.add_argument("--attendees", type=int, default=700)
    d.add_argument("--seed", type=int, default=2026)
    d.add_argument("--starts-on", help="first day of the programme, YYYY-MM-DD (default 2026-03-20), or 'today': "
                   "the programme placed around the present time, with workshops and a site visit under way")
    d.set_defaults(func=run_demo)


def run_new(args) -> int:
    if args.source:
        return _publish(args)
    if not args.name:
        raise UserError(Message("CLI", QT_TRANSLATE_NOOP("CLI", "Give the event a name with --name, or publish an event file with --from FILE.checkin.")))
    db, event = new_event(
        common.require_db(args),
        args.name,
        _date(args.start) if args.start else None,
        _date(args.end) if args.end else None,
        args.venue,
        args.timezone,
        tuple(lang.strip() for lang in args.languages.split(",") if lang.strip()),
    )
    if args.json:
        common.emit_json({"id": event.id, "name": event.name, "db": db.url})
    else:
        common.info(f"{event.name}: {db.url}")
    db.dispose()
    return 0


def _publish(args) -> int:
    from checkin.sync.publish import publish_event_file

    if args.name:
        raise UserError(Message("CLI", QT_TRANSLATE_NOOP("CLI", "--from copies the event file's own name; leave out --name.")))
    event, report = publish_event_file(args.source, common.require_db(args))
    from sqlalchemy.engine import make_url

    from checkin.storage.database import to_url

    url = make_url(to_url(common.require_db(args))).render_as_string(hide_password=True)
    if args.json:
        common.emit_json({"id": event.id, "name": event.name, "db": url, "rows": report.rows})
    else:
        common.info(
            str(
                Message(
                    "CLI",
                    QT_TRANSLATE_NOOP("CLI", "{name}: published to {url} ({attendees} attendees, {sessions} sessions, {scans} scans). Badges printed from the file stay valid."),
                    {"name": event.name, "url": url, "attendees": report.rows["attendee"], "sessions": report.rows["session"], "scans": report.rows["scan"]},
                )
            )
        )
    return 0


def run_demo(args) -> int:
    from checkin.services.demo import create_demo_event

    options = {}
    if args.starts_on == "today":
        options["around"] = datetime.now(timezone.utc)
    elif args.starts_on:
        options["first_day"] = _date(args.starts_on)
    db, summary = create_demo_event(common.require_db(args), attendees=args.attendees, seed=args.seed, **options)
    common.info(f"{summary['event']}: {summary['attendees']} attendees, {summary['sessions']} sessions → {db.url}")
    db.dispose()
    return 0
