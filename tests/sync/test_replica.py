"""The replica: a copy of the server's event a station scans against when offline (SQLite and PostgreSQL servers)."""
from __future__ import annotations

import pytest

from checkin.domain.codes import make_code
from checkin.domain.model import new_id
from checkin.domain.verdicts import ENTRANCE, Reason, Verdict
from checkin.services import badges
from checkin.services.event import open_event
from checkin.services.scanning import Station
from checkin.storage.database import create_database
from checkin.sync import outbox
from checkin.sync.copy import EVENT_TABLES, copy_event, refresh_replica
from checkin.sync.offline import offline_station
from tests.services.scan_event import Clock, make_scan_event
from tests.sync.helpers import make_replica, snapshot

STATION = "5b7c7a52-0000-4000-8000-00000000d00a"


@pytest.fixture
def event(db_url):
    ev = make_scan_event(db_url)
    yield ev
    ev.db.dispose()


def test_replica_equals_the_server_after_a_refresh(event, tmp_path):
    clock = Clock()
    ours = Station(event.db, ENTRANCE, station="Door A", station_id=STATION)
    theirs = Station(event.db, event.workshop.id, station="Room 2", station_id="other")
    ours.scan(event.codes["agnes"], now=clock())
    ours.scan(event.codes["agnes"], now=clock())  # refused: already in; ours, so it travels for undo
    theirs.scan(event.codes["bjorn"], now=clock())  # not registered: refused, someone else's, stays behind
    theirs.scan(event.codes["lukasz"], now=clock())  # moves him in: needed to replay an undo
    replica = make_replica(event.db, tmp_path / "station", STATION)
    try:
        mine_or_moving = lambda row: row["station_id"] == STATION or row["moves"]  # noqa: E731
        assert snapshot(replica) == snapshot(event.db, scan_filter=mine_or_moving)
        assert len(snapshot(replica)["scan"]) == 3
        assert len(snapshot(replica)["attendee"]) == len(event.people)

        # Changes on the server reach the replica at the next refresh, and nothing else is left over.
        badges.reissue_badge(event.db, event.id("jiri"), "lost")
        theirs.scan(event.codes["siobhan"], now=clock())
        assert refresh_replica(event.db, replica, STATION) is not None
        assert snapshot(replica) == snapshot(event.db, scan_filter=mine_or_moving)
    finally:
        replica.dispose()


def test_a_replica_with_queued_records_is_not_overwritten(event, tmp_path):
    replica = make_replica(event.db, tmp_path / "station", STATION)
    try:
        offline_station(replica, station="Door A", station_id=STATION).scan(event.codes["agnes"])
        assert refresh_replica(event.db, replica, STATION) is None
        assert outbox.pending_count(replica) == 1
        assert len(snapshot(replica)["scan"]) == 1
    finally:
        replica.dispose()


def test_offline_verdicts_check_badge_signatures_against_the_replica(event, tmp_path):
    replica = make_replica(event.db, tmp_path / "station", STATION)
    try:
        station = offline_station(replica, station="Door A", station_id=STATION)
        clock = Clock()
        welcome = station.scan(event.codes["agnes"], now=clock())
        assert (welcome.verdict, welcome.first_entry, welcome.record.offline) == (Verdict.ACCEPTED, True, True)
        again = station.scan(event.codes["agnes"], now=clock())
        assert again.reason is Reason.ALREADY_CHECKED_IN
        forged = make_code(b"not the event's secret".ljust(32, b"!"), event.id("lukasz"), 0)
        assert station.scan(forged, now=clock()).reason is Reason.FORGED_CODE
        # Signed with the event's secret but never issued here: a badge from a newer list.
        unknown = make_code(secret_of(event), new_id(), 0)
        assert station.scan(unknown, now=clock()).reason is Reason.UNKNOWN_CODE
        cancelled = station.scan(event.codes["hrvoje"], now=clock())
        assert cancelled.verdict is Verdict.REJECTED
        assert outbox.pending_count(replica) == 5
        undone = station.undo_last(now=clock())
        assert undone is not None and undone.annulled.id == cancelled.record.id
        assert outbox.pending_count(replica) == 6
    finally:
        replica.dispose()


def secret_of(event) -> bytes:
    from checkin.storage import event_repository

    with event.db.unit() as s:
        return event_repository.event_secret(s)


def test_publishing_an_event_file_keeps_its_secret_and_everything_else(tmp_path, postgres_url):
    prepared = make_scan_event(tmp_path / "prepared.checkin")
    Station(prepared.db, ENTRANCE, station="Rehearsal").scan(prepared.codes["agnes"])
    server = create_database(postgres_url)
    try:
        report = copy_event(prepared.db, server)
        assert report.rows["attendee"] == len(prepared.people)
        assert snapshot(server, EVENT_TABLES) == snapshot(prepared.db, EVENT_TABLES)
        # A badge printed from the file is valid at a door of the shared event.
        result = Station(server, ENTRANCE, station="Door B").scan(prepared.codes["lukasz"])
        assert result.verdict is Verdict.ACCEPTED
        _db, published = open_event(postgres_url)
        _db.dispose()
        assert published.name == "Security, Democracy & Cities"
    finally:
        server.dispose()
        prepared.db.dispose()


def test_opening_a_station_replica_as_an_event_is_refused_with_what_to_do(tmp_path):
    """Scans written into the copy would never reach the server: the app says so instead of accepting them."""
    from checkin.i18n import UserError
    from checkin.services.event import new_event, open_event
    from checkin.sync.copy import refresh_replica
    from checkin.sync.cycle import open_replica

    server, _event = new_event(tmp_path / "server.checkin", "Cities Forum")
    replica = open_replica(tmp_path / "replica.checkin")
    refresh_replica(server, replica, "station-1")
    replica.dispose()
    server.dispose()
    with pytest.raises(UserError) as raised:
        open_event(tmp_path / "replica.checkin")
    assert "offline copy" in str(raised.value) and "Shared database" in str(raised.value)
