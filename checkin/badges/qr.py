"""QR codes drawn as vectors: one filled path of merged dark runs, on a white square that keeps the quiet zone.

Error correction Q (a quarter of the symbol can be scratched or covered by a lanyard clip). A badge
code (29 letters) is a version-2 symbol, 25 × 25 modules; with the 4-module quiet zone on each side
the element's square is 33 modules wide, so 1.2 mm modules need a 39.6 mm square.
"""
from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_Q
from qrcode.util import MODE_ALPHA_NUM, QRData
from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules on each side
MIN_MODULE_MM = 1.2


def matrix(text: str) -> list[list[bool]]:
    """The symbol's modules, dark = True, without the quiet zone."""
    symbol = qrcode.QRCode(error_correction=ERROR_CORRECT_Q, border=0)
    if text and all(ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:" for ch in text):
        symbol.add_data(QRData(text.encode("ascii"), mode=MODE_ALPHA_NUM))
    else:
        symbol.add_data(text)
    symbol.make(fit=True)
    return symbol.get_matrix()


def module_size(square: float, modules: int) -> float:
    """The size of one module when a symbol of ``modules`` modules and its quiet zone fill ``square``."""
    return square / (modules + 2 * QUIET_ZONE)


def runs(cells: list[list[bool]]) -> list[tuple[int, int, int]]:
    """Dark runs as (row, first column, length): one rectangle each instead of one per module."""
    found = []
    for row, line in enumerate(cells):
        column, size = 0, len(line)
        while column < size:
            if line[column]:
                start = column
                while column < size and line[column]:
                    column += 1
                found.append((row, start, column - start))
            else:
                column += 1
    return found


def draw(canvas: Canvas, text: str, x: float, y: float, square: float, colour: str = "#000000") -> int:
    """Draw ``text``'s QR filling the square at (x, y) (bottom-left, points); returns the module count."""
    cells = matrix(text)
    count = len(cells)
    unit = module_size(square, count)
    canvas.saveState()
    canvas.setFillColor(white)
    canvas.rect(x, y, square, square, stroke=0, fill=1)
    canvas.setFillColor(HexColor(colour))
    path = canvas.beginPath()
    left = x + QUIET_ZONE * unit
    top = y + square - QUIET_ZONE * unit
    for row, column, length in runs(cells):
        path.rect(left + column * unit, top - (row + 1) * unit, length * unit, unit)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
    return count
