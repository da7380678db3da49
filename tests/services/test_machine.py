"""This computer's station id and name, remembered shared databases, passwords in the keychain, the station table."""
from __future__ import annotations

import json
import os
import socket
import uuid
from datetime import timedelta
from pathlib import Path

import keyring.errors
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from checkin.i18n import UserError
from checkin.services import attendees as attendee_service
from checkin.services import machine
from checkin.services.event import new_event, open_event
from checkin.services.machine import MachineSettings
from checkin.services.printing import Delivery, PreparedPrint, record_print
from checkin.storage.tables import JournalRow, StationRow
from tests.keyrings import memory_keyring, new_run, no_keyring  # noqa: F401 - fixtures
from tests.password_postgres import PASSWORD, password_postgres_server  # noqa: F401 - fixture

SERVER = "postgresql+psycopg://desk@venue-server:5432/summit"


@pytest.fixture
def config_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv(machine.CONFIG_DIR_ENV, str(folder))
    return folder


# ---- the settings file -----------------------------------------------------------------------


def test_first_start_gives_the_computer_an_id_kept_from_then_on(config_dir):
    first = MachineSettings.load()
    assert uuid.UUID(first.station_id)
    assert first.notice is None
    assert json.loads((config_dir / "machine.json").read_text())["station_id"] == first.station_id
    assert MachineSettings.load().station_id == first.station_id


def test_the_station_is_named_after_the_computer_until_someone_names_it(config_dir):
    settings = MachineSettings.load()
    assert settings.station_name == socket.gethostname().split(".")[0]
    assert not settings.station_named
    settings.station_name = "  Main   entrance, left "
    settings.save()
    again = MachineSettings.load()
    assert again.station_name == "Main entrance, left"
    assert again.station_named


def test_a_station_name_must_be_given_and_fit(config_dir):
    settings = MachineSettings.load()
    with pytest.raises(UserError, match="needs a name"):
        settings.station_name = "   "
    with pytest.raises(UserError, match="longer than 100"):
        settings.station_name = "x" * 101
    assert not settings.station_named


