"""Benchmark: the live-refresh poll (checkin.services.changes) on 100,000 attendees and 300,000 scans.

Every desk and door asks this once a second, so its cost is paid all day by every station and by
the shared server:

- a quiet look (nothing changed: the marker's few indexed queries), p50 / p95;
- a look after another station scanned one badge and edited one person (the window's rows read,
  the two people read afresh), p95;
- the same on PostgreSQL over loopback when a server can be started (100,000 attendees; the scan
  log starts empty there: the window's queries go by the index on the time, whatever the log's size).

    python benchmarks/bench_changes.py
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _util  # noqa: E402  (makes the project importable)
from bench_exports import EXPORT_SESSIONS, STATS_ATTENDEES, STATS_SCANS, make_event, write_scans  # noqa: E402
from bench_scan import OUT, _Cluster  # noqa: E402

from checkin.domain.verdicts import ENTRANCE, DirectionMode  # noqa: E402
from checkin.services import attendees as attendee_service  # noqa: E402
from checkin.services import changes  # noqa: E402
from checkin.services.badges import ensure_codes  # noqa: E402
from checkin.services.event import open_event  # noqa: E402
from checkin.services.scanning import Station  # noqa: E402
from tests.postgres import _bin_dir  # noqa: E402

QUIET_LOOKS = 200
BUSY_LOOKS = 30
TARGET_QUIET_MS = 10.0
TARGET_BUSY_MS = 50.0


def _measure(url: str, people) -> tuple[list[float], list[float]]:
    watcher_db, _event = open_event(url)
    other, _ = open_event(url)
    try:
        cursor = changes.start(watcher_db)
        quiet = []
        for _ in range(QUIET_LOOKS):
            (found, cursor), seconds = _util.timed(lambda: changes.look(watcher_db, cursor))
            assert found.empty
            quiet.append(seconds)
        at_the_door = [a for a in people if a.status.is_active][-BUSY_LOOKS:]
        codes = ensure_codes(other, [a.id for a in at_the_door])
        door = Station(other, ENTRANCE, DirectionMode.IN, station="Desk 2")
        busy = []
        for person in at_the_door:
            door.scan(codes[person.id])
            attendee_service.update_attendee(other, person.id, {"notes": "seen at desk 2"}, station="Desk 2")
            (found, cursor), seconds = _util.timed(lambda: changes.look(watcher_db, cursor))
            assert person.id in found.touched and found.check_ins[person.id] is not None
            busy.append(seconds)
        return quiet, busy
    finally:
        watcher_db.dispose()
        other.dispose()


def _rows(label: str, quiet: list[float], busy: list[float], judged: bool) -> list[dict]:
    p95_quiet, p95_busy = _util.percentile(quiet, 0.95), _util.percentile(busy, 0.95)
    return [
        _util.row(f"Live refresh, quiet look ({label})", f"≤ {TARGET_QUIET_MS:g} ms p95",
                  f"p50 {_util.ms(_util.percentile(quiet, 0.5))}, p95 {_util.ms(p95_quiet)} over {len(quiet)} looks",
                  p95_quiet * 1000 <= TARGET_QUIET_MS if judged else None),
        _util.row(f"Live refresh, look after a scan and an edit elsewhere ({label})", f"≤ {TARGET_BUSY_MS:g} ms p95",
                  f"p95 {_util.ms(p95_busy)}, max {_util.ms(max(busy))} over {len(busy)} looks",
                  p95_busy * 1000 <= TARGET_BUSY_MS if judged else None),
    ]


def _sqlite_rows(folder: Path) -> list[dict]:
    path = folder / "changes-100k.checkin"
    db, people, programme = make_event(path, STATS_ATTENDEES, EXPORT_SESSIONS)
    scans = write_scans(db, people, programme, STATS_SCANS)
    db.dispose()
    quiet, busy = _measure(str(path), people)
    return _rows(f"SQLite, 100,000 attendees, {scans:,} scans", quiet, busy, judged=True)


def _postgres_rows() -> list[dict]:
    bindir = _bin_dir()
    if bindir is None:
        return [_util.row("Live refresh (PostgreSQL over loopback)", "reported", "not measured: no PostgreSQL binaries", None)]
    root = Path(tempfile.mkdtemp(prefix="bench-changes-pg-", dir=OUT))
    cluster = _Cluster(bindir, root)
    try:
        url = cluster.start()
        db, people, programme = make_event(url, STATS_ATTENDEES, EXPORT_SESSIONS)
        db.dispose()
        quiet, busy = _measure(url, people)
        return _rows("PostgreSQL over loopback, 100,000 attendees", quiet, busy, judged=False)
    finally:
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)


def run() -> list[dict]:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-changes-", dir=OUT) as folder:
        rows = _sqlite_rows(Path(folder))
    return rows + _postgres_rows()


if __name__ == "__main__":
    for line in run():
        print(f"{line['benchmark']}: {line['result']} (target {line['target']}, ok={line['ok']})")
