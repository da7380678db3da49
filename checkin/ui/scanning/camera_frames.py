"""Camera frames for the decoder: which format to ask a camera for, and each frame's luma copied out cheaply.

Webcams deliver YUV: the Y plane (or every other byte of packed YUYV/UYVY) already is a grey
picture, so mapping the frame and copying it takes a fraction of a millisecond, where
``QVideoFrame.toImage()`` converts colours and costs about 6 ms at 720p. RGB frames are handed to
the decoder as they are (zxing-cpp computes the luma itself); anything else (MJPEG not yet
decoded, 10-bit low-aligned YUV, GPU textures) goes through ``toImage()``.
"""
from __future__ import annotations

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


def preferred_format(formats: list[QCameraFormat]) -> QCameraFormat | None:
    """The camera format to scan with: smooth enough, nearest 720p, YUV rather than MJPEG; None when the
    camera lists no formats (then it keeps its own default)."""

    def score(fmt: QCameraFormat) -> tuple:
        lines = fmt.resolution().height()
        return (
            fmt.maxFrameRate() >= MIN_FRAME_RATE,
            lines >= WANTED_LINES * 2 // 3,
            -abs(lines - WANTED_LINES),
            fmt.pixelFormat() != _F.Format_Jpeg,  # MJPEG must be decompressed first: more CPU
            fmt.maxFrameRate(),
        )

    return max(formats, key=score, default=None)


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
    return _converted(frame)


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
