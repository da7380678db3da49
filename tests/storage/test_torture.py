"""Torture: kill -9 at random moments while three stations scan, two imports run and backups are taken.

Every round ends with SQLite's integrity check, every acknowledged scan found in the file, nobody
imported twice, and every finished backup sound. CI runs ten rounds; more with CHECKIN_TORTURE_ROUNDS.
"""
from __future__ import annotations

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from checkin.storage import backup
from tests.services.scan_event import make_scan_event

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
LISTED = 1500


def write_list(path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as file:
        out = csv.writer(file)
        out.writerow(["First name", "Last name", "Email", "Organisation"])
        for n in range(LISTED):
            out.writerow([f"Ana{n}", f"Listed{n}", f"listed{n}@cities.eu", f"City {n % 140}"])
    return path


class Worker:
    """A child process whose stdout lines are its acknowledgements, read as they come."""

    def __init__(self, command: list[str], log: Path):
        self.log = open(log, "a")
        self.process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=self.log, text=True)
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line.strip())

    def kill(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self._reader.join(timeout=30)
        self.process.stdout.close()
        self.log.close()


def loop(*args: str) -> list[str]:
    """A shell loop running one checkin command again and again, saying 'done' after each success."""
    command = " ".join(f"'{a}'" for a in [sys.executable, "-m", "checkin", *args])
    return ["bash", "-c", f"while true; do {command} >/dev/null 2>&1 && echo done; done"]


def test_kill_9_at_random_moments_loses_nothing_acknowledged(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKIN_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "venue.checkin"
    make_scan_event(path, extra_people=40).db.dispose()
    listing = write_list(tmp_path / "list.csv")
    rounds = int(os.environ.get("CHECKIN_TORTURE_ROUNDS", "10"))
    rng = random.Random(20261208)
    acknowledged: set[str] = set()
    for number in range(rounds):
        log = tmp_path / f"round{number}.log"
        workers = [Worker([sys.executable, "-m", "tests.services.scan_burst", str(path)], log) for _ in range(3)]
        importers = [Worker(loop("--db", str(path), "import", str(listing)), log) for _ in range(2)]
        backups = Worker(loop("--db", str(path), "backup", "--out", str(tmp_path / f"copy{number}.checkin")), log)
        time.sleep(rng.uniform(0.8, 3.5))
        everyone = [*workers, *importers, backups]
        rng.shuffle(everyone)
        for worker in everyone:
            worker.kill()
        # The importer loops run in bash: their checkin children may outlive the shell for a moment.
        subprocess.run(["pkill", "-9", "-f", str(listing)], check=False)
        for worker in workers:
            acknowledged |= {line for line in worker.lines if len(line) == 36}
        with closing(sqlite3.connect(path)) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",), f"round {number}"
            stored = {row[0] for row in raw.execute("SELECT id FROM scan")}
            twice = raw.execute(
                "SELECT count(*) FROM (SELECT email FROM attendee WHERE email LIKE 'listed%' GROUP BY email HAVING count(*) > 1)"
            ).fetchone()[0]
            listed = raw.execute("SELECT count(*) FROM attendee WHERE email LIKE 'listed%'").fetchone()[0]
        missing = acknowledged - stored
        assert not missing, f"round {number}: {len(missing)} acknowledged scans lost"
        assert twice == 0, f"round {number}: {twice} people imported twice"
        assert listed in (0, LISTED), f"round {number}: a killed import left {listed} of {LISTED} people"
        copy = tmp_path / f"copy{number}.checkin"
        if copy.exists():
            assert backup.check_file(copy, full=True) == [], f"round {number}: a finished backup is damaged"
    assert len(acknowledged) > 100, "the stations hardly scanned: the test proved little"
