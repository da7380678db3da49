"""A keyboard-wedge scanner in a real window: scans become signals, a person's typing reaches the widget."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from checkin.scanning.keymaps import XKB_KEYCODES
from checkin.scanning.layouts import LAYOUTS
from checkin.scanning.wedge import Recovered, recover
from checkin.ui.scanning.scanner_input import ScannerInputFilter
from tests.scanning.key_events import DeskKeyboard
from tests.scanning.sample_codes import known, sample_codes
from tests.scanning.scanner_typing import type_on

NAMES = ["Zoé", "Bernard", "Charlotte", "Dimitri", "Eva"]


class KeyRecorder(QObject):
    """The key events a widget receives, as (type, key, modifiers, text)."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.events: list[tuple[QEvent.Type, int, Qt.KeyboardModifier, str]] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            self.events.append((event.type(), event.key(), event.modifiers(), event.text()))
        return False

    def pressed(self) -> list[tuple[int, Qt.KeyboardModifier, str]]:
        return [(key, modifiers, text) for kind, key, modifiers, text in self.events if kind == QEvent.Type.KeyPress]


class DeskWindow(QWidget):
    """A desk-like window: a search box, a button and a table of people."""

    def __init__(self):
        super().__init__()
        self.search = QLineEdit()
        self.button = QPushButton("Print badge")
        self.people = QStandardItemModel()
        for name in NAMES:
            self.people.appendRow(QStandardItem(name))
        self.table = QTableView()
        self.table.setModel(self.people)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)  # typing a letter searches the names
        layout = QVBoxLayout(self)
        for widget in (self.search, self.button, self.table):
            layout.addWidget(widget)


@pytest.fixture
def window(qtbot):
    window = DeskWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.search.setFocus()
    qtbot.waitUntil(window.search.hasFocus)
    return window


def install(window, table=XKB_KEYCODES) -> tuple[ScannerInputFilter, list]:
    scanner_filter = ScannerInputFilter(window, table=table, hold_ms=30)
    bursts: list = []
    scanner_filter.scanned.connect(bursts.append)
    return scanner_filter, bursts


@pytest.mark.parametrize("table", [XKB_KEYCODES, None], ids=["scan-codes", "text-only"])
@pytest.mark.parametrize("layout_name", ["us", "fr", "be", "de", "ch_de", "ch_fr"])
def test_scans_between_a_persons_typing_in_the_search_box(qtbot, window, layout_name, table):
    scanner_filter, bursts = install(window, table)
    keyboard = DeskKeyboard(window, LAYOUTS[layout_name], seed=layout_name)
    codes = sample_codes(layout_name)
    scans = [
        (codes["badge"], Qt.Key.Key_Return),
        (codes["pretix"], Qt.Key.Key_Tab),
        (codes["indico"], Qt.Key.Key_Enter),
        (codes["pretix_signed"], Qt.Key.Key_Return),
        (codes["url"], Qt.Key.Key_Return),
    ]
    segments = ["Du", "pont", "-Ma", "r", "ie"]
    typed = ""
    for segment, (code, terminator) in zip(segments, scans):
        keyboard.person(segment)
        typed += segment
        with qtbot.waitSignal(scanner_filter.scanned, timeout=2000):
            keyboard.scanner(code, terminator)
        # The person's keys before the scan are in the box; none of the scan's keys are.
        assert window.search.text() == typed
    keyboard.person("-Lou")
    qtbot.waitUntil(lambda: window.search.text() == "Dupont-Marie-Lou")

    every_code = [code for code, _ in scans]
    recoveries = [recover(burst, known(*every_code)) for burst in bursts]
    assert [recovery.text for recovery in recoveries] == every_code
    expected_ways = {Recovered.SCAN_CODES} if table else {Recovered.TYPED, Recovered.LAYOUT}
    assert {recovery.how for recovery in recoveries} <= expected_ways
    assert window.search.hasFocus()


def test_a_burst_without_terminator_is_typing_after_all(qtbot, window):
    _, bursts = install(window)
    keyboard = DeskKeyboard(window, LAYOUTS["fr"])
    code = sample_codes(1)["pretix"]
    keyboard.scanner(code, terminator=None)
    qtbot.waitUntil(lambda: window.search.text() == type_on(LAYOUTS["fr"], code))
    assert bursts == []


