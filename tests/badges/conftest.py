"""Badge test fixtures: an event with hard names, and helpers that read PDFs the way a user would see them."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from tests.badges.people import seed_event


@pytest.fixture
def event(tmp_path):
    db, people = seed_event(tmp_path / "forum.checkin")
    yield db, people
    db.dispose()


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def decoded_codes(pdf: Path, tmp_path: Path, dpi: int = 150) -> list[list[str]]:
    """The QR texts found on each page of ``pdf`` rasterised at ``dpi``."""
    prefix = tmp_path / f"{pdf.stem}-raster"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    pages = []
    for png in sorted(tmp_path.glob(f"{prefix.name}-*.png")):
        with Image.open(png) as image:
            pages.append([result.text for result in zxingcpp.read_barcodes(image)])
    return pages
