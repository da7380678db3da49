"""What a keyboard-wedge scanner meant: one scan's keys, and the code recovered from them.

The Qt side (checkin.ui.scanning.scanner_input) collects a scan's keys into a ``KeyBurst``; whoever
handles the scan calls ``recover(burst, is_known)`` with its own idea of a known code (a badge code
that verifies, a ticket secret on the list), because only it knows the event. Recovery prefers, in
order: the text rebuilt from scan codes, the text as typed, the one layout reading that is known.

``readings(burst)`` lists those same texts for a caller that looks them all up at once (a door
station, `checkin scan`): the station's window and the command line read a scan the same way.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from checkin.scanning.keymaps import ScanCodeTable, layout_readings, text_from_scan_codes


@dataclass(frozen=True, slots=True)
class KeyBurst:
    """The keys of one scan as the desk received them, terminator left out."""

    typed: str  # the text the desk's layout made of them
    keys: tuple[tuple[int, bool], ...] = ()  # (native key number, Shift held) for each key pressed
    table: ScanCodeTable | None = None  # how to read those numbers; None where the platform gives none

    def scan_code_text(self) -> str | None:
        """The US text the key positions spell, or None without a table or with an unknown key."""
        if self.table is None or not self.keys:
            return None
        return text_from_scan_codes(self.keys, self.table)


def readings(burst: KeyBurst) -> list[str]:
    """Every text a keyboard-wedge scan may stand for, best first: the US text its key positions
    spell, the text the desk typed, then each desk layout's reading. A Station takes the one that
    is a known code, and says "ambiguous" if two name different people.

    A code typed in a terminal is a burst without key positions: ``readings(KeyBurst(text))``."""
    texts = [burst.scan_code_text(), burst.typed, *layout_readings(burst.typed)]
    return list(dict.fromkeys(text for text in texts if text))


class Recovered(StrEnum):
    SCAN_CODES = "scan_codes"  # rebuilt from the key positions
    TYPED = "typed"  # the typed text was already right
    LAYOUT = "layout"  # one desk layout's reverse map gave a known code
    AMBIGUOUS = "ambiguous"  # several layouts gave different known codes
    UNKNOWN = "unknown"  # nothing known: the text is the best guess


@dataclass(frozen=True, slots=True)
class Recovery:
    """The text a scan stands for and how it was found."""

    text: str
    how: Recovered
    candidates: tuple[str, ...] = ()  # the known texts found (several when ambiguous)
    layouts: tuple[str, ...] = ()  # the desk layouts that read the typed text as ``text``

    @property
    def ambiguous(self) -> bool:
        return self.how is Recovered.AMBIGUOUS

    @property
    def known(self) -> bool:
        return self.how is not Recovered.UNKNOWN


def recover(burst: KeyBurst, is_known: Callable[[str], bool]) -> Recovery:
    """The code ``burst`` stands for, given ``is_known(text)``: does that text resolve in this event?"""
    scanned = burst.scan_code_text()
    if scanned is not None and is_known(scanned):
        return Recovery(scanned, Recovered.SCAN_CODES, (scanned,))
    if scanned != burst.typed and is_known(burst.typed):
        return Recovery(burst.typed, Recovered.TYPED, (burst.typed,))
    known = [
        (text, layouts)
        for text, layouts in layout_readings(burst.typed).items()
        if text not in (burst.typed, scanned) and is_known(text)
    ]
    if len(known) == 1:
        text, layouts = known[0]
        return Recovery(text, Recovered.LAYOUT, (text,), layouts)
    if known:
        text, layouts = known[0]
        return Recovery(text, Recovered.AMBIGUOUS, tuple(text for text, _ in known), layouts)
    return Recovery(burst.typed if scanned is None else scanned, Recovered.UNKNOWN)
