"""The station from the desk: the Doors menu and setup dialog, the organiser's door rules, the detail
panel's Check in button and the table's Checked in column."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from checkin.domain.verdicts import ENTRANCE, DirectionMode, Reentry
from checkin.services.presence import checked_in_at
from checkin.services.scanning import checkpoint_for
from checkin.ui.attendee_columns import Column
from checkin.ui.settings import DeskSettings
from checkin.ui.station.config import StationConfig
from checkin.ui.station.result_panel import PanelState
from checkin.ui.station.setup_dialog import StationSetupDialog
from checkin.ui.station.station_window import StationWindow
from tests.ui.station_event import VISIT_ID, WORKSHOP_ID, WORKSHOP_TITLE, make_station_event, open_desk


@pytest.fixture
def desk(qtbot, tmp_path, languages):
    """The desk window with its plug-ins, on the station test event."""
    # Named and staffed once already: the first-use questions are test_station_identity's.
    window, made = open_desk(qtbot, tmp_path, languages, StationConfig(station="Desk test", operator="Léa"))
    qtbot.waitUntil(lambda: window.model.search_ready, timeout=10_000)
    yield window, made
    window.close()


def checked_in_cell(window, attendee_id: str) -> str:
    return window.model.index(window.model.position_of(attendee_id), Column.CHECKED_IN).data()


def test_the_detail_panels_check_in_button_checks_in_at_the_entrance(qtbot, desk):
    window, event = desk
    helene = event.person("Hélène")
    window.desk.select_attendee(helene.id)
    panel = window.desk.detail_panel
    assert panel.check_in_button.isVisible() and panel.print_button.isVisible(), "both plug-ins show their button"
    assert checked_in_cell(window, helene.id) == ""
    panel.check_in_button.click()
    qtbot.waitUntil(lambda: checked_in_cell(window, helene.id) != "", timeout=10_000)
    assert window.statusBar().currentMessage() == "✓ Accepted — Hélène Lefèvre-Dupré: Welcome! Checked in."
    assert helene.id in checked_in_at(window.loaded.db)
    panel.check_in_button.click()  # twice: the desk says so, the time stays the first one
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("! Check, then let in — Hélène"), timeout=10_000)
    john = event.person("John")
    window.desk.select_attendee(john.id)
    window.desk.table.setFocus()
    qtbot.keyClick(window.desk.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # keyboard only
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("✕ Not admitted — John Smith"), timeout=10_000)
    assert checked_in_cell(window, john.id) == ""


def test_the_checked_in_column_shows_earlier_check_ins_when_the_event_opens(qtbot, tmp_path, languages):
    from checkin.services.scanning import Station
    from checkin.ui.app import create_desk_window

    made = make_station_event(tmp_path / "earlier.checkin")
    Station(made.db, ENTRANCE, station="Door A").scan(made.code("Γιώργος"))
    made.db.dispose()
    window = create_desk_window(DeskSettings(QSettings(str(tmp_path / "d.ini"), QSettings.Format.IniFormat)), languages)
    qtbot.addWidget(window)
    window.show()
    try:
        window.open_event(str(made.path))
        giorgos = made.person("Γιώργος")
        qtbot.waitUntil(lambda: window.loaded is not None and checked_in_cell(window, giorgos.id) != "", timeout=10_000)
        assert window.model.headerData(Column.CHECKED_IN, Qt.Orientation.Horizontal) == "Checked in"
        assert checked_in_cell(window, made.person("Hélène").id) == ""
    finally:
        window.close()


def test_the_doors_menu_sets_a_station_up_and_opens_it(qtbot, desk):
    window, event = desk
    actions = window.station_actions
    assert actions.open_station_action.shortcut().toString() == "Ctrl+K"
    dialog = actions.open_station()
    assert isinstance(dialog, StationSetupDialog)
    texts = [dialog.door_list.item(row).text() for row in range(dialog.door_list.count())]
    assert texts[0].startswith("Entrance of the event")
    workshop = next(t for t in texts if t.startswith(WORKSHOP_TITLE))
    assert "Workshop · Silver Hall · capacity 1" in workshop
    dialog.door_list.setCurrentRow(texts.index(workshop))
    dialog.mode_buttons[DirectionMode.BOTH].setChecked(True)
    dialog.station_edit.setText("Silver Hall door")
    dialog.accept()
    station = actions.station_window
    assert isinstance(station, StationWindow) and station.isVisible()
    assert station.config.checkpoint_id == WORKSHOP_ID and station.config.mode is DirectionMode.BOTH
    assert station.door_label.text() == WORKSHOP_TITLE
    assert actions.settings.config().station == "Silver Hall door", "remembered for next time"

    # A scan at the station shows in the desk's table.
    qtbot.waitUntil(lambda: station.flow.checkpoint is not None)
    helene = event.person("Hélène")
    entrance_dialog = actions.open_station()  # set up again: now the entrance
    entrance_dialog.door_list.setCurrentRow(0)
    entrance_dialog.mode_buttons[DirectionMode.IN].setChecked(True)
    entrance_dialog.accept()
    assert actions.station_window is station, "one station window, guarding another door"
    qtbot.waitUntil(lambda: station.flow.checkpoint is not None and station.flow.checkpoint.id == ENTRANCE)
    with qtbot.waitSignal(station.scanned, timeout=10_000):
        station.submit_scan([event.code("Hélène")])
    qtbot.waitUntil(lambda: checked_in_cell(window, helene.id) != "")

    # Close event's shortcut (Ctrl+W or Ctrl+F4, as the desktop says) with a station open asks first;
    # keeping the event open changes nothing.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    close = window.menus.close_event.shortcut()[0]
    qtbot.keyClick(window.desk.search_edit, close.key(), close.keyboardModifiers())
    question = ask_before_closing(qtbot, window)
    assert station.windowTitle() in question.text()
    keep = next(b for b in question.buttons() if b.text() == "Keep it open")
    assert question.defaultButton() is keep, "Enter keeps the event open"
    keep.click()
    assert window.loaded is not None and actions.station_window is station
    question = window.close_current_event()
    next(b for b in question.buttons() if b.text() == "Close the event").click()
    assert window.loaded is None
    assert actions.station_window is None, "the station closes with the event"


def ask_before_closing(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox)))
    return next(box for box in window.findChildren(QMessageBox) if box.isVisible())


def test_a_station_name_is_required(qtbot, desk):
    window, _event = desk
    dialog = window.station_actions.open_station()
    dialog.station_edit.clear()
    dialog.accept()
    assert dialog.isVisible() and dialog.problem_label.isVisible()
    assert window.station_actions.station_window is None


def test_door_rules_are_read_and_saved_for_every_station_at_the_door(qtbot, desk):
    window, event = desk
    dialog = window.station_actions.open_rules(WORKSHOP_ID, window)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    assert dialog.door_label.text() == WORKSHOP_TITLE
    assert dialog.reentry_combo.currentText() == "Let them in again, with a warning"  # a workshop's default
    dialog.reentry_combo.setCurrentIndex(2)
    dialog.walk_ins_box.setChecked(True)
    dialog.tolerance_spin.setValue(30)
    dialog.arrival_box.setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    rules = checkpoint_for(window.loaded.db, WORKSHOP_ID).rules
    assert (rules.reentry, rules.allow_unregistered, rules.tolerance_minutes, rules.require_arrival) == (
        Reentry.REJECT, True, 30, False)

    entrance = window.station_actions.open_rules(ENTRANCE, window)
    qtbot.waitUntil(lambda: entrance.loaded, timeout=10_000)
    assert not entrance.walk_ins_box.isEnabled() and not entrance.tolerance_spin.isEnabled()
    entrance.reject()


def test_a_walk_in_door_lets_an_unregistered_person_take_a_free_place(qtbot, desk):
    window, event = desk
    rules = window.station_actions.open_rules(VISIT_ID, window)
    qtbot.waitUntil(lambda: rules.loaded, timeout=10_000)
    rules.walk_ins_box.setChecked(True)
    with qtbot.waitSignal(rules.saved, timeout=10_000):
        rules.save()
    setup = window.station_actions.open_station()
    setup.door_list.setCurrentRow(next(r for r in range(setup.door_list.count())
                                       if setup.door_list.item(r).data(Qt.ItemDataRole.UserRole) == VISIT_ID))
    setup.accept()
    station = window.station_actions.station_window
    qtbot.waitUntil(lambda: station.flow.checkpoint is not None)
    with qtbot.waitSignal(station.scanned, timeout=10_000):
        station.submit_scan([event.code("Hélène")])  # registered for the workshop only
    assert station.result_panel.state is PanelState.WARNING
    assert station.result_panel.message_label.text() == (
        "Not registered for Site visit: safe consumption room / Visite : salle de consommation à moindre risque; "
        "takes a free place (14 left).")
