"""Benchmark: attendance exports and the dashboard's statistics on large events.

- Attendance matrix as XLSX for 10,000 attendees × 20 sessions (entrance + 20 session columns of
  first check-in times, plus the attendee's fields), from the event file to the finished file.
  Target ≤ 10 s. The same as CSV is reported.
- ``event_stats`` (everything the live dashboard shows) on an event of 100,000 attendees and
  300,000 scans: the first call (every session's peak replayed from the log), then refreshes with
  no new scan, and refreshes after a scan in the largest session (its peak played on from the new
  scans). It runs on a worker thread; the GUI thread only receives the finished numbers, so it is
  reported, not held to the 100 ms GUI budget.

Scans are written straight into the scan log and presence tables, shaped as a door would write them
(entrance check-ins through the morning, session entries and exits), because running 300,000 scans
through the Station would measure the scanning, not the statistics.

    python benchmarks/bench_exports.py
"""
from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, time as clock, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _util  # noqa: E402  (makes the project importable)

from checkin.domain.model import Session, SessionKind, new_id  # noqa: E402
from checkin.domain.verdicts import ENTRANCE  # noqa: E402
from checkin.domain.verdicts import DirectionMode  # noqa: E402
from checkin.services.badges import ensure_codes  # noqa: E402
from checkin.services.demo import generate_attendees  # noqa: E402
from checkin.services.scanning import Station  # noqa: E402
from checkin.services.event import new_event  # noqa: E402
from checkin.services.exports import ExportFormat, ExportKind, ExportRequest, export  # noqa: E402
from checkin.services.statistics import event_stats  # noqa: E402
from checkin.storage import repositories as repo  # noqa: E402
from checkin.storage.database import Database  # noqa: E402
from checkin.storage.report_repository import latest_scan_time  # noqa: E402

SEED = 2026
FIRST_DAY = date(2026, 3, 20)
ZONE = ZoneInfo("Europe/Brussels")
EXPORT_ATTENDEES, EXPORT_SESSIONS = 10_000, 20
STATS_ATTENDEES, STATS_SCANS = 100_000, 300_000
TARGET_XLSX_S = 10.0
STATS_REFRESHES = 10


