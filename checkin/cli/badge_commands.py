"""`checkin badges` and `checkin layouts`: rendering badge PDFs and listing layouts and stocks."""
from __future__ import annotations

from dataclasses import asdict

from checkin.badges.layout_store import list_layouts
from checkin.badges.stock import STOCKS
from checkin.cli import common
from checkin.i18n import translate
from checkin.services import badges as badge_service


def register(sub) -> None:
    b = sub.add_parser("badges", help="render badges into one PDF")
    b.add_argument("--out", required=True, metavar="FILE.pdf")
    b.add_argument("--layout", help="layout name (default: the event's layout); see `checkin layouts`")
    b.add_argument("--only-unprinted", action="store_true", help="only attendees whose badge was never printed")
    b.add_argument("--category", help="only this category")
    b.add_argument("--session", metavar="TITLE", help="only attendees registered for this session")
    b.add_argument("--ids", nargs="+", metavar="ID", help="exactly these attendees (cancelled ones included)")
    b.add_argument("--sort", choices=[key.value for key in badge_service.SortKey], default="family")
    marks = b.add_mutually_exclusive_group()
    marks.add_argument("--cut-marks", dest="cut_marks", action="store_true", default=None, help="draw cut marks")
    marks.add_argument("--no-cut-marks", dest="cut_marks", action="store_false", help="no cut marks")
    b.add_argument("--json", action="store_true", help="print {pages, badges, out}")
    b.set_defaults(func=run_badges)

    lay = sub.add_parser("layouts", help="list badge layouts and badge stocks")
    lay.add_argument("--json", action="store_true")
    lay.set_defaults(func=run_layouts)


def run_badges(args) -> int:
    db = common.open_db(args)
    try:
        selection = badge_service.BadgeSelection(
            category=args.category,
            session=args.session,
            only_unprinted=args.only_unprinted,
            ids=tuple(args.ids) if args.ids else None,
            sort=badge_service.SortKey(args.sort),
        )
        result = badge_service.render_badges(db, args.out, args.layout, selection, cut_marks=args.cut_marks)
    finally:
        db.dispose()
    if args.json:
        common.emit_json({"pages": result.pages, "badges": result.badges, "out": args.out})
    else:
        common.info(f"{result.badges} badges on {result.pages} pages → {args.out}")
    return 0


def _stock_json(stock) -> dict:
    data = asdict(stock)
    data.update(label=translate("Stock", stock.label), sides=stock.sides.value, per_sheet=stock.per_sheet, orientation=stock.orientation)
    return data


def run_layouts(args) -> int:
    default = None
    if args.db:
        db = common.open_db(args)
        default = badge_service.default_layout_name(db)
        db.dispose()
    layouts = list_layouts()
    if args.json:
        common.emit_json(
            {
                "default": default,
                "layouts": [
                    {
                        "name": info.name,
                        "title": info.title,
                        "stock": info.stock,
                        "builtin": info.builtin,
                        "path": str(info.path),
                        "problem": str(info.problem) if info.problem else None,
                    }
                    for info in layouts
                ],
                "stocks": [_stock_json(stock) for stock in STOCKS],
            }
        )
        return 0
    for info in layouts:
        mark = "*" if info.name == default else " "
        detail = str(info.problem) if info.problem else info.title
        common.row(f"{mark} {info.name}", info.stock, detail)
    common.say()
    for stock in STOCKS:
        size = f"{stock.badge_width:g}×{stock.badge_height:g} mm"
        common.row(f"  {stock.id}", size, f"{stock.per_sheet} per {stock.media}", translate('Stock', stock.label))
    return 0
