"""What the fault tests share: an event on the server, stations with short deadlines, bursts, and the invariant.

The invariant every fault test ends with: every scan the station acknowledged (returned a verdict
for) is on the server exactly once: present, by its own id, for the same person and door, and no
other row from that station beside it (a scan decided twice, online too late and offline, must
not become two). Presence on the server agrees with a replay of its scan log.
"""
from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from itertools import cycle
from typing import Callable

from sqlalchemy import select

from checkin.domain.verdicts import ENTRANCE, DirectionMode
from checkin.domain.scan_log import ScanRecord
from checkin.services.scanning import ScanResult
from checkin.storage import scan_repository as scans_repo
from checkin.storage.database import open_database
from checkin.storage.tables import ScanRow
from tests.services.scan_event import make_scan_event, presence_disagreements

# Short enough that a test spends little time waiting for the station to notice, long enough that
# a busy CI machine does not take a slow loopback answer for an outage.
DEADLINE_S = 0.5
PROBE_S = 0.2
# How long a test waits for the station to come back before it fails (a bound, never a target).
RECOVERY_S = 30.0


@dataclass
class Crowd:
    """An event on the server with ``size`` people, each a badge code, scanned in this order."""

    url: str
    codes: list[str]  # one per person
    people: list[str]  # attendee ids, same order


def make_crowd(server_url: str, size: int = 120) -> Crowd:
    event = make_scan_event(server_url, extra_people=size)
    event.db.dispose()
    keys = [f"extra{n}" for n in range(size)]
    return Crowd(server_url, [event.codes[k] for k in keys], [event.id(k) for k in keys])


def station(server_url: str, replica: Path, name: str = "Door 1", station_id: str | None = None, **options):
    """A ResilientStation at the entrance with the tests' short deadline and probe interval."""
    from checkin.sync.resilient import ResilientStation

    options.setdefault("deadline", DEADLINE_S)
    options.setdefault("probe_interval", PROBE_S)
    return ResilientStation(server_url, ENTRANCE, DirectionMode.IN, station=name, station_id=station_id or str(uuid.uuid4()),
                            replica=replica, **options)


@dataclass
class Burst:
    """Scans codes one after another (round and round) on a station, on a thread of its own (the
    window's lane), until stopped; ``pace`` seconds between scans, a busy door rather than a flood.

    ``acknowledged`` holds every verdict returned; ``failures`` every exception a scan raised
    instead (the station should raise none: a person at the door gets a verdict, whatever the network).
    """

    station: object
    codes: list[str]
    pace: float = 0.01
    acknowledged: list[ScanResult] = field(default_factory=list)
    failures: list[BaseException] = field(default_factory=list)
    _progress: threading.Condition = field(default_factory=threading.Condition)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    @property
    def records(self) -> list[ScanRecord]:
        with self._progress:
            return [r.record for r in self.acknowledged]

    def answered(self) -> int:
        with self._progress:
            return len(self.acknowledged) + len(self.failures)

    def _run(self) -> None:
        for code in cycle(self.codes):
            if self._stop.is_set():
                return
            try:
                result = self.station.scan(code)
            except Exception as exc:
                with self._progress:
                    self.failures.append(exc)
                    self._progress.notify_all()
            else:
                with self._progress:
                    self.acknowledged.append(result)
                    self._progress.notify_all()
            self._stop.wait(self.pace)

    def start(self) -> "Burst":
        self._thread = threading.Thread(target=self._run, name="burst")
        self._thread.start()
        return self

    def wait_for(self, count: int, timeout: float = RECOVERY_S) -> None:
        """Return once ``count`` scans in all have been answered (verdict or exception); fail if the
        station stops answering (a scan hanging on the network)."""
        with self._progress:
            done = self._progress.wait_for(lambda: len(self.acknowledged) + len(self.failures) >= count, timeout)
        assert done, f"the station hangs: only {self.answered()} of {count} scans answered"

    def more(self, count: int) -> None:
        """Wait for ``count`` more answers than so far."""
        self.wait_for(self.answered() + count)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(RECOVERY_S)
            assert not self._thread.is_alive(), "the station hangs: a scan did not return"


def wait_until(condition: Callable[[], bool], what: str, timeout: float = RECOVERY_S) -> None:
    """Poll ``condition`` until true; fail saying ``what`` did not happen."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"{what} did not happen within {timeout:g} s"
        time.sleep(0.05)


def wait_caught_up(rs, timeout: float = RECOVERY_S) -> None:
    """Until the station is back online with nothing left in its queue."""
    wait_until(lambda: rs.online and rs.pending == 0, "the station coming back online with an empty queue", timeout)


def server_scans(server_url: str) -> list:
    db = open_database(server_url)
    try:
        with db.unit() as s:
            return list(s.execute(select(ScanRow)).scalars())
    finally:
        db.dispose()


def assert_each_acknowledged_scan_once(server_url: str, acknowledged: list[ScanRecord], unanswered: int = 0) -> None:
    """The invariant (see the module's description). ``unanswered``: scans that raised instead of
    answering; each may or may not have reached the server, but no more than that many extra rows."""
    rows = server_scans(server_url)
    by_id = {row.id: row for row in rows}
    assert len(by_id) == len(rows)
    missing = [r.id for r in acknowledged if r.id not in by_id]
    assert not missing, f"{len(missing)} of {len(acknowledged)} acknowledged scans are not on the server"
    wrong = [r.id for r in acknowledged if (by_id[r.id].attendee_id, by_id[r.id].checkpoint_id) != (r.attendee_id, r.checkpoint_id)]
    assert not wrong, f"{len(wrong)} scans are on the server for another person or door"
    stations = {r.station_id for r in acknowledged}
    ours = {r.id for r in acknowledged}
    extra = [row.id for row in rows if row.station_id in stations and row.id not in ours]
    assert len(extra) <= unanswered, f"{len(extra)} scans on the server that the stations never acknowledged"
    db = open_database(server_url)
    try:
        assert presence_disagreements(db) == []
    finally:
        db.dispose()


def arrived(server_url: str) -> int:
    db = open_database(server_url)
    try:
        with db.unit() as s:
            return scans_repo.arrived_count(s, ENTRANCE)
    finally:
        db.dispose()
