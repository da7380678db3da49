"""The ReportLab badge renderer: draws layout elements by type and imposes badges on sheets, page by page.

Badges stream straight onto the canvas: one sheet is drawn, shown and forgotten before the next, so
10,000 badges make one PDF without holding 10,000 of anything but their text. Elements that depend
on nothing but the category (bands, the logo, the event name) are drawn once per category into a
PDF form and reused, which keeps both the file and the time small.
"""
from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterable

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from checkin import __version__
from checkin.badges import fonts, qr
from checkin.badges.content import BadgeContent
from checkin.badges.fit import fit_text
from checkin.badges.layout import CATEGORY, Element, ImageElement, Layout, QrElement, RectElement, TextElement
from checkin.badges.stock import Placement, Stock, get_stock
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError

CUT_MARK_MM = 5.0
CUT_MARK_OFFSET_MM = 1.0
_GREY = HexColor("#808080")


@dataclass(frozen=True, slots=True)
class RenderResult:
    pages: int
    badges: int


def _logo_reader(logo: bytes | None) -> ImageReader | None:
    if not logo:
        return None
    try:
        reader = ImageReader(io.BytesIO(logo))
        reader.getSize()
    except Exception as exc:  # Pillow raises many types for a broken image
        raise UserError(
            Message("Badges", QT_TRANSLATE_NOOP("Badges", "The event logo cannot be read as an image ({reason}). Replace the logo in the event settings."), {"reason": str(exc)})
        ) from exc
    return reader


class BadgePainter:
    """Draws one face of a badge from a layout's elements, dispatching on the element's type."""

    def __init__(self, layout: Layout, stock: Stock, logo: bytes | None = None):
        self.layout = layout
        self.width = stock.badge_width * mm
        self.height = stock.badge_height * mm
        self.logo = _logo_reader(logo)
        self._draw: dict[type, Callable[[Canvas, Element, BadgeContent], None]] = {
            TextElement: self._text,
            QrElement: self._qr,
            ImageElement: self._image,
            RectElement: self._rect,
        }
        self._groups = {side: self._group(elements) for side, elements in (("front", layout.front), ("back", layout.back))}
        self._forms: set[str] = set()
        self._category_numbers: dict[str, int] = {}

    @staticmethod
    def _group(elements: tuple[Element, ...]) -> list[tuple[bool, tuple[Element, ...]]]:
        """Consecutive elements grouped by whether they depend on the category alone (keeps drawing order)."""
        groups: list[tuple[bool, list[Element]]] = []
        for element in elements:
            shared = element.category_only
            if groups and groups[-1][0] == shared:
                groups[-1][1].append(element)
            else:
                groups.append((shared, [element]))
        return [(shared, tuple(items)) for shared, items in groups]

    def _box(self, e: Element) -> tuple[float, float, float, float]:
        """The element's box in points, origin at the badge's bottom-left."""
        return e.x * mm, self.height - (e.y + e.height) * mm, e.width * mm, e.height * mm

    def _colour(self, value: str, content: BadgeContent) -> HexColor:
        return HexColor(self.layout.colour_for(content.category) if value == CATEGORY else value)

    def paint(self, canvas: Canvas, content: BadgeContent, side: str = "front") -> None:
        """Draw the face at the canvas origin (the badge's bottom-left corner)."""
        for index, (shared, elements) in enumerate(self._groups[side]):
            if shared:
                number = self._category_numbers.setdefault(content.category, len(self._category_numbers))
                name = f"{side}{index}c{number}"
                if name not in self._forms:
                    canvas.beginForm(name, 0, 0, self.width, self.height)
                    self._paint_all(canvas, elements, content)
                    canvas.endForm()
                    self._forms.add(name)
                canvas.doForm(name)
            else:
                self._paint_all(canvas, elements, content)

    def _paint_all(self, canvas: Canvas, elements: tuple[Element, ...], content: BadgeContent) -> None:
        for element in elements:
            self._draw[type(element)](canvas, element, content)

    def _text(self, canvas: Canvas, e: TextElement, content: BadgeContent) -> None:
        text = content.text_for(e.field, e.text)
        if e.uppercase:
            text = text.upper()
        if not text:
            return
        family = e.font or self.layout.font
        x, y, width, height = self._box(e)
        fitted = fit_text(
            text, width, height, family=family, bold=e.bold, size_max=e.size_max, size_min=e.size_min,
            max_lines=e.max_lines, leading=e.leading, overflow=e.overflow,
        )
        ascent, descent = fonts.extent(family, e.bold)
        block = fitted.block_height(e.leading, ascent, descent)
        free = height - block
        top = y + height - {"top": 0.0, "middle": free / 2, "bottom": free}[e.valign]
        canvas.setFillColor(self._colour(e.colour, content))
        for number, (line, line_width) in enumerate(zip(fitted.lines, fitted.widths)):
            baseline = top - fitted.size * (ascent + number * e.leading)
            left = x + {"left": 0.0, "center": (width - line_width) / 2, "right": width - line_width}[e.align]
            text_object = canvas.beginText(left, baseline)
            for font_name, part in fonts.runs(line, family, e.bold):
                text_object.setFont(font_name, fitted.size)
                text_object.textOut(part)
            canvas.drawText(text_object)

    def _qr(self, canvas: Canvas, e: QrElement, content: BadgeContent) -> None:
        if not content.code:
            return
        x, y, size, _ = self._box(e)
        colour = self.layout.colour_for(content.category) if e.colour == CATEGORY else e.colour
        qr.draw(canvas, content.code, x, y, size, colour)

    def _image(self, canvas: Canvas, e: ImageElement, content: BadgeContent) -> None:
        if self.logo is None:
            return
        x, y, width, height = self._box(e)
        anchor = {"left": "w", "center": "c", "right": "e"}.get(e.align, "c")
        canvas.drawImage(self.logo, x, y, width, height, preserveAspectRatio=True, anchor=anchor, mask="auto")

    def _rect(self, canvas: Canvas, e: RectElement, content: BadgeContent) -> None:
        x, y, width, height = self._box(e)
        canvas.setFillColor(self._colour(e.fill, content))
        if e.radius:
            canvas.roundRect(x, y, width, height, e.radius * mm, stroke=0, fill=1)
        else:
            canvas.rect(x, y, width, height, stroke=0, fill=1)


