"""`checkin new` and `checkin demo`: creating events."""
from __future__ import annotations

from datetime import date

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
    p.add_argument("--name", required=True)
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
    d.add_argument("--starts-on", help="first day of the programme, YYYY-MM-DD or 'today' (default 2026-03-20)")
    d.set_defaults(func=run_demo)


def run_new(args) -> int:
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


def run_demo(args) -> int:
    from checkin.services.demo import create_demo_event

    options = {}
    if args.starts_on:
        options["first_day"] = date.today() if args.starts_on == "today" else _date(args.starts_on)
    db, summary = create_demo_event(common.require_db(args), attendees=args.attendees, seed=args.seed, **options)
    common.info(f"{summary['event']}: {summary['attendees']} attendees, {summary['sessions']} sessions → {db.url}")
    db.dispose()
    return 0
