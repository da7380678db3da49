"""The arrivals curve: people arriving per quarter hour as columns, painted to stay sharp on a projector."""
from __future__ import annotations

import math
from datetime import datetime
from typing import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from checkin.services.statistics import ArrivalSlot
from checkin.ui.dashboard.look import ARRIVED, GRID, scaled
from checkin.ui.desk_page import number


def nice_step(top: int, lines: int = 4) -> int:
    """A round gridline step (1, 2, 5, 10, 20, 50…) giving about ``lines`` lines up to ``top``."""
    raw = max(1.0, top / lines)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return int(10 * power)


class ArrivalsChart(QWidget):
    """Columns for the quarter hours of :meth:`set_slots`, hours along the bottom, a line at now."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._slots: tuple[ArrivalSlot, ...] = ()
        self._now: datetime | None = None

    @property
    def slots(self) -> tuple[ArrivalSlot, ...]:
        return self._slots

    def set_slots(self, slots: Sequence[ArrivalSlot], now: datetime | None) -> None:
        """Show ``slots`` (consecutive quarter hours); ``now`` marks the current time on today's curve."""
        slots = tuple(slots)
        if slots == self._slots and now == self._now:
            return
        self._slots, self._now = slots, now
        self.update()

    def minimumSizeHint(self) -> QSize:
        height = self.fontMetrics().height()
        return QSize(height * 16, height * 8)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()  # the empty-chart text and the digit grouping follow the language
        super().changeEvent(event)

    # ---- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        font = self.font()
        metrics = QFontMetricsF(font)
        line = metrics.height()
        top = max((slot.arrivals for slot in self._slots), default=0)
        step = nice_step(top)
        ceiling = max(step, math.ceil(top / step) * step)
        if top and top > ceiling * 0.9:
            ceiling += step  # room above the tallest column for its number
        axis_width = max(metrics.horizontalAdvance(number(value)) for value in (0, ceiling)) + line * 0.5
        plot = QRectF(axis_width, line * 0.5, self.width() - axis_width - line * 0.5, self.height() - line * 2.0)
        if plot.width() <= 0 or plot.height() <= 0:
            return

        painter.setFont(font)
        grid_pen = QPen(GRID, 1, Qt.PenStyle.DotLine)
        for value in range(0, ceiling + 1, step):
            y = plot.bottom() - plot.height() * value / ceiling
            painter.setPen(grid_pen if value else QPen(text, 2))
            painter.drawLine(plot.left(), y, plot.right(), y)
            painter.setPen(text)
            label = QRectF(0, y - line / 2, axis_width - line * 0.3, line)
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number(value))

        if not self._slots:
            return
        width = plot.width() / len(self._slots)
        self._paint_hours(painter, plot, width, text, metrics)
        self._paint_columns(painter, plot, width, ceiling, text)
        if not top:
            painter.setPen(text)
            painter.setFont(scaled(font, 1.3))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No arrivals yet"))
        self._paint_now(painter, plot, width)

    def _paint_hours(self, painter: QPainter, plot: QRectF, width: float, text: QColor, metrics: QFontMetricsF) -> None:
        hours = [i for i, slot in enumerate(self._slots) if slot.starts_at.minute == 0]
        label_width = metrics.horizontalAdvance("00:00") * 1.4
        every = max(1, math.ceil(label_width / (width * 4)))  # skip hours when they would touch
        painter.setPen(text)
        for n, i in enumerate(hours):
            x = plot.left() + i * width
            painter.drawLine(x, plot.bottom(), x, plot.bottom() + metrics.height() * 0.25)
            if n % every == 0:
                box = QRectF(x - label_width / 2, plot.bottom() + metrics.height() * 0.3, label_width, metrics.height())
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"{self._slots[i].starts_at:%H:%M}")

    def _paint_columns(self, painter: QPainter, plot: QRectF, width: float, ceiling: int, text: QColor) -> None:
        value_font = scaled(self.font(), 0.85, bold=True)
        value_metrics = QFontMetricsF(value_font)
        painter.setFont(value_font)
        gap = min(width * 0.18, 6.0)
        for i, slot in enumerate(self._slots):
            if not slot.arrivals:
                continue
            height = plot.height() * slot.arrivals / ceiling
            column = QRectF(plot.left() + i * width + gap / 2, plot.bottom() - height, width - gap, height)
            painter.fillRect(column, ARRIVED)
            label = number(slot.arrivals)
            if value_metrics.horizontalAdvance(label) <= width:
                painter.setPen(text)
                box = QRectF(column.center().x() - width, column.top() - value_metrics.height(), width * 2, value_metrics.height())
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_now(self, painter: QPainter, plot: QRectF, width: float) -> None:
        if self._now is None:
            return
        minutes = (self._now - self._slots[0].starts_at).total_seconds() / 60
        x = plot.left() + width * minutes / 15
        if plot.left() <= x <= plot.right():
            painter.setPen(QPen(GRID, 2, Qt.PenStyle.DashLine))
            painter.drawLine(x, plot.top(), x, plot.bottom())
