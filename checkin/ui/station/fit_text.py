"""A line of text drawn as large as its box allows: one line if it fits big enough, else two.

For the station's name: the larger the better, read from two metres. Width grows linearly with
the font size, so the size for one line is ``width / advance at size 1``; when one line cannot have
the largest size (a long Portuguese name) the text is split at the space that gives the largest
size on two lines, as the badge renderer does for names on badges: a name wraps before it shrinks.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from checkin.domain.display import shown

_REFERENCE_PX = 100.0
LINE_HEIGHT = 1.18  # line spacing, as a multiple of the pixel size
# Sizes are rounded down to steps of this many pixels: Qt caches the glyphs of each size (up to
# 64 px), and a size per name would make a small window draw every name's letters from scratch.
_SIZE_STEP = 8


def _advance(font: QFont, text: str) -> float:
    """Width of ``text`` at a pixel size of 1 (advances scale linearly with size)."""
    reference = QFont(font)
    reference.setPixelSize(int(_REFERENCE_PX))
    return QFontMetricsF(reference).horizontalAdvance(text) / _REFERENCE_PX


def fit(font: QFont, text: str, width: float, height: float, largest: float) -> tuple[float, list[str]]:
    """The pixel size and lines that show ``text`` largest within ``width`` × ``height``."""
    words = text.split()
    if not words or width <= 0 or height <= 0:
        return largest, [text] if text else []
    whole = " ".join(words)

    def size_for(lines: list[str]) -> float:
        widest = max(_advance(font, line) for line in lines) or 1.0
        return min(largest, width / widest, height / (len(lines) * LINE_HEIGHT))

    best_lines = [whole]
    best = size_for(best_lines)
    if best < largest and len(words) > 1:
        for cut in range(1, len(words)):
            lines = [" ".join(words[:cut]), " ".join(words[cut:])]
            size = size_for(lines)
            if size > best:
                best, best_lines = size, lines
    return best, best_lines


class FitTextLabel(QWidget):
    """Plain text (never markup: names are data) drawn centred at the largest size that fits."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = ""
        self._largest = 96.0
        self._smallest = 10.0
        self._room = (self._smallest, 1)  # see set_room_for
        self._alignment = Qt.AlignmentFlag.AlignLeft
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - the QLabel name, so it reads like one
        self._text = shown(text)
        self.setAccessibleName(text)
        self.update()

    def set_largest_size(self, pixels: float) -> None:
        self._largest = max(self._smallest, pixels)
        self.updateGeometry()
        self.update()

    def set_room_for(self, pixels: float, lines: int = 2) -> None:
        """Ask the layout for at least ``lines`` lines at ``pixels``: a long name then wraps at the
        size of the lines under it rather than being squeezed by them."""
        self._room = (pixels, lines)
        self.updateGeometry()

    def set_alignment(self, alignment: Qt.AlignmentFlag) -> None:
        self._alignment = alignment
        self.update()

    def layout_for_size(self) -> tuple[float, list[str]]:
        """The pixel size and lines the text is drawn with at the widget's current size."""
        rect = self.contentsRect()
        size, lines = fit(self.font(), self._text, rect.width(), rect.height(), self._largest)
        if size > 2 * _SIZE_STEP:
            size = size // _SIZE_STEP * _SIZE_STEP
        return max(self._smallest, size), lines

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(200, int(self._largest * LINE_HEIGHT * 2))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        pixels, lines = self._room
        return QSize(50, int(pixels * LINE_HEIGHT * lines) + 1)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self._text:
            return
        size, lines = self.layout_for_size()
        font = QFont(self.font())
        font.setPixelSize(max(1, int(size)))
        painter = QPainter(self)
        painter.setFont(font)
        painter.setPen(self.palette().windowText().color())
        metrics = QFontMetricsF(font)
        rect = QRectF(self.contentsRect())
        line_height = size * LINE_HEIGHT
        top = rect.top() + (rect.height() - line_height * len(lines)) / 2
        for i, line in enumerate(lines):
            box = QRectF(rect.left(), top + i * line_height, rect.width(), line_height)
            shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(box, int(self._alignment | Qt.AlignmentFlag.AlignVCenter), shown)
        painter.end()
