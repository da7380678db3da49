"""The PostgreSQL server killed in the middle of a burst of scans, then started again.

The station must go offline by itself, keep giving verdicts against its replica (a person scanned
online just before still counts as inside), and once the server is back upload its queue while
the door keeps scanning. Then every acknowledged scan is on the server exactly once.
"""
from __future__ import annotations

from collections import Counter

import pytest

from tests.sync.faults import Burst, arrived, assert_each_acknowledged_scan_once, make_crowd, station, wait_caught_up, wait_until

pytestmark = pytest.mark.postgres


def test_server_killed_mid_burst_station_goes_offline_and_catches_up(private_postgres_server, tmp_path):
    from checkin.sync.resilient import Connection

    server = private_postgres_server
    url = server.create_database()
    crowd = make_crowd(url, 150)
    states = []
    rs = station(url, tmp_path / "replica.checkin", on_state_changed=states.append)
    burst = Burst(rs, crowd.codes)
    try:
        wait_until(lambda: rs.online, "the station going online")
        states.clear()
        burst.start()
        burst.wait_for(15)
        server.kill()
        wait_until(lambda: not rs.online, "the station going offline")
        burst.more(15)
        assert rs.pending > 0
        server.restart()
        wait_caught_up(rs)
        burst.more(10)
    finally:
        burst.stop()
        rs.close()

    assert burst.failures == []
    decided = Counter(r.record.offline for r in burst.acknowledged)
    assert decided[True] >= 15 and decided[False] >= 15, decided
    assert not burst.acknowledged[-1].record.offline, "the last scans, after the server came back, were not decided online"
    assert states[0] is Connection.OFFLINE and states[-1] is Connection.ONLINE
    assert_each_acknowledged_scan_once(url, burst.records)
    people = {r.record.attendee_id for r in burst.acknowledged}
    assert arrived(url) == len(people)
    first_entries = Counter(r.record.attendee_id for r in burst.acknowledged if r.first_entry)
    assert set(first_entries) == people and max(first_entries.values()) == 1, "someone was let in twice"
