"""The ReportLab badge renderer: draws layout elements by type and imposes badges on sheets, page by page."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import BinaryIO, Iterable

from checkin.badges.content import BadgeContent
from checkin.badges.layout import Layout


@dataclass(frozen=True, slots=True)
class RenderResult:
    pages: int
    badges: int


def render_pdf(
    out: str | os.PathLike[str] | BinaryIO,
    layout: Layout,
    contents: Iterable[BadgeContent],
    *,
    logo: bytes | None = None,
    title: str = "",
    cut_marks: bool | None = None,
) -> RenderResult:
    """Stream ``contents`` into one PDF, a sheet at a time; ``cut_marks`` None = the stock's default."""
    raise NotImplementedError("being written")
