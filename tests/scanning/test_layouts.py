"""The desk layout tables are right: each key agrees with X.Org's keyboard data, and reads back one way."""
from __future__ import annotations

import ctypes
import ctypes.util

import pytest

from checkin.scanning.layouts import DEAD_KEY_MARKS, KEY_COUNT, LAYOUTS

# Our layout name → XKB layout and variant.
XKB_NAMES = {
    "us": ("us", ""), "us_intl": ("us", "intl"), "uk": ("gb", ""), "fr": ("fr", ""), "be": ("be", ""),
    "de": ("de", ""), "ch_de": ("ch", ""), "ch_fr": ("ch", "fr"), "es": ("es", ""), "it": ("it", ""),
    "pt": ("pt", ""), "se_fi": ("se", ""), "no": ("no", ""), "dk": ("dk", ""), "cz": ("cz", ""),
    "si_hr": ("si", ""), "hu": ("hu", ""),
}  # fmt: skip
# XKB keycodes of the 47 keys in the tables' order (evdev code + 8).
XKB_KEYS = [49, *range(10, 22), *range(24, 36), *range(38, 49), 51, *range(52, 62)]
LEFT_SHIFT = 50
# XKB's dead keysyms → the character the tables use for them (Windows' spacing characters).
DEAD_SPACING = {"circumflex": "^", "diaeresis": "¨", "acute": "´", "grave": "`", "tilde": "~", "caron": "ˇ", "abovering": "°"}
US_INTL_SPACING = {"acute": "'", "diaeresis": '"'}


class _RuleNames(ctypes.Structure):
    _fields_ = [(name, ctypes.c_char_p) for name in ("rules", "model", "layout", "variant", "options")]


class XkbLayouts:
    """The keysyms of XKB layouts, through libxkbcommon (what X11 and Wayland desks use)."""

    def __init__(self, lib: ctypes.CDLL):
        self.lib = lib
        for name, restype, argtypes in (
            ("xkb_context_new", ctypes.c_void_p, [ctypes.c_int]),
            ("xkb_context_set_log_level", None, [ctypes.c_void_p, ctypes.c_int]),
            ("xkb_keymap_new_from_names", ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int]),
            ("xkb_keymap_unref", None, [ctypes.c_void_p]),
            ("xkb_state_new", ctypes.c_void_p, [ctypes.c_void_p]),
            ("xkb_state_unref", None, [ctypes.c_void_p]),
            ("xkb_state_update_key", ctypes.c_int, [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int]),
            ("xkb_state_key_get_one_sym", ctypes.c_uint32, [ctypes.c_void_p, ctypes.c_uint32]),
            ("xkb_keysym_to_utf32", ctypes.c_uint32, [ctypes.c_uint32]),
            ("xkb_keysym_get_name", ctypes.c_int, [ctypes.c_uint32, ctypes.c_char_p, ctypes.c_size_t]),
        ):
            function = getattr(lib, name)
            function.restype, function.argtypes = restype, argtypes
        self.context = lib.xkb_context_new(0)
        lib.xkb_context_set_log_level(self.context, 10)  # critical only: a missing layout is reported here

    def rows(self, layout: str, variant: str) -> list[list[tuple[str, bool]]] | None:
        """(character, dead) for each key, without and with Shift; None when XKB has no such layout."""
        names = _RuleNames(b"evdev", b"pc105", layout.encode(), variant.encode(), None)
        keymap = self.lib.xkb_keymap_new_from_names(self.context, ctypes.byref(names), 0)
        if not keymap:
            return None
        rows = []
        for shift in (False, True):
            state = self.lib.xkb_state_new(keymap)
            if shift:
                self.lib.xkb_state_update_key(state, LEFT_SHIFT, 1)
            rows.append([self._char(self.lib.xkb_state_key_get_one_sym(state, code), layout, variant) for code in XKB_KEYS])
            self.lib.xkb_state_unref(state)
        self.lib.xkb_keymap_unref(keymap)
        return rows

    def _char(self, keysym: int, layout: str, variant: str) -> tuple[str, bool]:
        buffer = ctypes.create_string_buffer(64)
        self.lib.xkb_keysym_get_name(keysym, buffer, len(buffer))
        name = buffer.value.decode()
        if name.startswith("dead_"):
            mark = name.removeprefix("dead_")
            spacing = US_INTL_SPACING if (layout, variant) == ("us", "intl") else {}
            return spacing.get(mark, DEAD_SPACING[mark]), True
        return chr(self.lib.xkb_keysym_to_utf32(keysym)), False


@pytest.fixture(scope="module")
def xkb():
    path = ctypes.util.find_library("xkbcommon")
    if path is None:
        pytest.skip("libxkbcommon is not installed")
    return XkbLayouts(ctypes.CDLL(path))


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_each_key_types_what_xkb_says(xkb, name):
    rows = xkb.rows(*XKB_NAMES[name])
    if rows is None:
        pytest.skip("the XKB layout data (xkb-data) is not installed")
    layout = LAYOUTS[name]
    for shift, row in zip((False, True), rows):
        ours = [(layout.char(key, shift), layout.char(key, shift) in layout.dead) for key in range(KEY_COUNT)]
        assert ours == row, f"{name} {'shifted' if shift else 'unshifted'}"


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_no_character_comes_from_two_keys(name):
    """Each typed character names one key, so the reverse map of a layout has one reading a key."""
    layout = LAYOUTS[name]
    chars = layout.unshifted + layout.shifted
    assert len(set(chars)) == len(chars), sorted({c for c in chars if chars.count(c) > 1})
    assert all(dead in DEAD_KEY_MARKS for dead in layout.dead)
