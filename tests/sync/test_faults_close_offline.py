"""A station closed, or its process killed, while offline with scans queued: the next start uploads them.

The queue lives in the replica file, written in the same commit as each offline verdict, so
closing the window (or the laptop dying) loses nothing: a new station on the same replica starts
offline, keeps scanning, and uploads everything once the server answers again.

    python -m tests.sync.test_faults_close_offline SERVER_URL REPLICA STATION_ID CODES_FILE
        (a station process the second test kills: prints each acknowledged scan as JSON)
"""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from checkin.domain.verdicts import ENTRANCE, DirectionMode
from tests.netproxy import NetProxy
from tests.sync.faults import arrived, assert_each_acknowledged_scan_once, make_crowd, station, wait_caught_up

pytestmark = pytest.mark.postgres


def test_closed_while_offline_the_next_station_on_the_replica_uploads_the_queue(postgres_server, postgres_url, tmp_path):
    crowd = make_crowd(postgres_url, 30)
    station_id = str(uuid.uuid4())
    replica = tmp_path / "replica.checkin"
    acknowledged = []
    with NetProxy("127.0.0.1", postgres_server.port) as proxy:
        first = station(proxy.url(postgres_url), replica, station_id=station_id)
        try:
            acknowledged += [first.scan(code) for code in crowd.codes[:5]]
            proxy.drop()
            acknowledged += [first.scan(code) for code in crowd.codes[5:20]]
            assert not first.online and all(r.record.offline for r in acknowledged[5:])
            queued = first.pending
        finally:
            first.close()
        assert queued >= 15

        again = station(proxy.url(postgres_url), replica, station_id=station_id)
        try:
            assert not again.online and again.pending == queued, "the queue left by the closed station is not there"
            # Someone let in before the close is still inside for the new station.
            repeat = again.scan(crowd.codes[7])
            assert not repeat.first_entry
            acknowledged.append(repeat)
            acknowledged += [again.scan(code) for code in crowd.codes[20:]]
            proxy.resume()
            wait_caught_up(again)
        finally:
            again.close()

    assert_each_acknowledged_scan_once(postgres_url, [r.record for r in acknowledged])
    assert arrived(postgres_url) == 30


def _station_process(server_url: str, replica: str, station_id: str, codes_file: str) -> None:
    """Scan the codes on a station (offline: the test dropped the network), printing each verdict's record."""
    from checkin.sync import outbox
    from checkin.sync.resilient import ResilientStation

    codes = json.loads(Path(codes_file).read_text(encoding="utf-8"))
    rs = ResilientStation(server_url, ENTRANCE, DirectionMode.IN, station="Door 1", station_id=station_id, replica=replica,
                          deadline=0.5, probe_interval=0.2)
    for code in codes:
        record = rs.scan(code).record
        sys.stdout.write(json.dumps(outbox.scan_payload(record)) + "\n")
        sys.stdout.flush()
    sys.stdin.readline()  # killed here by the test, never closed


def test_station_process_killed_while_offline_the_next_start_uploads_its_queue(postgres_server, postgres_url, tmp_path):
    from checkin.sync import outbox

    crowd = make_crowd(postgres_url, 30)
    station_id = str(uuid.uuid4())
    replica = tmp_path / "replica.checkin"
    first = station(postgres_url, replica, station_id=station_id)  # makes the replica while the server answers
    first.close()
    codes_file = tmp_path / "codes.json"
    codes_file.write_text(json.dumps(crowd.codes[:20]), encoding="utf-8")
    with NetProxy("127.0.0.1", postgres_server.port) as proxy:
        proxy.drop()
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.test_faults_close_offline", proxy.url(postgres_url), str(replica), station_id, str(codes_file)],
            cwd=Path(__file__).resolve().parents[2], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        acknowledged = []
        try:
            for _ in range(20):
                line = child.stdout.readline()
                assert line, "the station process ended before scanning everyone"
                acknowledged.append(outbox.scan_from_payload(json.loads(line)))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(30)
            child.stdin.close()
            child.stdout.close()
        assert all(r.offline for r in acknowledged)

        proxy.resume()
        again = station(proxy.url(postgres_url), replica, station_id=station_id)
        try:
            wait_caught_up(again)
        finally:
            again.close()
    assert_each_acknowledged_scan_once(postgres_url, acknowledged)
    assert arrived(postgres_url) == 20


if __name__ == "__main__":
    _station_process(*sys.argv[1:5])
