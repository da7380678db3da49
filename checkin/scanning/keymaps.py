"""What a US-layout scanner sent, from what a desk typed: reverse layout maps and scan-code tables.

Two ways back to the scanner's text (field notes, "How real registration desks work"):

- from the typed text, through the reverse map of each common desk layout (layouts.py): ``&é"``
  typed on AZERTY is ``123`` sent; a string may read differently on several layouts, so every
  layout that can produce all of it gives one candidate;
- from the keys' native numbers, which name key positions whatever the layout: X11 and Wayland give
  XKB keycodes, Windows PC scan codes (set 1), macOS virtual key codes. With Shift known per key,
  those rebuild the US text exactly, dead keys included.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice, product

from checkin.scanning.layouts import DEAD_KEY_MARKS, KEY_COUNT, LAYOUTS, US


# A typed character that two key sequences make (ü on a Swiss key, or ¨ then u) gives two readings;
# past this many readings of one typed text on one layout, the rest are not tried.
READINGS_PER_LAYOUT = 16


@cache
def _reverse_map(layout_name: str) -> dict[str, tuple[str, ...]]:
    """Typed character → the US texts that make a US scanner type it on the layout, likeliest first."""
    layout = LAYOUTS[layout_name]
    plain: dict[str, str] = {" ": " "}
    dead: dict[str, str] = {}
    for shift in (False, True):
        for key in range(KEY_COUNT):
            typed, sent = layout.char(key, shift), US.char(key, shift)
            (dead if typed in layout.dead else plain).setdefault(typed, sent)
    reverse = {typed: [sent] for typed, sent in plain.items()}
    for spacing, sent_dead in dead.items():
        # Windows and macOS type a dead key's own character when the next key does not combine.
        reverse[spacing] = [sent_dead]
        for base, sent_base in plain.items():
            composed = unicodedata.normalize("NFC", base + DEAD_KEY_MARKS[spacing])
            if len(composed) == 1:
                reverse.setdefault(composed, []).append(sent_dead + sent_base)
    return {typed: tuple(sent) for typed, sent in reverse.items()}


def us_texts_on(layout_name: str, typed: str, limit: int = READINGS_PER_LAYOUT) -> list[str]:
    """What a US scanner may have sent to make a desk on ``layout_name`` type ``typed`` (empty: nothing)."""
    reverse = _reverse_map(layout_name)
    options = []
    for char in typed:
        sent = reverse.get(char)
        if sent is None:
            return []
        options.append(sent)
    return ["".join(reading) for reading in islice(product(*options), limit)]


def layout_readings(typed: str) -> dict[str, tuple[str, ...]]:
    """Each distinct US text ``typed`` can be → the layouts that read it so; US (identity) first."""
    readings: dict[str, list[str]] = {}
    for name in LAYOUTS:
        for sent in us_texts_on(name, typed):
            readings.setdefault(sent, []).append(name)
    return {sent: tuple(names) for sent, names in readings.items()}


def us_text_candidates(typed: str) -> list[str]:
    """The distinct US texts ``typed`` could be: each layout that can type all of it reads it once
    (or more, where a character comes from two key sequences), US first."""
    return list(layout_readings(typed))


@dataclass(frozen=True, slots=True)
class ScanCodeTable:
    """One platform's native key numbers → the US characters at that key, without and with Shift."""

    name: str
    codes: Mapping[int, tuple[str, str]]
    # macOS gives no scan codes; its virtual key codes name key positions the same way.
    virtual_keys: bool = False


def _table(name: str, keys: Sequence[int], space: int, keypad: Mapping[int, str], virtual_keys: bool = False) -> ScanCodeTable:
    assert len(keys) == KEY_COUNT
    codes = {code: (US.char(key, False), US.char(key, True)) for key, code in enumerate(keys)}
    codes[space] = (" ", " ")
    # The keypad types the same characters on every layout (Num Lock on, which scanners assume).
    codes.update({code: (char, char) for code, char in keypad.items()})
    return ScanCodeTable(name, codes, virtual_keys)


# PC scan codes (set 1) of the 47 keys in the layouts' key order. Linux evdev codes are the same
# numbers, and an XKB keycode is the evdev code plus 8.
_SET1_KEYS = (0x29, *range(0x02, 0x0E), *range(0x10, 0x1C), *range(0x1E, 0x29), 0x2B, *range(0x2C, 0x36))
_SET1_KEYPAD = {
    0x47: "7", 0x48: "8", 0x49: "9", 0x4A: "-", 0x4B: "4", 0x4C: "5", 0x4D: "6", 0x4E: "+",
    0x4F: "1", 0x50: "2", 0x51: "3", 0x52: "0", 0x37: "*",
}  # fmt: skip
_XKB_OFFSET = 8

# Windows reports extended keys with 0x100 added: the keypad's / is E0 35.
WINDOWS_SCAN_CODES = _table("windows-set1", _SET1_KEYS, 0x39, {**_SET1_KEYPAD, 0x135: "/"})
XKB_KEYCODES = _table(
    "xkb",
    [code + _XKB_OFFSET for code in _SET1_KEYS],
    0x39 + _XKB_OFFSET,
    # evdev has its own number for the keypad's / (98).
    {**{code + _XKB_OFFSET: char for code, char in _SET1_KEYPAD.items()}, 98 + _XKB_OFFSET: "/"},
)
# macOS virtual key codes (kVK_ANSI_* in Carbon's Events.h) of the 47 keys, in the same order.
MAC_VIRTUAL_KEYS = _table(
    "mac-virtual",
    (
        0x32, 0x12, 0x13, 0x14, 0x15, 0x17, 0x16, 0x1A, 0x1C, 0x19, 0x1D, 0x1B, 0x18,
        0x0C, 0x0D, 0x0E, 0x0F, 0x11, 0x10, 0x20, 0x22, 0x1F, 0x23, 0x21, 0x1E,
        0x00, 0x01, 0x02, 0x03, 0x05, 0x04, 0x26, 0x28, 0x25, 0x29, 0x27, 0x2A,
        0x06, 0x07, 0x08, 0x09, 0x0B, 0x2D, 0x2E, 0x2B, 0x2F, 0x2C,
    ),
    0x31,
    {
        0x59: "7", 0x5B: "8", 0x5C: "9", 0x4E: "-", 0x56: "4", 0x57: "5", 0x58: "6", 0x45: "+",
        0x53: "1", 0x54: "2", 0x55: "3", 0x52: "0", 0x43: "*", 0x4B: "/",
    },
    virtual_keys=True,
)  # fmt: skip

# Qt platform plugin name → the table its key events' native numbers follow.
_PLATFORM_TABLES = {
    "xcb": XKB_KEYCODES,
    "wayland": XKB_KEYCODES,
    "windows": WINDOWS_SCAN_CODES,
    "cocoa": MAC_VIRTUAL_KEYS,
}


def scan_code_table(platform_name: str) -> ScanCodeTable | None:
    """The table for a Qt platform plugin (``QGuiApplication.platformName()``); None when it has none."""
    return _PLATFORM_TABLES.get(platform_name)


def text_from_scan_codes(keys: Sequence[tuple[int, bool]], table: ScanCodeTable) -> str | None:
    """The US text of ``keys`` ((native number, Shift held) each); None when a number is not a text key."""
    chars = []
    for code, shift in keys:
        pair = table.codes.get(code)
        if pair is None:
            return None
        chars.append(pair[1] if shift else pair[0])
    return "".join(chars)
