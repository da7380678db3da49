"""Offline queues uploaded to the server: durable, idempotent, presence counted once, conflicts listed."""
from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import func, select

from checkin.domain.verdicts import ENTRANCE, Reason, Verdict
from checkin.services import badges
from checkin.services.scanning import Station
from checkin.storage import scan_repository as scans_repo
from checkin.storage.tables import JournalRow, PresenceRow, ScanRow, StationRow
from checkin.sync import outbox
from checkin.sync.conflicts import find_conflicts
from checkin.sync.offline import offline_journal, offline_station, offline_walk_in
from checkin.sync.upload import SentCounts, _apply, upload
from tests.services.scan_event import Clock, make_scan_event, presence_disagreements
from tests.sync.helpers import make_replica

DOOR_A = "0a0a0a0a-0000-4000-8000-00000000000a"
DOOR_B = "0b0b0b0b-0000-4000-8000-00000000000b"


@pytest.fixture
def event(db_url):
    ev = make_scan_event(db_url)
    yield ev
    ev.db.dispose()


@pytest.fixture
def replicas(event, tmp_path):
    made = {}

    def replica(station_id):
        if station_id not in made:
            made[station_id] = make_replica(event.db, tmp_path / station_id, station_id)
        return made[station_id]

    yield replica
    for db in made.values():
        db.dispose()


def count(db, table, *where) -> int:
    with db.unit() as s:
        return s.execute(select(func.count()).select_from(table).where(*where)).scalar_one()


def test_the_queue_survives_the_process_that_wrote_it(event, replicas, tmp_path):
    replica = replicas(DOOR_A)
    path = replica.engine.url.database
    code = event.codes["agnes"]
    script = (
        "from checkin.sync.cycle import open_replica\n"
        "from checkin.sync.offline import offline_station\n"
        f"db = open_replica({path!r})\n"
        f"offline_station(db, station='Door A', station_id={DOOR_A!r}).scan({code!r})\n"
    )
    # A process that records one scan offline and ends without closing anything (os._exit).
    subprocess.run([sys.executable, "-c", script + "import os; os._exit(0)\n"], check=True, timeout=60)
    assert outbox.pending_count(replica) == 1
    report = upload(event.db, replica, DOOR_A, "Door A")
    assert (report.sent, report.skipped, report.remaining) == (1, 0, 0)
    with event.db.unit() as s:
        [scan] = scans_repo.scans(s, event.id("agnes"))
    assert (scan.verdict, scan.offline, scan.station_id) == ("accepted", True, DOOR_A)


def test_uploading_twice_or_replaying_a_batch_records_each_scan_once(event, replicas):
    replica = replicas(DOOR_A)
    station = offline_station(replica, station="Door A", station_id=DOOR_A)
    clock = Clock()
    for key in ("agnes", "lukasz", "siobhan", "hrvoje"):
        station.scan(event.codes[key], now=clock())
    station.undo_last(now=clock())  # hrvoje's refusal, annulled
    items = outbox.read_batch(replica, 100)
    assert len(items) == 5

    first = upload(event.db, replica, DOOR_A, "Door A", batch_size=2)
    assert (first.sent, first.skipped, first.batches, first.remaining) == (5, 0, 3, 0)
    assert upload(event.db, replica, DOOR_A).batches == 0
    # The server committed but the station crashed before forgetting the batch: it is sent again.
    assert _apply(event.db, items, DOOR_A, "Door A", 0) == (SentCounts(), 5)

    assert count(event.db, ScanRow.__table__, ScanRow.station_id == DOOR_A) == 5
    assert count(event.db, ScanRow.__table__, ScanRow.offline.is_(True)) == 5
    assert count(event.db, PresenceRow.__table__, PresenceRow.checkpoint_id == ENTRANCE) == 3
    assert presence_disagreements(event.db) == []
    with event.db.unit() as s:
        row = s.execute(select(StationRow).where(StationRow.id == DOOR_A)).scalar_one()
        received = s.execute(select(ScanRow.received_at).where(ScanRow.station_id == DOOR_A)).scalars().all()
    assert (row.name, row.pending) == ("Door A", 0) and row.last_sync_at is not None
    assert all(at is not None for at in received)


