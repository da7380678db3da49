"""What every report PDF shares: the bundled fonts with per-character fallback, paragraph styles,
the running header (logo, event, document title) and the footer with "page x of y".
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from checkin import __version__
from checkin.badges import fonts
from checkin.domain.display import NAME_MAX_LENGTH, clipped, shown
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError, translate_in
from checkin.reports.files import atomic_file

FAMILY = "Noto Sans"
MARGIN = 14 * mm
HEADER_HEIGHT = 20 * mm
FOOTER_HEIGHT = 10 * mm
INK = HexColor("#1d2b36")
MUTED = HexColor("#5f6b76")
RULE = HexColor("#c5ced6")
ACCENT = HexColor("#2c6e9b")
ZEBRA = HexColor("#f3f6f9")


def font_name(bold: bool = False) -> str:
    """The registered ReportLab name of the body font (registered on first use)."""
    return fonts.face(FAMILY, bold).name


# Text from the event (names, organisations, titles) is cut to this many characters in a PDF, with an
# ellipsis: a table row taller than a page cannot be laid out at all (ReportLab's LayoutError). Names
# are limited to as many at import and edit; the spreadsheet exports keep older, longer texts whole.
DATA_MAX = NAME_MAX_LENGTH


def data(text: str) -> str:
    """``text`` from the event as a PDF shows it: without direction controls nor invisible characters,
    cut to :data:`DATA_MAX` characters."""
    return clipped(shown(text), DATA_MAX)


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for ``text``: escaped, and any character Noto Sans lacks set in a fallback font."""
    runs = fonts.runs(text, FAMILY, bold)
    main = font_name(bold)
    return "".join(escape(part) if name == main else f'<font name="{name}">{escape(part)}</font>' for name, part in runs)


@lru_cache(maxsize=None)
def style(name: str) -> ParagraphStyle:
    """The few paragraph styles of the reports: body, small, cell, cell_bold, heading, title, big."""
    regular, bold = font_name(False), font_name(True)
    table = {
        "body": dict(fontName=regular, fontSize=10, leading=13.5),
        "small": dict(fontName=regular, fontSize=8, leading=10, textColor=MUTED),
        "cell": dict(fontName=regular, fontSize=8.5, leading=10.5),
        "cell_bold": dict(fontName=bold, fontSize=8.5, leading=10.5),
        "cell_bold_right": dict(fontName=bold, fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        "heading": dict(fontName=bold, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4, textColor=INK),
        "title": dict(fontName=bold, fontSize=20, leading=25, textColor=INK),
        "big": dict(fontName=bold, fontSize=26, leading=30, textColor=ACCENT),
    }
    return ParagraphStyle(name, **{"textColor": INK, **table[name]})


def para(text: str, style_name: str = "body", bold: bool = False) -> Paragraph:
    return Paragraph(markup(text, bold or style_name in ("cell_bold", "cell_bold_right", "heading", "title", "big")), style(style_name))


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool = False, align: str = "left", max_width: float | None = None) -> None:
    """One line on the canvas with font fallback; shortened with "…" to ``max_width``."""
    if max_width is not None and fonts.width(text, FAMILY, bold, size) > max_width:
        while text and fonts.width(text + "…", FAMILY, bold, size) > max_width:
            text = text[:-1]
        text += "…"
    width = fonts.width(text, FAMILY, bold, size)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for name, part in fonts.runs(text, FAMILY, bold):
        canvas.setFont(name, size)
        canvas.drawString(x, y, part)
        x += canvas.stringWidth(part, name, size)


def logo_reader(logo: bytes | None) -> ImageReader | None:
    if not logo:
        return None
    try:
        reader = ImageReader(io.BytesIO(logo))
        reader.getSize()
    except Exception as exc:  # Pillow raises many types for a broken image
        raise UserError(
            Message(
                "Reports",
                QT_TRANSLATE_NOOP("Reports", "The event logo cannot be read as an image ({reason}). Replace the logo in the event settings."),
                {"reason": str(exc)},
            )
        ) from exc
    return reader


