"""Reading Excel workbooks (.xlsx): the sheet asked for, or the one whose header row is recognised best."""
from __future__ import annotations

import io
import zipfile
import zlib
from datetime import date, datetime, time
from typing import BinaryIO, Callable
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.importing.headers import find_header_row, header_score
from checkin.importing.summary import ImportCancelled
from checkin.importing.table import SourceTable, build_table

_SCAN_ROWS = 30
_CANCEL_EVERY = 2000
_MB = 1024 * 1024
# A registration list of 100,000 people and 50 columns unpacks to a few hundred megabytes; XML
# compresses ten- to thirtyfold, a zip bomb a thousandfold.
MAX_UNCOMPRESSED = 1024 * _MB
MAX_RATIO = 200
_RATIO_FROM = 4 * _MB
MAX_ENTRIES = 10_000
MAX_ROWS = 1_048_576  # Excel's sheet
MAX_CELLS = 50_000_000
# What openpyxl raises on a damaged workbook: a zip entry cut short or not inflating (BadZipFile,
# zlib.error, EOFError), a method or zip version it cannot read (NotImplementedError), broken or
# hostile XML (ParseError; defusedxml's refusal of entities is a ValueError), missing parts
# (KeyError), and the values of damaged attributes (ValueError, TypeError, IndexError, ...).
_BROKEN = (
    InvalidFileException, zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError,
    ParseError, KeyError, ValueError, TypeError, IndexError, AttributeError, OSError, UnicodeError, OverflowError,
)


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


def _damaged(name: str) -> UserError:
    return UserError(
        Message(
            "Import",
            QT_TRANSLATE_NOOP("Import", "“{name}” is damaged: its contents cannot be read as an Excel workbook. Open it in Excel or LibreOffice and save it again as .xlsx or CSV, or export it again."),
            {"name": name},
        )
    )


def _refuse(name: str, text: str, **params) -> UserError:
    return UserError(Message("Import", text, {"name": name, **params}))


def check_archive(source: BinaryIO, name: str) -> None:
    """Refuse a workbook whose ZIP directory promises too much, before a byte of it is inflated.

    Python's zipfile stops every entry at the size the directory states (and fails its checksum
    if the data says otherwise), so checking the directory is enough: a "zip bomb" of a megabyte
    that inflates to gigabytes is refused here, in milliseconds.
    """
    try:
        with zipfile.ZipFile(source) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        raise _damaged(name) from exc
    size = source.seek(0, io.SEEK_END)
    if len(entries) > MAX_ENTRIES:
        raise _damaged(name)
    total = 0
    for entry in entries:
        if entry.header_offset + entry.compress_size > size:
            raise _damaged(name)  # data said to run past the end of the file: zipfile would ask for it all at once
        if entry.flag_bits & 0x1:
            raise _refuse(name, QT_TRANSLATE_NOOP("Import", "“{name}” is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it and import it again."))
        if entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _damaged(name)  # Excel only ever stores or deflates; anything else is not its file
        total += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        if total > MAX_UNCOMPRESSED or (entry.file_size > _RATIO_FROM and ratio > MAX_RATIO):
            raise _refuse(
                name,
                QT_TRANSLATE_NOOP("Import", "“{name}” would unpack to more than {size} MB, far more than a registration list holds: it was not read. Open it in Excel or LibreOffice and save it again, or export the list as CSV."),
                size=max(total, entry.file_size) // _MB,  # no thousands separator: it differs by language
            )
    source.seek(0)


def _open(source: BinaryIO, name: str):
    check_archive(source, name)
    try:
        # From the open file, not by path: openpyxl refuses a path whose extension it does not
        # know, and a workbook saved as "liste.csv" or downloaded without an extension is still one.
        return load_workbook(source, read_only=True, data_only=True)
    except _BROKEN as exc:
        raise _damaged(name) from exc


def _rows(worksheet, name: str, limit: int | None = None, cancelled: Callable[[], bool] | None = None) -> list[list[str]]:
    """The sheet's rows as text, every row the file holds: the size the sheet declares
    (``<dimension>``) is not trusted, spreadsheet tools leave it out of date."""
    worksheet.reset_dimensions()
    rows: list[list[str]] = []
    cells = 0
    try:
        for values in worksheet.iter_rows(min_row=1, max_row=limit, values_only=True):
            rows.append([cell_text(value) for value in values])
            cells += len(values)
            if len(rows) > MAX_ROWS or cells > MAX_CELLS:
                # Excel's own row limit, or cells declared at the far corner of every row: not a list.
                raise _refuse(name, QT_TRANSLATE_NOOP("Import", "“{name}” holds more rows or cells than Excel allows in a sheet. Check that this is the registration list."))
            if cancelled is not None and len(rows) % _CANCEL_EVERY == 0 and cancelled():
                raise ImportCancelled()
    except _BROKEN as exc:
        raise _damaged(name) from exc
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
        sample = _rows(ws, name, _SCAN_ROWS)
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


def read_xlsx(source: BinaryIO, name: str, sheet: str | None = None, cancelled: Callable[[], bool] | None = None) -> SourceTable:
    workbook = _open(source, name)
    try:
        worksheet = _choose_sheet(workbook, sheet, name)
        rows = _rows(worksheet, name, cancelled=cancelled)
        sheets = tuple(ws.title for ws in workbook.worksheets)
    finally:
        workbook.close()
    return build_table(name, "xlsx", rows, sheet=worksheet.title, sheets=sheets)
