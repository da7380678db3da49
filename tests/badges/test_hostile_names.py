"""Names a registration list should not have held, on badges: a 5,000-character name still shows (cut
with "…" at a readable size), a right-to-left override no longer turns "evil" into "live", and the
invisible controls are left out while Arabic and Hebrew letters stay."""
from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest

from checkin.badges import layout_store
from checkin.badges.fit import LEGIBLE, fit_text
from checkin.domain.model import Attendee, new_id
from checkin.services import badges
from checkin.services.badges import BadgeSelection
from checkin.services.event import new_event
from checkin.storage import repositories as repo
from tests.badges.conftest import decoded_codes, pdf_text

SHIPPED = sorted(path.stem for path in layout_store.builtin_dir().glob("*.json"))
HUGE_FIRST = "Hubert" + "blaine" * 832  # 4,998 letters, no break anywhere
HUGE_LAST = " ".join(["Wolfeschlegelsteinhausenbergerdorff"] * 140)  # 5,000 characters in words


@pytest.fixture
def hostile_event(tmp_path):
    db, _event = new_event(tmp_path / "hostile.checkin", "Forum")
    people = [
        Attendee(new_id(), HUGE_FIRST, "Short", organisation="Ville de Gand"),
        Attendee(new_id(), "Jo", HUGE_LAST, organisation="Stadt Köln"),
        Attendee(new_id(), "Mallory", "\u202eevil\u202c\u200b", organisation="\u2067Org\u2069"),
        Attendee(new_id(), "محمد", "שרה\u200f", organisation="بلدية"),
    ]
    with db.unit() as s:
        repo.insert_attendees(s, people)
    yield db, people
    db.dispose()


def _word_heights(pdf) -> dict[str, float]:
    """Each word pdftotext finds, with the tallest height it is drawn at (points)."""
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    heights: dict[str, float] = {}
    for word in ET.fromstring(xml).iter("{http://www.w3.org/1999/xhtml}word"):
        text = word.text or ""
        heights[text] = max(heights.get(text, 0.0), float(word.get("yMax")) - float(word.get("yMin")))
    return heights


@pytest.mark.parametrize("layout", SHIPPED)
def test_a_5000_character_name_still_shows_cut_at_a_readable_size(hostile_event, tmp_path, layout):
    db, people = hostile_event
    out = tmp_path / f"{layout}.pdf"
    result = badges.render_badges(db, out, layout, BadgeSelection(ids=tuple(p.id for p in people)))
    assert result.badges == 4
    heights = _word_heights(out)
    huge_first = [w for w in heights if w.startswith("Hubertblaine")]
    assert huge_first, "the start of the long first name is on the badge"
    assert all(w.endswith("…") for w in huge_first)
    assert min(heights[w] for w in huge_first) >= LEGIBLE, "drawn at a size one can read"
    assert any(w.startswith("Wolfeschlegel") and heights[w] >= LEGIBLE for w in heights)
    text = pdf_text(out)
    assert "evil" in text and "live" not in text
    assert "\u202e" not in text and "\u200b" not in text and "\u2067" not in text
    assert "Org" in text
    codes = decoded_codes(out, tmp_path)
    assert sum(len(page) for page in codes) >= 4, "every badge's QR code still scans"


def test_a_name_a_little_too_long_is_still_shrunk_not_cut():
    fitted = fit_text("Wolfeschlegelsteinhausenbergerdorff", 150, 40, family="Noto Sans", bold=True,
                      size_max=40, size_min=20, max_lines=2)
    assert fitted.lines == ("Wolfeschlegelsteinhausenbergerdorff",) and LEGIBLE <= fitted.size < 20


def test_a_huge_name_is_cut_at_the_minimum_size_quickly():
    fitted = fit_text(HUGE_FIRST, 200, 40, family="Noto Sans", bold=True, size_max=30, size_min=12, max_lines=2)
    assert fitted.size == 12
    assert fitted.lines[0].startswith("Hubertblaine") and fitted.lines[-1].endswith("…")
    assert max(fitted.widths) <= 200