def test_an_explicit_folder_wins_over_the_environment(config_dir, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    MachineSettings.load(elsewhere)
    assert (elsewhere / "machine.json").is_file()
    assert not (config_dir / "machine.json").exists()


def test_a_save_that_fails_half_way_leaves_the_previous_file_whole(config_dir, monkeypatch):
    settings = MachineSettings.load()
    settings.station_name = "Desk 1"
    settings.save()
    before = (config_dir / "machine.json").read_text()

    def power_cut(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(machine.os, "replace", power_cut)
    settings.station_name = "Desk 2"
    with pytest.raises(UserError) as raised:
        settings.save()
    assert "No space left on device" in str(raised.value)
    assert "disk is not full" in str(raised.value)
    assert (config_dir / "machine.json").read_text() == before
    assert sorted(p.name for p in config_dir.iterdir()) == ["machine.json"]  # no temporary file left behind


def test_a_file_cut_short_starts_afresh_but_keeps_the_station_id(config_dir):
    settings = MachineSettings.load()
    settings.station_name = "Desk 1"
    settings.remember_connection(SERVER, "Venue")
    settings.save()
    path = config_dir / "machine.json"
    path.write_text(path.read_text()[:90])  # a crash of some other program, a disk full, a bad hand edit

    again = MachineSettings.load()
    assert again.station_id == settings.station_id
    assert "could not be read" in str(again.notice) and "station id was kept" in str(again.notice)
    assert not again.station_named and again.connections == []
    assert (config_dir / "machine.json.broken").is_file()
    assert json.loads(path.read_text())["station_id"] == settings.station_id  # a good file again
    assert MachineSettings.load().notice is None


def test_a_file_without_a_readable_id_starts_afresh_with_a_new_one(config_dir):
    config_dir.mkdir(parents=True)
    (config_dir / "machine.json").write_text('{"station_name": "Desk 1", "station_id": 12')
    settings = MachineSettings.load()
    assert uuid.UUID(settings.station_id)
    assert "new station id" in str(settings.notice)
    assert MachineSettings.load().station_id == settings.station_id


def test_valid_json_of_the_wrong_shape_counts_as_broken(config_dir):
    config_dir.mkdir(parents=True)
    (config_dir / "machine.json").write_text("[1, 2, 3]")
    settings = MachineSettings.load()
    assert settings.notice is not None
    assert uuid.UUID(settings.station_id)


def test_a_folder_that_cannot_be_written_says_so_and_the_program_goes_on(config_dir):
    config_dir.parent.mkdir(parents=True, exist_ok=True)
    config_dir.write_text("a file where the folder should be")
    settings = MachineSettings.load()
    assert uuid.UUID(settings.station_id)
    assert "could not be saved" in str(settings.notice)


# ---- remembered shared databases -------------------------------------------------------------


def test_remembered_databases_never_keep_the_password_in_the_file(config_dir, memory_keyring):
    settings = MachineSettings.load()
    remembered = settings.remember_connection("postgresql+psycopg://desk:hunter2@venue-server:5432/summit", "Summit venue")
    assert remembered.url == SERVER
    settings.remember_connection("postgresql+psycopg://desk@backup:5432/summit")
    settings.remember_connection(SERVER)  # used again: first, and its label kept
    settings.save()
    assert "hunter2" not in (config_dir / "machine.json").read_text()

    again = MachineSettings.load()
    assert [c.url for c in again.connections] == [SERVER, "postgresql+psycopg://desk@backup:5432/summit"]
    assert again.last_connection() == machine.SharedConnection(SERVER, "Summit venue")
    assert again.connections[1].title == "postgresql+psycopg://desk@backup:5432/summit"


def test_forgetting_a_database_forgets_its_password(config_dir, memory_keyring):
    settings = MachineSettings.load()
    settings.remember_connection(SERVER, "Venue")
    machine.store_password(SERVER, "hunter2")
    settings.forget_connection(SERVER)
    assert settings.connections == [] and settings.last_connection() is None
    assert memory_keyring.passwords == {}
    assert machine.url_with_password(SERVER) == SERVER


# ---- passwords ---------------------------------------------------------------------------------


def test_a_remembered_password_is_in_the_keychain_and_filled_into_the_url(memory_keyring, monkeypatch):
    assert machine.keyring_usable()
    password = "p@ss:word/ with spaces"
    assert machine.store_password(SERVER, password) is None
    assert memory_keyring.passwords == {("checkin-desk", SERVER): password}
    new_run(monkeypatch)
    filled = machine.url_with_password(SERVER)
    assert make_url(filled).password == password
    assert machine.url_without_password(filled) == SERVER
    # A URL that has its own password, a file path and an SQLite URL are left alone.
    other = "postgresql+psycopg://desk:given@venue-server:5432/summit"
    assert machine.url_with_password(other) == other
    assert machine.url_with_password("/tmp/event.checkin") == "/tmp/event.checkin"
    assert machine.url_with_password("sqlite:///tmp/event.checkin") == "sqlite:///tmp/event.checkin"


def test_a_password_not_to_be_remembered_works_for_this_run_only(memory_keyring, monkeypatch):
    machine.store_password(SERVER, "kept-before")
    assert machine.store_password(SERVER, "hunter2", remember=False) is None
    assert memory_keyring.passwords == {}  # the one stored before is gone too
    assert make_url(machine.url_with_password(SERVER)).password == "hunter2"
    new_run(monkeypatch)
    assert machine.url_with_password(SERVER) == SERVER


def test_without_a_keychain_the_password_is_not_stored_and_the_user_is_told(no_keyring, monkeypatch):
    assert not machine.keyring_usable()
    said = machine.store_password(SERVER, "hunter2")
    assert said is not None and "no keychain" in str(said) and "asked for again next time" in str(said)
    assert make_url(machine.url_with_password(SERVER)).password == "hunter2"  # still usable now
    new_run(monkeypatch)
    assert machine.stored_password(SERVER) is None
    assert machine.url_with_password(SERVER) == SERVER
    machine.forget_password(SERVER)  # nothing to forget, and no error


def test_a_keychain_that_refuses_is_reported_not_raised(memory_keyring, monkeypatch):
    def locked(*args):
        raise keyring.errors.KeyringLocked("the keychain is locked")

    monkeypatch.setattr(memory_keyring, "set_password", locked)
    monkeypatch.setattr(memory_keyring, "get_password", locked)
    said = machine.store_password(SERVER, "hunter2")
    assert "the keychain is locked" in str(said)
    new_run(monkeypatch)
    assert machine.url_with_password(SERVER) == SERVER


@pytest.mark.postgres
def test_an_event_on_a_server_that_asks_for_a_password_opens_with_the_stored_one(password_postgres_server, memory_keyring, monkeypatch):
    url = password_postgres_server.create_database()
    assert "@" in url and PASSWORD not in url
    with pytest.raises(UserError, match="password"):
        new_event(url, "Summit")
    machine.store_password(url, PASSWORD)
    new_run(monkeypatch)
    db, event = new_event(machine.url_with_password(url), "Summit")
    db.dispose()
    new_run(monkeypatch)
    db, opened = open_event(machine.url_with_password(url))
    try:
        assert opened.id == event.id
        assert PASSWORD not in db.url
    finally:
        db.dispose()


# ---- the event's station table and the journal -----------------------------------------------


def test_registering_a_station_keeps_when_it_was_first_seen(db_url):
    db, _event = new_event(db_url, "Summit")
    try:
        station_id = str(uuid.uuid4())
        machine.register_station(db, station_id, "Desk 1")
        with db.unit() as s:
            first = s.execute(select(StationRow)).scalar_one()
            s.execute(StationRow.__table__.update().values(first_seen_at=first.first_seen_at - timedelta(hours=2),
                                                          last_seen_at=first.last_seen_at - timedelta(hours=2)))
        machine.register_station(db, station_id, "Main entrance", pending=7, synced=True)
        machine.register_station(db, str(uuid.uuid4()), "Workshop door")
        stations = machine.known_stations(db)
        assert [s.name for s in stations] == ["Workshop door", "Main entrance"]  # the most recently seen first
        mine = next(s for s in stations if s.id == station_id)
        assert mine.name == "Main entrance" and mine.pending == 7
        assert mine.first_seen_at == first.first_seen_at - timedelta(hours=2)
        assert mine.last_seen_at > mine.first_seen_at + timedelta(hours=1)
        assert mine.last_sync_at is not None
        with pytest.raises(UserError):
            machine.register_station(db, station_id, "")
    finally:
        db.dispose()


def test_walk_ins_edits_and_prints_record_the_machine_that_made_them(db_url, tmp_path):
    db, _event = new_event(db_url, "Summit")
    station_id = str(uuid.uuid4())
    try:
        person = attendee_service.add_walk_in(db, {"first_name": "Amira", "last_name": "Haddad"}, "amira", "Desk 1",
                                              station_id=station_id)
        attendee_service.update_attendee(db, person.id, {"organisation": "ULB"}, "amira", "Desk 1", station_id=station_id)
        prepared = PreparedPrint("classic", "a6", "A6", (person.id,), tmp_path / "badge.pdf", 1, "badge")
        record_print(db, prepared, Delivery("QL-820", 1, "7"), "Desk 1", "amira", station_id)
        attendee_service.update_attendee(db, person.id, {"organisation": "VUB"})  # older callers: no id

        journal = attendee_service.journal_for(db, person.id)
        assert [(e.kind, e.station_id) for e in journal] == [
            ("walk_in", station_id), ("edit", station_id), ("print", station_id), ("edit", "")
        ]
        with db.unit() as s:
            stored = sorted(s.execute(select(JournalRow.kind, JournalRow.station_id)).all())
        assert stored.count(("edit", station_id)) == 1 and ("print", station_id) in stored
    finally:
        db.dispose()


def test_the_settings_file_is_only_readable_by_its_user_where_the_system_allows(config_dir):
    MachineSettings.load()
    if os.name == "posix":
        # mkstemp creates 0600: a shared computer's other users do not see the remembered servers.
        assert (config_dir / "machine.json").stat().st_mode & 0o077 == 0
