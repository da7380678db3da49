"""Writing an export table as an XLSX workbook a funder can open as it is.

Real dates and times (in the event's time zone, which the "About" sheet names), a bold frozen
header with filters, columns as wide as their content. Written in openpyxl's streaming mode, so
100,000 rows never sit in memory as cell objects.
"""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from checkin.reports.files import atomic_file
from checkin.reports.table import ExportTable, Kind, neutralised

_FORMATS = {Kind.MINUTE: "yyyy-mm-dd hh:mm", Kind.SECOND: "yyyy-mm-dd hh:mm:ss"}
_DATE_WIDTHS = {Kind.MINUTE: 17, Kind.SECOND: 20}
_MAX_CELL = 32_767  # Excel refuses longer text in a cell
_SAMPLE_ROWS = 2_000  # enough rows to size the columns, few enough to stay quick
_MIN_WIDTH, _MAX_WIDTH = 6, 50
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_HEADER_FILL = PatternFill("solid", start_color="FFE8EEF4")


def sheet_name(title: str) -> str:
    """A worksheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    return _SHEET_NAME_FORBIDDEN.sub(" ", title).strip()[:31] or "Sheet"


def spreadsheet_text(text: str) -> str:
    """Text as a spreadsheet cell must hold it: no formula, no control characters, not too long."""
    return neutralised(ILLEGAL_CHARACTERS_RE.sub("", text))[:_MAX_CELL]


def _width(table: ExportTable, index: int) -> float:
    column = table.columns[index]
    if column.kind in _DATE_WIDTHS:
        return max(_DATE_WIDTHS[column.kind], min(len(column.header) + 2, _MAX_WIDTH))
    longest = len(column.header)
    for row in table.rows[:_SAMPLE_ROWS]:
        value = row[index]
        if value is not None:
            longest = max(longest, len(str(value)))
    return max(_MIN_WIDTH, min(longest + 2, _MAX_WIDTH))


def _cells(ws, table: ExportTable, row: Sequence) -> Iterable:
    for column, value in zip(table.columns, row):
        if value is None:
            yield None
        elif isinstance(value, datetime):
            cell = WriteOnlyCell(ws, value.replace(tzinfo=None))  # Excel has no time zones: local wall-clock time
            cell.number_format = _FORMATS.get(column.kind, _FORMATS[Kind.MINUTE])
            yield cell
        elif isinstance(value, str):
            yield spreadsheet_text(value)
        else:
            yield value


def write_xlsx(table: ExportTable, path: Path, about: Sequence[tuple[str, str]] = (), about_title: str = "About") -> None:
    """Write ``table`` as the first sheet of a workbook; ``about`` (label, value) rows go on a second sheet."""
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(sheet_name(table.title))
    for index in range(len(table.columns)):
        ws.column_dimensions[get_column_letter(index + 1)].width = _width(table, index)
    ws.freeze_panes = "A2"
    last = get_column_letter(max(1, len(table.columns)))
    ws.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
    bold = Font(bold=True)
    header = []
    for text in table.headers:
        cell = WriteOnlyCell(ws, spreadsheet_text(text))
        cell.font = bold
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        header.append(cell)
    ws.append(header)
    for row in table.rows:
        ws.append(list(_cells(ws, table, row)))
    if about:
        info = workbook.create_sheet(sheet_name(about_title))
        info.column_dimensions["A"].width = max(len(label) for label, _ in about) + 2
        info.column_dimensions["B"].width = min(_MAX_WIDTH + 30, max(len(value) for _, value in about) + 2)
        for label, value in about:
            first = WriteOnlyCell(info, spreadsheet_text(label))
            first.font = bold
            info.append([first, spreadsheet_text(value)])
    workbook.properties.title = table.title
    workbook.properties.subject = table.subtitle
    with atomic_file(path) as temporary:
        workbook.save(temporary)
