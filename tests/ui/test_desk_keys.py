"""The desk at 8:30: a scanner fires into whatever has the focus and people type fast; no keystroke
changes the wrong record, and every action says what it did where the eye is.

The keys are real key events sent to each window's QWindow, as a keyboard delivers them: a US scanner's
3–16 ms apart with XKB scan codes, a person's 120–250 ms apart (tests/scanning/key_events.py).
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QVBoxLayout

from checkin.domain.verdicts import ENTRANCE
from checkin.scanning.keymaps import XKB_KEYCODES
from checkin.scanning.layouts import LAYOUTS
from checkin.services import attendees as attendee_service
from checkin.services.presence import checked_in_at
from checkin.ui.attendee_dialog import AttendeeDialog
from checkin.ui.scanning.scan_routing import ScanNotice, install_scan_router
from tests.scanning.key_events import DeskKeyboard
from tests.ui.station_event import WORKSHOP_ID, lane, open_desk, open_station, station_event, station_settings  # noqa: F401


@pytest.fixture(autouse=True)
def scan_codes(qapp):
    """Bursts carry X11 scan codes, as on a Linux desk (the offscreen platform has none of its own)."""
    router = install_scan_router()
    before, router.table = router.table, XKB_KEYCODES
    yield
    router.table = before


@pytest.fixture
def desk(qtbot, tmp_path, languages):
    window, made = open_desk(qtbot, tmp_path, languages)
    qtbot.waitUntil(lambda: window.model.search_ready, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window, made
    window.close()


def active_dialog(qtbot, kind=AttendeeDialog):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), kind))
    return QApplication.activeWindow()


def keyboard_for(window, layout: str = "us", seed: int = 0) -> DeskKeyboard:
    return DeskKeyboard(window, LAYOUTS[layout], seed=seed)


def notice_of(window) -> str:
    found = window.findChild(ScanNotice)
    return found.text() if found is not None and found.isVisible() else ""


# ---- scanner bursts are never text ---------------------------------------------------------------


@pytest.mark.parametrize("layout", ["us", "fr"])
def test_a_badge_scanned_into_a_half_typed_walk_in_at_a_door_checks_its_owner_in(qtbot, open_station, station_event, layout):
    """Issue 12, item 1: "Jan" typed, a badge scanned: the code went into the name and its Enter saved."""
    window = open_station()
    window.menus.walk_in.trigger()
    dialog = active_dialog(qtbot)
    first_name = dialog._edits["first_name"]
    qtbot.waitUntil(first_name.hasFocus)
    keys = keyboard_for(dialog, layout)
    keys.person("Jan")
    qtbot.waitUntil(lambda: first_name.text() == "Jan")
    added = []
    window.attendee_added.connect(added.append)
    with qtbot.waitSignal(window.flow.scanned, timeout=10_000) as scanned:
        keys.scanner(station_event.code("Hélène"))
    result = scanned.args[0]
    assert result.attendee.id == station_event.person("Hélène").id, "the badge's owner, checked in at the door"
    assert first_name.text() == "Jan" and dialog.isVisible(), "nothing typed into the form, nothing submitted"
    assert "nothing here was changed" in notice_of(dialog)
    qtbot.wait(200)
    assert added == []
    assert len(attendee_service.list_attendees(station_event.db)) == len(station_event.attendees)
    # The person goes on typing; their own Enter still saves the walk-in.
    keys.person("ek")
    qtbot.waitUntil(lambda: first_name.text() == "Janek")
    with qtbot.waitSignal(window.attendee_added, timeout=10_000) as walk_in:
        keys.tap(Qt.Key.Key_Return, text="\r", code=36, gap_ms=300)
    assert walk_in.args[0].first_name == "Janek"


def test_a_badge_scanned_at_the_desk_finds_the_person_and_ctrl_return_checks_them_in(qtbot, desk):
    window, event = desk
    search = window.desk.search_edit
    search.setFocus()
    keys = keyboard_for(window, "fr", seed=3)
    keys.person("Hel")  # someone started typing a name…
    qtbot.waitUntil(lambda: search.text() == "Hel")
    helene = event.person("Hélène")
    with qtbot.waitSignal(window.codes.found, timeout=10_000):
        keys.scanner(event.code("Hélène"))  # …and a badge is scanned
    assert window.current_attendee().id == helene.id and window.model.rowCount() == 1
    panel = window.desk.detail_panel
    assert panel.notice_text() == "Badge scanned: Hélène Lefèvre-Dupré. Ctrl+Return checks them in."
    assert helene.id not in checked_in_at(window.loaded.db), "a scan at the desk finds, it does not check in"
    keys.tap(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier, code=36)
    qtbot.waitUntil(lambda: panel.notice_text().startswith("✓ Checked in at "), timeout=10_000)
    assert helene.id in checked_in_at(window.loaded.db)
    # The next person types their name over the code: the search box holds it selected.
    keys.person("john")
    qtbot.waitUntil(lambda: search.text() == "john")


def test_a_badge_code_typed_in_the_search_finds_its_owner(qtbot, desk):
    """Issue 12, item 4: a badge code found no one and invited a duplicate walk-in."""
    window, event = desk
    code = event.code("Γιώργος")
    qtbot.keyClicks(window.desk.search_edit, code.lower())
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.current_attendee() is not None, timeout=10_000)
    assert window.current_attendee().id == event.person("Γιώργος").id
    window.desk.search_edit.clear()
    qtbot.keyClicks(window.desk.search_edit, "BCDEFGHIJKLNOPRSTUVXBCDEFGHIJ")  # the shape, not a signature
    qtbot.waitUntil(lambda: "not a valid badge" in window.desk.count_label.text(), timeout=10_000)
    assert "walk-in" not in window.desk.count_label.text().replace("registering a walk-in", "")


def test_a_scan_into_the_edit_dialog_changes_nothing_in_it_and_finds_the_person_behind(qtbot, desk):
    window, event = desk
    window.desk.select_attendee(event.person("Вячеслав").id)
    window.menus.edit.trigger()
    dialog = active_dialog(qtbot)
    city = dialog._edits["city"]
    city.setFocus()
    keys = keyboard_for(dialog, "de", seed=5)
    keys.person("Wien")
    qtbot.waitUntil(lambda: city.text() == "Wien")
    with qtbot.waitSignal(window.codes.found, timeout=10_000):
        keys.scanner(event.code("Małgorzata"))
    assert city.text() == "Wien" and dialog.isVisible() and dialog.result() == 0
    assert "went to the window behind" in notice_of(dialog)
    assert window.current_attendee().id == event.person("Małgorzata").id
    dialog.done(QDialog.DialogCode.Rejected)
    stored = {a.id: a for a in attendee_service.list_attendees(window.loaded.db)}
    assert stored[event.person("Вячеслав").id].city == "", "the edit was not saved by the scan's Enter"


def test_a_scan_in_a_window_without_a_scan_path_is_refused_with_a_message(qtbot, qapp):
    lone = QDialog()
    qtbot.addWidget(lone)
    field = QLineEdit(lone)
    QVBoxLayout(lone).addWidget(field)
    accepted = []
    lone.accepted.connect(lambda: accepted.append(True))
    lone.show()
    lone.activateWindow()
    qtbot.waitUntil(lone.isActiveWindow)
    field.setFocus()
    router = install_scan_router()
    with qtbot.waitSignal(router.refused, timeout=5000):
        keyboard_for(lone).scanner("BCDEFGHIJKLNOPRSTUVX")
    assert field.text() == "" and not accepted
    box = lone.findChild(QMessageBox)
    assert box is not None and "cannot use it" in box.text()
    box.close()


def test_a_person_typing_fast_in_a_dialog_loses_no_key_and_enter_still_works(qtbot, desk):
    window, _event = desk
    window.menus.walk_in.trigger()
    dialog = active_dialog(qtbot)
    keys = keyboard_for(dialog, "fr", seed=9)
    keys.person("Zoé", gap_ms=(40, 70))  # a fast typist, just slower than a scanner
    keys.tap(Qt.Key.Key_Tab, text="\t", code=23, gap_ms=80)
    keys.person("Novak", gap_ms=(40, 70))
    qtbot.waitUntil(lambda: dialog._edits["last_name"].text() == "Novak")
    assert dialog._edits["first_name"].text() == "Zoé"
    with qtbot.waitSignal(window.walk_in_added, timeout=10_000):
        keys.tap(Qt.Key.Key_Return, text="\r", code=36, gap_ms=150)


# ---- Enter and the shortcuts do one predictable thing --------------------------------------------


def test_enter_in_the_search_only_picks_and_ctrl_e_edits(qtbot, desk):
    """Issue 12, item 2: Enter twice opened Edit with the name selected; the next search renamed the person."""
    window, event = desk
    search = window.desk.search_edit
    qtbot.keyClicks(search, "kuznetsov")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.findChild(AttendeeDialog) is None
    assert window.current_attendee().id == event.person("Вячеслав").id
    # Typing in the results starts a new search: the table's jump-to-row would pick someone else.
    assert window.desk.table.hasFocus()
    qtbot.keyClick(window.desk.table, "s")
    assert search.hasFocus() and search.text() == "s"
    qtbot.keyClicks(search, "mith")
    assert search.text() == "smith"
    assert window.current_attendee().last_name == "Smith"
    assert window.desk.detail_panel.edit_button.toolTip() == "Change this attendee's details (Ctrl+E)"


def test_ctrl_return_right_after_a_walk_in_checks_that_walk_in_in(qtbot, desk):
    """Issue 12, item 3: Ctrl+Return after adding a walk-in opened Edit."""
    window, _event = desk
    window.menus.walk_in.trigger()
    dialog = active_dialog(qtbot)
    dialog.check_in_box.setChecked(False)
    qtbot.keyClicks(dialog._edits["last_name"], "Horvat")
    with qtbot.waitSignal(window.walk_in_added, timeout=10_000):
        qtbot.keyClick(dialog._edits["last_name"], Qt.Key.Key_Return)
    window.activateWindow()  # the window manager's part, which the offscreen platform leaves out
    qtbot.waitUntil(window.isActiveWindow)
    horvat = window.current_attendee()
    assert horvat.last_name == "Horvat"
    panel = window.desk.detail_panel
    assert panel.notice_text().startswith("Walk-in added at ")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.notice_text().startswith("✓ Checked in at "), timeout=10_000)
    assert window.findChild(AttendeeDialog) is None
    assert horvat.id in checked_in_at(window.loaded.db)


def test_escape_on_a_half_typed_walk_in_asks_first(qtbot, desk):
    window, _event = desk
    window.menus.walk_in.trigger()
    dialog = active_dialog(qtbot)
    qtbot.keyClicks(dialog._edits["first_name"], "Ana")
    qtbot.keyClick(dialog._edits["first_name"], Qt.Key.Key_Escape)
    question = active_dialog(qtbot, QMessageBox)
    assert question.text() == "Discard this walk-in? What was typed will be lost."
    assert question.defaultButton().text() == "Keep editing"
    qtbot.keyClick(question, Qt.Key.Key_Return)  # Enter keeps it
    assert dialog.isVisible() and dialog._edits["first_name"].text() == "Ana"
    qtbot.keyClick(dialog._edits["first_name"], Qt.Key.Key_Escape)
    question = active_dialog(qtbot, QMessageBox)
    next(b for b in question.buttons() if b.text() == "Discard").click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # An untouched form closes at once.
    window.menus.walk_in.trigger()
    empty = active_dialog(qtbot)
    qtbot.keyClick(empty._edits["first_name"], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not empty.isVisible())


def test_a_walk_in_at_the_desk_says_a_full_session_before_booking_it(qtbot, desk):
    window, _event = desk
    window.menus.walk_in.trigger()
    dialog = active_dialog(qtbot)
    dialog.check_in_box.setChecked(False)
    dialog._edits["last_name"].setText("Kovač")
    row = next(r for r in range(dialog.sessions_list.count())
               if dialog.sessions_list.item(r).data(Qt.ItemDataRole.UserRole) == WORKSHOP_ID)
    dialog.sessions_list.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    assert "is full (2 of 1 places taken)" in dialog.error_label.text()
    qtbot.wait(100)
    assert window.model.total_count() == 6, "nothing booked yet"
    with qtbot.waitSignal(window.walk_in_added, timeout=10_000):
        dialog.save()


def test_a_double_click_in_the_stations_name_list_only_chooses(qtbot, open_station, station_event):
    """Issue 12, item 13: the list shifted under the pointer and the wrong person was checked in."""
    window = open_station()
    panel = window.manual_panel
    qtbot.waitUntil(lambda: panel.model.search_ready, timeout=10_000)
    panel.focus_search()
    qtbot.keyClicks(panel.search_edit, "a")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 1)
    scanned = []
    window.flow.scanned.connect(scanned.append)
    index = panel.model.index(1, 0)
    rect = panel.table.visualRect(index)
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(300)
    assert scanned == []
    chosen = panel.current_attendee()
    assert panel.check_in_button.text() == f"Check in {chosen.full_name[:27] + '…' if len(chosen.full_name) > 28 else chosen.full_name} (Enter)"
    with qtbot.waitSignal(window.flow.scanned, timeout=10_000) as done:
        panel.check_in_button.click()
    assert done.args[0].attendee.id == chosen.id


def test_a_scan_into_the_import_dialog_starts_no_import(qtbot, desk):
    """The import button is the dialog's default: a scan's Enter must not press it."""
    from pathlib import Path

    from checkin.ui.import_dialog import ImportDialog

    window, event = desk
    sample = Path(__file__).resolve().parent.parent / "data" / "pretix_style_checkin_list.csv"
    dialog = window.import_registration_list(str(sample))
    qtbot.waitUntil(lambda: dialog.mapping_ready, timeout=10_000)
    dialog.activateWindow()
    active_dialog(qtbot, ImportDialog)
    dialog.import_button.setFocus()
    with qtbot.waitSignal(window.codes.found, timeout=10_000):
        keyboard_for(dialog, "de", seed=2).scanner(event.code("Вячеслав"))
    qtbot.wait(300)
    assert not dialog.running and dialog.isVisible() and dialog.import_button.isVisible(), "no import started"
    assert window.current_attendee().id == event.person("Вячеслав").id
    assert len(attendee_service.list_attendees(window.loaded.db)) == len(event.attendees)
    dialog.reject()


def test_an_undo_at_the_door_shows_on_the_desk_where_the_eye_is(qtbot, desk):
    window, event = desk
    setup = window.station_actions.open_station()
    setup.door_list.setCurrentRow(0)
    setup.station_edit.setText("Door A")
    setup.operator_edit.setText("amina")
    setup.accept()
    station = window.station_actions.station_window
    qtbot.waitUntil(lambda: station.flow is not None and station.flow.checkpoint is not None, timeout=10_000)
    helene = event.person("Hélène")
    with qtbot.waitSignal(station.scanned, timeout=10_000):
        station.submit_scan([event.code("Hélène")])
    window.desk.select_attendee(helene.id)
    with qtbot.waitSignal(station.undone, timeout=10_000):
        station.undo_last_scan()
        station.undo_last_scan()
    notice = window.desk.detail_panel.notice_text()
    assert notice.startswith("↶ Scan undone at ") and "Door A" in notice
