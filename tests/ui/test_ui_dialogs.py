"""Editing attendees, registering walk-ins and creating events through the real dialogs."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from checkin.services.attendees import list_attendees
from checkin.services.event import open_event
from checkin.storage import repositories as repo
from checkin.ui.attendee_dialog import AttendeeDialog
from checkin.ui.attendee_columns import Column
from checkin.ui.event_dialog import NewEventDialog

from tests.ui.sample_event import open_and_wait


def stored(path):
    """The attendees as the event file holds them, read through a connection of our own."""
    db, _event = open_event(path)
    try:
        people = list_attendees(db)
        with db.unit() as s:
            journal = {a.id: repo.journal_for(s, a.id) for a in people}
    finally:
        db.dispose()
    return people, journal


def open_dialog(qtbot, window) -> AttendeeDialog:
    qtbot.waitUntil(lambda: window.findChild(AttendeeDialog) is not None and window.findChild(AttendeeDialog).isVisible())
    return window.findChild(AttendeeDialog)


def retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    # QTest can only type ASCII; insert() puts the rest in as a paste would.
    edit.insert(text)


def test_editing_a_name_persists_and_is_journaled(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    qtbot.keyClicks(window.desk.search_edit, "muller")
    qtbot.keyClick(window.desk.search_edit, Qt.Key.Key_Return)  # to the result
    qtbot.keyClick(window.desk.table, Qt.Key.Key_Return)  # Enter again does nothing more
    assert window.findChild(AttendeeDialog) is None, "Enter never opens Edit"
    qtbot.keyClick(window.desk.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Edit's own shortcut
    dialog = open_dialog(qtbot, window)
    assert dialog._edits["last_name"].text() == "Müller"
    first = dialog._edits["first_name"]
    qtbot.waitUntil(first.hasFocus)
    qtbot.wait(50)  # the dialog settled
    assert first.hasFocus() and not first.hasSelectedText(), "nothing selected for a stray key to overwrite"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Save changes"
    assert dialog.country_combo.currentText() == "Germany"
    retype(qtbot, dialog._edits["last_name"], "Müller-Lüdenscheidt")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    # The row changed in place and the panel shows the new name and the journal line.
    assert window.model.index(0, Column.FAMILY_NAME).data() == "Müller-Lüdenscheidt"
    panel = window.desk.detail_panel
    assert panel.name_label.text() == "Jürgen Müller-Lüdenscheidt"
    qtbot.waitUntil(lambda: "Edited: Family name: “Müller” → “Müller-Lüdenscheidt”" in panel.history_label.text())

    people, journal = stored(event_file)
    mueller = next(a for a in people if a.first_name == "Jürgen")
    assert mueller.last_name == "Müller-Lüdenscheidt"
    assert [e.kind for e in journal[mueller.id]] == ["edit"]
    assert journal[mueller.id][0].data["changes"] == {"last_name": ["Müller", "Müller-Lüdenscheidt"]}


def test_editing_sessions_status_and_country(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    qtbot.keyClicks(window.desk.search_edit, "papadopoulos")
    dialog = window.edit_attendee(window.current_attendee().id)
    for row in range(dialog.sessions_list.count()):
        dialog.sessions_list.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findText("Cancelled"))
    dialog.country_combo.setEditText("Chypre")  # a French name still resolves
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    people, _journal = stored(event_file)
    greek = next(a for a in people if a.last_name == "Παπαδόπουλος")
    assert greek.country == "CY"
    assert greek.status.value == "cancelled"
    assert len(greek.session_ids) == 2
    assert window.desk.detail_panel.status_flag.text() == "Cancelled"


def test_invalid_input_is_explained_in_the_dialog_and_nothing_is_written(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    qtbot.keyClicks(window.desk.search_edit, "smith")
    dialog = window.edit_attendee(window.current_attendee().id)
    dialog.country_combo.setEditText("Atlantis")
    dialog.save()
    assert dialog.isVisible()
    assert "“Atlantis” is not a country we know" in dialog.error_label.text()
    dialog.country_combo.setEditText("United Kingdom")
    dialog._edits["first_name"].clear()
    dialog._edits["last_name"].clear()
    dialog.save()
    assert dialog.error_label.text() == "Enter a given name or a family name."
    dialog.reject()
    people, journal = stored(event_file)
    assert any(a.last_name == "Smith" and a.country == "GB" for a in people)
    assert not any(journal.values())


def test_a_walk_in_is_added_shown_and_stored(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    qtbot.keyClicks(window.desk.search_edit, "Novak")
    assert window.model.rowCount() == 0
    window.menus.walk_in.trigger()
    dialog = open_dialog(qtbot, window)
    assert dialog.windowTitle() == "Add a walk-in"
    assert dialog._edits["last_name"].text() == "Novak"  # what the desk searched for
    dialog._edits["first_name"].insert("Zoë")
    qtbot.keyClicks(dialog._edits["city"], "Ljubljana")
    dialog.country_combo.setEditText("Slovenia")
    dialog.category_combo.setEditText("Press")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog._edits["city"], Qt.Key.Key_Return)  # Enter saves

    assert window.model.rowCount() == 1
    assert window.current_attendee().full_name == "Zoë Novak"
    assert window.desk.count_label.text() == "1 of 7 attendees"
    assert window.desk.category_combo.findText("Press") >= 0
    people, journal = stored(event_file)
    novak = next(a for a in people if a.last_name == "Novak")
    assert (novak.walk_in, novak.country, novak.source) == (True, "SI", "walk-in")
    assert [e.kind for e in journal[novak.id]] == ["walk_in"]


def test_a_walk_in_hidden_by_the_filters_clears_them(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    window.desk.category_combo.setCurrentIndex(window.desk.category_combo.findText("Speaker"))
    dialog = window.add_walk_in()
    dialog._edits["last_name"].setText("Horvat")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert window.desk.category_combo.currentIndex() == 0
    assert window.current_attendee().last_name == "Horvat"
    assert window.model.rowCount() == 7


def test_new_event_dialog_creates_the_file_and_opens_it(qtbot, window, tmp_path):
    dialog = window.new_event()
    assert isinstance(dialog, NewEventDialog)
    assert dialog.timezone_combo.currentText() == "Europe/Brussels"
    qtbot.keyClicks(dialog.name_edit, "Cities Forum")
    dialog.file_edit.setText(str(tmp_path / "forum"))  # no suffix typed
    dialog.venue_edit.setText("Lyon")
    dialog.create()
    qtbot.waitUntil(lambda: window.loaded is not None)
    assert (tmp_path / "forum.checkin").is_file()
    assert window.loaded.event.name == "Cities Forum"
    assert window.loaded.event.languages == ("en", "fr")
    assert window.desk.count_label.text().startswith("No attendees yet")
    assert window.settings.recent_events() == [str(tmp_path / "forum.checkin")]


def test_new_event_dialog_refuses_to_overwrite_an_event(qtbot, window, event_file):
    dialog = window.new_event()
    dialog.name_edit.setText("Another")
    dialog.file_edit.setText(str(event_file))
    dialog.create()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert "already exists" in dialog.error_label.text()
    assert dialog.isVisible() and window.loaded is None
    dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
    dialog.create()
    assert dialog.error_label.text() == "The event ends before it starts. Check the dates."
    dialog.reject()


def test_tab_walks_the_form_in_reading_order(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    dialog = window.add_walk_in()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog._edits["first_name"])
    visited = []
    for _ in range(10):
        visited.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    expected = [dialog._field_widget(name) for name in dialog._form_order]
    # An editable combo box hands focus to its line edit; count that as the combo.
    assert [w.parent() if w.parent() in expected else w for w in visited] == expected
    dialog.reject()
