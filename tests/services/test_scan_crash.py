"""Nothing lost: a station killed in the middle of a burst of scans keeps every scan it acknowledged.

A child process (tests/services/scan_burst.py) scans as fast as it can and writes each scan's id
once scan() has returned; the test kills it with SIGKILL after a number of acknowledgements, at a
moment when the next scan is usually half-way through its transaction, then reopens the event file.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from checkin.services.event import open_event
from checkin.storage import scan_repository as scans_repo
from tests.services.scan_event import make_scan_event, presence_disagreements

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def burst_until(path: Path, acknowledgements: int, log: Path) -> list[str]:
    """Start the burst, kill it after ``acknowledgements`` scan ids, and return the ids it wrote."""
    with open(log, "w") as errors:
        child = subprocess.Popen([sys.executable, "-m", "tests.services.scan_burst", str(path)], cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=errors, text=True)
        acknowledged = []
        try:
            while len(acknowledged) < acknowledgements:
                line = child.stdout.readline()
                assert line.endswith("\n"), f"the burst stopped by itself:\n{log.read_text()}"
                acknowledged.append(line.strip())
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
            # A line written between the last read and the kill was acknowledged too.
            acknowledged += [line.strip() for line in child.stdout.read().splitlines() if len(line.strip()) == 36]
        finally:
            if child.poll() is None:
                child.kill()
                child.wait(timeout=30)
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    return acknowledged


@pytest.mark.parametrize("kill_after", [[1, 40, 3], [17, 260], [5, 5, 5, 120]])
def test_every_acknowledged_scan_survives_a_kill_mid_burst(tmp_path, kill_after):
    path = tmp_path / "door.checkin"
    make_scan_event(path, extra_people=30).db.dispose()
    acknowledged: list[str] = []
    for round_number, count in enumerate(kill_after):
        acknowledged += burst_until(path, count, tmp_path / f"burst{round_number}.log")
        with closing(sqlite3.connect(path)) as raw:  # the file itself is sound after every kill
            assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)

    db, _event = open_event(path)
    try:
        with db.unit() as s:
            logged = scans_repo.scans(s)
        stored = {scan.id for scan in logged}
        assert set(acknowledged) <= stored, f"{len(set(acknowledged) - stored)} acknowledged scans lost"
        # At most the scan being made at each kill can have committed without its id being written.
        assert len(stored) - len(acknowledged) <= len(kill_after)
        assert len(set(acknowledged)) == len(acknowledged)
        assert not presence_disagreements(db), "presence does not agree with the scan log"
    finally:
        db.dispose()
