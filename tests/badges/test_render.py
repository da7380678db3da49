"""Badge PDFs checked from the PDF itself: pages per imposition, every name as text, text inside its boxes, QR codes that decode."""
from __future__ import annotations

import io
import math
import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PIL import Image
from reportlab.lib.units import mm

from checkin.badges import layout_store
from checkin.badges.layout import Layout, QrElement, TextElement
from checkin.badges.stock import STOCKS, Sides, get_stock
from checkin.i18n import UserError
from checkin.services import badges
from checkin.services.badges import BadgeSelection, ResolveKind
from checkin.storage import event_repository as event_repo
from tests.badges.conftest import decoded_codes, pdf_pages, pdf_text

SHIPPED = sorted(path.stem for path in layout_store.builtin_dir().glob("*.json"))
TOLERANCE = 0.75  # points


def _name_pieces(person) -> list[str]:
    return [piece for text in (person.first_name, person.last_name) for piece in re.split(r"[\s-]+", text) if piece]


def _text_boxes(layout, stock) -> list[tuple[float, float, float, float]]:
    """Every text element's box on the sheet, in points from the top-left (as pdftotext reports)."""
    boxes = []
    for slot in stock.slots():
        for face, elements in ((slot.front, layout.front), (slot.back, layout.back)):
            if face is None:
                continue
            for e in elements:
                if not isinstance(e, TextElement):
                    continue
                if face.turned:
                    left = face.x + stock.badge_width - (e.x + e.width)
                    top = face.y + stock.badge_height - (e.y + e.height)
                else:
                    left, top = face.x + e.x, face.y + e.y
                boxes.append((left * mm, top * mm, (left + e.width) * mm, (top + e.height) * mm))
    return boxes