def test_a_fast_typists_short_word_and_enter_is_not_a_scan(qtbot, window):
    _, bursts = install(window)
    keyboard = DeskKeyboard(window, LAYOUTS["de"])
    with qtbot.waitSignal(window.search.returnPressed, timeout=2000):
        keyboard.person("hallo", gap_ms=(25, 34))
        keyboard.tap(Qt.Key.Key_Return, text="\r", code=36, gap_ms=30)
    assert window.search.text() == "hallo"
    assert bursts == []


@pytest.mark.parametrize(("length", "is_scan"), [(7, False), (8, True)])
def test_a_scan_is_at_least_eight_keys_long(qtbot, window, length, is_scan):
    _, bursts = install(window)
    keyboard = DeskKeyboard(window, LAYOUTS["us"])
    digits = "20250417"[:length]
    keyboard.scanner(digits)
    assert window.search.text() == ("" if is_scan else digits)
    assert [burst.typed for burst in bursts] == ([digits] if is_scan else [])


def test_ctrl_p_passes_straight_through_after_the_keys_before_it(qtbot, window):
    install(window)
    recorder = KeyRecorder(window.search)
    keyboard = DeskKeyboard(window, LAYOUTS["fr"])
    keyboard.person("a")
    keyboard.tap(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier, "\x10", code=33, gap_ms=150)
    keyboard.scanner("bcd", terminator=None)
    keyboard.tap(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier, "\x10", code=33, gap_ms=8)
    # Delivered at once, without waiting for the hold to run out, and in the order they were typed.
    assert recorder.pressed() == [
        (Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
        (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier, "\x10"),
        (Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier, "b"),
        (Qt.Key.Key_C, Qt.KeyboardModifier.NoModifier, "c"),
        (Qt.Key.Key_D, Qt.KeyboardModifier.NoModifier, "d"),
        (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier, "\x10"),
    ]


def test_a_held_key_repeating_is_a_person(window):
    install(window)
    keyboard = DeskKeyboard(window, LAYOUTS["us"])
    keyboard.person("x")
    for _ in range(3):
        keyboard.clock += 33
        keyboard.send(QEvent.Type.KeyPress, Qt.Key.Key_X, code=53, text="x", autorepeat=True)
    assert window.search.text() == "xxxx"


def test_a_scan_with_focus_on_a_button_neither_clicks_nor_moves_focus(qtbot, window):
    scanner_filter, bursts = install(window)
    window.button.setFocus()
    qtbot.waitUntil(window.button.hasFocus)
    recorder = KeyRecorder(window.button)
    clicks: list = []
    window.button.clicked.connect(lambda: clicks.append(True))
    keyboard = DeskKeyboard(window, LAYOUTS["be"])
    code = sample_codes(2)["registration_id"] + " 17"  # the space bar would click the button
    with qtbot.waitSignal(scanner_filter.scanned, timeout=2000):
        keyboard.scanner(code, terminator=Qt.Key.Key_Tab)
    assert recover(bursts[0], known(code)).text == code
    assert window.button.hasFocus()
    assert recorder.events == []
    assert clicks == []


def test_a_scan_with_focus_on_the_table_leaves_the_current_row(qtbot, window):
    _, bursts = install(window)
    window.table.setFocus()
    window.table.setCurrentIndex(window.people.index(0, 0))
    qtbot.waitUntil(window.table.hasFocus)
    keyboard = DeskKeyboard(window, LAYOUTS["ch_de"])
    code = sample_codes(3)["badge"]  # starts with B, as Bernard does
    keyboard.scanner(code)
    assert [burst.typed for burst in bursts] == [code]
    assert window.table.currentIndex().row() == 0
    # The same key from a person does reach the table, which jumps to Bernard.
    keyboard.person("B")
    qtbot.waitUntil(lambda: window.table.currentIndex().row() == NAMES.index("Bernard"))


def test_the_platform_decides_the_table_and_only_windows_are_watched(window):
    assert ScannerInputFilter(window).table is None  # offscreen gives no native key numbers
    with pytest.raises(ValueError):
        ScannerInputFilter(window.search)
