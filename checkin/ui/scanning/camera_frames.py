"""Camera frames for the decoder: which format to ask a camera for, and each frame's luma copied out cheaply.

Webcams deliver YUV: the Y plane (or every other byte of packed YUYV/UYVY) already is a grey
picture, so mapping the frame and copying it takes a fraction of a millisecond, where
``QVideoFrame.toImage()`` converts colours, costs about 6 ms at 720p and holds the Python
interpreter lock all that time (the GUI thread waits). RGB frames are handed to the decoder as
they are (zxing-cpp computes the luma itself). MJPEG frames (what many USB webcams send at 720p,
delivered still compressed on Linux) are decoded by Pillow straight to grey, without the colour
conversion and without holding the lock. Anything else (10-bit low-aligned YUV, GPU textures)
goes through ``toImage()``.
"""
from __future__ import annotations

import io

from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QCameraFormat, QVideoFrame, QVideoFrameFormat

from checkin.scanning.decode import PixelLayout, Pixels

_F = QVideoFrameFormat.PixelFormat

# Formats whose plane 0 is 8-bit luma, one byte a pixel.
_PLANAR_Y8 = {
    _F.Format_NV12, _F.Format_NV21, _F.Format_YUV420P, _F.Format_YUV422P, _F.Format_YV12,
    _F.Format_IMC1, _F.Format_IMC2, _F.Format_IMC3, _F.Format_IMC4, _F.Format_Y8,
}
# Formats whose luma is one byte in every few: (offset of the first luma byte, bytes per pixel).
# P010/P016 and Y16 keep their value in the high byte of a little-endian 16-bit word.
_INTERLEAVED_Y = {
    _F.Format_YUYV: (0, 2),
    _F.Format_UYVY: (1, 2),
    _F.Format_AYUV: (1, 4),
    _F.Format_AYUV_Premultiplied: (1, 4),
    _F.Format_Y16: (1, 2),
    _F.Format_P010: (1, 2),
    _F.Format_P016: (1, 2),
}
# Qt names these formats by their byte order in memory, as zxing-cpp does.
_RGB = {
    _F.Format_ARGB8888: PixelLayout.ARGB,
    _F.Format_ARGB8888_Premultiplied: PixelLayout.ARGB,
    _F.Format_XRGB8888: PixelLayout.ARGB,
    _F.Format_BGRA8888: PixelLayout.BGRA,
    _F.Format_BGRA8888_Premultiplied: PixelLayout.BGRA,
    _F.Format_BGRX8888: PixelLayout.BGRA,
    _F.Format_ABGR8888: PixelLayout.ABGR,
    _F.Format_XBGR8888: PixelLayout.ABGR,
    _F.Format_RGBA8888: PixelLayout.RGBA,
    _F.Format_RGBX8888: PixelLayout.RGBA,
}


# 720p reads a badge QR at desk distance with modules of about 3 px and decodes in a few ms; more
# lines cost decoding time without reading better, fewer lose the code beyond arm's length.
WANTED_LINES = 720
MIN_FRAME_RATE = 15.0  # below this a badge waved past the camera is missed


def format_score(lines: int, max_frame_rate: float, compressed: bool) -> tuple:
    """How well a camera format suits scanning (higher is better): smooth enough first, then at
    least 480 lines, then nearest 720p, then uncompressed, then the faster."""
    return (
        max_frame_rate >= MIN_FRAME_RATE,
        lines >= WANTED_LINES * 2 // 3,
        -abs(lines - WANTED_LINES),
        not compressed,  # MJPEG must be decompressed first: more CPU
        max_frame_rate,
    )


def preferred_format(formats: list[QCameraFormat]) -> QCameraFormat | None:
    """The camera format to scan with; None when the camera lists none (it keeps its own default)."""
    return max(formats, default=None, key=lambda fmt: format_score(
        fmt.resolution().height(), fmt.maxFrameRate(), fmt.pixelFormat() == _F.Format_Jpeg))


def frame_pixels(frame: QVideoFrame) -> Pixels | None:
    """A copy of ``frame``'s picture for the decoder, or None for a frame that holds no picture."""
    if not frame.isValid() or frame.width() <= 0 or frame.height() <= 0:
        return None
    pixel_format = frame.pixelFormat()
    if pixel_format in _PLANAR_Y8:
        return _mapped_plane(frame, PixelLayout.GRAY, 0, 1)
    if pixel_format in _INTERLEAVED_Y:
        offset, step = _INTERLEAVED_Y[pixel_format]
        return _mapped_plane(frame, PixelLayout.GRAY, offset, step)
    if pixel_format in _RGB:
        return _mapped_plane(frame, _RGB[pixel_format], 0, 0)
    if pixel_format == _F.Format_Jpeg:
        grey = jpeg_image(frame, "L")
        if grey is not None:
            return Pixels(grey.tobytes(), grey.width, grey.height)
    return _converted(frame)


def jpeg_image(frame: QVideoFrame, mode: str, size: tuple[int, int] | None = None) -> Image.Image | None:
    """An MJPEG ``frame`` decoded by Pillow into ``mode`` ("L" or "RGB"), at ``size`` or at the
    smallest of 1/2, 1/4, 1/8 scale still as large; None when the frame is not a readable JPEG."""
    if not frame.map(QVideoFrame.MapMode.ReadOnly):
        return None
    try:
        bits = frame.bits(0)
        data = bytes(bits[: frame.mappedBytes(0)]) if bits is not None else b""
    finally:
        frame.unmap()
    try:
        image = Image.open(io.BytesIO(data), formats=["JPEG"])
        # The JPEG decoder can skip colour and scale while it decodes: much less work.
        image.draft(mode, size or image.size)
        return image.convert(mode)
    except (OSError, SyntaxError, ValueError):
        return None


def _mapped_plane(frame: QVideoFrame, layout: PixelLayout, offset: int, step: int) -> Pixels | None:
    if not frame.map(QVideoFrame.MapMode.ReadOnly):
        return _converted(frame)
    try:
        row_stride, height = frame.bytesPerLine(0), frame.height()
        size = row_stride * height  # only the picture's rows: some drivers pad the buffer below it
        plane = frame.bits(0)
        if plane is None or len(plane) < size:
            return None  # a short buffer from a misbehaving driver: skip the frame rather than crash
        if offset:
            # Starting the copy at the first luma byte lets the decoder step over chroma from there;
            # the copy keeps the full size (padded at the end) because the decoder checks rows × stride.
            data = bytearray(size)
            data[: size - offset] = plane[offset:size]
        else:
            data = bytes(plane[:size])
    finally:
        # The camera reuses its buffers once they are unmapped and released: the copy is ours.
        frame.unmap()
    return Pixels(data, frame.width(), height, row_stride, layout, step)


def _converted(frame: QVideoFrame) -> Pixels | None:
    image = frame.toImage()
    if image.isNull():
        return None
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return Pixels(bytes(grey.constBits()), grey.width(), grey.height(), grey.bytesPerLine(), PixelLayout.GRAY)
