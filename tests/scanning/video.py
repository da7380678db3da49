"""Pictures as the video frames a webcam delivers: NV12 and YUYV with limited-range luma, or RGB."""
from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

_F = QVideoFrameFormat.PixelFormat


def _video_luma(image: Image.Image) -> bytes:
    """Luma as cameras encode it: 16 (black) to 235 (white), not 0 to 255."""
    return image.convert("L").point(lambda v: 16 + v * 219 // 255).tobytes()


def _write_rows(frame: QVideoFrame, plane: int, rows: bytes, row_bytes: int, height: int) -> None:
    stride = frame.bytesPerLine(plane)
    target = frame.bits(plane)
    for y in range(height):
        target[y * stride: y * stride + row_bytes] = rows[y * row_bytes: (y + 1) * row_bytes]


def nv12_frame(image: Image.Image) -> QVideoFrame:
    """The frame most webcams (through FFmpeg) deliver: a luma plane, then interleaved chroma at half size."""
    width, height = image.size
    frame = QVideoFrame(QVideoFrameFormat(QSize(width, height), _F.Format_NV12))
    if not frame.map(QVideoFrame.MapMode.WriteOnly):
        raise RuntimeError("could not map a new NV12 frame")
    _write_rows(frame, 0, _video_luma(image), width, height)
    _write_rows(frame, 1, bytes([128]) * (width * (height // 2)), width, height // 2)  # grey: no colour
    frame.unmap()
    return frame


def yuyv_frame(image: Image.Image) -> QVideoFrame:
    """Packed 4:2:2 (Y U Y V …), what many USB webcams send uncompressed."""
    width, height = image.size
    luma = _video_luma(image)
    packed = bytearray(width * height * 2)
    packed[0::2] = luma
    packed[1::2] = bytes([128]) * (width * height)
    frame = QVideoFrame(QVideoFrameFormat(QSize(width, height), _F.Format_YUYV))
    if not frame.map(QVideoFrame.MapMode.WriteOnly):
        raise RuntimeError("could not map a new YUYV frame")
    _write_rows(frame, 0, bytes(packed), width * 2, height)
    frame.unmap()
    return frame


def rgb_frame(image: Image.Image) -> QVideoFrame:
    """An RGB frame (a screen capture, some virtual cameras), made the way an application makes one."""
    rgb = image.convert("RGB")
    data = rgb.tobytes()  # the QImage below borrows these bytes until it is converted (copied)
    borrowed = QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888)
    return QVideoFrame(borrowed.convertToFormat(QImage.Format.Format_RGB32))