@dataclass(frozen=True)
class PageFrame:
    """The running header and footer of a document, already in its language."""

    event_name: str
    title: str
    subtitle: str = ""
    right: str = ""  # dates and venue, top right
    footer: str = ""  # bottom left: what made it and when
    page_of: str = "Page {page} of {pages}"  # translated, with both placeholders
    logo: ImageReader | None = None


def page_of_text(language: str) -> str:
    # Filled in by the canvas once the page count is known.
    return translate_in(language, "Reports", QT_TRANSLATE_NOOP("Reports", "Page {page} of {pages}"))


class _NumberedCanvas(Canvas):
    """A canvas that knows the page count when it finishes, to write "page x of y" on every page."""

    def __init__(self, *args, frame: PageFrame, **kwargs):
        super().__init__(*args, **kwargs)
        self._frame = frame
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            width = self._pagesize[0]
            text = self._frame.page_of.format(page=self._pageNumber, pages=total)
            draw_text(self, width - MARGIN, MARGIN - 2 * mm, text, 8, align="right")
            super().showPage()
        super().save()


class RunningSubtitle(Flowable):
    """Sets the header's subtitle from this point on: each sign-in sheet's pages name their session."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.canv.running_subtitle = self.text


def _draw_frame(frame: PageFrame, canvas: Canvas, doc) -> None:
    """Header and footer, drawn when the page is complete, so a subtitle set on it is known."""
    width, height = canvas._pagesize
    canvas.saveState()
    top = height - MARGIN
    x = MARGIN
    if frame.logo is not None:
        w, h = frame.logo.getSize()
        scale = min(40 * mm / w, 15 * mm / h)
        canvas.drawImage(frame.logo, x, top - h * scale, w * scale, h * scale, mask="auto")
        x += w * scale + 5 * mm
    right_width = fonts.width(frame.right, FAMILY, False, 8) if frame.right else 0
    room = width - MARGIN - x - right_width - 6 * mm
    canvas.setFillColor(MUTED)
    draw_text(canvas, x, top - 3.2 * mm, frame.event_name, 8.5, max_width=room)
    canvas.setFillColor(INK)
    draw_text(canvas, x, top - 9.5 * mm, frame.title, 14, bold=True, max_width=room)
    subtitle = getattr(canvas, "running_subtitle", frame.subtitle)
    if subtitle:
        canvas.setFillColor(MUTED)
        draw_text(canvas, x, top - 14.5 * mm, subtitle, 9, max_width=room)
    if frame.right:
        canvas.setFillColor(MUTED)
        draw_text(canvas, width - MARGIN, top - 3.2 * mm, frame.right, 8, align="right")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, top - HEADER_HEIGHT + 2 * mm, width - MARGIN, top - HEADER_HEIGHT + 2 * mm)
    canvas.line(MARGIN, MARGIN + 2 * mm, width - MARGIN, MARGIN + 2 * mm)
    canvas.setFillColor(MUTED)
    draw_text(canvas, MARGIN, MARGIN - 2 * mm, frame.footer, 8, max_width=width / 2)
    canvas.restoreState()


def page_size(wide: bool) -> tuple[float, float]:
    return landscape(A4) if wide else A4


def content_width(wide: bool) -> float:
    return page_size(wide)[0] - 2 * MARGIN


def build_pdf(path: Path, story: Sequence[Flowable], frame: PageFrame, wide: bool = False) -> None:
    """Lay ``story`` out on A4 pages (landscape when ``wide``) under the running header and footer."""
    size = page_size(wide)
    with atomic_file(path) as temporary:
        doc = BaseDocTemplate(
            str(temporary), pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT, bottomMargin=MARGIN + FOOTER_HEIGHT,
            title=f"{frame.title} – {frame.event_name}", author=frame.event_name, creator=f"Check-in Desk {__version__}",
        )
        body = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[body], onPageEnd=partial(_draw_frame, frame))])
        doc.build(list(story), canvasmaker=partial(_NumberedCanvas, frame=frame))
