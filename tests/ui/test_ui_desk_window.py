"""The desk window as a user drives it: open an event, search, filter, look at a person."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin.ui.attendee_columns import Column

from tests.ui.sample_event import open_and_wait


def visible_family_names(window) -> list[str]:
    model = window.model
    return [model.index(r, Column.FAMILY_NAME).data() for r in range(model.rowCount())]


def test_opening_an_event_shows_everyone_and_says_which_event(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    assert window.pages.currentWidget() is window.desk
    assert window.model.rowCount() == 6
    assert window.desk.count_label.text() == "6 attendees"
    assert "Security, Democracy & Cities" in window.event_label.text()
    assert str(event_file) in window.event_label.text()
    assert window.windowTitle().startswith("Security, Democracy & Cities")
    assert window.desk.search_edit.placeholderText() == "Search name, organisation, city, email or code…"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.desk.search_edit)


def test_typing_an_accent_free_name_finds_the_person(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    qtbot.keyClicks(window.desk.search_edit, "zolkiewski")
    assert visible_family_names(window) == ["Żółkiewski"]
    assert window.desk.count_label.text() == "1 of 6 attendees"
    # The best match is selected at once, so the desk sees who it is.
    assert window.desk.detail_panel.name_label.text() == "Małgorzata Żółkiewski"


def test_escape_clears_the_search_and_ctrl_f_comes_back_to_it(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    qtbot.keyClicks(window.desk.search_edit, "lefevre")
    assert visible_family_names(window) == ["Lefèvre-Dupré"]
    qtbot.keyClick(window.desk.search_edit, Qt.Key.Key_Down)  # to the results
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.desk.table)
    qtbot.keyClick(window.desk.table, Qt.Key.Key_Escape)
    assert window.desk.search_edit.text() == ""
    assert window.model.rowCount() == 6
    window.desk.table.setFocus()
    window.menus.find.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.desk.search_edit)


def test_no_match_tells_the_desk_what_to_do(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    qtbot.keyClicks(window.desk.search_edit, "qqqqqq")
    assert window.model.rowCount() == 0
    assert "No one matches “qqqqqq”" in window.desk.count_label.text()
    assert window.desk.detail_panel.attendee() is None


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def test_filters_by_category_session_and_status(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    desk = window.desk
    choose(desk.category_combo, "Local elected official")
    assert visible_family_names(window) == ["Müller", "Żółkiewski"]
    assert desk.count_label.text() == "2 of 6 attendees"
    choose(desk.category_combo, "All categories")
    choose(desk.session_combo, "Site visit: Molenbeek")
    assert visible_family_names(window) == ["Lefèvre-Dupré", "Παπαδόπουλος"]
    qtbot.keyClicks(desk.search_edit, "athens")
    assert visible_family_names(window) == ["Παπαδόπουλος"]
    desk.search_edit.clear()
    choose(desk.session_combo, "All sessions")
    choose(desk.status_combo, "Cancelled")
    assert visible_family_names(window) == ["Smith"]
    choose(desk.status_combo, "Missing from the latest import")
    assert visible_family_names(window) == ["Kowalska"]


def test_selecting_a_row_fills_the_detail_panel(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    panel = window.desk.detail_panel
    window.desk.select_position(visible_family_names(window).index("Żółkiewski"))
    assert panel.name_label.text() == "Małgorzata Żółkiewski"
    assert panel.role_label.text() == "Deputy Mayor · Urząd Miasta Gdańska"
    assert panel.place_label.text() == "Gdańsk, Poland"
    assert panel.status_flag.text() == "Registered"
    assert "Workshop: Safer public spaces" in panel.sessions_label.text()
    assert "k7m2xq" in panel._form_values["codes"].text()
    assert panel.missing_warning.isHidden()
    qtbot.waitUntil(lambda: panel.history_label.text() == "Nothing recorded yet.")

    window.desk.select_position(visible_family_names(window).index("Smith"))
    assert panel.status_flag.text() == "Cancelled"
    assert "b3261e" in panel.status_flag.styleSheet()  # flagged in red
    window.desk.select_position(visible_family_names(window).index("Kowalska"))
    assert panel.status_flag.text() == "Withdrawn"
    assert not panel.missing_warning.isHidden()
    assert "Missing from the latest import" in panel.missing_warning.text()


def test_opening_a_missing_file_explains_and_keeps_the_start_screen(qtbot, window, tmp_path):
    missing = tmp_path / "nowhere" / "summit.checkin"
    with qtbot.waitSignal(window.error_shown) as shown:
        window.open_event(str(missing))
    assert "There is no event file at" in shown.args[0]
    assert window.pages.currentWidget() is window.start_screen
    assert window.start_screen.error_label.isVisible()
    assert window.start_screen.error_label.text() == shown.args[0]
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert [box.text() for box in boxes] == [shown.args[0]]
    assert window.loaded is None


def test_opening_a_file_that_is_not_an_event_explains(qtbot, window, tmp_path):
    not_an_event = tmp_path / "notes.checkin"
    not_an_event.write_text("shopping list\n")
    with qtbot.waitSignal(window.error_shown) as shown:
        window.open_event(str(not_an_event))
    assert "notes.checkin" in shown.args[0]
    assert window.pages.currentWidget() is window.start_screen


def test_recent_events_are_remembered_and_reopen_from_the_start_screen(qtbot, window, event_file, settings, languages):
    open_and_wait(qtbot, window, event_file)
    assert settings.recent_events() == [str(event_file)]
    assert settings.last_event() == str(event_file)
    window.close_current_event()
    assert window.pages.currentWidget() is window.start_screen
    assert settings.last_event() is None
    recent = window.start_screen.recent_list
    assert recent.count() == 1 and recent.item(0).text() == "summit.checkin"
    recent.setFocus()
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.loaded is not None)
    assert window.model.total_count() == 6


def test_recent_events_drop_files_that_are_gone(qtbot, settings, event_file, tmp_path):
    gone = tmp_path / "gone.checkin"
    gone.write_bytes(b"")
    settings.add_recent_event(str(gone))
    settings.add_recent_event(str(event_file))
    gone.unlink()
    assert settings.recent_events() == [str(event_file)]


def test_the_start_screen_makes_and_opens_a_demo_event(qtbot, window, tmp_path):
    assert window.start_screen.demo_button.isVisible()
    window.make_demo_event(str(tmp_path / "demo.checkin"))
    qtbot.waitUntil(lambda: window.loaded is not None and window.model.search_ready, timeout=30_000)
    assert window.model.total_count() == 700
    assert window.desk.count_label.text() == "700 attendees"
    qtbot.keyClicks(window.desk.search_edit, "zolkiewski")
    assert "Żółkiewski" in visible_family_names(window)
