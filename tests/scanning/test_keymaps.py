"""A US scanner's codes typed on European desks come back: reverse layout maps, scan codes, recovery."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checkin.domain.codes import normalise
from checkin.scanning.keymaps import (
    MAC_VIRTUAL_KEYS,
    WINDOWS_SCAN_CODES,
    XKB_KEYCODES,
    scan_code_table,
    text_from_scan_codes,
    us_text_candidates,
    us_texts_on,
)
from checkin.scanning.layouts import LAYOUTS
from checkin.scanning.wedge import KeyBurst, Recovered, recover
from tests.scanning.sample_codes import PRETIX_ALPHABET, badge_code, known, sample_codes
from tests.scanning.scanner_typing import native_code, scanner_presses, type_on

TABLES = (XKB_KEYCODES, WINDOWS_SCAN_CODES, MAC_VIRTUAL_KEYS)


def burst_of(text: str, layout_name: str, table=None) -> KeyBurst:
    presses = scanner_presses(text, LAYOUTS[layout_name])
    keys = () if table is None else tuple((native_code(table, p.position), p.shift) for p in presses)
    return KeyBurst("".join(p.text for p in presses), keys, table)


def test_azerty_and_qwertz_scramble_the_keys_the_field_notes_name():
    fr, de = LAYOUTS["fr"], LAYOUTS["de"]
    assert type_on(fr, "HA112") == "HQ&&é"  # the field notes write HA&&é, but AZERTY has A where US has Q
    assert type_on(fr, "12qawzm;!") == "&éaqzw,m1"
    assert type_on(de, "yz-/") == "zyß-"
    assert "HA112" in us_text_candidates("HQ&&é")


def test_dead_keys_combine_with_a_vowel_and_otherwise_type_themselves():
    # US [ is AZERTY's dead ^; US + is QWERTZ's dead `; US ' and " are US-International's dead keys.
    assert type_on(LAYOUTS["fr"], "[e[2") == "ê^é"
    assert type_on(LAYOUTS["de"], "+e+1") == "è`1"
    assert type_on(LAYOUTS["us_intl"], '{"i":') == '{ï":'
    assert us_texts_on("fr", "ê^é") == ["[e[2"]
    assert '{"i":' in us_text_candidates('{ï":')


@pytest.mark.parametrize("layout_name", list(LAYOUTS))
@pytest.mark.parametrize("seed", range(3))
def test_every_kind_of_code_typed_on_a_desk_layout_is_recovered_from_the_text(layout_name, seed):
    for kind, code in sample_codes(seed).items():
        recovery = recover(burst_of(code, layout_name), known(code))
        assert normalise(recovery.text) == normalise(code), (kind, layout_name, recovery)
        assert recovery.how in (Recovered.TYPED, Recovered.LAYOUT), (kind, layout_name, recovery)


@pytest.mark.parametrize("layout_name", list(LAYOUTS))
def test_badge_codes_are_read_as_typed_on_every_layout(layout_name):
    rng = random.Random(layout_name)
    for _ in range(20):
        code = badge_code(rng)
        recovery = recover(burst_of(code, layout_name), known())
        assert (recovery.text, recovery.how) == (code, Recovered.TYPED)
        assert recover(burst_of(code.lower(), layout_name), known()).how is Recovered.TYPED


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
@pytest.mark.parametrize("layout_name", list(LAYOUTS))
def test_scan_codes_rebuild_every_code_on_every_layout(table, layout_name):
    for kind, code in sample_codes(7).items():
        recovery = recover(burst_of(code, layout_name, table), known(code))
        assert (recovery.text, recovery.how) == (code, Recovered.SCAN_CODES), kind


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=PRETIX_ALPHABET + "ABCDEFGHJKLMNPQRSTUVWXYZ-.", min_size=1, max_size=40))
def test_letters_digits_dash_and_dot_read_back_on_every_layout(text):
    for name, layout in LAYOUTS.items():
        assert text in us_texts_on(name, type_on(layout, text)), name


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=40))
def test_scan_codes_spell_any_printable_ascii(text):
    for table in TABLES:
        presses = scanner_presses(text, LAYOUTS["fr"])
        keys = [(native_code(table, p.position), p.shift) for p in presses]
        assert text_from_scan_codes(keys, table) == text


def test_keypad_digits_read_the_same_whatever_shift_says():
    keypad_one, keypad_slash = 0x4F + 8, 98 + 8
    assert text_from_scan_codes([(keypad_one, False), (keypad_one, True), (keypad_slash, False)], XKB_KEYCODES) == "11/"
    assert text_from_scan_codes([(0x135, False)], WINDOWS_SCAN_CODES) == "/"


def test_an_unknown_native_number_gives_no_scan_code_text():
    assert text_from_scan_codes([(38, False), (9, False)], XKB_KEYCODES) is None  # 9 is Escape
    burst = KeyBurst("qzerty", ((38, False), (9, False)), XKB_KEYCODES)
    assert recover(burst, known("awerty")).how is Recovered.LAYOUT


def test_scan_codes_win_over_a_typed_text_that_is_also_known():
    burst = burst_of("abc12345", "fr", XKB_KEYCODES)
    assert burst.typed == "qbc&é\"'("
    recovery = recover(burst, known("abc12345", burst.typed))
    assert (recovery.text, recovery.how) == ("abc12345", Recovered.SCAN_CODES)


def test_two_layouts_reading_two_different_known_codes_is_ambiguous():
    # On AZERTY France ù* is US '\ ; on AZERTY Belgium it is '} .
    recovery = recover(KeyBurst("ù*"), known("'\\", "'}"))
    assert recovery.ambiguous
    assert recovery.candidates == ("'\\", "'}")
    assert (recovery.text, recovery.layouts) == ("'\\", ("fr",))


def test_one_known_reading_shared_by_several_layouts_is_not_ambiguous():
    recovery = recover(KeyBurst("qzerty"), known("awerty"))
    assert (recovery.text, recovery.how, recovery.layouts) == ("awerty", Recovered.LAYOUT, ("fr", "be"))


def test_nothing_known_gives_the_best_guess_to_report_as_an_unknown_code():
    recovery = recover(burst_of("zz99", "fr"), known())
    assert (recovery.text, recovery.how, recovery.candidates) == ("wwçç", Recovered.UNKNOWN, ())
    with_codes = burst_of("zz99", "fr", XKB_KEYCODES)
    recovery = recover(with_codes, known())
    assert (recovery.text, recovery.how, recovery.known) == ("zz99", Recovered.UNKNOWN, False)


@pytest.mark.parametrize(
    ("platform", "table"),
    [("xcb", XKB_KEYCODES), ("wayland", XKB_KEYCODES), ("windows", WINDOWS_SCAN_CODES), ("cocoa", MAC_VIRTUAL_KEYS), ("offscreen", None)],
)
def test_each_qt_platform_has_its_table(platform, table):
    assert scan_code_table(platform) is table
