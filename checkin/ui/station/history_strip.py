"""The station's last few scans in a row of small coloured tiles, newest on the left."""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from checkin.domain.verdicts import Verdict
from checkin.services.scan_messages import reason_label
from checkin.services.scanning import ScanResult
from checkin.ui import journal_format
from checkin.ui.plain_text import shown, tooltip

SHOWN = 6

# (background, text, border) per verdict; an undone scan is grey with a dashed border.
_COLOURS = {
    Verdict.ACCEPTED: ("#e3f1e6", "#14532d", "#8cc79c"),
    Verdict.WARNING: ("#fff1cc", "#4d3b00", "#e3b341"),
    Verdict.REJECTED: ("#fbe3e1", "#7a1610", "#e39a94"),
}
_UNDONE_COLOURS = ("#eceff1", "#546e7a", "#90a4ae")
_GLYPHS = {Verdict.ACCEPTED: "✓", Verdict.WARNING: "!", Verdict.REJECTED: "✕"}


class _Tile(QWidget):
    """A scan in a few words on its verdict's colour, cut with … when the strip is narrow.

    Painted here rather than styled with a style sheet: restyling six tiles at every scan would
    cost the GUI thread more than the rest of the verdict."""

    def __init__(self):
        super().__init__()
        self._text = ""
        self._colours = _UNDONE_COLOURS
        self._dashed = False
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() + 10)

    def text(self) -> str:
        return self._text

    def show_item(self, text: str, colours: tuple[str, str, str], dashed: bool) -> None:
        self._text, self._colours, self._dashed = shown(text), colours, dashed
        self.setToolTip(tooltip(text))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        background, text, border = self._colours
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(border))
        pen.setStyle(Qt.PenStyle.DashLine if self._dashed else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setPen(QColor(text))
        rect = self.rect().adjusted(6, 0, -6, 0)
        shown = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
        painter.end()


@dataclass(frozen=True, slots=True)
class HistoryItem:
    scan_id: str
    at: datetime
    verdict: Verdict
    who: str  # the person's name, or "" for a code nobody has
    reason: str  # reason code, shown in words when there is no name
    undone: bool = False


class HistoryStrip(QWidget):
    def __init__(self, timezone: str = "Europe/Brussels", parent: QWidget | None = None):
        super().__init__(parent)
        self._timezone = timezone
        self._items: deque[HistoryItem] = deque(maxlen=SHOWN)
        self._caption = QLabel()
        self._tiles = [_Tile() for _ in range(SHOWN)]
        self._empty = QLabel()
        self._empty.setEnabled(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self._caption)
        row.addWidget(self._empty, 1)
        for tile in self._tiles:
            row.addWidget(tile, 1)
        # As tall with tiles as without: the verdict panel above must not jump at the first scan.
        self.setFixedHeight(self._tiles[0].height())
        self._retranslate()

    def clear(self) -> None:
        self._items.clear()
        self._render()

    def add(self, result: ScanResult) -> None:
        a = result.attendee
        self._items.appendleft(
            HistoryItem(result.record.id, result.scanned_at, result.verdict, a.full_name if a else "", result.reason.value)
        )
        self._render()

    def mark_undone(self, scan_id: str) -> None:
        self._items = deque((replace(i, undone=True) if i.scan_id == scan_id else i for i in self._items), maxlen=SHOWN)
        self._render()

    def items(self) -> list[HistoryItem]:
        """Newest first."""
        return list(self._items)

    def latest(self) -> HistoryItem | None:
        return next((i for i in self._items if not i.undone), None)

    def tile_texts(self) -> list[str]:
        return [t.text() for t in self._tiles if t.isVisible()]

    def _render(self) -> None:
        items = list(self._items)
        self._empty.setVisible(not items)
        for tile, item in zip(self._tiles, items + [None] * (SHOWN - len(items))):
            if item is None:
                tile.hide()
                continue
            when = journal_format.event_time(item.at, self._timezone).strftime("%H:%M")
            who = item.who or str(reason_label(item.reason))
            text = f"{when} {_GLYPHS[item.verdict]} {who}"
            if item.undone:
                text = self.tr("{scan} (undone)").format(scan=text)
            tile.show_item(text, _UNDONE_COLOURS if item.undone else _COLOURS[item.verdict], item.undone)
            tile.show()

    def _retranslate(self) -> None:
        self._caption.setText(self.tr("Last scans:"))
        self._empty.setText(self.tr("None yet at this station."))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
