"""Reading Excel workbooks (.xlsx): the sheet asked for, or the one whose header row is recognised best."""
from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time
from typing import Callable

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.importing.headers import find_header_row, header_score
from checkin.importing.summary import ImportCancelled
from checkin.importing.table import SourceTable, build_table

_SCAN_ROWS = 30
_CANCEL_EVERY = 2000


def cell_text(value) -> str:
    """A cell as the person reading the sheet sees it: 12 not 12.0, dates without a midnight time."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        # 15 significant digits, as Excel shows them: 0.1 + 0.2 is 0.3, not 0.30000000000000004.
        return str(int(value)) if value.is_integer() else format(value, ".15g")
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _open(data: bytes, name: str):
    try:
        # From memory, not by path: openpyxl refuses a path whose extension it does not know, and
        # a workbook saved as "liste.csv" or downloaded without an extension is still a workbook.
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise UserError(
            Message(
                "Import",
                QT_TRANSLATE_NOOP("Import", "“{name}” could not be read as an Excel workbook ({reason}). Open it in Excel or LibreOffice and save it again as .xlsx or CSV."),
                {"name": name, "reason": str(exc) or type(exc).__name__},
            )
        ) from exc


def _rows(worksheet, limit: int | None = None, cancelled: Callable[[], bool] | None = None) -> list[list[str]]:
    rows: list[list[str]] = []
    for values in worksheet.iter_rows(min_row=1, max_row=limit, values_only=True):
        rows.append([cell_text(value) for value in values])
        if cancelled is not None and len(rows) % _CANCEL_EVERY == 0 and cancelled():
            raise ImportCancelled()
    return rows


def _choose_sheet(workbook, wanted: str | None, name: str):
    worksheets = list(workbook.worksheets)
    if wanted is not None:
        for exact in (True, False):
            for ws in worksheets:
                if ws.title == wanted if exact else ws.title.casefold() == wanted.strip().casefold():
                    return ws
        raise UserError(
            Message(
                "Import",
                QT_TRANSLATE_NOOP("Import", "“{name}” has no sheet called “{sheet}”. Its sheets are: {sheets}."),
                {"name": name, "sheet": wanted, "sheets": ", ".join(ws.title for ws in worksheets)},
            )
        )
    best, best_key = None, None
    for order, ws in enumerate(worksheets):
        sample = _rows(ws, _SCAN_ROWS)
        header = find_header_row(sample)
        if header is None:
            continue
        filled = sum(1 for row in sample if any(row))
        visible = ws.sheet_state == "visible"
        key = (header_score(sample[header]), visible, filled, -order)
        if best_key is None or key > best_key:
            best, best_key = ws, key
    if best is None:
        raise UserError(
            Message("Import", QT_TRANSLATE_NOOP("Import", "Every sheet of “{name}” is empty. Check that this is the registration list."), {"name": name})
        )
    return best


def read_xlsx(data: bytes, name: str, sheet: str | None = None, cancelled: Callable[[], bool] | None = None) -> SourceTable:
    workbook = _open(data, name)
    try:
        worksheet = _choose_sheet(workbook, sheet, name)
        rows = _rows(worksheet, cancelled=cancelled)
        sheets = tuple(ws.title for ws in workbook.worksheets)
    finally:
        workbook.close()
    return build_table(name, "xlsx", rows, sheet=worksheet.title, sheets=sheets)
