"""Two stations cut off from the server at once, both letting the same people in.

Neither can know what the other did, so each lets the same person in. Once the network is back:
both scans are kept (they happened), presence counts each person once, and each person is listed
as a conflict for the organiser, naming both stations.
"""
from __future__ import annotations

import uuid

import pytest

from checkin.storage.database import open_database
from tests.netproxy import NetProxy
from tests.sync.faults import arrived, assert_each_acknowledged_scan_once, make_crowd, server_scans, station, wait_caught_up

pytestmark = pytest.mark.postgres

SAME_PEOPLE = 12


def test_two_offline_stations_letting_the_same_people_in_keep_both_scans_count_once_and_report_conflicts(
    postgres_server, postgres_url, tmp_path
):
    from checkin.sync.conflicts import find_conflicts

    crowd = make_crowd(postgres_url, SAME_PEOPLE + 2)
    ids = {"Door 1": str(uuid.uuid4()), "Door 2": str(uuid.uuid4())}
    with NetProxy("127.0.0.1", postgres_server.port) as proxy:
        doors = [station(proxy.url(postgres_url), tmp_path / name, name, ids[name]) for name in ids]
        acknowledged = []
        try:
            # One person each while online, so each replica has something of its own.
            acknowledged += [door.scan(code) for door, code in zip(doors, crowd.codes[-2:])]
            proxy.drop()
            for code in crowd.codes[:SAME_PEOPLE]:
                acknowledged += [door.scan(code) for door in doors]
            proxy.resume()
            assert not any(door.online for door in doors)
            for door in doors:
                wait_caught_up(door)
        finally:
            for door in doors:
                door.close()

    offline = acknowledged[2:]
    assert all(r.record.offline and r.first_entry for r in offline), "an offline station refused someone it had never seen"
    assert_each_acknowledged_scan_once(postgres_url, [r.record for r in acknowledged])
    assert len(server_scans(postgres_url)) == 2 + 2 * SAME_PEOPLE
    assert arrived(postgres_url) == SAME_PEOPLE + 2

    server = open_database(postgres_url)
    try:
        conflicts = find_conflicts(server)
    finally:
        server.dispose()
    assert sorted(c.attendee_id for c in conflicts) == sorted(crowd.people[:SAME_PEOPLE])
    for conflict in conflicts:
        assert {s.station for s in conflict.scans} == set(ids)
        assert {s.station_id for s in conflict.scans} == set(ids.values())
        assert all(s.offline for s in conflict.scans)
