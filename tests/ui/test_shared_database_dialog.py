"""The Shared database dialog against real PostgreSQL servers: what a connection test says, and opening the event."""
from __future__ import annotations

import json
import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, text

from checkin.services import machine
from checkin.services.event import new_event, open_event
from checkin.services.machine import MachineSettings
from checkin.services.shared_database import Address, Outcome
from checkin.ui.shared_database_dialog import SharedDatabaseDialog
from tests.keyrings import memory_keyring, new_run, no_keyring  # noqa: F401 - fixtures
from tests.password_postgres import PASSWORD, password_postgres_server  # noqa: F401 - fixture

pytestmark = pytest.mark.postgres


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch):
    folder = tmp_path / "config"
    monkeypatch.setenv(machine.CONFIG_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def dialog(qtbot, memory_keyring):
    made = SharedDatabaseDialog()
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def fill(dialog: SharedDatabaseDialog, url: str, password: str = "") -> None:
    address = Address.of(url)
    dialog.host_edit.setText(address.host)
    dialog.port_spin.setValue(address.port)
    dialog.database_edit.setText(address.database)
    dialog.user_edit.setText(address.user)
    dialog.password_edit.setText(password)


def test_connection(qtbot, dialog) -> str:
    with qtbot.waitSignal(dialog.checked, timeout=15_000) as signal:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.test_button.isEnabled()
    return signal.args[0]


test_connection.__test__ = False  # a helper, not a test


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def event_url(postgres_url):
    db, _event = new_event(postgres_url, "Security, Democracy & Cities")
    db.dispose()
    return postgres_url


def test_a_database_with_an_event_says_which_event(qtbot, dialog, event_url):
    fill(dialog, event_url)
    found = test_connection(qtbot, dialog)
    assert found.outcome is Outcome.EVENT
    assert dialog.result_label.isVisible()
    assert "holds the event “Security, Democracy & Cities”" in dialog.result_label.text()
    assert "Open" in dialog.result_label.text()
    assert not dialog.empty_actions.isVisible()


def test_a_closed_port_says_the_server_cannot_be_reached_and_what_to_check(qtbot, dialog):
    port = closed_port()
    fill(dialog, f"postgresql+psycopg://checkin@127.0.0.1:{port}/summit")
    found = test_connection(qtbot, dialog)
    assert found.outcome is Outcome.UNREACHABLE
    shown = dialog.result_label.text()
    assert f"Could not reach a database server at 127.0.0.1, port {port} (Connection refused)" in shown
    assert "venue network" in shown and "server is running" in shown


def test_an_unknown_database_name_says_so(qtbot, dialog, postgres_server):
    fill(dialog, postgres_server.url("no_such_event"))
    test_connection(qtbot, dialog)
    assert "has no database called “no_such_event”" in dialog.result_label.text()


def test_a_wrong_password_says_to_check_user_and_password(qtbot, dialog, password_postgres_server):
    fill(dialog, password_postgres_server.url_without_password(), password="not the password")
    found = test_connection(qtbot, dialog)
    assert found.outcome is Outcome.WRONG_PASSWORD
    assert "refused user “checkin” with this password" in dialog.result_label.text()
    fill(dialog, password_postgres_server.url_without_password())
    assert test_connection(qtbot, dialog).outcome is Outcome.PASSWORD_NEEDED
    assert "asks for a password" in dialog.result_label.text()


def test_something_else_than_an_event_is_not_taken_for_one(qtbot, dialog, postgres_url):
    engine = create_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id integer)"))
    engine.dispose()
    fill(dialog, postgres_url)
    assert test_connection(qtbot, dialog).outcome is Outcome.FOREIGN
    assert "something other than a Check-in Desk event" in dialog.result_label.text()


def test_missing_fields_are_asked_for_before_connecting(qtbot, dialog):
    dialog.host_edit.clear()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "server's address" in dialog.result_label.text()
    assert QApplication.focusWidget() is dialog.host_edit
    dialog.host_edit.setText("venue-server")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "name of the event's database" in dialog.result_label.text()
    assert dialog.last_check is None


def test_an_empty_database_offers_a_new_event_there_then_opens_it(qtbot, dialog, postgres_url):
    fill(dialog, postgres_url)
    assert test_connection(qtbot, dialog).outcome is Outcome.EMPTY
    assert "this database is empty" in dialog.result_label.text()
    assert dialog.create_button.isVisible() and dialog.copy_button.isVisible()
    with qtbot.waitSignal(dialog.open_requested, timeout=15_000) as opened:
        dialog.create_event("Summit 2026")
    assert opened.args == [postgres_url]
    db, event = open_event(postgres_url)
    db.dispose()
    assert event.name == "Summit 2026"


