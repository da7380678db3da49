"""Text from outside made safe to show: no direction controls nor invisible characters on screens and
badges, escape codes visible in a terminal, letters of every script untouched."""
from __future__ import annotations

import json
import sys
import unicodedata

from checkin.domain.display import ELLIPSIS, clipped, for_terminal, json_safe, shown


def test_a_right_to_left_override_no_longer_turns_evil_into_live():
    assert shown("\u202eevil\u202c") == "evil"
    assert shown("Ana \u2067Ruiz\u2069\u200f") == "Ana Ruiz"


def test_arabic_hebrew_persian_and_emoji_names_keep_every_letter():
    for name in ("محمد عبد الله", "שרה לוי", "علی‌رضا", "मनीषा", "👩‍🔬 Ada", "Zoë Ñúñez", "Γιώργος"):
        assert shown(name) == name
        assert for_terminal(name) == name


def test_zero_width_characters_between_latin_letters_go():
    assert shown("B\u200dob\u200b \ufeffSmith\u00ad") == "Bob Smith"


def test_control_characters_become_spaces_and_line_breaks_stay_only_when_asked():
    assert shown("Ana\x1b[31m Ruiz\x07") == "Ana [31m Ruiz "
    assert shown("one\r\ntwo\u2028three") == "one  two three"
    assert shown("one\r\ntwo\u2028three", multiline=True) == "one\ntwo\nthree"


def test_every_control_and_format_character_of_this_python_is_hidden():
    kept = {"\u200c", "\u200d"}  # joiners, kept between non-ASCII letters only
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if unicodedata.category(ch) in ("Cc", "Cf") and ch not in kept:
            assert shown(f"a{ch}b") in ("ab", "a b"), hex(code)
            assert for_terminal(f"a{ch}b") != f"a{ch}b", hex(code)


def test_the_terminal_sees_escapes_not_commands():
    assert for_terminal("\x1b]0;pwned\x07\x1b[2J") == "\\x1b]0;pwned\\x07\\x1b[2J"
    assert for_terminal("\u202eevil") == "\\u202eevil"
    assert for_terminal("\x9b31m") == "\\x9b31m"  # the one-byte CSI
    assert for_terminal("a\tb\nc", keep="\t\n") == "a\tb\nc"
    assert for_terminal("a\tb\nc") == "a\\x09b\\x0ac"


def test_json_stays_json_and_escapes_what_json_dumps_leaves_raw():
    data = {"name": "\x1b[2J\x9b\u202eevil\U000e0041", "n": [1, 2]}
    text = json_safe(json.dumps(data, ensure_ascii=False, indent=2))
    assert json.loads(text) == data
    assert "\x1b" not in text and "\x9b" not in text and "\u202e" not in text and "\U000e0041" not in text
    assert "\n" in text  # the layout's own line breaks are kept


def test_clipped_cuts_with_an_ellipsis():
    assert clipped("short", 10) == "short"
    assert clipped("x" * 300, 200) == "x" * 199 + ELLIPSIS
    assert len(clipped("x" * 300, 200)) == 200
