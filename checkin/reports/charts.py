"""The summary report's drawings: the arrivals curve per quarter hour and the session fill bars (ReportLab graphics)."""
from __future__ import annotations

from typing import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor

from checkin.badges import fonts
from checkin.reports import pdf

_BAR = HexColor("#2c6e9b")
_OVER = HexColor("#c0392b")
_TRACK = HexColor("#e3e9ef")
_GRID = HexColor("#d5dde4")


def _string(x: float, y: float, text: str, size: float, anchor: str = "start", colour=pdf.MUTED, bold: bool = False) -> String:
    # Axis labels are digits and times: the main font always has them.
    return String(x, y, text, fontName=pdf.font_name(bold), fontSize=size, fillColor=colour, textAnchor=anchor)


def _nice_step(top: int) -> int:
    """A round tick step giving four or five gridlines up to ``top``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        if top / step <= 5:
            return step
    return max(1, top // 5)


def trimmed(counts: Sequence[int], pad: int = 2) -> tuple[int, int]:
    """The slot range worth drawing: from a little before the first arrival to a little after the last."""
    filled = [i for i, n in enumerate(counts) if n]
    if not filled:
        return 0, 0
    first = max(0, filled[0] - pad)
    first -= first % 4  # start on the hour
    return first, min(len(counts), filled[-1] + pad + 1)


def arrivals_chart(labels: Sequence[str], counts: Sequence[int], width: float, height: float) -> Drawing:
    """Bars per quarter hour; ``labels`` are the slots' "HH:MM", each full hour is written under the axis."""
    drawing = Drawing(width, height)
    left, bottom, right, top = 28, 16, 6, 8
    plot_w, plot_h = width - left - right, height - bottom - top
    peak = max(counts, default=0) or 1
    step = _nice_step(peak)
    ceiling = ((peak + step - 1) // step) * step
    for value in range(0, ceiling + 1, step):
        y = bottom + plot_h * value / ceiling
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=_GRID, strokeWidth=0.4))
        drawing.add(_string(left - 4, y - 2.5, str(value), 7, "end"))
    slot_w = plot_w / max(1, len(counts))
    for i, (label, n) in enumerate(zip(labels, counts)):
        x = left + i * slot_w
        if n:
            drawing.add(Rect(x + slot_w * 0.12, bottom, slot_w * 0.76, plot_h * n / ceiling, fillColor=_BAR, strokeColor=None))
        if label.endswith(":00"):
            drawing.add(Line(x, bottom, x, bottom - 3, strokeColor=pdf.MUTED, strokeWidth=0.5))
            drawing.add(_string(x, bottom - 11, label, 7, "middle"))
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=pdf.MUTED, strokeWidth=0.6))
    return drawing


def fill_bar(value: int, whole: int, width: float, height: float = 9) -> Drawing:
    """A bar of ``value`` against ``whole`` (the capacity), red past 100 %."""
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 1, width, height - 2, fillColor=_TRACK, strokeColor=None))
    share = value / whole
    drawing.add(Rect(0, 1, width * min(share, 1.0), height - 2, fillColor=_OVER if share > 1 else _BAR, strokeColor=None))
    return drawing


def text_width(text: str, size: float, bold: bool = False) -> float:
    return fonts.width(text, pdf.FAMILY, bold, size)