def _words(pdf) -> list[list[tuple[float, float, float, float, str]]]:
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    root = ET.fromstring(xml)
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        pages.append([
            (float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")), w.text or "")
            for w in page.iter("{http://www.w3.org/1999/xhtml}word")
        ])
    return pages


@pytest.mark.parametrize("name", SHIPPED)
def test_each_shipped_layout_renders_every_badge_readable_and_scannable(event, tmp_path, name):
    db, people = event
    layout = layout_store.load_layout(name)
    stock = get_stock(layout.stock)
    out = tmp_path / f"{name}.pdf"

    result = badges.render_badges(db, out, name)

    assert result.badges == len(people)
    assert result.pages == pdf_pages(out) == math.ceil(len(people) / stock.per_sheet)

    text = pdf_text(out)
    for person in people:
        for piece in _name_pieces(person):
            assert piece in text, f"{piece!r} missing from {name}"

    boxes = _text_boxes(layout, stock)
    for page_words in _words(out):
        for x0, y0, x1, y1, word in page_words:
            inside = any(x0 >= bx0 - TOLERANCE and y0 >= by0 - TOLERANCE and x1 <= bx1 + TOLERANCE and y1 <= by1 + TOLERANCE
                         for bx0, by0, bx1, by1 in boxes)
            assert inside, f"{name}: “{word}” at {x0:.1f},{y0:.1f}–{x1:.1f},{y1:.1f} pt is outside every text box"

    codes = badges.ensure_codes(db)
    expected = sorted(codes[p.id] for p in people for _ in range(2 if layout.back else 1))
    found = sorted(code for page in decoded_codes(out, tmp_path) for code in page)
    assert found == expected
    owners = {badges.resolve_code(db, code).attendee.id for code in set(found)}
    assert owners == {p.id for p in people}


def test_sheets_follow_the_sort_order_and_each_qr_belongs_to_the_badge_it_is_on(event, tmp_path):
    db, people = event
    out = tmp_path / "sorted.pdf"
    badges.render_badges(db, out, "classic-a6", BadgeSelection(sort=badges.SortKey.COUNTRY))
    order = badges.select_attendees(db, BadgeSelection(sort=badges.SortKey.COUNTRY))
    for person, page_codes in zip(order, decoded_codes(out, tmp_path)):
        resolved = badges.resolve_code(db, page_codes[0])
        assert resolved.kind is ResolveKind.VALID and resolved.attendee.id == person.id


def test_a_reissued_badge_prints_the_new_code(event, tmp_path):
    db, people = event
    old = badges.current_code(db, people[2].id)
    new = badges.reissue_badge(db, people[2].id, "name corrected")
    pdf = badges.render_one(db, people[2].id, "label-62-brother-ql")
    path = tmp_path / "one.pdf"
    path.write_bytes(pdf)
    assert decoded_codes(path, tmp_path) == [[new]] and new != old


def test_the_event_logo_is_drawn_once_per_file(event, tmp_path):
    db, people = event
    logo = io.BytesIO()
    Image.new("RGB", (300, 300), "#c0392b").save(logo, "PNG")
    with db.unit() as s:
        event_repo.update_event(s, logo=logo.getvalue())
    out = tmp_path / "logo.pdf"
    badges.render_badges(db, out, "classic-a6-4up")
    listing = subprocess.run(["pdfimages", "-list", str(out)], check=True, capture_output=True, text=True).stdout
    assert listing.count("image") >= 1
    assert len({line.split()[3] for line in listing.splitlines()[2:]}) == 1  # one image object, reused


def test_a_broken_logo_is_reported_not_printed_as_garbage(event, tmp_path):
    db, _ = event
    with db.unit() as s:
        event_repo.update_event(s, logo=b"not an image")
    with pytest.raises(UserError, match="logo"):
        badges.render_badges(db, tmp_path / "x.pdf", "classic-a6-4up")
    assert not (tmp_path / "x.pdf").exists()


def test_an_empty_selection_writes_nothing_and_says_why(event, tmp_path):
    db, _ = event
    with pytest.raises(UserError, match="No attendee matches"):
        badges.render_badges(db, tmp_path / "none.pdf", None, BadgeSelection(category="Astronaut"))
    assert list(tmp_path.glob("*.pdf")) == []


def test_without_a_layout_the_events_default_is_used(event, tmp_path):
    db, people = event
    badges.set_default_layout(db, "compact-card-86x55")
    result = badges.render_badges(db, tmp_path / "default.pdf")
    assert result.pages == math.ceil(len(people) / 8)
    with pytest.raises(UserError, match="no badge layout called"):
        badges.set_default_layout(db, "nope")


def test_cut_marks_can_be_switched_off(event, tmp_path):
    db, _ = event
    with_marks, without = tmp_path / "marks.pdf", tmp_path / "plain.pdf"
    badges.render_badges(db, with_marks, "classic-a6-4up", cut_marks=True)
    badges.render_badges(db, without, "classic-a6-4up", cut_marks=False)
    assert with_marks.stat().st_size != without.stat().st_size


def test_fallback_glyphs_are_embedded_from_the_fallback_font(event, tmp_path):
    db, people = event
    from checkin.services import attendees as attendee_service

    attendee_service.update_attendee(db, people[10].id, {"first_name": "ნინო"})
    out = tmp_path / "georgian.pdf"
    badges.render_badges(db, out, "classic-a6", BadgeSelection(ids=(people[10].id,)))
    fonts_listed = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts_listed and "NotoSans" in fonts_listed
    assert "ნინო" in pdf_text(out)


def test_the_designer_previews_an_unsaved_layout_with_the_longest_names(event, tmp_path):
    db, people = event
    layout = layout_store.load_layout("compact-card-86x55")
    edited = layout.with_changes(default_colour="#000000", category_colours={})
    pdf = badges.preview_badges(db, edited)
    path = tmp_path / "preview.pdf"
    path.write_bytes(pdf)
    assert pdf_pages(path) == 1
    text = pdf_text(path)
    assert "Wolff-Metternich" in text and "Rochefoucauld" in text  # the hardest names come first
    assert len([code for page in decoded_codes(path, tmp_path) for code in page]) == 8


@pytest.mark.parametrize("stock", [s.id for s in STOCKS])
def test_every_stock_imposes_its_badges_where_they_scan(event, tmp_path, stock):
    db, people = event
    spec = get_stock(stock)
    w, h = spec.badge_width, spec.badge_height
    face = (TextElement(x=3, y=3, width=w - 6, height=8, field="full_name", size_max=14, size_min=6),
            QrElement(x=(w - 40) / 2, y=h - 42, size=40))
    layout = Layout(name="probe", title="Probe", stock=stock, front=face, back=face if spec.sides is Sides.FOLDOVER else ())
    chosen = people[: spec.per_sheet + 1]  # one full sheet and one more badge
    out = tmp_path / f"{stock}.pdf"
    result = badges.render_badges(db, out, layout, BadgeSelection(ids=tuple(p.id for p in chosen)))
    assert result.pages == pdf_pages(out) == 2
    codes = badges.ensure_codes(db, [p.id for p in chosen])
    found = sorted(code for page in decoded_codes(out, tmp_path) for code in page)
    assert found == sorted(codes[p.id] for p in chosen for _ in range(2 if layout.back else 1))
