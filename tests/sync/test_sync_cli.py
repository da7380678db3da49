"""`checkin sync` and `checkin conflicts`: the offline queue sent, counted, never doubled; conflicts in words."""
from __future__ import annotations

import json

import pytest

from checkin.cli import main
from checkin.services.machine import MachineSettings
from checkin.storage.database import open_database
from checkin.sync.copy import refresh_replica
from checkin.sync.cycle import open_replica, replica_for
from checkin.sync.upload import upload
from checkin.sync.offline import offline_station
from tests.services.scan_event import Clock, make_scan_event

OTHER = "0b0b0b0b-0000-4000-8000-00000000000b"


@pytest.fixture(autouse=True)
def machine_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKIN_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CHECKIN_DATA_DIR", str(tmp_path / "data"))


def queue_offline_entries(url, codes, station_id, station, clock):
    """This computer's replica of the event, with offline scans of ``codes`` queued."""
    server = open_database(url)
    replica = replica_for(server, station_id)
    door = offline_station(replica, station=station, station_id=station_id)
    for code in codes:
        door.scan(code, now=clock())
    replica.dispose()
    server.dispose()


@pytest.fixture
def event(db_url):
    ev = make_scan_event(db_url)
    ev.db.dispose()
    yield ev, db_url


def test_sync_sends_the_queue_once_and_shows_conflicts_with_names_doors_and_stations(event, tmp_path, capsys):
    ev, url = event
    me = MachineSettings.load()
    me.station_name = "Door A"
    me.save()
    clock = Clock()
    queue_offline_entries(url, [ev.codes["agnes"], ev.codes["lukasz"]], me.station_id, "Door A", clock)

    # Another desk, offline too, let Agnès in; its queue went up first.
    server = open_database(url)
    other = open_replica(tmp_path / "other.checkin")
    refresh_replica(server, other, OTHER)
    offline_station(other, station="Door B", station_id=OTHER).scan(ev.codes["agnes"], now=clock())
    upload(server, other, OTHER, "Door B")
    other.dispose()
    server.dispose()

    assert main(["--db", url, "sync"]) == 0
    out, err = capsys.readouterr()
    assert "Sent 2 scans." in out
    assert "already on the server" not in out
    # Times in the event's zone (Brussels).
    assert (
        "  Agnès Lefèvre-Dupré at Entrance, let in by:\n"
        "    Door A at 15:05:10 (offline)\n"
        "    Door B at 15:05:30 (offline)\n"
    ) in out, out

    assert main(["--db", url, "sync", "--json"]) == 0
    again = json.loads(capsys.readouterr()[0])
    assert (again["sent"], again["skipped"], again["remaining"], again["refreshed"]) == (0, 0, 0, True)
    assert again["sent_by_kind"] == {"scans": 0, "undos": 0, "walk_ins": 0, "prints": 0, "others": 0}
    [conflict] = again["conflicts"]
    assert [s["station"] for s in conflict["scans"]] == ["Door A", "Door B"]

    assert main(["--db", url, "conflicts", "--json"]) == 0
    assert json.loads(capsys.readouterr()[0]) == again["conflicts"]


@pytest.mark.postgres
def test_sync_with_the_server_unreachable_says_so_and_keeps_the_queue(private_postgres_server, tmp_path, capsys):
    url = private_postgres_server.create_database()
    ev = make_scan_event(url)
    ev.db.dispose()
    queue_offline_entries(url, [ev.codes[k] for k in ("agnes", "lukasz", "siobhan")], "st", "Door A", Clock())
    private_postgres_server.kill()

    code = main(["--db", url, "sync", "--station-id", "st"])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert "Could not reach the shared database" in err and "(waiting: 3)" in err

    private_postgres_server.restart()
    assert main(["--db", url, "sync", "--station-id", "st", "--json"]) == 0
    assert json.loads(capsys.readouterr()[0])["sent"] == 3


def test_sync_names_what_it_sent_kind_by_kind():
    from checkin.cli.sync_commands import sent_text
    from checkin.sync.upload import SentCounts

    assert sent_text(SentCounts(scans=1)) == "1 scan"
    assert sent_text(SentCounts(scans=5, walk_ins=1, prints=2)) == "5 scans, 1 walk-in and 2 badge prints"
    assert sent_text(SentCounts(undos=1, others=2)) == "1 undo and 2 other records"
