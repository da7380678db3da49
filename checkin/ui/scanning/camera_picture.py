"""Camera frames as small RGB pictures for the live preview, converted by Pillow off the GUI thread.

Why not ``QVideoFrame.toImage()``: it keeps the Python interpreter lock for the whole conversion
(about 5 ms at 720p), so the GUI thread waits for it each time it calls into Qt, and a 30 fps
preview kept the GUI thread waiting 4–6 ms a frame. Pillow lets go of the lock while it resizes
and converts, and it shrinks the picture to the preview's size before converting colours, which
is less work too (an MJPEG frame is even decoded at the smaller size). Formats Pillow cannot read
directly (10/16-bit YUV, GPU textures) still go through ``toImage()``.
"""
from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from checkin.ui.scanning.camera_frames import jpeg_image

_F = QVideoFrameFormat.PixelFormat

# Video-range YUV (luma 16–235, chroma 16–240) stretched to the full range Pillow's YCbCr expects.
_LUMA_FULL = [min(255, max(0, round((v - 16) * 255 / 219))) for v in range(256)]
_CHROMA_FULL = [min(255, max(0, round((v - 128) * 255 / 224 + 128))) for v in range(256)]

# Pillow raw modes reading each 32-bit RGB layout (in memory byte order) into RGB.
_RGB_RAW = {
    _F.Format_BGRA8888: "BGRX", _F.Format_BGRA8888_Premultiplied: "BGRX", _F.Format_BGRX8888: "BGRX",
    _F.Format_RGBA8888: "RGBX", _F.Format_RGBX8888: "RGBX",
    _F.Format_ARGB8888: "XRGB", _F.Format_ARGB8888_Premultiplied: "XRGB", _F.Format_XRGB8888: "XRGB",
    _F.Format_ABGR8888: "XBGR", _F.Format_XBGR8888: "XBGR",
}
# Planar YUV: (plane of U, plane of V, chroma width divisor, chroma height divisor).
_PLANAR = {
    _F.Format_YUV420P: (1, 2, 2, 2), _F.Format_YV12: (2, 1, 2, 2), _F.Format_YUV422P: (1, 2, 2, 1),
}


def fitted(size: QSize, box: QSize) -> tuple[int, int]:
    """``size`` shrunk (never grown) to fit ``box``, keeping its proportions."""
    scale = min(1.0, box.width() / size.width(), box.height() / size.height())
    return max(1, round(size.width() * scale)), max(1, round(size.height() * scale))


def reduction(width: int, target_width: int) -> int:
    """The whole factor to shrink a frame by before converting its colours.

    Shrinking by a whole factor averages blocks of pixels (fast, sharp) and leaves fewer pixels to
    convert; the widget then scales the picture to its size, growing it at most 1.5 times: a
    720p frame for a 960-wide preview is shrunk to 640 and painted at 960.
    """
    ratio = width / target_width
    return 1 if ratio < 1.25 else max(2, round(ratio))


