"""The summary report for funders: totals, the arrivals curve of each day, session fill rates against
capacity, site visits, and attendance by category, country and city, in the event's language.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Sequence
from zoneinfo import ZoneInfo

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from checkin.domain.countries import country_name
from checkin.domain.model import Event
from checkin.i18n import QT_TRANSLATE_NOOP, Message
from checkin.reports import charts, labels, pdf
from checkin.reports.sheets import session_when
from checkin.services.statistics import ArrivalSlot, EventStats, Tally


class _Words:
    """Numbers, shares and marked strings in the document's language."""

    def __init__(self, language: str):
        self.language = language

    def __call__(self, text: str, **params) -> str:
        return Message("Reports", text, params).in_language(self.language)

    def n(self, value: int) -> str:
        return format_decimal(value, locale=self.language)

    def share(self, part: int, whole: int) -> str:
        return format_percent(part / whole, locale=self.language) if whole else "–"


def _grid(rows: list[list], widths: Sequence[float], numeric_from: int) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), pdf.font_name(), 8.5),
        ("FONT", (0, 0), (-1, 0), pdf.font_name(True), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), pdf.INK),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, pdf.ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, pdf.RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, pdf.ZEBRA]),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _head(text: str, right: bool = False) -> Paragraph:
    return pdf.para(text, "cell_bold_right" if right else "cell_bold")


def _number_width(headers: Sequence[str], least: float = 16 * mm) -> float:
    """Wide enough for the longest word of any of these headers: a header breaks between words only."""
    widest = max(charts.text_width(word, 8.5, bold=True) for h in headers for word in h.split())
    return max(least, widest + 6 * mm)  # cell padding is 6 pt a side


def _key_figures(stats: EventStats, w: _Words, width: float) -> Table:
    tiles = [
        (w.n(stats.registered), w(QT_TRANSLATE_NOOP("Reports", "people registered"))),
        (w.n(stats.arrived), w(QT_TRANSLATE_NOOP("Reports", "came ({share} of those registered)"), share=w.share(stats.arrived, stats.registered))),
        (w.n(stats.walk_ins), w(QT_TRANSLATE_NOOP("Reports", "walk-ins registered on site"))),
        (w.n(stats.no_shows), w(QT_TRANSLATE_NOOP("Reports", "no-shows"))),
    ]
    cells = [[pdf.para(number, "big"), pdf.para(text, "small")] for number, text in tiles]
    table = Table([[cell[0] for cell in cells], [cell[1] for cell in cells]], colWidths=[width / 4] * 4, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.5, pdf.RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
    ]))
    return table


def _arrivals(curves: dict[date, Sequence[ArrivalSlot]], w: _Words, width: float) -> list:
    story: list = [pdf.para(w(QT_TRANSLATE_NOOP("Reports", "Arrivals per quarter hour")), "heading")]
    shown = 0
    for day, slots in sorted(curves.items()):
        counts = [slot.arrivals for slot in slots]
        first, last = charts.trimmed(counts)
        if first == last:
            continue
        shown += 1
        total = sum(counts)
        caption = w(QT_TRANSLATE_NOOP("Reports", "{day}: {count} people, busiest quarter hour {busiest} ({most})"),
                    day=format_date(day, "full", locale=w.language), count=w.n(total),
                    busiest=slots[counts.index(max(counts))].starts_at.strftime("%H:%M"), most=w.n(max(counts)))
        labels_ = [slot.starts_at.strftime("%H:%M") for slot in slots[first:last]]
        story.append(KeepTogether([pdf.para(caption, "small"), Spacer(1, 1 * mm), charts.arrivals_chart(labels_, counts[first:last], width, 48 * mm)]))
        story.append(Spacer(1, 3 * mm))
    if not shown:
        story.append(pdf.para(w(QT_TRANSLATE_NOOP("Reports", "Nobody has checked in yet.")), "body"))
    return story


