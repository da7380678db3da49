"""A US-layout scanner on a desk layout, simulated: the keys it presses and what the desk types.

Dead keys follow the Windows and macOS behaviour described in checkin/scanning/layouts.py: a dead key
types nothing; the next key gives the combined letter, or the dead key's character followed by its
own; a dead key last in a code types its own character (the terminator does not combine).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from checkin.scanning.keymaps import ScanCodeTable
from checkin.scanning.layouts import DEAD_KEY_MARKS, KEY_COUNT, US, Layout

SPACE = KEY_COUNT  # the space bar's position, after the 47 character keys


@dataclass(frozen=True)
class PressedKey:
    position: int  # US key position, 0–46, or SPACE
    shift: bool
    text: str  # what the desk types on this press ("" for a dead key waiting for the next key)
    dead: bool  # a dead key on the desk layout


def us_key(char: str) -> tuple[int, bool]:
    """The US key position and Shift state that type ``char`` on a US keyboard."""
    if char == " ":
        return SPACE, False
    for shift, row in ((False, US.unshifted), (True, US.shifted)):
        if char in row:
            return row.index(char), shift
    raise ValueError(f"a US keyboard has no key for {char!r}")


def scanner_presses(us_text: str, layout: Layout) -> list[PressedKey]:
    """The key presses of a US scanner sending ``us_text``, and what each types on ``layout``."""
    presses: list[PressedKey] = []
    waiting = ""  # the character of the dead key pressed just before
    for char in us_text:
        position, shift = us_key(char)
        desk = " " if position == SPACE else layout.char(position, shift)
        if position != SPACE and desk in layout.dead:
            if waiting:  # two dead keys in a row type both characters
                presses.append(PressedKey(position, shift, waiting + desk, True))
                waiting = ""
            else:
                presses.append(PressedKey(position, shift, "", True))
                waiting = desk
            continue
        if waiting:
            composed = unicodedata.normalize("NFC", desk + DEAD_KEY_MARKS[waiting])
            text = waiting if desk == " " else composed if len(composed) == 1 else waiting + desk
            waiting = ""
        else:
            text = desk
        presses.append(PressedKey(position, shift, text, False))
    if waiting:
        last = presses[-1]
        presses[-1] = PressedKey(last.position, last.shift, waiting, True)
    return presses


def type_on(layout: Layout, us_text: str) -> str:
    """What a desk on ``layout`` types when a US scanner sends ``us_text``."""
    return "".join(press.text for press in scanner_presses(us_text, layout))


def desk_presses(desk_text: str, layout: Layout) -> list[PressedKey]:
    """The keys a person presses to type ``desk_text`` on their own ``layout`` (no dead keys)."""
    presses = []
    for char in desk_text:
        if char == " ":
            presses.append(PressedKey(SPACE, False, " ", False))
            continue
        for shift, row in ((False, layout.unshifted), (True, layout.shifted)):
            if char in row and char not in layout.dead:
                presses.append(PressedKey(row.index(char), shift, char, False))
                break
        else:
            raise ValueError(f"layout {layout.name} has no key of its own for {char!r}")
    return presses


def native_code(table: ScanCodeTable, position: int) -> int:
    """The native number ``table`` gives the key at US ``position``."""
    wanted = (" ", " ") if position == SPACE else (US.char(position, False), US.char(position, True))
    return next(code for code, pair in table.codes.items() if pair == wanted)