def preview_image(frame: QVideoFrame, box: QSize) -> QImage | None:
    """``frame`` as an RGB32 image about the size of ``box`` (see :func:`reduction`), for painting
    scaled; None for a frame without a picture."""
    if not frame.isValid() or frame.width() <= 0 or frame.height() <= 0 or box.isEmpty():
        return None
    pixel_format = frame.pixelFormat()
    if pixel_format == _F.Format_Jpeg:
        width, height = fitted(frame.size(), box)
        picture = jpeg_image(frame, "RGB", (width * 2 // 3, height * 2 // 3))
        return _rgb32(picture) if picture is not None else _through_qt(frame, box)
    if pixel_format not in _RGB_RAW and pixel_format not in _PLANAR and pixel_format not in (
        _F.Format_NV12, _F.Format_NV21, _F.Format_YUYV, _F.Format_UYVY, _F.Format_Y8
    ):
        return _through_qt(frame, box)
    if not frame.map(QVideoFrame.MapMode.ReadOnly):
        return _through_qt(frame, box)
    try:
        channels = _channels(frame, pixel_format)
    finally:
        frame.unmap()  # every image read above is a copy: nothing points into the frame any more
    if channels is None:
        return None
    factor = reduction(frame.width(), fitted(frame.size(), box)[0])
    if len(channels) == 1:  # RGB or grey: shrink, then fit
        picture = channels[0].reduce(factor) if factor > 1 else channels[0]
    else:
        luma, u, v = channels
        if factor > 1:
            luma = luma.reduce(factor)
        # Chroma carries little detail: nearest-pixel sampling to the luma's size is enough.
        u, v = (c.resize(luma.size, Image.Resampling.NEAREST) if c.size != luma.size else c for c in (u, v))
        if frame.surfaceFormat().colorRange() != QVideoFrameFormat.ColorRange.ColorRange_Full:
            luma, u, v = luma.point(_LUMA_FULL), u.point(_CHROMA_FULL), v.point(_CHROMA_FULL)
        picture = Image.merge("YCbCr", (luma, u, v))
    return _rgb32(picture.convert("RGB"))


def _rgb32(picture: Image.Image) -> QImage:
    # RGB32 (B G R X in memory) is what QPainter draws without converting it first.
    data = picture.tobytes("raw", "BGRX")
    return QImage(data, picture.width, picture.height, picture.width * 4, QImage.Format.Format_RGB32).copy()


def _plane(frame: QVideoFrame, plane: int, mode: str, size: tuple[int, int], raw_mode: str | None = None) -> Image.Image | None:
    """A copy of one plane of the mapped ``frame`` as a Pillow image (None if the buffer is short)."""
    stride = frame.bytesPerLine(plane)
    bits = frame.bits(plane)
    if bits is None or len(bits) < stride * size[1]:
        return None
    return Image.frombytes(mode, size, bytes(bits[: stride * size[1]]), "raw", raw_mode or mode, stride)


def _channels(frame: QVideoFrame, pixel_format) -> tuple[Image.Image, ...] | None:
    """(RGB or grey image,) or (Y, U, V) at their own sizes, copied out of the mapped ``frame``."""
    width, height = frame.width(), frame.height()
    if pixel_format in _RGB_RAW:
        picture = _plane(frame, 0, "RGB", (width, height), _RGB_RAW[pixel_format])
        return None if picture is None else (picture,)
    if pixel_format == _F.Format_Y8:  # a grey camera
        luma = _plane(frame, 0, "L", (width, height))
        return None if luma is None else (luma,)
    if pixel_format in (_F.Format_YUYV, _F.Format_UYVY):
        pairs = _plane(frame, 0, "LA", (width, height))  # (Y, U or V) or (U or V, Y) per pixel
        quads = _plane(frame, 0, "RGBA", (width // 2, height))  # Y U Y V or U Y V Y per pixel pair
        if pairs is None or quads is None:
            return None
        first, second = pairs.split()
        a, b, c, d = quads.split()
        return (first, b, d) if pixel_format == _F.Format_YUYV else (second, a, c)
    luma = _plane(frame, 0, "L", (width, height))
    if pixel_format in (_F.Format_NV12, _F.Format_NV21):
        chroma = _plane(frame, 1, "LA", (width // 2, height // 2))
        if luma is None or chroma is None:
            return None
        u, v = chroma.split() if pixel_format == _F.Format_NV12 else reversed(chroma.split())
        return luma, u, v
    u_plane, v_plane, across, down = _PLANAR[pixel_format]
    u = _plane(frame, u_plane, "L", (width // across, height // down))
    v = _plane(frame, v_plane, "L", (width // across, height // down))
    return None if luma is None or u is None or v is None else (luma, u, v)


def _through_qt(frame: QVideoFrame, box: QSize) -> QImage | None:
    image = frame.toImage()
    if image.isNull():
        return None
    return image.scaled(box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation).convertToFormat(
        QImage.Format.Format_RGB32)