class SheetWriter:
    """Places badges on the stock's sheets in reading order and shows each sheet when it is full."""

    def __init__(self, canvas: Canvas, painter: BadgePainter, stock: Stock, cut_marks: bool):
        self.canvas = canvas
        self.painter = painter
        self.stock = stock
        self.cut_marks = cut_marks
        self.slots = stock.slots()
        self.badges = 0
        self.pages = 0

    def add(self, content: BadgeContent) -> None:
        index = self.badges % len(self.slots)
        if index == 0 and self.badges:
            self._finish_page()
        slot = self.slots[index]
        self._place(content, slot.front, "front")
        if slot.back is not None:
            self._place(content, slot.back, "back")
        self.badges += 1

    def close(self) -> None:
        if self.badges:
            self._finish_page()

    def _place(self, content: BadgeContent, where: Placement, side: str) -> None:
        page_height = self.stock.page_height
        canvas = self.canvas
        canvas.saveState()
        if where.turned:
            canvas.translate((where.x + self.stock.badge_width) * mm, (page_height - where.y) * mm)
            canvas.rotate(180)
        else:
            canvas.translate(where.x * mm, (page_height - where.y - self.stock.badge_height) * mm)
        self.painter.paint(canvas, content, side)
        canvas.restoreState()

    def _finish_page(self) -> None:
        if self.cut_marks:
            draw_cut_marks(self.canvas, self.stock)
        self.canvas.showPage()
        self.pages += 1


def draw_cut_marks(canvas: Canvas, stock: Stock) -> None:
    """Short hairlines on the extension of every cut line: in the margin where there is room, else on the cut itself."""
    xs, ys = stock.cut_lines()
    page_w, page_h = stock.page_width, stock.page_height
    grid_top, grid_bottom, grid_left, grid_right = ys[0], ys[-1], xs[0], xs[-1]
    canvas.saveState()
    canvas.setStrokeColor(_GREY)
    canvas.setLineWidth(0.3)

    def segment(x1, y1, x2, y2):  # millimetres from the top-left
        canvas.line(x1 * mm, (page_h - y1) * mm, x2 * mm, (page_h - y2) * mm)

    def ends(low_margin: float, high_margin: float, low: float, high: float):
        room = CUT_MARK_OFFSET_MM + 2.0
        first = (low - CUT_MARK_OFFSET_MM, max(0.0, low - CUT_MARK_OFFSET_MM - CUT_MARK_MM)) if low_margin >= room else (low, low + CUT_MARK_MM)
        last = (high + CUT_MARK_OFFSET_MM, min(high + CUT_MARK_OFFSET_MM + CUT_MARK_MM, high + high_margin)) if high_margin >= room else (high, high - CUT_MARK_MM)
        return first, last

    for x in xs:
        if 1.0 < x < page_w - 1.0:
            for a, b in ends(grid_top, page_h - grid_bottom, grid_top, grid_bottom):
                segment(x, a, x, b)
    for y in ys:
        if 1.0 < y < page_h - 1.0:
            for a, b in ends(grid_left, page_w - grid_right, grid_left, grid_right):
                segment(a, y, b, y)
    canvas.restoreState()


def render_pdf(
    out: str | os.PathLike[str] | BinaryIO,
    layout: Layout,
    contents: Iterable[BadgeContent],
    *,
    logo: bytes | None = None,
    title: str = "",
    cut_marks: bool | None = None,
) -> RenderResult:
    """Stream ``contents`` into one PDF, a sheet at a time; ``cut_marks`` None = the stock's default.

    A path is written through a temporary file in the same folder, so a failure never leaves half a PDF.
    """
    stock = get_stock(layout.stock)
    painter = BadgePainter(layout, stock, logo)
    if isinstance(out, (str, os.PathLike)):
        target = Path(out)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        os.close(handle)
        try:
            result = _render(temporary, stock, painter, contents, title, cut_marks)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return result
    return _render(out, stock, painter, contents, title, cut_marks)


def _render(out, stock: Stock, painter: BadgePainter, contents: Iterable[BadgeContent], title: str, cut_marks: bool | None) -> RenderResult:
    canvas = Canvas(out, pagesize=(stock.page_width * mm, stock.page_height * mm), pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator(f"Check-in Desk {__version__}")
    canvas.setSubject(painter.layout.title)
    writer = SheetWriter(canvas, painter, stock, stock.cut_marks if cut_marks is None else cut_marks)
    for content in contents:
        writer.add(content)
    writer.close()
    canvas.save()
    return RenderResult(pages=writer.pages, badges=writer.badges)
