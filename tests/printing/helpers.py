"""Reading what came out of the printer: rasterise a PDF and decode each QR code back to an attendee."""
from __future__ import annotations

import subprocess
from pathlib import Path

import zxingcpp
from PIL import Image

from checkin.services.badges import ResolveKind, resolve_code


def decoded_codes(pdf: Path, workdir: Path, dpi: int = 150) -> list[str]:
    """The texts of every QR code on every page, page by page, at ``dpi`` (the tests' 150 dpi)."""
    prefix = workdir / pdf.stem
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True, capture_output=True)
    texts = []
    for page in sorted(workdir.glob(f"{pdf.stem}-*.png")):
        with Image.open(page) as image:
            texts += [result.text for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
    return texts


def attendees_on(pdf: Path, workdir: Path, db) -> list[str]:
    """Attendee ids of the badges in ``pdf``, from their QR codes (each must be a valid code)."""
    ids = []
    for text in decoded_codes(pdf, workdir):
        resolution = resolve_code(db, text)
        assert resolution.kind is ResolveKind.VALID, (text, resolution.kind)
        ids.append(resolution.attendee.id)
    return ids


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
