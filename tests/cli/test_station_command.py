"""`checkin station`: naming this computer's station, listing an event's stations; URLs without passwords."""
from __future__ import annotations

import json
import uuid

import pytest

from checkin.cli import main
from checkin.services import machine
from checkin.services.event import new_event
from checkin.services.machine import MachineSettings
from tests.keyrings import memory_keyring, new_run  # noqa: F401 - fixture
from tests.password_postgres import PASSWORD, password_postgres_server  # noqa: F401 - fixture


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch):
    folder = tmp_path / "config"
    monkeypatch.setenv(machine.CONFIG_DIR_ENV, str(folder))
    monkeypatch.delenv("CHECKIN_DB", raising=False)
    return folder


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def event_url(db_url):
    db, _event = new_event(db_url, "Summit")
    db.dispose()
    return db_url


def test_without_an_event_it_shows_this_computers_station(capsys):
    code, out, err = run(capsys, "station", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert uuid.UUID(shown["station_id"]) and shown["station_name"]
    assert "stations" not in shown
    code, out, err = run(capsys, "station")
    assert code == 0 and out == ""
    assert f"(id {shown['station_id']})" in err and shown["station_name"] in err


def test_naming_the_station_without_an_event_keeps_the_name_on_this_computer(capsys):
    code, _out, err = run(capsys, "station", "--name", "Bus 2")
    assert code == 0, err
    assert "“Bus 2”" in err
    assert MachineSettings.load().station_name == "Bus 2"


def test_naming_the_station_records_it_in_the_event(event_url, capsys):
    code, _out, err = run(capsys, "--db", event_url, "station", "--name", "Main entrance, left")
    assert code == 0, err
    this_id = MachineSettings.load().station_id
    assert f"“Main entrance, left” (id {this_id})" in err

    code, out, err = run(capsys, "station", "--db", event_url, "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["station_name"] == "Main entrance, left"
    [station] = shown["stations"]
    assert (station["id"], station["name"], station["this_computer"], station["pending"]) == (this_id, "Main entrance, left", True, 0)
    assert station["last_sync_at"] is None


def test_the_event_lists_every_station_that_worked_on_it(event_url, capsys):
    from checkin.services.event import open_event

    db, _event = open_event(event_url)
    other = str(uuid.uuid4())
    machine.register_station(db, other, "Workshop door", pending=12, synced=True)
    db.dispose()
    run(capsys, "--db", event_url, "station", "--name", "Desk 1")

    code, out, err = run(capsys, "--db", event_url, "station")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["Station", "Last", "seen", "Pending", "Last", "sync", "Id"]
    assert lines[1].startswith("Desk 1 (this computer)")  # seen last, so first
    assert lines[2].startswith("Workshop door") and " 12 " in lines[2] and other in lines[2]
    assert "—" in lines[1] and "—" not in lines[2]  # Desk 1 never synced, the workshop door did


def test_an_event_no_station_has_worked_on_says_how_to_name_one(event_url, capsys):
    code, out, err = run(capsys, "--db", event_url, "station")
    assert code == 0 and out == ""
    assert "No station has worked on this event yet" in err and "--name" in err


def test_an_empty_or_long_name_is_refused_and_nothing_changes(event_url, capsys):
    before = MachineSettings.load().station_name
    code, out, err = run(capsys, "--db", event_url, "station", "--name", "  ")
    assert code == 1 and out == "" and "needs a name" in err
    code, _out, err = run(capsys, "--db", event_url, "station", "--name", "x" * 101)
    assert code == 1 and "longer than 100 characters" in err
    assert MachineSettings.load().station_name == before
    code, out, _err = run(capsys, "--db", event_url, "station", "--json")
    assert json.loads(out)["stations"] == []


@pytest.mark.postgres
def test_every_command_takes_a_url_whose_password_is_in_the_keychain(password_postgres_server, memory_keyring, monkeypatch, capsys):
    url = password_postgres_server.create_database()
    code, _out, err = run(capsys, "--db", url, "new", "--name", "Summit")
    assert code == 1 and "wants a password" in err and "PGPASSWORD" in err  # nothing stored yet: said how to give one

    monkeypatch.setenv("PGPASSWORD", PASSWORD)  # the command line's own way, without the keychain
    code, out, err = run(capsys, "--db", url, "attendees", "--json")
    assert code == 1 and "is not a Check-in Desk event" in err  # in: the database is simply empty so far
    monkeypatch.delenv("PGPASSWORD")

    machine.store_password(url, PASSWORD)
    new_run(monkeypatch)  # a later run of the command: the password comes from the keychain
    code, out, err = run(capsys, "--db", url, "new", "--name", "Summit", "--json")
    assert code == 0, err
    assert PASSWORD not in out and json.loads(out)["name"] == "Summit"
    code, out, err = run(capsys, "--db", url, "station", "--name", "Desk 1", "--json")
    assert code == 0, err
    assert [s["name"] for s in json.loads(out)["stations"]] == ["Desk 1"]
    code, out, err = run(capsys, "--db", url, "attendees")
    assert code == 0, err