def test_an_event_file_copied_to_an_empty_database_keeps_its_id_and_people(qtbot, dialog, postgres_url, tmp_path):
    from checkin.services import attendees as attendee_service

    source, prepared = new_event(tmp_path / "prepared.checkin", "Prepared summit")
    attendee_service.add_walk_in(source, {"first_name": "Amira", "last_name": "Haddad"})
    source.dispose()
    fill(dialog, postgres_url)
    test_connection(qtbot, dialog)
    with qtbot.waitSignal(dialog.open_requested, timeout=30_000):
        dialog.copy_event_file(str(tmp_path / "prepared.checkin"))
    db, event = open_event(postgres_url)
    try:
        assert event.id == prepared.id
        assert [a.full_name for a in attendee_service.list_attendees(db)] == ["Amira Haddad"]
    finally:
        db.dispose()


def test_opening_keeps_the_password_in_the_keychain_and_the_rest_in_the_settings(
    qtbot, dialog, password_postgres_server, memory_keyring, config_dir, monkeypatch
):
    url = password_postgres_server.create_database()
    machine.store_password(url, PASSWORD, remember=False)
    db, _event = new_event(machine.url_with_password(url), "Summit")
    db.dispose()
    new_run(monkeypatch)

    fill(dialog, url, password=PASSWORD)
    dialog.label_edit.setText("Summit, venue server")
    dialog.station_edit.setText("Desk 3")
    assert dialog.remember_box.isChecked()
    with qtbot.waitSignal(dialog.open_requested, timeout=15_000) as opened:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [url]  # no password: that is what the recent events list keeps
    assert not dialog.isVisible()
    assert memory_keyring.passwords == {("checkin-desk", url): PASSWORD}
    stored = (config_dir / "machine.json").read_text()
    assert PASSWORD not in stored
    saved = json.loads(stored)
    assert saved["connections"] == [{"url": url, "label": "Summit, venue server"}]
    assert saved["station_name"] == "Desk 3"

    new_run(monkeypatch)  # the next start: the URL alone opens the event
    db, event = open_event(url)
    db.dispose()
    assert event.name == "Summit"
    qtbot.waitUntil(lambda: station_names(url) == ["Desk 3"], timeout=10_000)  # it registered itself in the event


def station_names(url: str) -> list[str]:
    db, _event = open_event(url)
    try:
        return [s.name for s in machine.known_stations(db)]
    finally:
        db.dispose()


def test_the_dialog_comes_back_with_the_last_database_and_a_kept_password(qtbot, memory_keyring, event_url):
    settings = MachineSettings.load()
    settings.remember_connection(event_url, "Summit")
    settings.save()
    machine.store_password(event_url, "kept")
    again = SharedDatabaseDialog()
    qtbot.addWidget(again)
    address = Address.of(event_url)
    assert (again.host_edit.text(), again.port_spin.value(), again.database_edit.text(), again.user_edit.text()) == (
        address.host, address.port, address.database, address.user)
    assert again.label_edit.text() == "Summit"
    assert again.saved_combo.isVisibleTo(again) and again.saved_combo.currentText() == "Summit"
    assert again.station_id_label.text() == settings.station_id
    qtbot.waitUntil(lambda: "Kept on this computer" in again.password_edit.placeholderText())


def test_without_a_keychain_the_password_box_says_why_it_cannot_remember(qtbot, no_keyring, event_url, monkeypatch):
    dialog = SharedDatabaseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.remember_box.isEnabled())
    assert not dialog.remember_box.isChecked()
    assert dialog.keychain_note.isVisible()
    assert "no keychain" in dialog.keychain_note.text() and "asked for again next time" in dialog.keychain_note.text()
    fill(dialog, event_url, password="typed")
    with qtbot.waitSignal(dialog.open_requested, timeout=15_000):
        dialog.open_event()
    assert machine.stored_password(event_url) == "typed"  # for this run
    new_run(monkeypatch)
    assert machine.stored_password(event_url) is None


def test_an_empty_station_name_stops_the_opening_and_says_so(qtbot, dialog, event_url):
    fill(dialog, event_url)
    dialog.station_edit.setText("  ")
    with qtbot.waitSignal(dialog.checked, timeout=15_000):
        dialog.open_event()
    assert dialog.isVisible()
    assert "needs a name" in dialog.result_label.text()
    assert MachineSettings.load().connections == []


def test_file_menu_and_start_screen_open_the_dialog_and_the_event_opens_in_the_window(qtbot, window, memory_keyring, event_url):
    assert window.menus.open_url.text() == "&Shared database…"
    window.menus.open_url.trigger()
    dialog = window.findChild(SharedDatabaseDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: window.findChild(SharedDatabaseDialog) is None)  # deleted on close

    assert window.start_screen.shared_button.text() == "&Shared database…"
    qtbot.mouseClick(window.start_screen.shared_button, Qt.MouseButton.LeftButton)
    dialog = window.start_screen.findChild(SharedDatabaseDialog)
    fill(dialog, event_url)
    with qtbot.waitSignal(window.event_opened, timeout=20_000):
        dialog.open_event()
    assert window.location == event_url
    assert "Security, Democracy & Cities" in window.event_label.text()
    assert window.settings.recent_events()[0] == event_url
