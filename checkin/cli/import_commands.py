"""`checkin import`: loading a registration list (filled in by the importing work)."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("import", help="import or re-import a registration list (CSV or XLSX)")
    p.add_argument("file")
    p.set_defaults(func=lambda args: 2)
