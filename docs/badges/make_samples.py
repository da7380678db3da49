"""Render every shipped badge layout with hard names (long, accented, Greek, Cyrillic) to PNGs in this folder.

    .venv/bin/python docs/badges/make_samples.py
"""
from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from checkin.badges.layout_store import list_layouts  # noqa: E402
from checkin.badges.stock import get_stock  # noqa: E402
from checkin.services import badges  # noqa: E402
from checkin.storage import event_repository as event_repo  # noqa: E402
from tests.badges.people import seed_event  # noqa: E402


def sample_logo() -> bytes:
    """A plain emblem standing in for an event logo: white rings on transparent ground."""
    image = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 20, 380, 380), outline="white", width=28)
    draw.ellipse((110, 110, 290, 290), fill="white")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db, people = seed_event(folder / "samples.checkin")
        with db.unit() as s:
            event_repo.update_event(s, logo=sample_logo())
        hard = [p.id for p in people if p.last_name in ("Żółkiewski", "Παπαδοπούλου-Κωνσταντινίδου", "Шевченко",
                                                            "de La Rochefoucauld-Montmorency", "Wolff-Metternich zur Gracht",
                                                            "Szőke-Bálint", "Çağlayan", "Đurđević")]
        for info in list_layouts():
            pdf = folder / f"{info.name}.pdf"
            badges.render_badges(db, pdf, info.name, badges.BadgeSelection(ids=tuple(hard)))
            subprocess.run(["pdftoppm", "-r", "100", "-png", "-l", "4", str(pdf), str(folder / f"{info.name}.page")], check=True)
            pages = [Image.open(png) for png in sorted(folder.glob(f"{info.name}.page-*.png"))]
            if get_stock(info.stock).per_sheet > 1:
                pages = pages[:1]
            gap = 24
            sheet = Image.new("RGB", (sum(p.width for p in pages) + gap * (len(pages) + 1), max(p.height for p in pages) + 2 * gap), "#d9d9d9")
            x = gap
            for page in pages:
                sheet.paste(page, (x, gap))
                x += page.width + gap
            sheet.save(HERE / f"{info.name}.png", optimize=True)
        db.dispose()


if __name__ == "__main__":
    main()
