"""Keyboard-wedge scanners in a window: a scanner's key burst becomes one scan, a person's typing goes on.

A USB barcode scanner is a keyboard that types a code in a burst (keys 3–16 ms apart) and presses
Enter or Tab. ``ScannerInputFilter`` watches one top-level window's keys and tells the two apart by
the keys' own timestamps, the burst's length and its terminator, whatever widget has focus:

- every text key is held back for a moment; a next key within ``max_gap_ms`` (by timestamp) keeps
  the hold going; a longer gap, a key that types no text, a shortcut (Ctrl/Alt/Meta) or the hold
  timer running out replays the held keys, in order, to the window, which hands them to the focus
  widget as if they had just arrived;
- Enter, Return or Tab ending a fast run of at least ``min_length`` keys is swallowed with the run
  (and the keys' releases), and ``scanned`` carries the run as a ``KeyBurst``.

What the burst means is decided by the core: ``checkin.scanning.wedge.recover(burst, is_known)``,
with the event's own idea of a known code. The filter only collects keys: it cannot know which
codes exist, and keeping that out of the window keeps the rule testable without Qt.

Where it is installed: on the window's ``QWindow``, not on the application. Qt delivers a key first
to the window and then forwards it to the focus widget (and on to its parents when ignored); an
application-wide filter therefore sees each key two or more times, with a different receiver each
time. The ``QWindow`` receives each key exactly once, before any widget, whoever has focus.

Dead keys: input methods compose them before any window sees the keys (Qt's X11 compose, ibus,
macOS). A dead key's press never arrives, and the letter it makes arrives as an input-method event
sent straight to the focus widget. While a burst is held, those events are held with it (their text
is part of the scan); on X11 the burst's keys are read from ``XcbKeyLog``, which sees every key
before the input method does. Elsewhere a key the input method took is missing from the scan codes,
and recovery falls back on the typed text. Badge codes never touch a dead key.

A shortcut without modifier keys (a bare letter) is matched by Qt before any window sees the key, so
a window using this filter should have none.
"""
from __future__ import annotations

from collections import Counter
from typing import Literal

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from checkin.scanning.keymaps import XKB_KEYCODES, ScanCodeTable, scan_code_table
from checkin.scanning.wedge import KeyBurst
from checkin.ui.scanning.native_keys import XcbKeyLog

_TERMINATORS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
# Keys that type nothing themselves; the keys they modify say so in their own modifiers().
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
        Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R,
        Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_Mode_switch,
    }
)  # fmt: skip
_SHORTCUT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
_DEAD_KEYS = range(Qt.Key.Key_Dead_Grave.value, Qt.Key.Key_Dead_Longsolidusoverlay.value + 1)

PLATFORM = "platform"
# The object name of a filter the application's ScanRouter gave a window; a window's own filter,
# made later, replaces it (see checkin.ui.scanning.scan_routing).
ROUTED = "routedScannerInputFilter"


def _key_id(event: QKeyEvent) -> tuple[int, int] | int:
    """What pairs a release with its press: the key's native numbers, or Qt's key without them."""
    if event.nativeScanCode() or event.nativeVirtualKey():
        return event.nativeScanCode(), event.nativeVirtualKey()
    return event.key()


def _address(event: QEvent) -> int:
    return shiboken6.getCppPointer(event)[0]


