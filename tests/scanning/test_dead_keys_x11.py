"""Dead keys on an X11 desk: the keys an input method takes are read from the X events' log.

Emulates what Xvfb with an AZERTY keymap showed Qt doing (tests/scanning/key_events.py): a dead key
reaches no window, ^ then é arrives as the text ế at the focus widget.
"""
from __future__ import annotations

import ctypes

import pytest
from PySide6.QtCore import QByteArray

from checkin.scanning.keymaps import XKB_KEYCODES
from checkin.scanning.layouts import LAYOUTS
from checkin.scanning.wedge import Recovered, recover
from checkin.ui.scanning.native_keys import XcbKeyLog, _XcbKeyPressEvent
from checkin.ui.scanning.scanner_input import ScannerInputFilter
from tests.scanning.key_events import DeskKeyboard
from tests.scanning.sample_codes import known, sample_codes
from tests.scanning.test_scanner_input import window  # noqa: F401  (the fixture)

XCB = QByteArray(b"xcb_generic_event_t")


def x_event(kind: int, keycode: int, time: int, state: int = 0) -> _XcbKeyPressEvent:
    return _XcbKeyPressEvent(response_type=kind, detail=keycode, time=time, state=state)


def test_the_log_keeps_key_presses_from_x_events():
    log = XcbKeyLog()
    events = [x_event(2, 38, 100), x_event(3, 38, 103), x_event(2, 24, 110, state=0x1), x_event(0x82, 25, 120), x_event(6, 0, 130)]
    for event in events:
        assert log.nativeEventFilter(XCB, ctypes.addressof(event)) == (False, 0)
    log.nativeEventFilter(QByteArray(b"windows_generic_MSG"), ctypes.addressof(x_event(2, 26, 140)))
    assert list(log.presses) == [(100, 38, False), (110, 24, True), (120, 25, False)]


def test_a_burst_reaches_back_through_keys_the_window_never_saw():
    log = XcbKeyLog()
    # A person's key, a pause, a dead key the input method took (34), the keys the window saw, Return.
    log.presses.extend([(1000, 38, False), (1400, 34, True), (1409, 48, True), (1420, 31, False), (1431, 36, False)])
    text_keys = XKB_KEYCODES.codes
    assert log.burst_keys(1409, (1431, 36), 35, text_keys) == [(34, True), (48, True), (31, False)]
    assert log.burst_keys(1409, (1500, 36), 35, text_keys) is None


def install(window, log):  # noqa: F811
    scanner_filter = ScannerInputFilter(window, table=XKB_KEYCODES, key_log=log, hold_ms=30)
    bursts: list = []
    scanner_filter.scanned.connect(bursts.append)
    return scanner_filter, bursts


@pytest.mark.parametrize("layout_name", ["fr", "be", "de", "ch_de", "ch_fr", "us_intl"])
def test_json_and_base64_tickets_come_back_whole_and_leave_the_search_box_alone(qtbot, window, layout_name):  # noqa: F811
    log = XcbKeyLog()
    scanner_filter, bursts = install(window, log)
    keyboard = DeskKeyboard(window, LAYOUTS[layout_name], seed=layout_name, key_log=log)
    codes = sample_codes(f"x11 {layout_name}")
    scans = [codes["indico"], "[e" + codes["pretix_signed"], codes["url"]]
    for segment, code in zip(["Le", "gr", "and"], scans):
        keyboard.person(segment)
        with qtbot.waitSignal(scanner_filter.scanned, timeout=2000):
            keyboard.scanner(code)
    qtbot.waitUntil(lambda: window.search.text() == "Legrand")
    recoveries = [recover(burst, known(*scans)) for burst in bursts]
    assert [(r.text, r.how) for r in recoveries] == [(code, Recovered.SCAN_CODES) for code in scans]


def test_a_letter_a_person_composes_with_a_dead_key_reaches_the_search_box(qtbot, window):  # noqa: F811
    log = XcbKeyLog()
    _, bursts = install(window, log)
    keyboard = DeskKeyboard(window, LAYOUTS["fr"], key_log=log)
    keyboard.scanner("[eve", terminator=None)  # the dead ^ then e, v, e: what a person types for êve
    qtbot.waitUntil(lambda: window.search.text() == "êve")
    assert bursts == []
