"""Pictures as the video frames a webcam delivers: NV12 and YUYV in video-range YUV, MJPEG, or 32-bit RGB."""
from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

_F = QVideoFrameFormat.PixelFormat


def _video_range_planes(image: Image.Image, chroma_size: tuple[int, int]) -> tuple[bytes, bytes, bytes]:
    """Y, U and V as cameras encode them: luma 16 (black) to 235 (white), chroma around 128 within 16–240."""
    y, u, v = image.convert("RGB").convert("YCbCr").split()
    luma = y.point(lambda value: 16 + value * 219 // 255)
    u, v = (c.resize(chroma_size, Image.Resampling.BILINEAR).point(lambda value: 128 + (value - 128) * 224 // 255)
            for c in (u, v))
    return luma.tobytes(), u.tobytes(), v.tobytes()


def _new_frame(size: tuple[int, int], pixel_format) -> QVideoFrame:
    video_format = QVideoFrameFormat(QSize(*size), pixel_format)
    video_format.setColorRange(QVideoFrameFormat.ColorRange.ColorRange_Video)
    frame = QVideoFrame(video_format)
    if not frame.map(QVideoFrame.MapMode.WriteOnly):
        raise RuntimeError(f"could not map a new {pixel_format.name} frame")
    return frame


def _write_rows(frame: QVideoFrame, plane: int, rows: bytes, row_bytes: int, height: int) -> None:
    stride = frame.bytesPerLine(plane)
    target = frame.bits(plane)
    if stride == row_bytes:
        target[: row_bytes * height] = rows
        return
    for y in range(height):
        target[y * stride: y * stride + row_bytes] = rows[y * row_bytes: (y + 1) * row_bytes]


def nv12_frame(image: Image.Image) -> QVideoFrame:
    """The frame most webcams (through FFmpeg) deliver: a luma plane, then U and V interleaved at half size."""
    width, height = image.size
    luma, u, v = _video_range_planes(image, (width // 2, height // 2))
    chroma = bytearray(len(u) * 2)
    chroma[0::2], chroma[1::2] = u, v
    frame = _new_frame(image.size, _F.Format_NV12)
    _write_rows(frame, 0, luma, width, height)
    _write_rows(frame, 1, bytes(chroma), width, height // 2)
    frame.unmap()
    return frame


def yuyv_frame(image: Image.Image) -> QVideoFrame:
    """Packed 4:2:2 (Y U Y V …), what many USB webcams send uncompressed."""
    width, height = image.size
    luma, u, v = _video_range_planes(image, (width // 2, height))
    packed = bytearray(width * height * 2)
    packed[0::2], packed[1::4], packed[3::4] = luma, u, v
    frame = _new_frame(image.size, _F.Format_YUYV)
    _write_rows(frame, 0, bytes(packed), width * 2, height)
    frame.unmap()
    return frame


def rgb_frame(image: Image.Image) -> QVideoFrame:
    """An RGB frame (a screen capture, some virtual cameras), made the way an application makes one."""
    rgb = image.convert("RGB")
    data = rgb.tobytes()  # the QImage below borrows these bytes until it is converted (copied)
    borrowed = QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888)
    return QVideoFrame(borrowed.convertToFormat(QImage.Format.Format_RGB32))


def mjpeg_frame(image: Image.Image, quality: int = 80) -> QVideoFrame:
    """A Motion-JPEG frame, still compressed, as Linux delivers it from a webcam sending MJPEG.

    The JPEG fills the start of a buffer sized for the uncompressed picture, as a driver's buffer
    does; the decoder must stop at the end of the JPEG.
    """
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality)
    jpeg = buffer.getvalue()
    frame = _new_frame(image.size, _F.Format_Jpeg)
    target = frame.bits(0)
    if len(target) < len(jpeg):
        raise RuntimeError("the JPEG does not fit the frame's buffer")
    target[: len(jpeg)] = jpeg
    frame.unmap()
    return frame
