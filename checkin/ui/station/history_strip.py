"""The station's last few scans in a row of small coloured tiles, newest on the left."""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStyle, QStyleOption, QWidget

from checkin.domain.verdicts import Verdict
from checkin.services.scan_messages import reason_label
from checkin.services.scanning import ScanResult
from checkin.ui import journal_format

SHOWN = 6

_STYLES = {
    Verdict.ACCEPTED: "background: #e3f1e6; color: #14532d; border: 1px solid #8cc79c;",
    Verdict.WARNING: "background: #fff1cc; color: #4d3b00; border: 1px solid #e3b341;",
    Verdict.REJECTED: "background: #fbe3e1; color: #7a1610; border: 1px solid #e39a94;",
}
_UNDONE_STYLE = "background: #eceff1; color: #546e7a; border: 1px dashed #90a4ae;"
_GLYPHS = {Verdict.ACCEPTED: "✓", Verdict.WARNING: "!", Verdict.REJECTED: "✕"}


class _Tile(QLabel):
    """A scan in a few words, cut with … when the strip is narrow rather than clipped mid-letter."""

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
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
            tile.setTextFormat(Qt.TextFormat.PlainText)
            tile.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            row.addWidget(tile, 1)
        self._retranslate()

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
            tile.setText(text)
            tile.setToolTip(text)
            style = _UNDONE_STYLE if item.undone else _STYLES[item.verdict]
            tile.setStyleSheet(f"QLabel {{ {style} border-radius: 4px; padding: 3px 6px; }}")
            tile.show()

    def _retranslate(self) -> None:
        self._caption.setText(self.tr("Last scans:"))
        self._empty.setText(self.tr("None yet at this station."))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
