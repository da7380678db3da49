"""Badge stock and imposition as a table: page size, badge size and where each badge sits on a sheet.

All sizes are millimetres, origin at the sheet's top-left corner (as the designer shows it). A stock
is either one badge per page (card and label printers, which take the page size as the media size)
or a grid of badges on a sheet for office printers. A fold-over stock puts each badge's back above
its front, turned by 180°, so that folding along the middle gives a badge readable on both sides.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError

INCH = 25.4


class Sides(StrEnum):
    SINGLE = "single"
    FOLDOVER = "foldover"  # front below the fold, back above it turned 180°


@dataclass(frozen=True, slots=True)
class Placement:
    """Where one face of a badge goes on the sheet: its top-left corner, and whether it is turned."""

    x: float
    y: float
    turned: bool = False


@dataclass(frozen=True, slots=True)
class Slot:
    front: Placement
    back: Placement | None = None


@dataclass(frozen=True, slots=True)
class Stock:
    id: str
    label: str  # QT_TRANSLATE_NOOP-marked; translate with translate("Stock", label)
    page_width: float
    page_height: float
    badge_width: float
    badge_height: float
    columns: int = 1
    rows: int = 1
    left: float = 0.0  # sheet margin to the first column
    top: float = 0.0  # sheet margin to the first row
    column_gap: float = 0.0
    row_gap: float = 0.0
    sides: Sides = Sides.SINGLE
    media: str = ""  # the CUPS media name (`lp -o media=…`)
    cut_marks: bool = False  # drawn by default (office sheets cut with a guillotine)

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def orientation(self) -> str:
        return "landscape" if self.badge_width > self.badge_height else "portrait"

    def slots(self) -> list[Slot]:
        """Badge positions in reading order (left to right, top to bottom)."""
        result = []
        for row in range(self.rows):
            for column in range(self.columns):
                x = self.left + column * (self.badge_width + self.column_gap)
                if self.sides is Sides.FOLDOVER:
                    # Each column holds one badge: back (turned) on the upper half, front below.
                    back_y = self.top + row * 2 * self.badge_height
                    result.append(Slot(Placement(x, back_y + self.badge_height), Placement(x, back_y, turned=True)))
                else:
                    y = self.top + row * (self.badge_height + self.row_gap)
                    result.append(Slot(Placement(x, y)))
        return result

    def cut_lines(self) -> tuple[list[float], list[float]]:
        """The x positions of vertical cuts and the y positions of horizontal cuts (fold lines excluded)."""
        xs: list[float] = []
        for column in range(self.columns):
            x = self.left + column * (self.badge_width + self.column_gap)
            xs.extend((x, x + self.badge_width))
        ys: list[float] = []
        if self.sides is Sides.FOLDOVER:
            ys.extend((self.top, self.top + 2 * self.badge_height * self.rows))
        else:
            for row in range(self.rows):
                y = self.top + row * (self.badge_height + self.row_gap)
                ys.extend((y, y + self.badge_height))
        return sorted(set(round(x, 3) for x in xs)), sorted(set(round(y, 3) for y in ys))


A4 = (210.0, 297.0)
LETTER = (8.5 * INCH, 11 * INCH)

STOCKS: tuple[Stock, ...] = (
    Stock("a6", QT_TRANSLATE_NOOP("Stock", "A6 insert, one per page (105 × 148 mm)"), 105, 148, 105, 148, media="A6"),
    Stock("a6-landscape", QT_TRANSLATE_NOOP("Stock", "A6 insert landscape, one per page (148 × 105 mm)"), 148, 105, 148, 105, media="A6"),
    Stock("a6-4up-a4", QT_TRANSLATE_NOOP("Stock", "A6 inserts, 4 per A4 sheet"), *A4, 105, 148, columns=2, rows=2, top=0.5,
          media="A4", cut_marks=True),
    Stock("a6-landscape-4up-a4", QT_TRANSLATE_NOOP("Stock", "A6 landscape inserts, 4 per A4 sheet (landscape)"), A4[1], A4[0], 148, 105,
          columns=2, rows=2, left=0.5, media="A4", cut_marks=True),
    Stock("a6-foldover-a4", QT_TRANSLATE_NOOP("Stock", "A6 fold-over, front and back, 2 per A4 sheet"), *A4, 105, 148, columns=2, rows=1,
          top=0.5, sides=Sides.FOLDOVER, media="A4", cut_marks=True),
    # Avery L7418-type name badge labels: two columns of four 86 × 55 mm labels.
    Stock("card-86x55-8up-a4", QT_TRANSLATE_NOOP("Stock", "Name badge labels 86 × 55 mm, 8 per A4 (Avery L7418 type)"), *A4, 86, 55,
          columns=2, rows=4, left=15, top=28, column_gap=8, row_gap=7, media="A4"),
    # Micro-perforated business card sheets: ten 90 × 54 mm cards, no gaps.
    Stock("card-90x54-10up-a4", QT_TRANSLATE_NOOP("Stock", "Cards 90 × 54 mm, 10 per A4"), *A4, 90, 54, columns=2, rows=5, left=15,
          top=13.5, media="A4", cut_marks=True),
    Stock("cr80", QT_TRANSLATE_NOOP("Stock", "CR80 plastic card (85.6 × 54 mm), card printer"), 85.6, 54, 85.6, 54, media="Custom.85.6x54mm"),
    Stock("cr80-portrait", QT_TRANSLATE_NOOP("Stock", "CR80 plastic card portrait (54 × 85.6 mm)"), 54, 85.6, 54, 85.6,
          media="Custom.54x85.6mm"),
    Stock("ql-62x100", QT_TRANSLATE_NOOP("Stock", "Brother QL 62 mm continuous label, cut at 100 mm"), 62, 100, 62, 100,
          media="Custom.62x100mm"),
    Stock("label-57x102", QT_TRANSLATE_NOOP("Stock", "Label 57 × 102 mm (DYMO/Zebra 2.25 × 4 in)"), 57, 102, 57, 102,
          media="Custom.57x102mm"),
    # Avery 5392-type: six 4 × 3 in badges on US Letter.
    Stock("letter-4x3-6up", QT_TRANSLATE_NOOP("Stock", "Badges 4 × 3 in, 6 per US Letter sheet"), *LETTER, 4 * INCH, 3 * INCH, columns=2,
          rows=3, left=0.25 * INCH, top=1 * INCH, media="Letter", cut_marks=True),
)

_BY_ID = {stock.id: stock for stock in STOCKS}


def get_stock(stock_id: str) -> Stock:
    try:
        return _BY_ID[stock_id]
    except KeyError:
        raise UserError(
            Message(
                "Stock",
                QT_TRANSLATE_NOOP("Stock", "There is no badge stock called “{stock}”. Known stocks: {known}."),
                {"stock": stock_id, "known": ", ".join(_BY_ID)},
            )
        ) from None
