"""Fitting text into a box: the largest size that fits, then the best split into more lines.

Width grows linearly with size, so one line fits at ``min(size_max, box_width / width_at_1pt)``.
When that falls below the smallest allowed size, the text is split into 2, 3, … lines at the word
breaks (spaces, and after hyphens) that keep the widest line narrowest — found exactly by dynamic
programming over every break — until a split fits at or above the minimum. A name is not cut:
if no split reaches the minimum it is drawn smaller still, down to :data:`LEGIBLE` points; only a
name that would be smaller still (a 5,000-character one) is cut with "…" at the minimum size, so
that it shows at all. Other texts (``overflow="ellipsis"``) stay at the minimum and end with "…"
as a last resort.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from checkin.badges import fonts

ELLIPSIS = "…"
# The smallest size a name is shrunk to below its element's minimum before it is cut instead: below
# what a real long name needs even in a 20 mm box (4 pt, tests/badges/test_fit.py), far above what a
# 200-character one gets in a badge's name box (under 2 pt, next to invisible).
LEGIBLE = 3.0
# A break opportunity after a hyphen inside a word ("Lefèvre-|Dupré"), or at spaces.
_HYPHEN_BREAK = re.compile(r"(?<=[^\s-][-‐])(?=[^\s-])")


@dataclass(frozen=True, slots=True)
class FittedText:
    lines: tuple[str, ...]
    size: float
    widths: tuple[float, ...]  # of each line, in points at ``size``

    def block_height(self, leading: float, ascent: float, descent: float) -> float:
        if not self.lines:
            return 0.0
        return self.size * ((len(self.lines) - 1) * leading + ascent - descent)


def _tokens(text: str) -> list[tuple[str, str]]:
    """(piece, joiner before it): words split at spaces (joiner " ") and after hyphens (joiner "")."""
    tokens: list[tuple[str, str]] = []
    for word in text.split():
        for index, piece in enumerate(_HYPHEN_BREAK.split(word)):
            tokens.append((piece, "" if index else " "))
    return tokens


def _join(tokens: list[tuple[str, str]]) -> str:
    return "".join((joiner if index else "") + piece for index, (piece, joiner) in enumerate(tokens))


def _partition(piece_widths: list[float], joiner_widths: list[float], lines: int) -> tuple[list[int], float]:
    """Split points (start index of each line after the first) minimising the widest line."""
    n = len(piece_widths)
    prefix_piece = [0.0]
    for w in piece_widths:
        prefix_piece.append(prefix_piece[-1] + w)
    prefix_join = [0.0]
    for w in joiner_widths:
        prefix_join.append(prefix_join[-1] + w)

    def span(start: int, end: int) -> float:
        # tokens[start:end] on one line: their widths plus the joiners between them
        return prefix_piece[end] - prefix_piece[start] + prefix_join[end] - prefix_join[start + 1]

    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(lines + 1)]
    split = [[0] * (n + 1) for _ in range(lines + 1)]
    for end in range(1, n + 1):
        best[1][end] = span(0, end)
    for m in range(2, lines + 1):
        for end in range(m, n + 1):
            for start in range(m - 1, end):
                value = max(best[m - 1][start], span(start, end))
                if value < best[m][end]:
                    best[m][end], split[m][end] = value, start
    starts, end = [], n
    for m in range(lines, 1, -1):
        end = split[m][end]
        starts.append(end)
    return sorted(starts), best[lines][n]


def _lines(tokens: list[tuple[str, str]], starts: list[int]) -> list[str]:
    bounds = [0, *starts, len(tokens)]
    return [_join(tokens[a:b]) for a, b in zip(bounds, bounds[1:])]


def fit_text(
    text: str,
    box_width: float,
    box_height: float,
    *,
    family: str,
    bold: bool = False,
    size_max: float,
    size_min: float,
    max_lines: int = 1,
    leading: float = 1.15,
    overflow: str = "shrink",
) -> FittedText:
    """Lines and size for ``text`` in a box of ``box_width`` × ``box_height`` points."""
    tokens = _tokens(text)
    if not tokens:
        return FittedText((), size_max, ())
    ascent, descent = fonts.extent(family, bold)
    extent = ascent - descent
    piece_widths = [fonts.width(piece, family, bold) for piece, _ in tokens]
    joiner_widths = [fonts.width(joiner, family, bold) if joiner else 0.0 for _, joiner in tokens]
    best: tuple[float, list[int]] | None = None
    for count in range(1, min(max_lines, len(tokens)) + 1):
        starts, widest = _partition(piece_widths, joiner_widths, count)
        size = min(size_max, box_width / widest if widest > 0 else size_max, box_height / ((count - 1) * leading + extent))
        if size >= size_min:
            return _fitted(_lines(tokens, starts), size, family, bold)
        if best is None or size > best[0]:
            best = (size, starts)
    assert best is not None
    if overflow == "shrink" and best[0] >= min(size_min, LEGIBLE):
        return _fitted(_lines(tokens, best[1]), best[0], family, bold)
    return _ellipsis(tokens, box_width, box_height, family, bold, size_min, max_lines, leading, extent)


def _fitted(lines: list[str], size: float, family: str, bold: bool) -> FittedText:
    return FittedText(tuple(lines), size, tuple(fonts.width(line, family, bold, size) for line in lines))


def _ellipsis(tokens, box_width, box_height, family, bold, size_min, max_lines, leading, extent) -> FittedText:
    """Wrap at the minimum size (smaller only if the box is too low for one line) and cut the rest with "…"."""
    size = min(size_min, box_height / extent)
    room = max(1, min(max_lines, int((box_height / size - extent) / leading + 1 + 1e-9)))
    limit = box_width / size
    lines: list[str] = []
    current: list[tuple[str, str]] = []
    for token in tokens:
        candidate = current + [token]
        if current and fonts.width(_join(candidate), family, bold) > limit:
            lines.append(_join(current))
            current = [token]
        else:
            current = candidate
    lines.append(_join(current))
    if len(lines) > room:
        lines = lines[: room - 1] + [" ".join(lines[room - 1 :])]
    lines = [_truncate(line, limit, family, bold) for line in lines]
    return _fitted(lines, size, family, bold)


def _truncate(line: str, limit: float, family: str, bold: bool) -> str:
    if fonts.width(line, family, bold) <= limit:
        return line
    # The characters that fit, counted once (a line can be thousands of characters long), then
    # trimmed further while the ellipsis does not fit after them.
    room, used, end = limit - fonts.width(ELLIPSIS, family, bold), 0.0, 0
    for ch in line:
        used += fonts.width(ch, family, bold)
        if used > room:
            break
        end += 1
    line = line[:end]
    while line and fonts.width(line.rstrip() + ELLIPSIS, family, bold) > limit:
        line = line[:-1]
    return line.rstrip(" ,;·-") + ELLIPSIS
