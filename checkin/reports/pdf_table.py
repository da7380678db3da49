"""Writing an export table as a PDF: A4, landscape when wide, long check-in grids split into column blocks.

When the people's columns and every session's column cannot share one landscape page, the sessions
are printed in blocks, each block repeating the people's columns, so every page reads on its own.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from checkin.badges import fonts
from checkin.i18n import QT_TRANSLATE_NOOP, Message
from checkin.reports import pdf
from checkin.reports.table import Column, ExportTable, Kind

_SIZE = 8.5
_PAD = 2.2 * mm  # left + right padding of a cell
_MIN_TEXT = 18 * mm
_MAX_TEXT = 60 * mm
_MAX_WORD = 32 * mm
_SAMPLE_ROWS = 500
_LONG_HEADER = 24  # characters: past this, grouped headers become numbers with a key
_SHORT_HEADER = 12  # a grouped header this short ("Entrance") stays as it is


def _time_formats(table: ExportTable) -> dict[Kind, str]:
    days = {v.date() for row in table.rows for v in row if isinstance(v, datetime)}
    if len(days) <= 1:
        return {Kind.MINUTE: "%H:%M", Kind.SECOND: "%H:%M:%S"}
    return {Kind.MINUTE: "%d/%m %H:%M", Kind.SECOND: "%d/%m %H:%M:%S"}


def _text(value, column: Column, formats: dict[Kind, str]) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(formats.get(column.kind, formats[Kind.MINUTE]))
    return pdf.data(str(value))


def _header_floor(header: str) -> float:
    """The width below which a header's longest word would break in the middle."""
    return max((fonts.width(word, pdf.FAMILY, True, _SIZE) for word in header.split()), default=0) + _PAD


def _word_floor(texts: Sequence[str]) -> float:
    """The width of the longest word in the column ("Royaume-Uni"), up to a limit: words break only past it."""
    words = {word for text in texts for word in text.split()}
    widest = max((fonts.width(word, pdf.FAMILY, False, _SIZE) for word in words), default=0) + _PAD
    return min(widest, _MAX_WORD)


def _natural_width(header: str, texts: Sequence[str]) -> float:
    # A header may wrap at its spaces, so its longest word counts, not its full length.
    widest = max((fonts.width(text, pdf.FAMILY, False, _SIZE) for text in texts), default=0) + _PAD
    return max(_header_floor(header), widest)


def _widths(columns: list[Column], texts: list[list[str]], room: float) -> list[float]:
    widths, floors = [], []
    for index, column in enumerate(columns):
        sample = [row[index] for row in texts[:_SAMPLE_ROWS]]
        natural = _natural_width(column.header, sample)
        floor = max(_MIN_TEXT, _header_floor(column.header), _word_floor(sample)) if column.kind is Kind.TEXT else natural
        floors.append(min(floor, natural))
        widths.append(natural if column.kind is not Kind.TEXT else min(natural, max(_MAX_TEXT, floor)))
    excess = sum(widths) - room
    shrinkable = [i for i in range(len(columns)) if widths[i] > floors[i] + 0.5]
    while excess > 0.5 and shrinkable:
        # Narrow the text columns (they wrap) in proportion to what they have above their floor.
        spare = sum(widths[i] - floors[i] for i in shrinkable)
        cut = min(excess, spare)
        for i in shrinkable:
            widths[i] -= cut * (widths[i] - floors[i]) / spare
        excess -= cut
        shrinkable = [i for i in shrinkable if widths[i] > floors[i] + 0.5]
    return widths


def _cell(text: str, width: float):
    """A plain string when it fits on one line in the main font, else a wrapping paragraph."""
    if not text:
        return ""
    if fonts.width(text, pdf.FAMILY, False, _SIZE) <= width - _PAD and not fonts.missing_glyphs(text, pdf.FAMILY) and len(fonts.runs(text, pdf.FAMILY)) == 1:
        return text
    return Paragraph(pdf.markup(text), pdf.style("cell"))


