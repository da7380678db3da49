"""Live badge previews: the real renderer's PDF for one attendee, rasterised by QtPdf off the GUI thread.

The one-badge PDF is made on the database lane (it reads the attendee and may issue their code);
turning it into an image runs on the thread pool. Requests are debounced while the organiser
types, and a result that a newer request has overtaken is dropped.
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtPdf import QPdfDocument

from checkin.badges.layout import Layout
from checkin.badges.stock import get_stock
from checkin.i18n import UserError
from checkin.services.badges import render_one
from checkin.storage.database import Database
from checkin.ui.workers import DatabaseLane, Operation, run_in_pool, unexpected_error_text

MM_PER_INCH = 25.4
PREVIEW_DPI = 200
DEBOUNCE_MS = 250


def badge_image(pdf: bytes, stock_id: str, dpi: float = PREVIEW_DPI) -> QImage:
    """The first badge of a rendered sheet as an image on white: its front, or for fold-over stock
    the back (turned, as printed) above the front. Safe to call on any thread."""
    stock = get_stock(stock_id)
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            raise ValueError(f"the badge PDF could not be read: {document.error().name}")
        page = document.pagePointSize(0)
        scale = dpi / 72
        sheet = document.render(0, QSize(round(page.width() * scale), round(page.height() * scale)))
    finally:
        document.close()
    slot = stock.slots()[0]
    left, top = slot.front.x, slot.front.y
    height = stock.badge_height
    if slot.back is not None:
        top = min(top, slot.back.y)
        height *= 2
    px = dpi / MM_PER_INCH
    # Rounded, not widened to whole pixels: a sliver of the sheet around the badge would show as a line.
    crop = QRect(round(left * px), round(top * px), round(stock.badge_width * px), round(height * px))
    image = QImage(crop.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, sheet, crop.x(), crop.y(), crop.width(), crop.height())
    if slot.back is not None:  # the fold, as a thin dashed line
        painter.setPen(QPen(QColor("#9aa0a6"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(0, image.height() // 2, image.width(), image.height() // 2)
    painter.end()
    return image


class BadgePreviewer(QObject):
    """Renders previews on request; ``preview_ready(QImage)`` or ``preview_failed(str)`` follow."""

    preview_ready = Signal(QImage)
    preview_failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, lane: DatabaseLane, db: Database, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self._lane = lane
        self._db = db
        self._wanted: tuple[Layout, str] | None = None
        self._generation = 0
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def busy(self) -> bool:
        return self._busy

    def request(self, layout: Layout, attendee_id: str) -> None:
        """Preview ``layout`` with ``attendee_id``'s badge, once edits have paused for a moment."""
        self._wanted = (layout, attendee_id)
        self._set_busy(True)
        self._timer.start()

    def cancel(self) -> None:
        """Forget the pending request and any result still on its way (the window is going away)."""
        self._timer.stop()
        self._wanted = None
        self._generation += 1
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _on_timer_timeout(self) -> None:
        if self._wanted is None:
            return
        layout, attendee_id = self._wanted
        self._generation += 1
        generation = self._generation
        db = self._db
        operation = Operation(lambda: render_one(db, attendee_id, layout), parent=self)
        operation.on_success(lambda pdf: self._rasterise(pdf, layout.stock, generation))
        operation.on_user_error(lambda error: self._fail(str(error), generation))
        operation.run_on(self._lane)

    def _rasterise(self, pdf: bytes, stock_id: str, generation: int) -> None:
        if generation != self._generation:
            return
        run_in_pool(
            lambda: badge_image(pdf, stock_id),
            lambda image: self._deliver(image, generation),
            lambda error: self._fail(str(error) if isinstance(error, UserError) else unexpected_error_text(), generation),
            receiver=self,
        )

    def _deliver(self, image: QImage, generation: int) -> None:
        if generation == self._generation and not self._timer.isActive():
            self._set_busy(False)
            self.preview_ready.emit(image)

    def _fail(self, text: str, generation: int) -> None:
        if generation == self._generation and not self._timer.isActive():
            self._set_busy(False)
            self.preview_failed.emit(text)
