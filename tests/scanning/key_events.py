"""Real key events as an X11 desk delivers them: XKB keycodes, the desk layout's text, Shift, timestamps.

``DeskKeyboard`` sends them to a window's QWindow, where Qt's own key events arrive, with timestamps
from its own clock: a US scanner's keys 5–15 ms apart, a person's 120–250 ms apart. With a key log
it also does what X11 and Qt's compose input method do with dead keys (seen on Xvfb with an AZERTY
keymap): every press goes to the log; a dead key's press reaches no window; the letter it combines
with arrives as an input-method event at the focus widget; a key it does not combine with arrives
alone, the dead key lost.
"""
from __future__ import annotations

import random
import unicodedata

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from checkin.scanning.keymaps import XKB_KEYCODES
from checkin.scanning.layouts import DEAD_KEY_MARKS, Layout
from checkin.ui.scanning.native_keys import XcbKeyLog
from tests.scanning.scanner_typing import SPACE, PressedKey, desk_presses, native_code, scanner_presses

XKB_LEFT_SHIFT, XKB_RETURN, XKB_TAB, XKB_KEYPAD_ENTER = 50, 36, 23, 104
TERMINATORS = {
    Qt.Key.Key_Return: (XKB_RETURN, "\r"),
    Qt.Key.Key_Enter: (XKB_KEYPAD_ENTER, "\r"),
    Qt.Key.Key_Tab: (XKB_TAB, "\t"),
}
DEAD_QT_KEYS = {
    "^": Qt.Key.Key_Dead_Circumflex, "¨": Qt.Key.Key_Dead_Diaeresis, '"': Qt.Key.Key_Dead_Diaeresis,
    "´": Qt.Key.Key_Dead_Acute, "'": Qt.Key.Key_Dead_Acute, "`": Qt.Key.Key_Dead_Grave,
    "~": Qt.Key.Key_Dead_Tilde, "ˇ": Qt.Key.Key_Dead_Caron, "°": Qt.Key.Key_Dead_Abovering,
}  # fmt: skip
SCANNER_GAP_MS = (5, 15)
PERSON_GAP_MS = (120, 250)


def qt_key(char: str) -> int:
    """Qt's key code for the key that types ``char`` (Qt names Latin keys by their upper-case letter)."""
    if char == " ":
        return Qt.Key.Key_Space
    return ord(char.upper()) if len(char.upper()) == 1 else ord(char)


class DeskKeyboard:
    """Types into a window the way a desk's keyboard and a US scanner plugged into it would."""

    def __init__(self, window: QWidget, layout: Layout, seed: int | str = 0, key_log: XcbKeyLog | None = None):
        self.window = window
        self.layout = layout
        self.key_log = key_log
        self._dead_waiting = ""
        self.clock = 5_000_000  # ms, like the X server's timestamps
        self.rng = random.Random(seed)

    def send(self, kind: QEvent.Type, key: int, modifiers=Qt.KeyboardModifier.NoModifier, code: int = 0, text: str = "", *, autorepeat: bool = False, at: int | None = None) -> None:
        event = QKeyEvent(kind, key, modifiers, code, 0, 0, text, autorepeat)
        event.setTimestamp(self.clock if at is None else at)
        QApplication.sendEvent(self.window.windowHandle(), event)

    def tap(self, key: int, modifiers=Qt.KeyboardModifier.NoModifier, text: str = "", code: int = 0, *, gap_ms: int = 200) -> None:
        """Press and release one key ``gap_ms`` after the last press."""
        self.clock += gap_ms
        self._dead_waiting = ""  # a key that does not combine ends the dead key's sequence
        self._log(code, bool(modifiers & Qt.KeyboardModifier.ShiftModifier))
        self.send(QEvent.Type.KeyPress, key, modifiers, code, text)
        self.send(QEvent.Type.KeyRelease, key, modifiers, code, text, at=self.clock + 2)

    def scanner(self, us_text: str, terminator: Qt.Key | None = Qt.Key.Key_Return) -> None:
        """A US scanner sends ``us_text`` and, unless None, the terminator key."""
        self._press_all(scanner_presses(us_text, self.layout), SCANNER_GAP_MS, release_ms=(1, 3), first_gap=PERSON_GAP_MS)
        if terminator is not None:
            code, text = TERMINATORS[terminator]
            self.tap(terminator, text=text, code=code, gap_ms=self.rng.randint(*SCANNER_GAP_MS))

    def person(self, desk_text: str, gap_ms: tuple[int, int] = PERSON_GAP_MS) -> None:
        """A person types ``desk_text`` on the desk's own layout."""
        self._press_all(desk_presses(desk_text, self.layout), gap_ms, release_ms=(min(gap_ms) // 3, min(gap_ms) // 2), first_gap=PERSON_GAP_MS)

    def _press_all(self, presses: list[PressedKey], gap_ms, release_ms, first_gap) -> None:
        for index, press in enumerate(presses):
            self.clock += self.rng.randint(*(first_gap if index == 0 else gap_ms))
            self._press(press, self.rng.randint(*release_ms))

    def _log(self, code: int, shift: bool) -> None:
        if self.key_log is not None:
            self.key_log.presses.append((self.clock, code, shift))

    def _press(self, press: PressedKey, release_after: int) -> None:
        code = native_code(XKB_KEYCODES, press.position)
        shift = Qt.KeyboardModifier.ShiftModifier if press.shift else Qt.KeyboardModifier.NoModifier
        desk_char = " " if press.position == SPACE else self.layout.char(press.position, press.shift)
        key = DEAD_QT_KEYS[desk_char] if press.dead else qt_key(desk_char)
        text = press.text
        self._log(code, press.shift)
        if self.key_log is not None:  # X11 with Qt's compose input method
            if press.dead:
                self._dead_waiting = desk_char
                return
            if self._dead_waiting:
                composed = unicodedata.normalize("NFC", desk_char + DEAD_KEY_MARKS[self._dead_waiting])
                self._dead_waiting = ""
                if len(composed) == 1:
                    commit = QInputMethodEvent()
                    commit.setCommitString(composed)
                    QApplication.sendEvent(QApplication.focusWidget(), commit)
                    return
            text = desk_char
        if press.shift:
            self.send(QEvent.Type.KeyPress, Qt.Key.Key_Shift, shift, XKB_LEFT_SHIFT, at=self.clock - 1)
        self.send(QEvent.Type.KeyPress, key, shift, code, text)
        self.send(QEvent.Type.KeyRelease, key, shift, code, text, at=self.clock + release_after)
        if press.shift:
            self.send(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier, XKB_LEFT_SHIFT, at=self.clock + release_after + 1)
