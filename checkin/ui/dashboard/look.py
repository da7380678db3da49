"""The dashboard's look for a projector: type that grows with the window, strong colours, numbers in the UI language."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont

from checkin.ui.desk_page import number

ARRIVED = QColor("#2762b0")  # the application's accent: what has happened
EXPECTED = QColor("#c9d6ea")  # the rest of the bar: who is still to come
GRID = QColor("#8a94a6")
GOOD = QColor("#2e7d32")
NEARLY_FULL = QColor("#e8a317")
OVER = QColor("#c62828")
ON_COLOUR = QColor("#ffffff")  # text on a dark fill
ON_LIGHT = QColor("#1b1f24")  # text on a light fill (amber, the bar track)

# A window 1600×1000 pixels wide shows 15-point type; larger windows (a projector's full screen)
# scale every text with them, smaller ones never go below what a desk screen reads.
_REFERENCE_WIDTH, _REFERENCE_HEIGHT, _REFERENCE_POINTS = 1600, 1000, 15.0
_MIN_POINTS, _MAX_POINTS = 10.0, 48.0
NEARLY_FULL_SHARE = 0.85


def base_points(width: int, height: int) -> float:
    """The dashboard's body text size, in points, for a window of this size."""
    scale = min(width / _REFERENCE_WIDTH, height / _REFERENCE_HEIGHT)
    return max(_MIN_POINTS, min(_MAX_POINTS, _REFERENCE_POINTS * scale))


def scaled(font: QFont, factor: float, bold: bool = False) -> QFont:
    """``font`` ``factor`` times larger (points kept fractional so every size follows the window)."""
    made = QFont(font)
    made.setPointSizeF(font.pointSizeF() * factor)
    made.setBold(bold)
    return made


def fill_colour(share: float | None) -> QColor | None:
    """How full a room is, as a traffic light: green, amber from 85 %, red once over capacity."""
    if share is None:
        return None
    if share > 1:
        return OVER
    if share >= NEARLY_FULL_SHARE:
        return NEARLY_FULL
    return GOOD


def _luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def text_on(fill: QColor) -> QColor:
    """Near-black or white, whichever contrasts more with ``fill`` (WCAG contrast ratio)."""
    lum = _luminance(fill)
    return ON_LIGHT if (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) else ON_COLOUR


def percent(share: float | None) -> str:
    """``share`` (0.59) as "59%" / "59 %", or a dash when there is nothing to divide by."""
    if share is None:
        return "—"
    return QCoreApplication.translate("Dashboard", "{value}%").format(value=number(round(share * 100)))


def count_of(part: int, whole: int) -> str:
    """"412 / 700" with the UI language's digit grouping."""
    return QCoreApplication.translate("Dashboard", "{part} / {whole}").format(part=number(part), whole=number(whole))
