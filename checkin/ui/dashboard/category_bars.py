"""Arrived against registered per category: one bar a category, filled as far as its people have come."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from checkin.ui.dashboard.look import ARRIVED, EXPECTED, count_of, percent, scaled

ROW_FACTOR = 1.75  # a bar's row is this many lines of text high


@dataclass(frozen=True, slots=True)
class CategoryBar:
    label: str  # the category as the list wrote it; "" for people without one
    registered: int
    arrived: int

    @property
    def share(self) -> float | None:
        return self.arrived / self.registered if self.registered else None


class CategoryBars(QWidget):
    """Bars for :meth:`set_bars`, largest category first; what does not fit is summed up as one bar."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._bars: tuple[CategoryBar, ...] = ()

    @property
    def bars(self) -> tuple[CategoryBar, ...]:
        return self._bars

    def set_bars(self, bars: Sequence[CategoryBar]) -> None:
        bars = tuple(bars)
        if bars != self._bars:
            self._bars = bars
            self.update()

    def shown_bars(self) -> list[CategoryBar]:
        """The bars as painted at the present height: the largest ones, then one for all the others."""
        room = max(1, int(self.height() // (QFontMetricsF(self.font()).height() * ROW_FACTOR)))
        if len(self._bars) <= room:
            return list(self._bars)
        rest = self._bars[room - 1:]
        others = CategoryBar(
            self.tr("%n other categories", "", len(rest)),
            sum(bar.registered for bar in rest),
            sum(bar.arrived for bar in rest),
        )
        return [*self._bars[: room - 1], others]

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 14, round(line * ROW_FACTOR * 3))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)

    def _label(self, bar: CategoryBar) -> str:
        return bar.label or self.tr("No category")

    @staticmethod
    def _figures(bar: CategoryBar) -> str:
        return f"{count_of(bar.arrived, bar.registered)}  {percent(bar.share)}"

    def paintEvent(self, event: QPaintEvent) -> None:
        bars = self.shown_bars()
        if not bars:
            return
        painter = QPainter(self)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        font = self.font()
        metrics = QFontMetricsF(font)
        line = metrics.height()
        row = line * ROW_FACTOR
        label_width = min(self.width() * 0.38, max(metrics.horizontalAdvance(self._label(b)) for b in bars) + line * 0.6)
        figures_font = scaled(font, 1.0, bold=True)
        figures_metrics = QFontMetricsF(figures_font)
        figures_width = max(figures_metrics.horizontalAdvance(self._figures(b)) for b in bars) + line * 0.6
        track_width = self.width() - label_width - figures_width
        if track_width <= line:
            return
        for i, bar in enumerate(bars):
            top = i * row
            painter.setPen(text)
            painter.setFont(font)
            label = metrics.elidedText(self._label(bar), Qt.TextElideMode.ElideRight, label_width - line * 0.6)
            painter.drawText(QRectF(0, top, label_width, row), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            track = QRectF(label_width, top + row * 0.2, track_width, row * 0.6)
            painter.fillRect(track, EXPECTED)
            if bar.registered:
                filled = QRectF(track.left(), track.top(), track.width() * min(1.0, bar.arrived / bar.registered), track.height())
                painter.fillRect(filled, ARRIVED)
            painter.setFont(figures_font)
            painter.drawText(
                QRectF(label_width + track_width, top, figures_width, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self._figures(bar),
            )
