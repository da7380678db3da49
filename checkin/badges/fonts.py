"""The bundled badge fonts: registered with ReportLab once, with a per-character fallback so no name turns into boxes.

Each family has a regular and a bold TrueType file in resources/fonts. Text is split into runs: a
character the requested family lacks is drawn in the first family of FALLBACK_ORDER that has it
(checked against the font's cmap), so a Georgian or Armenian letter in a Noto Sans name still
prints. Widths are measured per run, so fitting and drawing agree.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from checkin.resources import resource_path

FILES: dict[str, tuple[str, str]] = {
    "Noto Sans": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "DejaVu Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
}
FALLBACK_ORDER: tuple[str, ...] = ("Noto Sans", "DejaVu Sans")

_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Face:
    """One registered font file: its ReportLab name, glyph coverage and vertical extent (per unit size)."""

    name: str
    covered: frozenset[int]
    ascent: float
    descent: float  # negative


def _register(family: str, bold: bool) -> Face:
    file_name = FILES[family][1 if bold else 0]
    name = file_name.removesuffix(".ttf")
    with _lock:
        try:
            font = pdfmetrics.getFont(name)
        except KeyError:
            font = TTFont(name, str(resource_path("fonts", file_name)))
            pdfmetrics.registerFont(font)
    face = font.face
    return Face(name, frozenset(face.charToGlyph), face.ascent / 1000, face.descent / 1000)


@lru_cache(maxsize=None)
def face(family: str, bold: bool = False) -> Face:
    """The registered face of ``family`` (registered on first use, once per process)."""
    return _register(family, bold)


@lru_cache(maxsize=None)
def chain(family: str, bold: bool = False) -> tuple[Face, ...]:
    """The family first, then the fallbacks, in the same weight."""
    return (face(family, bold),) + tuple(face(other, bold) for other in FALLBACK_ORDER if other != family)


@lru_cache(maxsize=None)
def extent(family: str, bold: bool = False) -> tuple[float, float]:
    """(ascent, descent) covering every face of the chain, so a fallback glyph never leaves the box."""
    faces = chain(family, bold)
    return max(f.ascent for f in faces), min(f.descent for f in faces)


def runs(text: str, family: str, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` as (font name, substring) runs: each character in the first face of the chain that has it."""
    faces = chain(family, bold)
    main = faces[0]
    if all(ord(ch) in main.covered for ch in text):
        return [(main.name, text)] if text else []
    result: list[tuple[str, str]] = []
    for ch in text:
        code = ord(ch)
        chosen = next((f for f in faces if code in f.covered), main)
        if result and result[-1][0] == chosen.name:
            result[-1] = (chosen.name, result[-1][1] + ch)
        else:
            result.append((chosen.name, ch))
    return result


def width(text: str, family: str, bold: bool = False, size: float = 1.0) -> float:
    """The advance width of ``text`` in points at ``size``, fallback glyphs included."""
    return sum(pdfmetrics.stringWidth(part, name, size) for name, part in runs(text, family, bold))


def missing_glyphs(text: str, family: str, bold: bool = False) -> str:
    """The characters of ``text`` that no bundled font can draw (spaces and controls aside)."""
    faces = chain(family, bold)
    return "".join(ch for ch in text if not ch.isspace() and not any(ord(ch) in f.covered for f in faces))
