"""The live camera picture, converted and scaled off the GUI thread and painted by the widget itself.

Why not QVideoWidget: it draws through a native child window, which is blank in widget grabs and
on the offscreen platform (screenshots, tests), and without a GPU it converts every frame on the
GUI thread. Here a thread of its own turns the newest frame into a QImage the size of the widget
(see camera_picture; frames it has no time for are dropped) and the GUI thread only paints it.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QSizePolicy, QWidget

from checkin.ui.scanning.camera_picture import preview_image
from checkin.ui.scanning.camera_worker import NewestOnlyLoop

BACKGROUND = QColor("#1d1f23")


class CameraPreview(QWidget):
    """Shows the frames passed to ``show_frame`` (from any thread) while ``start``-ed."""

    _image_ready = Signal(QImage)  # from the conversion thread to the GUI thread (queued)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.picture = QImage()  # what is on screen now; null before the first frame
        self._target = QSize(640, 360)  # written by the GUI thread, read by the conversion thread
        self._loop: NewestOnlyLoop[QVideoFrame] = NewestOnlyLoop("CameraPreview", self._convert)
        self._image_ready.connect(self._on_image_ready)
        self.destroyed.connect(self._loop.close)

    @property
    def is_running(self) -> bool:
        return self._loop.is_running

    @property
    def frames_shown(self) -> int:
        return self._loop.handled

    def start(self) -> None:
        self._loop.start()

    def stop(self) -> None:
        """End the conversion thread (waiting for the frame under way) and show an empty picture."""
        self._loop.stop()
        self.clear()

    def clear(self) -> None:
        self.picture = QImage()
        self.update()

    def show_frame(self, frame: QVideoFrame) -> None:
        """Show ``frame`` soon; safe from any thread. A newer frame replaces one not yet converted."""
        self._loop.submit(frame)

    def _convert(self, frame: QVideoFrame) -> None:
        image = preview_image(frame, self._target)
        if image is None:
            return
        try:
            self._image_ready.emit(image)
        except RuntimeError:  # the widget is gone; its loop is closing
            pass

    def _on_image_ready(self, image: QImage) -> None:
        if self._loop.is_running:  # not a late frame arriving after stop()
            self.picture = image
            self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._target = self.size() * self.devicePixelRatioF()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), BACKGROUND)
        if not self.picture.isNull():
            fitted = self.picture.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            area = QRect((self.width() - fitted.width()) // 2, (self.height() - fitted.height()) // 2,
                         fitted.width(), fitted.height())
            painter.drawImage(area, self.picture)
        painter.end()
