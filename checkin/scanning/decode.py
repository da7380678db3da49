"""Finding QR codes in pictures (camera frames, photos, screenshots) with zxing-cpp, and ignoring repeat reads.

Camera frames are decoded with the fast settings measured in the field notes (QR only, no 90°
rotation pass: the QR detector finds a symbol at any angle by itself), plus zxing-cpp's inverted
pass, which only runs when the normal pass found nothing, so that a phone in dark mode showing a
light-on-dark ticket still reads. A photo or screenshot given on the command line is decoded once,
with zxing-cpp's default passes, after its transparency is laid over white.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import zxingcpp
from PIL import Image, UnidentifiedImageError

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.storage.event_file import refuse_open_event_file

_QR = zxingcpp.BarcodeFormat.QRCode
CONTEXT = "Scanning"
DEFAULT_REPEAT_WINDOW_S = 3.0


class PixelLayout(Enum):
    """How the bytes of one pixel are laid out in memory, in byte order."""

    GRAY = zxingcpp.ImageFormat.Lum
    RGB = zxingcpp.ImageFormat.RGB
    BGR = zxingcpp.ImageFormat.BGR
    RGBA = zxingcpp.ImageFormat.RGBA
    BGRA = zxingcpp.ImageFormat.BGRA
    ARGB = zxingcpp.ImageFormat.ARGB
    ABGR = zxingcpp.ImageFormat.ABGR


@dataclass(frozen=True, slots=True)
class Pixels:
    """A picture in memory, described well enough to decode it without converting it first.

    ``data`` must stay valid while it is decoded: copy a camera buffer before the camera reuses it.
    It must hold ``row_stride × height`` bytes. ``pixel_stride`` 0 means the layout's own size (1 for
    grey); the luma of packed YUYV is GRAY with ``pixel_stride`` 2.
    """

    data: bytes | bytearray | memoryview
    width: int
    height: int
    row_stride: int = 0
    layout: PixelLayout = PixelLayout.GRAY
    pixel_stride: int = 0

    def view(self) -> zxingcpp.ImageView:
        return zxingcpp.ImageView(self.data, self.width, self.height, self.layout.value, self.row_stride, self.pixel_stride)


def _texts(barcodes: list[zxingcpp.Barcode]) -> list[str]:
    """Each code's text once, in the order found (two badges in view give two texts)."""
    return list(dict.fromkeys(barcode.text for barcode in barcodes if barcode.text))


def decode_frame(frame: Pixels | Image.Image | Any) -> list[str]:
    """The texts of the QR codes in one camera frame, fast enough for every frame (a few ms at 720p).

    ``frame`` is :class:`Pixels`, a PIL image, or anything else zxing-cpp reads (a numpy array).
    """
    image = frame.view() if isinstance(frame, Pixels) else frame
    return _texts(zxingcpp.read_barcodes(image, formats=_QR, try_rotate=False, try_invert=True))


def decode_picture(image: Image.Image) -> list[str]:
    """The texts of the QR codes in a photo or screenshot (any size, any mode, transparent or not)."""
    return _texts(zxingcpp.read_barcodes(_flattened_grey(image), formats=_QR))


def _flattened_grey(image: Image.Image) -> Image.Image:
    """Grey, with transparency shown over white: a screenshot's transparent background is often black
    underneath, which would make a QR's dark modules vanish into it."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("L")
    return image.convert("L")


def read_codes_from_file(path: str | os.PathLike[str]) -> list[str]:
    """The QR texts in a photo or screenshot file (at least one), or a UserError saying why there are none."""
    path = Path(path)
    shown = str(path)
    if path.is_dir():
        raise UserError(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "Scanning", "“{path}” is a folder, not a picture. Give the path of a photo or screenshot file."), {"path": shown}))
    refuse_open_event_file(path)  # reading it would end this process's hold on the event
    try:
        with Image.open(path) as image:
            image.load()
            codes = decode_picture(image)
    except FileNotFoundError:
        raise UserError(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "Scanning", "There is no file “{path}”. Check the name and the folder, then try again."), {"path": shown})) from None
    except PermissionError:
        raise UserError(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "Scanning", "You are not allowed to open “{path}”. Copy the picture somewhere you can read it, then try again."),
            {"path": shown})) from None
    except (UnidentifiedImageError, Image.DecompressionBombError):
        raise UserError(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "Scanning", "“{path}” is not a picture Check-in Desk can read. Save the photo or screenshot as PNG or JPEG and try again."),
            {"path": shown})) from None
    except (OSError, SyntaxError, ValueError):
        # Pillow reports a truncated or corrupt picture with any of these, depending on the format.
        raise UserError(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "Scanning", "“{path}” is damaged or incomplete, so it cannot be read. Take the photo or screenshot again."),
            {"path": shown})) from None
    if not codes:
        raise UserError(Message(CONTEXT, QT_TRANSLATE_NOOP(
            "Scanning", "No QR code was found in “{path}”. Take the picture again with the whole code in view, sharp and "
            "well lit, or type the code instead."), {"path": shown}))
    return codes


class RepeatFilter:
    """Lets a code through once, then ignores it while it keeps being seen.

    A code held in front of the camera is read on every frame; only the first read counts. It
    counts again once it has not been seen for ``window_s`` seconds (it left the view and came
    back). Each code has its own clock, so a different code passes at once. Time is passed in
    (seconds, any monotonic clock) so the rule can be tested without waiting.
    """

    def __init__(self, window_s: float = DEFAULT_REPEAT_WINDOW_S):
        if window_s < 0:
            raise ValueError("the repeat window cannot be negative")
        self.window_s = window_s
        self._last_seen: dict[str, float] = {}

    def accept(self, text: str, now: float) -> bool:
        """True when ``text``, seen at ``now``, is a new read rather than a repeat."""
        self._forget_older_than(now - self.window_s)
        is_new = text not in self._last_seen
        self._last_seen[text] = now
        return is_new

    def reset(self) -> None:
        """Forget every code seen: the next read of any code counts."""
        self._last_seen.clear()

    def _forget_older_than(self, moment: float) -> None:
        for text in [text for text, seen in self._last_seen.items() if seen < moment]:
            del self._last_seen[text]
