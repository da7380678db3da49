"""Every key pressed on an X11 desk, read from the X events before Qt's input method can take any away.

On X11 Qt composes dead keys itself (its compose input context) before a window sees the keys: an
AZERTY desk's dead ``^`` never arrives as a key event, and ``^`` then ``é`` arrives as the text
``ế`` sent straight to the focus widget. A US scanner presses those keys for ``[`` and ``{`` (JSON
tickets), so the window alone cannot rebuild such a code. The X events still carry every key: this
log keeps the recent key presses (XKB keycode, Shift, X time) for ``ScannerInputFilter``, which takes
the keys of a burst from it. X times are the timestamps Qt gives the key events.
"""
from __future__ import annotations

import ctypes
from collections import deque

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication

_XCB_EVENT = b"xcb_generic_event_t"
_XCB_KEY_PRESS = 2
_SEND_EVENT_BIT = 0x80
_SHIFT_MASK = 0x1


class _XcbKeyPressEvent(ctypes.Structure):
    """xcb_key_press_event_t (xproto.h)."""

    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("detail", ctypes.c_uint8),  # the keycode
        ("sequence", ctypes.c_uint16),
        ("time", ctypes.c_uint32),
        ("root", ctypes.c_uint32),
        ("event", ctypes.c_uint32),
        ("child", ctypes.c_uint32),
        ("root_x", ctypes.c_int16),
        ("root_y", ctypes.c_int16),
        ("event_x", ctypes.c_int16),
        ("event_y", ctypes.c_int16),
        ("state", ctypes.c_uint16),
        ("same_screen", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
    ]


class XcbKeyLog(QAbstractNativeEventFilter):
    """The last key presses the X server sent this application: (time, keycode, Shift held)."""

    def __init__(self, size: int = 256):
        super().__init__()
        self.presses: deque[tuple[int, int, bool]] = deque(maxlen=size)

    def install(self) -> None:
        QCoreApplication.instance().installNativeEventFilter(self)

    def remove(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:  # gone already when the application shuts down first
            app.removeNativeEventFilter(self)

    def nativeEventFilter(self, event_type, message):
        # message is a pointer object of unknown size, which tests false: compare its address.
        address = int(message)
        if address and bytes(event_type) == _XCB_EVENT:
            kind = ctypes.c_uint8.from_address(address).value & ~_SEND_EVENT_BIT
            if kind == _XCB_KEY_PRESS:
                event = _XcbKeyPressEvent.from_address(address)
                self.presses.append((event.time, event.detail, bool(event.state & _SHIFT_MASK)))
        return False, 0

    def longest_pause(self, since: int, press: tuple[int, int], text_keys) -> int | None:
        """The longest pause between text keys from X time ``since`` to ``press`` (its X time and
        keycode), counting keys no window saw; None when ``press`` is not logged."""
        presses = iter(reversed(self.presses))
        if not any((time, code) == press for time, code, _ in presses):
            return None
        longest, later = 0, press[0]
        for time, code, _ in presses:
            if time <= since:
                break
            if code in text_keys:
                longest, later = max(longest, later - time), time
        return max(longest, later - since)

    def burst_keys(self, first: int, terminator: tuple[int, int], max_gap_ms: int, text_keys) -> list[tuple[int, bool]] | None:
        """(keycode, Shift) of the text keys pressed just before ``terminator`` (its X time and keycode),
        oldest first: back to X time ``first`` (the first key the window saw) and on through keys the
        input method took, while no gap exceeds ``max_gap_ms``. None when the terminator is not logged."""
        presses = iter(reversed(self.presses))
        if not any((time, code) == terminator for time, code, _ in presses):
            return None
        keys: list[tuple[int, bool]] = []
        later = terminator[0]
        for time, code, shift in presses:
            if code not in text_keys:
                continue
            if time < first and later - time > max_gap_ms:
                break
            keys.append((code, shift))
            later = time
        keys.reverse()
        return keys