def _sessions(count: int) -> list[Session]:
    """``count`` sessions over three days, four parallel rooms at a time, capacities of 40 to 800."""
    rng = random.Random(SEED)
    sessions = []
    for i in range(count):
        day, slot, room = divmod(i, 8)[0] % 3, (i // 4) % 2, i % 4
        start = datetime.combine(FIRST_DAY + timedelta(days=day), clock(9 + 3 * slot), ZONE).astimezone(timezone.utc)
        kind = SessionKind.SITE_VISIT if room == 3 else SessionKind.WORKSHOP if room else SessionKind.PLENARY
        capacity = None if kind is SessionKind.PLENARY else rng.choice((40, 60, 120, 800))
        sessions.append(Session(new_id(), f"Session {i + 1:02d}", kind, start, start + timedelta(hours=2), f"Room {room}", capacity))
    return sessions


def make_event(path: Path, attendees: int, sessions: int) -> tuple[Database, list, list[Session]]:
    db, _event = new_event(path, "Security, Democracy & Cities", FIRST_DAY, FIRST_DAY + timedelta(days=2), "Brussels")
    programme = _sessions(sessions)
    people = generate_attendees(attendees, SEED, programme)
    with db.unit() as s:
        for session in programme:
            repo.add_session(s, session)
        repo.insert_attendees(s, people)
    return db, people, programme


def write_scans(db: Database, people, programme: list[Session], total: int) -> int:
    """A scan log of about ``total`` scans: entrance check-ins, then session entries and some exits."""
    rng = random.Random(SEED)
    starts = {s.id: s.starts_at for s in programme}
    morning = datetime.combine(FIRST_DAY, clock(7, 30), ZONE).astimezone(timezone.utc)
    scans, presence = [], []

    def add(at: datetime, checkpoint: str, person: str, direction: str) -> str:
        scan_id = new_id()
        scans.append((scan_id, at.replace(tzinfo=None).isoformat(" "), checkpoint, direction, "", "scanner", person,
                      "accepted", "ok", 1, None, "Desk", ""))
        return scan_id

    active = [a for a in people if a.status.is_active]
    rng.shuffle(active)
    for person in active[: int(len(active) * 0.9)]:
        if len(scans) >= total:
            break
        arrived = morning + timedelta(seconds=rng.randrange(4 * 3600))
        first = add(arrived, ENTRANCE, person.id, "in")
        presence.append((person.id, ENTRANCE, 1, arrived, first, 1))
        for session_id in person.session_ids:
            if len(scans) >= total:
                break
            entered = starts[session_id] + timedelta(seconds=rng.randrange(-900, 900))
            first = add(entered, session_id, person.id, "in")
            left = rng.random() < 0.5
            if left:
                add(entered + timedelta(minutes=rng.randrange(20, 120)), session_id, person.id, "out")
            presence.append((person.id, session_id, 0 if left else 1, entered, first, 1))
    with db.unit() as s:
        raw = s.connection().connection.driver_connection
        raw.executemany(
            "INSERT INTO scan (id, at, checkpoint_id, direction, code, method, attendee_id, verdict, reason, moves,"
            " annuls, station, operator) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            scans,
        )
        raw.executemany(
            "INSERT INTO presence (attendee_id, checkpoint_id, inside, first_in_at, first_in_station, first_scan_id,"
            " last_at, entries) VALUES (?,?,?,?,'Desk',?,?,?)",
            [(a, c, inside, at.replace(tzinfo=None).isoformat(" "), first, at.replace(tzinfo=None).isoformat(" "), n)
             for a, c, inside, at, first, n in presence],
        )
        # Each door's scan counter, as the stations keep it.
        per_checkpoint: dict[str, int] = {}
        for scan in scans:
            per_checkpoint[scan[2]] = per_checkpoint.get(scan[2], 0) + 1
        raw.executemany(
            "INSERT INTO checkpoint (id, reentry, allow_unregistered, tolerance_minutes, require_arrival, scans)"
            " VALUES (?, 'accept', 0, 15, 1, ?)",
            list(per_checkpoint.items()),
        )
    return len(scans)


def _bench_stats(tmp: Path) -> list[dict]:
    db, people, programme = make_event(tmp / "stats.checkin", STATS_ATTENDEES, EXPORT_SESSIONS)
    written = write_scans(db, people, programme, STATS_SCANS)
    _stats, first_s = _util.timed(lambda: event_stats(db, FIRST_DAY))
    quiet, busy = [], []
    registered = {s.id: sum(1 for a in people if s.id in a.session_ids) for s in programme}
    plenary = max(programme, key=lambda s: registered[s.id])
    door = Station(db, plenary.id, DirectionMode.BOTH, station="Side door")
    codes = ensure_codes(db, [a.id for a in people[:STATS_REFRESHES] if plenary.id in a.session_ids])
    with db.unit() as s:
        now = latest_scan_time(s)
    for attendee_id, code in codes.items():
        stats, seconds = _util.timed(lambda: event_stats(db, FIRST_DAY))
        quiet.append(seconds)
        now += timedelta(seconds=20)  # a door scans now, after everything in the log
        door.scan(code, now=now)
        _stats, seconds = _util.timed(lambda: event_stats(db, FIRST_DAY))
        busy.append(seconds)
    db.dispose()
    assert stats.arrived > 0 and any(s.peak for s in stats.sessions)
    what = f"Dashboard statistics (event_stats), {STATS_ATTENDEES:,} attendees and {written:,} scans, on a worker thread"
    return [_util.row(
        what, "reported",
        f"first {_util.ms(first_s)}; then median {_util.ms(statistics.median(quiet))} with no new scan, "
        f"{_util.ms(statistics.median(busy))} after a scan in the largest session ({registered[plenary.id]:,} registered)",
        None,
    )]


def _bench_attendance(tmp: Path) -> list[dict]:
    db, people, programme = make_event(tmp / "export.checkin", EXPORT_ATTENDEES, EXPORT_SESSIONS)
    written = write_scans(db, people, programme, EXPORT_ATTENDEES * 4)
    rows = []
    for fmt, target in ((ExportFormat.XLSX, TARGET_XLSX_S), (ExportFormat.CSV, None)):
        path = tmp / f"attendance.{fmt.value}"
        result, seconds = _util.timed(lambda: export(db, ExportRequest(ExportKind.ATTENDANCE, fmt, path)))
        assert result.rows >= EXPORT_ATTENDEES * 0.95
        rows.append(_util.row(
            f"Attendance {fmt.value.upper()}: {result.rows:,} attendees × {EXPORT_SESSIONS} sessions ({written:,} scans), "
            f"event file to finished file ({path.stat().st_size / 1e6:.1f} MB)",
            f"≤ {target:g} s" if target else "reported", f"{seconds:.2f} s", seconds <= target if target else None,
        ))
    db.dispose()
    return rows


def run() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="checkin-bench-exports-") as tmp:
        return _bench_attendance(Path(tmp)) + _bench_stats(Path(tmp))


if __name__ == "__main__":
    for result in run():
        print(result)
