"""`checkin print` and `checkin printers`: sending badges to the system's printers from the command line."""
from __future__ import annotations

import socket

from checkin.badges.layout_store import load_layout
from checkin.badges.stock import STOCKS, get_stock
from checkin.cli import common
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.printing import choices
from checkin.printing.backend import CONTEXT, Printer
from checkin.services import printing
from checkin.services.badges import BadgeSelection, SortKey, default_layout_name


def register(sub) -> None:
    p = sub.add_parser("print", help="print badges on a system printer (same filters as `badges`)")
    p.add_argument("--printer", help="printer name (see `checkin printers`); default: the one last used "
                   "for the layout's stock on this computer, else the system's default printer")
    p.add_argument("--layout", help="layout name (default: the event's layout); see `checkin layouts`")
    p.add_argument("--only-unprinted", action="store_true", help="only attendees whose badge was never printed")
    p.add_argument("--category", help="only this category")
    p.add_argument("--session", metavar="TITLE", help="only attendees registered for this session")
    p.add_argument("--ids", nargs="+", metavar="ID", help="exactly these attendees (cancelled ones included)")
    p.add_argument("--sort", choices=[key.value for key in SortKey], default=SortKey.FAMILY.value)
    p.add_argument("--copies", type=int, default=1)
    p.add_argument("--timeout", type=float, default=printing.BATCH_TIMEOUT,
                   help="give the job up after this many seconds without progress (default %(default)g)")
    p.add_argument("--station", default=socket.gethostname(), help="desk name for the log (default: this computer's name)")
    p.add_argument("--operator", default=common.login_name(), help="who prints, for the log (default: the login name)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_print)

    ps = sub.add_parser("printers", help="list the system's printers")
    ps.add_argument("--json", action="store_true")
    ps.set_defaults(func=run_printers)


def _backend():
    from checkin.ui.printing import system_backend  # no Qt on Linux and macOS

    return system_backend()


def _choose_printer(explicit: str | None, stock_id: str, printers: list[Printer]) -> str:
    if explicit:
        return explicit
    remembered = choices.printer_for_stock(stock_id)
    if remembered:
        return remembered
    default = next((p.name for p in printers if p.is_default), None)
    if default:
        return default
    raise UserError(
        Message(CONTEXT, QT_TRANSLATE_NOOP("Printing", "Which printer? Give --printer NAME; `checkin printers` lists this computer's printers."))
    )


def run_print(args) -> int:
    db = common.open_db(args)
    backend = _backend()
    try:
        layout = load_layout(args.layout or default_layout_name(db))
        printer = _choose_printer(args.printer, layout.stock, [] if args.printer else backend.list_printers())
        selection = BadgeSelection(
            category=args.category,
            session=args.session,
            only_unprinted=args.only_unprinted,
            ids=tuple(args.ids) if args.ids else None,
            sort=SortKey(args.sort),
        )
        outcome = printing.print_badges(
            db, printer, backend=backend, layout=layout, selection=selection, copies=args.copies,
            station=args.station, operator=args.operator, timeout=args.timeout,
            on_submitted=lambda job: common.info(str(Message(CONTEXT, QT_TRANSLATE_NOOP("Printing", "Sent to {printer} as job {job}; waiting for the printer…"), {"printer": job.printer, "job": job.job_id or "-"}))),
        )
    finally:
        db.dispose()
    choices.remember_printer(layout.stock, printer)
    if args.json:
        common.emit_json(
            {
                "printer": outcome.printer,
                "job_id": outcome.job_id,
                "layout": outcome.layout,
                "stock": layout.stock,
                "media": get_stock(layout.stock).media,
                "badges": len(outcome.attendee_ids),
                "pages": outcome.pages,
                "copies": outcome.copies,
                "reprints": outcome.reprints,
                "attendee_ids": list(outcome.attendee_ids),
            }
        )
    else:
        common.info(
            str(Message(CONTEXT, QT_TRANSLATE_NOOP("Printing", "Printed {badges} badge(s) on {pages} page(s) on {printer} (job {job}); {reprints} of them reprint(s)."),
                        {"badges": len(outcome.attendee_ids), "pages": outcome.pages, "printer": outcome.printer, "job": outcome.job_id or "-", "reprints": outcome.reprints}))
        )
    return 0


def run_printers(args) -> int:
    printers = _backend().list_printers()
    remembered = {stock.id: choices.printer_for_stock(stock.id) for stock in STOCKS}
    if args.json:
        common.emit_json(
            [
                {
                    "name": p.name,
                    "description": p.description,
                    "location": p.location,
                    "default": p.is_default,
                    "enabled": p.enabled,
                    "accepting": p.accepting,
                    "message": p.message,
                    "reasons": list(p.reasons),
                    "remembered_for_stocks": sorted(stock for stock, name in remembered.items() if name == p.name),
                }
                for p in printers
            ]
        )
        return 0
    if not printers:
        common.info(str(Message(CONTEXT, QT_TRANSLATE_NOOP("Printing", "No printer is set up on this computer."))))
    for p in printers:
        common.row(f"{'*' if p.is_default else ' '} {p.name}", p.description, _state(p), p.message)
    return 0



def _state(p: Printer) -> str:
    if not p.enabled:
        text = QT_TRANSLATE_NOOP("Printing", "paused")
    elif not p.accepting:
        text = QT_TRANSLATE_NOOP("Printing", "not accepting jobs")
    else:
        text = QT_TRANSLATE_NOOP("Printing", "ready")
    return str(Message(CONTEXT, text))
