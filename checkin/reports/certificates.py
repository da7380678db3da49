"""Certificates of attendance: one A4 page per attendee who came, naming the sessions they attended.

All in one PDF (one page each, to print or send as a batch) or one PDF per person in a folder, named
after them (to mail one by one).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Iterable, Sequence
from zoneinfo import ZoneInfo

from babel.dates import format_date
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, KeepInFrame, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle

from checkin import __version__
from checkin.badges.content import event_dates
from checkin.domain.countries import country_name
from checkin.domain.model import Attendee, Event, Session
from checkin.i18n import QT_TRANSLATE_NOOP, Message
from checkin.reports import labels, pdf
from checkin.reports.files import atomic_file

_BORDER = 10 * mm


@dataclass(frozen=True)
class Certificate:
    attendee: Attendee
    sessions: Sequence[tuple[Session, datetime]]  # attended, with the first entry; programme order
    first_seen: datetime  # the first check-in anywhere (aware UTC)


def _centred(name: str, size: float, bold: bool = False, colour=pdf.INK, space_after: float = 0) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=pdf.font_name(bold), fontSize=size, leading=size * 1.3, alignment=TA_CENTER,
        textColor=colour, spaceAfter=space_after,
    )


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": _centred("certificate-title", 26, True, pdf.ACCENT, 6 * mm),
        "intro": _centred("certificate-intro", 12, False, pdf.MUTED, 4 * mm),
        "name": _centred("certificate-name", 24, True, pdf.INK, 2 * mm),
        "detail": _centred("certificate-detail", 11, False, pdf.MUTED, 6 * mm),
        "event": _centred("certificate-event", 16, True, pdf.INK, 1.5 * mm),
        "where": _centred("certificate-where", 11, False, pdf.INK, 8 * mm),
        "heading": _centred("certificate-heading", 11, True, pdf.INK, 2 * mm),
    }


def _session_rows(cert: Certificate, zone: ZoneInfo, language: str) -> Table:
    rows = []
    for session, _entered in cert.sessions:
        when = ""
        if session.starts_at is not None:
            start = session.starts_at.astimezone(zone)
            when = f"{format_date(start.date(), 'medium', locale=language)}, {start:%H:%M}"
        rows.append([pdf.para(when, "body"), Paragraph(pdf.markup(pdf.data(session.title)), pdf.style("body"))])
    table = Table(rows, colWidths=[48 * mm, 108 * mm], hAlign="CENTER")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, pdf.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    return table


def _page(cert: Certificate, event: Event, language: str, styles: dict, width: float, height: float) -> list:
    def t(text: str, **params) -> str:
        return Message("Reports", text, params).in_language(language)

    zone = ZoneInfo(event.timezone)
    a = cert.attendee
    where = ", ".join(part for part in (a.city, country_name(a.country, language) if a.country else "") if part)
    detail = " · ".join(part for part in (a.organisation, where) if part)
    dates = event_dates(event.starts_on, event.ends_on, language)
    story = [
        Spacer(1, 8 * mm),
        Paragraph(pdf.markup(t(QT_TRANSLATE_NOOP("Reports", "Certificate of attendance")), True), styles["title"]),
        Paragraph(pdf.markup(t(QT_TRANSLATE_NOOP("Reports", "This is to certify that"))), styles["intro"]),
        Paragraph(pdf.markup(pdf.data(a.full_name), True), styles["name"]),
        Paragraph(pdf.markup(pdf.data(detail)), styles["detail"]),
        Paragraph(pdf.markup(t(QT_TRANSLATE_NOOP("Reports", "attended"))), styles["intro"]),
        Paragraph(pdf.markup(pdf.data(event.name), True), styles["event"]),
        Paragraph(pdf.markup(" · ".join(part for part in (dates, event.venue) if part)), styles["where"]),
    ]
    if cert.sessions:
        story.append(Paragraph(pdf.markup(t(QT_TRANSLATE_NOOP("Reports", "Sessions attended")), True), styles["heading"]))
        story.append(_session_rows(cert, zone, language))
    else:
        first = format_date(cert.first_seen.astimezone(zone).date(), "long", locale=language)
        story.append(Paragraph(pdf.markup(t(QT_TRANSLATE_NOOP("Reports", "Checked in on {date}."), date=first)), styles["heading"]))
    # A long programme shrinks to fit the page rather than spilling onto a second one.
    return [KeepInFrame(width, height, story, mode="shrink")]


def _decorate(event: Event, language: str, logo, canvas, doc) -> None:
    width, height = A4
    canvas.saveState()
    canvas.setStrokeColor(pdf.ACCENT)
    canvas.setLineWidth(1.4)
    canvas.rect(_BORDER, _BORDER, width - 2 * _BORDER, height - 2 * _BORDER)
    canvas.setStrokeColor(pdf.RULE)
    canvas.setLineWidth(0.5)
    canvas.rect(_BORDER + 2 * mm, _BORDER + 2 * mm, width - 2 * _BORDER - 4 * mm, height - 2 * _BORDER - 4 * mm)
    if logo is not None:
        w, h = logo.getSize()
        scale = min(50 * mm / w, 22 * mm / h)
        canvas.drawImage(logo, (width - w * scale) / 2, height - _BORDER - 10 * mm - h * scale, w * scale, h * scale, mask="auto")
    # Signature line for the organisers, and the place and date of issue.
    y = _BORDER + 30 * mm
    canvas.setStrokeColor(pdf.MUTED)
    canvas.line(width - _BORDER - 85 * mm, y, width - _BORDER - 15 * mm, y)
    canvas.setFillColor(pdf.MUTED)
    pdf.draw_text(canvas, width - _BORDER - 50 * mm, y - 5 * mm,
                  Message("Reports", QT_TRANSLATE_NOOP("Reports", "For the organisers")).in_language(language), 9, align="centre")
    issued = event.ends_on or event.starts_on
    if issued:
        place = ", ".join(part for part in (event.venue, format_date(issued, "long", locale=language)) if part)
        pdf.draw_text(canvas, _BORDER + 15 * mm, y + 1 * mm, place, 9, max_width=80 * mm)
    canvas.restoreState()


def _write(path: Path, certificates: Iterable[Certificate], event: Event, logo, language: str) -> int:
    width, height = A4
    top_room = 45 * mm if logo is not None else 25 * mm
    frame = Frame(_BORDER + 15 * mm, _BORDER + 42 * mm, width - 2 * _BORDER - 30 * mm, height - 2 * _BORDER - 42 * mm - top_room,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    styles = _styles()
    story: list = []
    count = 0
    for cert in certificates:
        if count:
            story.append(PageBreak())
        story += _page(cert, event, language, styles, frame._width, frame._height)
        count += 1
    title = Message("Reports", QT_TRANSLATE_NOOP("Reports", "Certificate of attendance")).in_language(language)
    with atomic_file(path) as temporary:
        doc = BaseDocTemplate(str(temporary), pagesize=A4, title=f"{title} – {event.name}", author=event.name,
                              creator=f"Check-in Desk {__version__}")
        doc.addPageTemplates([PageTemplate(id="certificate", frames=[frame], onPage=partial(_decorate, event, language, logo))])
        doc.build(story)
    return count


def write_certificates_pdf(path: Path, certificates: Sequence[Certificate], event: Event, logo_bytes: bytes | None, language: str) -> int:
    """All certificates in one PDF, one page each; returns how many."""
    return _write(path, certificates, event, pdf.logo_reader(logo_bytes), language)


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_stem(a: Attendee) -> str:
    """"Lefèvre Hélène": family then given name, without characters Windows or macOS refuse in a file name."""
    text = unicodedata.normalize("NFC", f"{a.last_name} {a.first_name}")
    stem = " ".join(_UNSAFE.sub(" ", text).split()).strip(". ")
    return stem[:100] or a.id


def write_certificate_files(folder: Path, certificates: Sequence[Certificate], event: Event, logo_bytes: bytes | None, language: str,
                            progress=None) -> list[Path]:
    """One PDF per person in ``folder``; two people with the same name get "(2)" after the second."""
    logo = pdf.logo_reader(logo_bytes)
    prefix = labels.tr(language, QT_TRANSLATE_NOOP("Reports", "Certificate"))
    written: list[Path] = []
    taken: set[str] = set()
    for index, cert in enumerate(certificates):
        stem = f"{prefix} – {file_stem(cert.attendee)}"
        name, n = stem, 1
        while name.casefold() in taken:
            n += 1
            name = f"{stem} ({n})"
        taken.add(name.casefold())
        path = folder / f"{name}.pdf"
        _write(path, [cert], event, logo, language)
        written.append(path)
        if progress is not None:
            progress(index + 1, len(certificates))
    return written
