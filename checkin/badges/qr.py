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


def rectangles(cells: list[list[bool]]) -> list[tuple[int, int, int, int]]:
    """Dark areas as (row, column, width, height): runs along a row, stacked when rows below repeat them."""
    done: list[tuple[int, int, int, int]] = []
    open_: dict[tuple[int, int], list[int]] = {}  # (column, width) → [first row, height]
    for row, line in enumerate(cells):
        current = set()
        column, size = 0, len(line)
        while column < size:
            if line[column]:
                start = column
                while column < size and line[column]:
                    column += 1
                current.add((start, column - start))
            else:
                column += 1
        for key in list(open_):
            if key not in current:
                first, height = open_.pop(key)
                done.append((first, key[0], key[1], height))
        for key in current:
            if key in open_:
                open_[key][1] += 1
            else:
                open_[key] = [row, 1]
    done.extend((first, column, width, height) for (column, width), (first, height) in open_.items())
    return done


def draw(canvas: Canvas, text: str, x: float, y: float, square: float, colour: str = "#000000") -> int:
    """Draw ``text``'s QR filling the square at (x, y) (bottom-left, points); returns the module count."""
    cells = matrix(text)
    count = len(cells)
    unit = module_size(square, count)
    canvas.saveState()
    canvas.setFillColor(white)
    canvas.rect(x, y, square, square, stroke=0, fill=1)
    canvas.setFillColor(HexColor(colour))
    # Drawn in module units (origin at the symbol's top-left, y down) so the page stream holds
    # short integers: a 10,000-badge PDF stays small in memory until it is written.
    canvas.translate(x + QUIET_ZONE * unit, y + square - QUIET_ZONE * unit)
    canvas.scale(unit, -unit)
    path = canvas.beginPath()
    for row, column, width, height in rectangles(cells):
        path.rect(column, row, width, height)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
    return count
