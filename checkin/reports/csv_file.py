"""Writing an export table as CSV that spreadsheets open with the accents right.

UTF-8 with a byte-order mark (Excel reads BOM-less CSV in the system's legacy code page), ``,`` or
``;`` as the delimiter (French and Belgian spreadsheets expect ``;``, their decimal separator being
the comma), times as "2026-03-20 08:03" in the event's time zone, and no cell a spreadsheet would
run as a formula.
"""
from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.reports.files import atomic_file
from checkin.reports.table import ExportTable, Kind, neutralised

DELIMITERS = (",", ";")
_TIME_FORMATS = {Kind.MINUTE: "%Y-%m-%d %H:%M", Kind.SECOND: "%Y-%m-%d %H:%M:%S"}


def check_delimiter(delimiter: str) -> str:
    if delimiter not in DELIMITERS:
        raise UserError(
            Message(
                "Reports",
                QT_TRANSLATE_NOOP("Reports", "The CSV delimiter must be “,” or “;”, not “{delimiter}”."),
                {"delimiter": delimiter},
            )
        )
    return delimiter


def _text(value, kind: Kind) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(_TIME_FORMATS.get(kind, _TIME_FORMATS[Kind.MINUTE]))
    if isinstance(value, str):
        return neutralised(value)
    return str(value)


def write_csv(table: ExportTable, path: Path, delimiter: str = ",") -> None:
    check_delimiter(delimiter)
    kinds = [c.kind for c in table.columns]
    with atomic_file(path) as temporary:
        with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
            writer.writerow([neutralised(h) for h in table.headers])
            writer.writerows([_text(v, k) for v, k in zip(row, kinds)] for row in table.rows)
