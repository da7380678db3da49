"""The demo event's 700 badges, checked from the PDF: pages, every name, every QR back to its attendee."""
from __future__ import annotations

import math
import re

import pytest

from checkin.services import badges
from checkin.services.demo import create_demo_event
from tests.badges.conftest import decoded_codes, pdf_pages, pdf_text


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db, summary = create_demo_event(tmp_path_factory.mktemp("demo") / "demo.checkin", attendees=700, seed=2026)
    yield db
    db.dispose()


def test_the_demo_events_badges_all_print_and_scan(demo, tmp_path):
    people = badges.select_attendees(demo)
    out = tmp_path / "demo.pdf"
    result = badges.render_badges(demo, out, "compact-card-86x55")
    assert result.badges == len(people) > 600
    assert result.pages == pdf_pages(out) == math.ceil(len(people) / 8)

    text = pdf_text(out)
    for person in people:
        for piece in re.split(r"[\s-]+", f"{person.first_name} {person.last_name}"):
            assert not piece or piece in text, f"{piece!r} of {person.full_name} missing"

    codes = badges.ensure_codes(demo)
    found = [code for page in decoded_codes(out, tmp_path) for code in page]
    assert sorted(found) == sorted(codes[p.id] for p in people)
    by_code = {codes[p.id]: p.id for p in people}
    for code in found[::25]:
        assert badges.resolve_code(demo, code).attendee.id == by_code[code]