def _table(columns: list[Column], texts: list[list[str]], widths: list[float]) -> Table:
    header = [Paragraph(pdf.markup(c.header, bold=True), pdf.style("cell_bold")) for c in columns]
    body = [[_cell(text, widths[i]) for i, text in enumerate(row)] for row in texts]
    table = Table([header] + body, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands = [
        ("FONT", (0, 0), (-1, -1), pdf.font_name(), _SIZE),
        ("TEXTCOLOR", (0, 0), (-1, -1), pdf.INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("BACKGROUND", (0, 0), (-1, 0), pdf.HexColor("#e8eef4")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, pdf.ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, pdf.RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, pdf.ZEBRA]),
    ]
    for index, column in enumerate(columns):
        if column.kind is not Kind.TEXT:
            commands.append(("ALIGN", (index, 1), (index, -1), "RIGHT" if column.kind is Kind.NUMBER else "LEFT"))
    table.setStyle(TableStyle(commands))
    return table


def _blocks(table: ExportTable, texts: list[list[str]], room: float) -> list[list[int]]:
    """Column indices per printed block: everything, or the fixed columns plus a share of the grouped ones."""
    grouped = [i for i, c in enumerate(table.columns) if c.group]
    fixed = [i for i, c in enumerate(table.columns) if not c.group]
    natural = [_natural_width(c.header, [row[i] for row in texts[:_SAMPLE_ROWS]]) for i, c in enumerate(table.columns)]
    fixed_width = sum(max(_MIN_TEXT, min(natural[i], _MAX_TEXT)) if table.columns[i].kind is Kind.TEXT else natural[i] for i in fixed)
    fixed_floor = sum(_MIN_TEXT if table.columns[i].kind is Kind.TEXT else natural[i] for i in fixed)
    if not grouped or fixed_floor + sum(natural[i] for i in grouped) <= room:
        return [list(range(len(table.columns)))]
    budget = max(room - min(fixed_width, room * 0.5), room * 0.3)
    blocks, current, used = [], [], 0.0
    for i in grouped:
        if current and used + natural[i] > budget:
            blocks.append(current)
            current, used = [], 0.0
        current.append(i)
        used += natural[i]
    blocks.append(current)
    return [fixed + block for block in blocks]


def _numbered(columns: list[Column]) -> tuple[list[Column], dict[str, str]]:
    """Grouped columns with long headers (session titles) headed by a number instead, and the key.

    A grid of bilingual session titles would otherwise have a header taller than its rows; the
    numbers are explained once above each part.
    """
    grouped = [c for c in columns if c.group]
    if not any(len(c.header) > _LONG_HEADER for c in grouped):
        return columns, {}
    legend: dict[str, str] = {}
    result = []
    for column in columns:
        if column.group and len(column.header) > _SHORT_HEADER:
            number = str(len(legend) + 1)
            legend[number] = column.header
            column = Column(column.key, number, column.kind, column.group)
        result.append(column)
    return result, legend


def _legend(numbers: list[str], legend: dict[str, str], width: float) -> Table:
    cells = [Paragraph(f"<b>{number}</b>&nbsp;&nbsp;{pdf.markup(pdf.data(legend[number]))}", pdf.style("cell")) for number in numbers]
    half = (len(cells) + 1) // 2
    rows = [[cells[i], cells[i + half] if i + half < len(cells) else ""] for i in range(half)]
    table = Table(rows, colWidths=[width / 2] * 2, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return table


def write_table_pdf(table: ExportTable, path: Path, frame: pdf.PageFrame, language: str) -> None:
    """Write ``table`` under ``frame``'s header; "Nobody." when it has no rows."""
    formats = _time_formats(table)
    columns, legend = _numbered(table.columns)
    table = ExportTable(table.title, columns, table.rows, table.subtitle)
    texts = [[_text(v, c, formats) for v, c in zip(row, table.columns)] for row in table.rows]
    natural = sum(_natural_width(c.header, [row[i] for row in texts[:_SAMPLE_ROWS]]) for i, c in enumerate(table.columns))
    wide = natural > pdf.content_width(False)
    room = pdf.content_width(wide)
    story: list = []
    if not texts:
        story.append(pdf.para(Message("Reports", QT_TRANSLATE_NOOP("Reports", "Nobody.")).in_language(language)))
    blocks = _blocks(table, texts, room) if texts else []
    for number, block in enumerate(blocks, start=1):
        columns = [table.columns[i] for i in block]
        block_texts = [[row[i] for i in block] for row in texts]
        if len(blocks) > 1:
            if number > 1:
                story.append(PageBreak())
            heading = Message(
                "Reports", QT_TRANSLATE_NOOP("Reports", "Part {part} of {parts}"), {"part": number, "parts": len(blocks)}
            ).in_language(language)
            story.append(pdf.para(heading, "heading"))
        keyed = [c.header for c in columns if c.header in legend]
        if keyed:
            story += [_legend(keyed, legend, room), Spacer(1, 3 * mm)]
        story.append(_table(columns, block_texts, _widths(columns, block_texts, room)))
    pdf.build_pdf(path, story, frame, wide=wide)