class ScannerInputFilter(QObject):
    """Turns a keyboard-wedge scanner's bursts in ``window`` into ``scanned`` signals."""

    # A KeyBurst; emitted while the terminator key is being delivered, so a slot must not block.
    scanned = Signal(object)

    def __init__(
        self,
        window: QWidget,
        *,
        table: ScanCodeTable | None | Literal["platform"] = PLATFORM,
        key_log: XcbKeyLog | None | Literal["platform"] = PLATFORM,
        max_gap_ms: int = 35,
        min_length: int = 8,
        hold_ms: int = 100,
    ):
        if not window.isWindow():
            raise ValueError("ScannerInputFilter watches a top-level window")
        super().__init__(window)
        for other in window.findChildren(ScannerInputFilter, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if other is not self and other.objectName() == ROUTED:
                other.retire()
        self._widget = window
        # The native numbers of the platform's key events, or an injected table (tests, offscreen).
        self.table = scan_code_table(QGuiApplication.platformName()) if table == PLATFORM else table
        if key_log == PLATFORM:
            key_log = None
            if QGuiApplication.platformName() == "xcb" and self.table is XKB_KEYCODES:
                key_log = XcbKeyLog()
                key_log.install()
                # Qt must forget the log before Python does.
                self.destroyed.connect(lambda: key_log.remove())
        self._key_log = key_log
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        # Held events with the object each goes to: None for keys (the window), the widget for
        # input-method events (sent straight to the focus widget).
        self._held: list[tuple[QObject | None, QKeyEvent | QInputMethodEvent]] = []
        self._first_press_at = self._last_press_at = 0
        self._replaying: set[int] = set()
        self._swallowed_releases: Counter = Counter()
        # The wall-clock side of the gap: when no next key has come after this long, none is coming.
        self._hold_timer = QTimer(self, singleShot=True, interval=hold_ms)
        self._hold_timer.timeout.connect(self._replay_held)
        self._window_handle: QWindow | None = None
        window.installEventFilter(self)
        self._attach()
        self._focus: QWidget | None = None
        self._on_focus_changed(None, window.focusWidget())
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def retire(self) -> None:
        """Stop watching the window (its held keys delivered first) and go."""
        self._replay_held()
        QApplication.instance().focusChanged.disconnect(self._on_focus_changed)
        for watched in (self._widget, self._window_handle, self._focus):
            if watched is not None and shiboken6.isValid(watched):
                watched.removeEventFilter(self)
        self._window_handle = self._focus = None
        self.setParent(None)
        self.deleteLater()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Watch the focus widget of this window for input-method events."""
        if self._focus is not None and shiboken6.isValid(self._focus):
            self._focus.removeEventFilter(self)
        self._focus = new if new is not None and new.window() is self._widget else None
        if self._focus is not None:
            self._focus.installEventFilter(self)

    def _attach(self) -> None:
        """Watch the window's current QWindow (made when the window is first shown, remade rarely)."""
        handle = self._widget.windowHandle()
        if handle is self._window_handle:
            return
        if self._window_handle is not None and shiboken6.isValid(self._window_handle):
            self._window_handle.removeEventFilter(self)
        self._window_handle = handle
        if handle is not None:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._focus and kind == QEvent.Type.InputMethod:
            return self._on_input_method(watched, event)
        if watched is self._widget:
            if kind in (QEvent.Type.Show, QEvent.Type.WinIdChange):
                self._attach()
            return False
        if watched is not self._window_handle or kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if _address(event) in self._replaying:
            return False
        if kind == QEvent.Type.KeyRelease:
            return self._on_release(event)
        return self._on_press(event)

    def _on_press(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False
        self._swallowed_releases.pop(_key_id(event), None)  # pressed again: its release came long ago
        if event.modifiers() & _SHORTCUT_MODIFIERS or event.isAutoRepeat():
            self._replay_held()
            return False
        if self._held and not 0 <= self._pause_before((event.timestamp(), event.nativeScanCode())) <= self.max_gap_ms:
            self._replay_held()
        if key in _TERMINATORS:
            if self._held_presses() >= self.min_length:
                self._emit_burst(event)
                return True
            self._replay_held()
            return False
        text = event.text()
        if not (text and text.isprintable()) and key not in _DEAD_KEYS:
            self._replay_held()
            return False
        if not self._held:
            self._first_press_at = event.timestamp()
        self._held.append((None, QKeyEvent(event)))
        self._last_press_at = event.timestamp()
        self._hold_timer.start()
        return True

    def _on_input_method(self, receiver: QWidget, event: QInputMethodEvent) -> bool:
        """Text an input method made of keys during a burst is the burst's: hold it with the keys."""
        if _address(event) in self._replaying:
            return False
        if self._key_log is not None and self._key_log.presses:
            # On X11 the log tells when the key it came from was pressed: time it like a key press.
            pressed_at, code, _ = self._key_log.presses[-1]
            if self._held and not 0 <= self._pause_before((pressed_at, code)) <= self.max_gap_ms:
                self._replay_held()
            if not self._held:
                if not event.commitString():
                    return False
                self._first_press_at = pressed_at
            self._last_press_at = pressed_at
            self._hold_timer.start()
        elif not self._held:
            return False
        self._held.append((receiver, QInputMethodEvent(event)))
        return True

    def _pause_before(self, press: tuple[int, int]) -> int:
        """The longest pause since the last held key before ``press`` (X time, native number): on
        X11 the keys an input method took count too (a dead key is no pause in a burst)."""
        pause = None
        if self._key_log is not None and self.table is not None:
            pause = self._key_log.longest_pause(self._last_press_at, press, self.table.codes)
        return press[0] - self._last_press_at if pause is None else pause

    def _on_release(self, event: QKeyEvent) -> bool:
        if self._held:
            self._held.append((None, QKeyEvent(event)))
            return True
        key_id = _key_id(event)
        if self._swallowed_releases[key_id] > 0:
            self._swallowed_releases[key_id] -= 1
            return True
        return False

    def _held_presses(self) -> int:
        return sum(1 for _, event in self._held if event.type() == QEvent.Type.KeyPress)

    def _emit_burst(self, terminator: QKeyEvent) -> None:
        self._hold_timer.stop()
        held, self._held = [event for _, event in self._held], []
        presses = [event for event in held if event.type() == QEvent.Type.KeyPress]
        releases = [event for event in held if event.type() == QEvent.Type.KeyRelease]
        # Releases still to come belong to the scan too: a button would click on Space's release.
        self._swallowed_releases.update(Counter(map(_key_id, presses)) - Counter(map(_key_id, releases)))
        self._swallowed_releases[_key_id(terminator)] += 1
        typed = "".join(event.commitString() if isinstance(event, QInputMethodEvent) else event.text() for event in held if event.type() != QEvent.Type.KeyRelease)
        self.scanned.emit(KeyBurst(typed, self._burst_keys(presses, terminator), self.table))

    def _burst_keys(self, presses: list[QKeyEvent], terminator: QKeyEvent) -> tuple[tuple[int, bool], ...]:
        """(native number, Shift) of each key of the burst: from the X events where they are logged
        (they include the dead keys an input method took), else from the key events."""
        if self._key_log is not None and self.table is not None:
            logged = self._key_log.burst_keys(
                self._first_press_at, (terminator.timestamp(), terminator.nativeScanCode()), self.max_gap_ms, self.table.codes
            )
            if logged is not None:
                return tuple(logged)
        virtual = self.table is not None and self.table.virtual_keys
        return tuple(
            (event.nativeVirtualKey() if virtual else event.nativeScanCode(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            for event in presses
        )

    def _replay_held(self) -> None:
        """Deliver the held keys, in order, as a person's typing: the window gives them to the focus widget."""
        self._hold_timer.stop()
        held, self._held = self._held, []
        handle = self._window_handle
        if handle is None or not shiboken6.isValid(handle):
            return
        for receiver, event in held:
            target = handle if receiver is None else receiver
            if not shiboken6.isValid(target):
                continue
            address = _address(event)
            self._replaying.add(address)
            try:
                QCoreApplication.sendEvent(target, event)
            finally:
                self._replaying.discard(address)
