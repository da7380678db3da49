"""ResilientStation against a real PostgreSQL server that stops and comes back: offline by itself, back by itself,
every acknowledged scan on the server exactly once."""
from __future__ import annotations

import threading
from collections import Counter

import pytest
from sqlalchemy import select

from checkin.domain.verdicts import ENTRANCE, Reason, Verdict
from checkin.storage.database import open_database
from checkin.storage.tables import ScanRow, StationRow
from checkin.sync.resilient import Connection, ResilientStation
from tests.services.scan_event import make_scan_event, presence_disagreements

pytestmark = pytest.mark.postgres

DOOR = "d00d0000-0000-4000-8000-0000000000d1"
WAIT_S = 60  # far longer than a switch takes; only reached when it never happens


class States:
    """The states a station reported, and a way to wait for one."""

    def __init__(self):
        self.seen: list[Connection] = []
        self._changed = threading.Condition()

    def __call__(self, state: Connection) -> None:
        with self._changed:
            self.seen.append(state)
            self._changed.notify_all()

    def wait_for(self, station: ResilientStation, state: Connection) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: station.state is state, WAIT_S), f"never {state}"


@pytest.fixture
def server(private_postgres_server):
    url = private_postgres_server.create_database()
    event = make_scan_event(url)
    event.db.dispose()
    yield private_postgres_server, url, event


def server_scans(url):
    db = open_database(url)
    try:
        with db.unit() as s:
            return s.execute(select(ScanRow.id, ScanRow.offline, ScanRow.attendee_id)).all()
    finally:
        db.dispose()


def station(url, tmp_path, states, **kwargs):
    return ResilientStation(url, ENTRANCE, station="Door A", operator="Marie", station_id=DOOR,
                            replica=tmp_path / "replica.checkin", probe_interval=0.2, on_state_changed=states, **kwargs)


def test_offline_when_the_server_stops_and_back_when_it_returns(server, tmp_path):
    pg, url, event = server
    states = States()
    door = station(url, tmp_path, states)
    try:
        assert door.online
        acknowledged = [door.scan(event.codes["agnes"])]
        assert not acknowledged[0].record.offline

        pg.kill()
        cut_off = door.scan(event.codes["lukasz"])
        assert (cut_off.verdict, cut_off.record.offline, door.state) == (Verdict.ACCEPTED, True, Connection.OFFLINE)
        acknowledged.append(cut_off)
        # The replica knows what this door did online: Agnès is inside already.
        again = door.scan(event.codes["agnes"])
        assert (again.reason, again.record.offline) == (Reason.ALREADY_CHECKED_IN, True)
        acknowledged.append(again)
        walk_in = door.add_walk_in({"first_name": "Zoë", "last_name": "Van den Bossche"}, operator="Marie", station="Door A")
        acknowledged.append(door.scan(walk_in.code))
        refused = door.scan(event.codes["hrvoje"])
        undone = door.undo_last()
        assert undone.annulled.id == refused.record.id
        assert door.pending == 6  # the walk-in, three scans, the refusal and its annulment

        pg.restart()
        states.wait_for(door, Connection.ONLINE)
        assert states.seen == [Connection.ONLINE, Connection.OFFLINE, Connection.ONLINE]
        assert door.pending == 0
        back = door.scan(event.codes["siobhan"])
        assert not back.record.offline
        acknowledged.append(back)

        rows = server_scans(url)
        counts = Counter(row.id for row in rows)
        assert all(counts[result.record.id] == 1 for result in acknowledged)
        assert len(rows) == len(acknowledged) + 2  # and the refusal with its annulment
        db = open_database(url)
        assert presence_disagreements(db) == []
        db.dispose()
        assert [row.attendee_id for row in rows if row.attendee_id == walk_in.attendee.id]
    finally:
        door.close()


def test_a_queue_left_by_a_station_closed_offline_is_sent_at_the_next_start(server, tmp_path):
    pg, url, event = server
    states = States()
    door = station(url, tmp_path, states)
    pg.kill()
    queued = [door.scan(event.codes[key]) for key in ("agnes", "lukasz", "siobhan")]
    assert door.pending == 3
    door.close()

    pg.restart()
    states = States()
    door = station(url, tmp_path, states)
    try:
        states.wait_for(door, Connection.ONLINE)
        assert door.pending == 0
        ids = Counter(row.id for row in server_scans(url))
        assert all(ids[result.record.id] == 1 for result in queued)
        db = open_database(url)
        with db.unit() as s:
            row = s.execute(select(StationRow).where(StationRow.id == DOOR)).scalar_one()
        db.dispose()
        assert (row.name, row.pending) == ("Door A", 0) and row.last_sync_at is not None
    finally:
        door.close()