def _sessions(stats: EventStats, event: Event, w: _Words, width: float) -> list:
    if not stats.sessions:
        return []
    zone = ZoneInfo(event.timezone)
    numbers = [w(QT_TRANSLATE_NOOP("Reports", "Registered")), w(QT_TRANSLATE_NOOP("Reports", "Came")),
               w(QT_TRANSLATE_NOOP("Reports", "Most inside at once")), w(QT_TRANSLATE_NOOP("Reports", "Capacity"))]
    number_w, bar_w = _number_width(numbers), 22 * mm
    title_w = width - 4 * number_w - bar_w - 13 * mm
    rows = [[_head(w(QT_TRANSLATE_NOOP("Reports", "Session")))] + [_head(h, right=True) for h in numbers]
            + [_head(w(QT_TRANSLATE_NOOP("Reports", "Fill rate"))), ""]]
    for x in stats.sessions:
        when = session_when(x.session, zone, w.language)
        title = Paragraph(pdf.markup(pdf.data(x.session.title), True) + (f'<br/><font size="7">{pdf.markup(when)}</font>' if when else ""), pdf.style("cell"))
        capacity = w.n(x.capacity) if x.capacity else "–"
        bar = charts.fill_bar(x.peak, x.capacity, bar_w) if x.capacity else ""
        rows.append([title, w.n(x.registered), w.n(x.came), w.n(x.peak), capacity, bar, w.share(x.peak, x.capacity) if x.capacity else ""])
    table = _grid(rows, [title_w, number_w, number_w, number_w, number_w, bar_w, 13 * mm], 1)
    table.setStyle(TableStyle([("ALIGN", (5, 0), (5, -1), "LEFT"), ("SPAN", (5, 0), (6, 0))]))
    note = w(QT_TRANSLATE_NOOP("Reports", "Fill rate: the most people inside at once against the capacity."))
    return [CondPageBreak(40 * mm), pdf.para(w(QT_TRANSLATE_NOOP("Reports", "Sessions")), "heading"), table, Spacer(1, 1.5 * mm), pdf.para(note, "small")]


def _site_visits(stats: EventStats, w: _Words, width: float) -> list:
    if not stats.site_visits:
        return []
    numbers = [w(QT_TRANSLATE_NOOP("Reports", "Registered")), w(QT_TRANSLATE_NOOP("Reports", "Went")),
               w(QT_TRANSLATE_NOOP("Reports", "Back")), w(QT_TRANSLATE_NOOP("Reports", "Not back yet"))]
    rows = [[_head(w(QT_TRANSLATE_NOOP("Reports", "Site visit")))] + [_head(h, right=True) for h in numbers]]
    for v in stats.site_visits:
        rows.append([Paragraph(pdf.markup(pdf.data(v.session.title)), pdf.style("cell")), w.n(v.registered), w.n(v.out + v.back), w.n(v.back), w.n(v.out)])
    number_w = _number_width(numbers, 22 * mm)
    return [CondPageBreak(30 * mm), pdf.para(w(QT_TRANSLATE_NOOP("Reports", "Site visits")), "heading"),
            _grid(rows, [width - 4 * number_w] + [number_w] * 4, 1)]


def _tally_table(title: str, header: list[str], items: list[tuple[list[str], Tally]], w: _Words, width: float) -> list:
    numbers = [w(QT_TRANSLATE_NOOP("Reports", "Registered")), w(QT_TRANSLATE_NOOP("Reports", "Came")), "%"]
    number_w = _number_width(numbers, 22 * mm)
    text_columns = len(header)
    text_w = (width - 3 * number_w) / text_columns
    rows = [[_head(h) for h in header] + [_head(h, right=True) for h in numbers]]
    for texts, tally in items:
        rows.append([Paragraph(pdf.markup(pdf.data(text) or "–"), pdf.style("cell")) for text in texts]
                    + [w.n(tally.registered), w.n(tally.arrived), w.share(tally.arrived, tally.registered)])
    return [CondPageBreak(30 * mm), pdf.para(title, "heading"), _grid(rows, [text_w] * text_columns + [number_w] * 3, text_columns)]


def render_summary(path: Path, stats: EventStats, curves: dict[date, Sequence[ArrivalSlot]], event: Event, frame: pdf.PageFrame, language: str) -> None:
    w = _Words(language)
    width = pdf.content_width(False)
    t = labels.tr
    story: list = [_key_figures(stats, w, width), Spacer(1, 4 * mm)]
    story += _arrivals(curves, w, width)
    story += _sessions(stats, event, w, width)
    story += _site_visits(stats, w, width)
    story += _tally_table(w(QT_TRANSLATE_NOOP("Reports", "By category")), [t(language, labels.FIELD_HEADERS["category"])],
                          [([c.category], c.tally) for c in stats.categories], w, width)
    countries = {c.country: country_name(c.country, language) if c.country else "" for c in stats.countries}
    # Most people first; countries with as many people in alphabetical order of their name here.
    by_country = sorted(stats.countries, key=lambda c: (-c.tally.registered, countries[c.country].casefold()))
    story += _tally_table(w(QT_TRANSLATE_NOOP("Reports", "By country")), [t(language, labels.FIELD_HEADERS["country"])],
                          [([countries[c.country]], c.tally) for c in by_country], w, width)
    story += _tally_table(w(QT_TRANSLATE_NOOP("Reports", "By city")),
                          [t(language, labels.FIELD_HEADERS["city"]), t(language, labels.FIELD_HEADERS["country"])],
                          [([c.city, countries.get(c.country) or country_name(c.country, language)], c.tally) for c in stats.cities], w, width)
    pdf.build_pdf(path, story, frame)
