"""An upload of the offline queue cut off half-way, then retried: nothing doubled, nothing lost.

Two ways to cut it: the network dropped just as a batch is being committed (the server never
gets the COMMIT, the batch is rolled back), and the uploading process killed with SIGKILL right
after the server committed a batch but before the queue forgot it (the server has the batch and
the station does not know it). The retry must send exactly what the server lacks.

    python -m tests.sync.test_faults_upload_interrupted SERVER_URL REPLICA STATION_ID BATCH
        (the process the second test kills)
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from checkin.domain.verdicts import ENTRANCE, DirectionMode
from checkin.storage.database import open_database
from tests.netproxy import NetProxy
from tests.sync.faults import arrived, assert_each_acknowledged_scan_once, make_crowd, server_scans

pytestmark = pytest.mark.postgres

BATCH = 40
PEOPLE = 100


def _offline_scans(server_url: str, replica_path: Path, station_id: str):
    """A replica of the server's event, and a queue on it: everyone in, a third out, that third in again."""
    from checkin.sync.copy import refresh_replica
    from checkin.sync.cycle import open_replica
    from checkin.sync.offline import offline_station

    crowd = make_crowd(server_url, PEOPLE)
    server = open_database(server_url)
    replica = open_replica(replica_path)
    try:
        refresh_replica(server, replica, station_id)
    finally:
        server.dispose()
    door_in = offline_station(replica, ENTRANCE, DirectionMode.IN, "Door 1", station_id=station_id)
    door_out = offline_station(replica, ENTRANCE, DirectionMode.OUT, "Door 1 exit", station_id=station_id)
    some = crowd.codes[: PEOPLE // 3]
    acknowledged = [door_in.scan(code) for code in crowd.codes]
    acknowledged += [door_out.scan(code) for code in some]
    acknowledged += [door_in.scan(code) for code in some]
    assert all(r.record.offline for r in acknowledged)
    return replica, acknowledged


def test_network_dropped_while_a_batch_commits_then_the_retry_sends_the_rest(postgres_server, postgres_url, tmp_path):
    from checkin.sync import outbox
    from checkin.sync.upload import upload

    station_id = str(uuid.uuid4())
    replica, acknowledged = _offline_scans(postgres_url, tmp_path / "replica.checkin", station_id)
    queued = outbox.pending_count(replica)
    assert queued == len(acknowledged) == PEOPLE + 2 * (PEOPLE // 3)

    with NetProxy("127.0.0.1", postgres_server.port) as proxy:
        server = open_database(proxy.url(postgres_url))
        commits = []

        @event.listens_for(server.engine, "commit")
        def cut_the_third(conn):
            commits.append(conn)
            if len(commits) == 3:
                proxy.drop()  # the COMMIT of the third batch never reaches the server

        try:
            with pytest.raises(OperationalError):
                upload(server, replica, station_id, "Door 1", batch_size=BATCH)
            # Two batches are on the server and out of the queue; the third and the rest wait.
            assert len(server_scans(postgres_url)) == 2 * BATCH
            assert outbox.pending_count(replica) == queued - 2 * BATCH

            proxy.resume()
            report = upload(server, replica, station_id, "Door 1", batch_size=BATCH)
        finally:
            server.dispose()
    replica.dispose()

    assert (report.sent, report.skipped, report.remaining) == (queued - 2 * BATCH, 0, 0)
    assert_each_acknowledged_scan_once(postgres_url, [r.record for r in acknowledged])
    assert len(server_scans(postgres_url)) == queued
    assert arrived(postgres_url) == PEOPLE


def _upload_then_die_after_second_commit(server_url: str, replica_path: str, station_id: str, batch: str) -> None:
    """Upload, but SIGKILL this process when the second batch is committed on the server and not yet
    removed from the queue: a laptop's battery dying at the worst moment."""
    from checkin.sync import outbox
    from checkin.sync.cycle import open_replica
    from checkin.sync.upload import upload

    forget = outbox.remove
    batches = []

    def remove_or_die(db, seqs):
        batches.append(seqs)
        if len(batches) == 2:
            os.kill(os.getpid(), signal.SIGKILL)
        forget(db, seqs)

    outbox.remove = remove_or_die
    server = open_database(server_url)
    upload(server, open_replica(replica_path), station_id, "Door 1", batch_size=int(batch))


def test_uploader_killed_after_the_server_committed_then_the_retry_doubles_nothing(postgres_url, tmp_path):
    from checkin.sync import outbox
    from checkin.sync.cycle import open_replica
    from checkin.sync.upload import upload

    station_id = str(uuid.uuid4())
    path = tmp_path / "replica.checkin"
    replica, acknowledged = _offline_scans(postgres_url, path, station_id)
    queued = outbox.pending_count(replica)
    replica.dispose()

    child = subprocess.run(
        [sys.executable, "-m", "tests.sync.test_faults_upload_interrupted", postgres_url, str(path), station_id, str(BATCH)],
        cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    # The server committed two batches; the queue forgot only the first.
    assert len(server_scans(postgres_url)) == 2 * BATCH
    replica = open_replica(path)
    assert outbox.pending_count(replica) == queued - BATCH

    server = open_database(postgres_url)
    try:
        report = upload(server, replica, station_id, "Door 1", batch_size=BATCH)
    finally:
        server.dispose()
        replica.dispose()
    assert (report.sent, report.skipped, report.remaining) == (queued - 2 * BATCH, BATCH, 0)
    assert_each_acknowledged_scan_once(postgres_url, [r.record for r in acknowledged])
    assert len(server_scans(postgres_url)) == queued
    assert arrived(postgres_url) == PEOPLE


if __name__ == "__main__":
    _upload_then_die_after_second_commit(*sys.argv[1:5])
