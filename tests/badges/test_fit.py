"""Names fit: the largest size on one line, else the best split; never wider than the box; fonts cover every name."""
from __future__ import annotations

import pytest

from checkin.badges import fonts
from checkin.badges.fit import ELLIPSIS, fit_text
from tests.badges.people import PEOPLE

FAMILY = "Noto Sans"


def _fit(text, width, height=200.0, **kw):
    options = dict(family=FAMILY, bold=True, size_max=40.0, size_min=20.0, max_lines=2)
    options.update(kw)
    return fit_text(text, width, height, **options)


def test_a_short_name_takes_the_largest_size():
    fitted = _fit("Ana", 250)
    assert fitted.lines == ("Ana",) and fitted.size == 40


def test_a_longer_name_shrinks_exactly_to_the_box_width():
    fitted = _fit("Maximiliane", 150)
    assert fitted.lines == ("Maximiliane",)
    assert 20 <= fitted.size < 40
    assert fitted.widths[0] == pytest.approx(150, abs=0.01)


def test_below_the_minimum_the_name_splits_where_it_allows_the_largest_size():
    fitted = _fit("de La Rochefoucauld-Montmorency", 260, size_max=30, size_min=24)
    assert fitted.lines == ("de La Rochefoucauld-", "Montmorency")
    assert fitted.size >= 24
    # Every other break (after each space or the hyphen) would need a smaller size.
    for first, second in [("de", "La Rochefoucauld-Montmorency"), ("de La", "Rochefoucauld-Montmorency"),
                          ("de La Rochefoucauld-Montmorency", "")]:
        widest = max(fonts.width(first, FAMILY, True), fonts.width(second, FAMILY, True))
        assert min(30, 260 / widest) < fitted.size


def test_a_name_too_long_even_for_two_lines_is_drawn_smaller_rather_than_cut():
    fitted = _fit("Wolfeschlegelsteinhausenbergerdorff", 150, size_min=20)
    assert fitted.lines == ("Wolfeschlegelsteinhausenbergerdorff",)
    assert fitted.size < 20 and fitted.widths[0] == pytest.approx(150, abs=0.01)


@pytest.mark.parametrize("given, family", [(p[0], p[1]) for p in PEOPLE])
@pytest.mark.parametrize("width", [60.0, 110.0, 250.0])
def test_no_name_is_ever_cut_or_wider_than_its_box(given, family, width):
    for text in (given, family, f"{given} {family}"):
        fitted = _fit(text, width, height=80, size_min=14)
        assert max(fitted.widths) <= width + 1e-6
        assert "".join(fitted.lines).replace(" ", "") == text.replace(" ", "")  # every letter kept
        ascent, descent = fonts.extent(FAMILY, True)
        assert fitted.block_height(1.15, ascent, descent) <= 80 + 1e-6


def test_a_long_organisation_wraps_then_ends_with_an_ellipsis_as_a_last_resort():
    org = "Landeshauptstadt Düsseldorf, Amt für Sicherheit, Ordnung und Kriminalprävention im öffentlichen Raum"
    wrapped = fit_text(org, 150, 40, family=FAMILY, size_max=12, size_min=8, max_lines=2, overflow="ellipsis")
    assert len(wrapped.lines) == 2 and wrapped.size == 8
    assert wrapped.lines[-1].endswith(ELLIPSIS)
    assert max(wrapped.widths) <= 150 + 1e-6
    roomy = fit_text(org, 150, 80, family=FAMILY, size_max=12, size_min=8, max_lines=4, overflow="ellipsis")
    assert ELLIPSIS not in "".join(roomy.lines) and roomy.size >= 8


def test_every_character_of_every_name_is_drawn_from_a_font_that_has_it():
    for person in PEOPLE:
        for text in person[:5]:
            for bold in (False, True):
                assert fonts.missing_glyphs(text, FAMILY, bold) == ""
                for font_name, part in fonts.runs(text, FAMILY, bold):
                    face = next(f for f in fonts.chain(FAMILY, bold) if f.name == font_name)
                    assert all(ord(ch) in face.covered for ch in part), (text, font_name)


def test_a_letter_the_main_font_lacks_falls_back_to_one_that_has_it():
    georgian = "ნინო"  # not in Noto Sans, in DejaVu Sans
    assert all(ord(ch) not in fonts.face(FAMILY).covered for ch in georgian)
    assert fonts.runs(f"Nino {georgian}", FAMILY) == [("NotoSans-Regular", "Nino "), ("DejaVuSans", georgian)]
