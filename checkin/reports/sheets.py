"""Sign-in sheets: per session, the registered people in family-name order with a signature column,
then numbered blank rows for people who were not on the list.

What EU-funded projects keep as proof of attendance: the event, session, date and place on every
page, each participant's name, organisation and country, and their signature.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence
from zoneinfo import ZoneInfo

from babel.dates import format_date
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer, Table, TableStyle

from checkin.badges import fonts
from checkin.domain.countries import country_name
from checkin.domain.model import Attendee, Event, Session
from checkin.i18n import QT_TRANSLATE_NOOP, Message
from checkin.reports import labels, pdf

_SIZE = 8.5
_ROW_HEIGHT = 10 * mm
_PAD = 4  # points, left and right of a cell
_ROW_PADDING = (_ROW_HEIGHT - 10.5) / 2  # a one-line row is 10 mm high (10.5 pt is the cell style's leading)
# Column widths in mm; the signature gets what the others leave.
_WIDTHS_MM = {"number": 8, "last_name": 36, "first_name": 28, "organisation": 45, "country": 26}


@dataclass(frozen=True)
class SessionSheet:
    session: Session
    people: Sequence[Attendee]  # active and registered, in family-name order


def walk_in_rows(registered: int) -> int:
    """Blank rows for people not on the list: a tenth of the list, at least 8, at most 30."""
    return min(30, max(8, math.ceil(registered / 10)))


def session_when(session: Session, zone: ZoneInfo, language: str) -> str:
    """"Friday 20 March 2026, 11:30–13:00" in the document's language; "" without a start time."""
    if session.starts_at is None:
        return ""
    start = session.starts_at.astimezone(zone)
    text = f"{format_date(start.date(), 'full', locale=language)}, {start:%H:%M}"
    if session.ends_at is not None:
        end = session.ends_at.astimezone(zone)
        text += f"–{end:%H:%M}" if end.date() == start.date() else f" – {format_date(end.date(), 'full', locale=language)}, {end:%H:%M}"
    return text


def _cell(text: str, width: float, bold: bool = False):
    """A plain string when it fits on one line in the main font, else a paragraph that wraps: a name on a
    sheet of proof is never cut short (only past pdf.DATA_MAX characters)."""
    text = pdf.data(text)
    fits = fonts.width(text, pdf.FAMILY, bold, _SIZE) <= width - 2 * _PAD
    if fits and len(fonts.runs(text, pdf.FAMILY, bold)) <= 1:
        return text
    return Paragraph(pdf.markup(text, bold), pdf.style("cell_bold" if bold else "cell"))


def _sheet_table(sheet: SessionSheet, language: str, width: float) -> Table:
    def t(text: str) -> str:
        return labels.tr(language, text)

    widths = [w * mm for w in _WIDTHS_MM.values()]
    widths.append(width - sum(widths))
    header = ["#", t(labels.FIELD_HEADERS["last_name"]), t(labels.FIELD_HEADERS["first_name"]),
              t(labels.FIELD_HEADERS["organisation"]), t(labels.FIELD_HEADERS["country"]),
              t(QT_TRANSLATE_NOOP("Reports", "Signature"))]
    rows = [[Paragraph(pdf.markup(h, bold=True), pdf.style("cell_bold")) for h in header]]
    countries: dict[str, str] = {}
    for number, a in enumerate(sheet.people, start=1):
        if a.country and a.country not in countries:
            countries[a.country] = country_name(a.country, language)
        rows.append([
            str(number), _cell(a.last_name, widths[1], bold=True), _cell(a.first_name, widths[2]),
            _cell(a.organisation, widths[3]), _cell(countries.get(a.country, ""), widths[4]), "",
        ])
    listed = len(rows)
    for number in range(len(sheet.people) + 1, len(sheet.people) + 1 + walk_in_rows(len(sheet.people))):
        rows.append([str(number), "", "", "", "", ""])
    # Rows grow with a name that wraps; the padding gives a one-line row room for a signature.
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), pdf.font_name(), _SIZE),
        ("FONT", (1, 1), (1, listed - 1), pdf.font_name(True), _SIZE),
        ("TEXTCOLOR", (0, 1), (0, -1), pdf.MUTED),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 1), (-1, -1), _ROW_PADDING),
        ("BOTTOMPADDING", (0, 1), (-1, -1), _ROW_PADDING),
        ("BACKGROUND", (0, 0), (-1, 0), pdf.HexColor("#e8eef4")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, pdf.ACCENT),
        ("GRID", (0, 1), (-1, -1), 0.4, pdf.RULE),
        ("LINEAFTER", (-2, 1), (-2, -1), 0.8, pdf.MUTED),
    ]
    if listed < len(rows):
        # The rows for people who were not on the list start under a heavier line.
        style.append(("LINEABOVE", (0, listed), (-1, listed), 1.2, pdf.ACCENT))
        style.append(("BACKGROUND", (0, listed), (-2, -1), pdf.ZEBRA))
    table.setStyle(TableStyle(style))
    return table


def _intro(sheet: SessionSheet, event: Event, language: str) -> list:
    zone = ZoneInfo(event.timezone)
    when = session_when(sheet.session, zone, language)
    facts = " · ".join(part for part in (when, sheet.session.location) if part)
    count = Message(
        "Reports",
        QT_TRANSLATE_NOOP("Reports", "{count} registered. Please sign on your line; if you are not on the list, add your name at the end."),
        {"count": len(sheet.people)},
    ).in_language(language)
    return [pdf.para(pdf.data(sheet.session.title), "heading"), pdf.para(pdf.data(facts), "body"), Spacer(1, 1.5 * mm), pdf.para(count, "small"), Spacer(1, 3 * mm)]


def render_sign_in_sheets(path: Path, sheets: Sequence[SessionSheet], frame: pdf.PageFrame, event: Event, language: str) -> None:
    """One PDF: each session starts on a new page."""
    width = pdf.content_width(False)
    story: list = []
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreak())
        story.append(pdf.RunningSubtitle(sheet.session.title))
        story += _intro(sheet, event, language)
        story.append(CondPageBreak(4 * _ROW_HEIGHT))
        story.append(_sheet_table(sheet, language, width))
    pdf.build_pdf(path, story, frame)