def test_a_scan_the_server_decided_itself_is_not_uploaded_again(event, replicas):
    """The station gave up waiting, decided offline with the same id, and the server committed too."""
    replica = replicas(DOOR_A)
    online = Station(event.db, ENTRANCE, station="Door A", station_id=DOOR_A)
    offline = offline_station(replica, station="Door A", station_id=DOOR_A)
    online.scan(event.codes["agnes"], scan_id="11111111-0000-4000-8000-000000000001")
    offline.scan(event.codes["agnes"], scan_id="11111111-0000-4000-8000-000000000001")
    report = upload(event.db, replica, DOOR_A)
    assert (report.sent, report.skipped) == (0, 1)
    [scan] = [r for r in all_scans(event.db) if r.attendee_id == event.id("agnes")]
    assert scan.offline is False


def all_scans(db):
    with db.unit() as s:
        return scans_repo.scans(s)


def test_two_offline_doors_letting_the_same_person_in_are_one_presence_and_one_conflict(event, replicas):
    clock = Clock()
    a = offline_station(replicas(DOOR_A), station="Door A", station_id=DOOR_A)
    b = offline_station(replicas(DOOR_B), station="Door B", station_id=DOOR_B)
    first = a.scan(event.codes["agnes"], now=clock())
    second = b.scan(event.codes["agnes"], now=clock())
    assert first.first_entry and second.first_entry  # each desk, alone, saw her first entry
    b.scan(event.codes["lukasz"], now=clock())
    upload(event.db, replicas(DOOR_A), DOOR_A, "Door A")
    upload(event.db, replicas(DOOR_B), DOOR_B, "Door B")

    assert count(event.db, ScanRow.__table__, ScanRow.attendee_id == event.id("agnes")) == 2
    assert count(event.db, PresenceRow.__table__, PresenceRow.attendee_id == event.id("agnes")) == 1
    assert presence_disagreements(event.db) == []
    [conflict] = find_conflicts(event.db)
    assert (conflict.attendee_name, conflict.checkpoint_title) == ("Agnès Lefèvre-Dupré", "Entrance")
    assert [(c.station, c.station_id, c.at, c.offline) for c in conflict.scans] == [
        ("Door A", DOOR_A, first.record.at, True),
        ("Door B", DOOR_B, second.record.at, True),
    ]
    # Once there, a door online sees her inside like everyone else.
    online = Station(event.db, ENTRANCE, station="Door C").scan(event.codes["agnes"], now=clock())
    assert online.reason is Reason.ALREADY_CHECKED_IN


def test_a_walk_in_made_offline_reaches_the_server_with_a_valid_badge(event, replicas):
    replica = replicas(DOOR_A)
    walk_in = offline_walk_in(
        replica, {"first_name": "Zoë", "last_name": "Van den Bossche", "country": "Belgium", "session_ids": [event.workshop.id]},
        operator="Marie", station="Desk 1", station_id=DOOR_A,
    )
    entered = offline_station(replica, station="Desk 1", station_id=DOOR_A).scan(walk_in.code)
    assert entered.verdict is Verdict.ACCEPTED
    offline_journal(replica, "print", walk_in.attendee.id, "Desk 1", "Marie", DOOR_A, copies=1)
    report = upload(event.db, replica, DOOR_A)
    assert (report.sent, report.skipped) == (3, 0)
    assert report.counts == SentCounts(scans=1, walk_ins=1, prints=1)
    assert upload(event.db, replica, DOOR_A).sent == 0

    assert badges.current_code(event.db, walk_in.attendee.id) == walk_in.code
    at_door = Station(event.db, ENTRANCE, station="Door C").scan(walk_in.code)
    assert (at_door.attendee.full_name, at_door.reason) == ("Zoë Van den Bossche", Reason.ALREADY_CHECKED_IN)
    assert at_door.attendee.session_ids == (event.workshop.id,) and at_door.attendee.walk_in
    kinds = sorted(k for k in _journal_kinds(event.db, walk_in.attendee.id))
    assert kinds == ["print", "walk_in"]


def _journal_kinds(db, attendee_id):
    with db.unit() as s:
        return s.execute(select(JournalRow.kind).where(JournalRow.attendee_id == attendee_id, JournalRow.station_id == DOOR_A)).scalars().all()
