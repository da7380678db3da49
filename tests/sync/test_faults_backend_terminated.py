"""The station's server connections cut (pg_terminate_backend) in the middle of a burst of scans.

What an administrator's kill, a server-side idle timeout or a restarted pooler does: the socket is
closed under the station, possibly inside a scan's transaction. The station must answer every scan
(online again on a new connection, or offline for a moment) and lose or double nothing.
"""
from __future__ import annotations

from collections import Counter

import pytest

from tests.sync.faults import Burst, arrived, assert_each_acknowledged_scan_once, make_crowd, station, wait_caught_up, wait_until

pytestmark = pytest.mark.postgres

CUTS = 4


def test_backend_terminated_mid_burst_loses_and_doubles_nothing(postgres_server, postgres_url, tmp_path):
    crowd = make_crowd(postgres_url, 150)
    rs = station(postgres_url, tmp_path / "replica.checkin")
    burst = Burst(rs, crowd.codes)
    cut = []
    try:
        wait_until(lambda: rs.online, "the station going online")
        burst.start()
        for _ in range(CUTS):
            burst.more(12)
            cut.append(postgres_server.terminate_backends(postgres_url))
            burst.more(12)
            wait_caught_up(rs)
        burst.more(10)
    finally:
        burst.stop()
        rs.close()

    assert all(cut), f"the test cut no connection at some point: {cut}"
    assert burst.failures == []
    assert_each_acknowledged_scan_once(postgres_url, burst.records)
    people = {r.record.attendee_id for r in burst.acknowledged}
    assert arrived(postgres_url) == len(people)
    first_entries = Counter(r.record.attendee_id for r in burst.acknowledged if r.first_entry)
    assert set(first_entries) == people and max(first_entries.values()) == 1, "someone was let in twice"
