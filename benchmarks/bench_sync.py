"""Benchmark: several desks on one PostgreSQL event, and a station catching up after the Wi-Fi came back.

Everything runs against a throwaway PostgreSQL cluster of its own, on loopback, with its durability
settings left on (fsync, synchronous_commit), started by the test suite's own server code.

- Verdict: ``Station.scan`` plus the verdict's sentence on the shared database, with the demo event
  at 700 and at 100,000 attendees (the scan mix of bench_scan: first entries, re-entries, exits,
  unknown and forged codes). Target ≤ 30 ms at the 95th percentile. Then the same through
  ``ResilientStation`` online (its deadline thread and replica mirror included), as a door runs it.
- Four doors at once: four separate processes, each with its own engine, scan 1,000 different
  badges each at the entrance at the same moment, and two pairs of them also scan the same 250
  people each, in the same order (the same person at two doors within milliseconds). No error, and
  the totals right: arrived = distinct people, one first entry each, one log row per scan.
- Catching up (checkin.sync): 5,000 scans made offline uploaded in ≤ 10 s; and the time to
  refresh a station's replica of the event at 700 and at 100,000 attendees.

    python benchmarks/bench_sync.py
"""
from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _util  # noqa: E402  (makes the project importable)

from bench_scan import ScanMix  # noqa: E402  (the same scan mix as the single-desk benchmark)
from checkin.domain.verdicts import ENTRANCE, Direction, DirectionMode  # noqa: E402
from checkin.services import badges  # noqa: E402
from checkin.services.demo import create_demo_event  # noqa: E402
from checkin.services.scanning import Station  # noqa: E402
from checkin.storage import event_repository as event_repo  # noqa: E402
from checkin.storage import repositories as repo  # noqa: E402
from checkin.storage import scan_repository as scans_repo  # noqa: E402
from checkin.storage.database import Database, open_database  # noqa: E402
from checkin.sync import outbox  # noqa: E402
from checkin.sync.copy import refresh_replica  # noqa: E402
from checkin.sync.cycle import open_replica  # noqa: E402
from checkin.sync.offline import offline_station  # noqa: E402
from checkin.sync.resilient import ResilientStation  # noqa: E402
from checkin.sync.upload import upload  # noqa: E402
from tests.postgres import PostgresServer, _bin_dir, throwaway_server  # noqa: E402  (the test suite's server)

SEED = 2026
SIZES = (700, 100_000)
VERDICT_SCANS = 600
TARGET_VERDICT_P95_MS = 30.0
DOORS = 4
BADGES_PER_DOOR = 1000
SHARED_PER_PAIR = 250  # people scanned at both doors of a pair
CROWD = DOORS * BADGES_PER_DOOR + DOORS // 2 * SHARED_PER_PAIR
QUEUE_SCANS = 5000
TARGET_UPLOAD_S = 10.0
OUT = Path(__file__).resolve().parent / "out"


# ---- one door's verdicts ------------------------------------------------------------------------


class DemoOnServer:
    """A demo event in a database of its own on the server, everyone with a badge code."""

    def __init__(self, server: PostgresServer, attendees: int):
        self.url = server.create_database()
        db, _summary = create_demo_event(self.url, attendees, SEED)
        try:
            self.codes = badges.ensure_codes(db)
            with db.unit() as s:
                self.people = repo.list_attendees(s)
                self.secret = event_repo.event_secret(s)
                self.event_id = event_repo.get_event(s).id
        finally:
            db.dispose()
        self.attendees = attendees


def _verdict_times(make_station, demo: DemoOnServer, rng: random.Random) -> tuple[list[float], Counter]:
    doors = {"in": make_station(DirectionMode.IN, "Bench door"), "out": make_station(DirectionMode.OUT, "Bench exit")}
    mix = ScanMix(demo.codes, demo.people, demo.secret, rng)
    text, way = mix.draw()
    str(doors[way].scan(text).message)  # the first scan opens the connection
    times, reasons = [], Counter()
    for _ in range(VERDICT_SCANS):
        text, way = mix.draw()
        start = time.perf_counter()
        result = doors[way].scan(text)
        str(result.message)
        times.append(time.perf_counter() - start)
        reasons[result.reason.value] += 1
    return times, reasons


def _verdict_row(label: str, demo: DemoOnServer, times: list[float], reasons: Counter) -> dict:
    p95 = _util.percentile(times, 0.95)
    mix = ", ".join(f"{n} {reason}" for reason, n in reasons.most_common())
    return _util.row(
        f"Scan → verdict on PostgreSQL over loopback ({label}, {demo.attendees:,} attendees, entrance)",
        f"≤ {TARGET_VERDICT_P95_MS:g} ms p95",
        f"p95 {_util.ms(p95)}, median {_util.ms(statistics.median(times))}, max {_util.ms(max(times))} over {len(times)} scans ({mix})",
        p95 * 1000 <= TARGET_VERDICT_P95_MS,
    )


def _verdict_rows(demo: DemoOnServer) -> list[dict]:
    db = open_database(demo.url)
    station_id = str(uuid.uuid4())
    try:
        times, reasons = _verdict_times(
            lambda mode, name: Station(db, ENTRANCE, mode, station=name, station_id=station_id), demo, random.Random(SEED))
        rows = [_verdict_row("Station", demo, times, reasons)]
    finally:
        db.dispose()
    rows += _resilient_verdict_rows(demo)
    return rows


class _OneWay:
    """One direction of a two-way ResilientStation, shaped like a Station for the scan mix; keeps the results."""

    def __init__(self, station, direction: Direction, results: list):
        self.station, self.direction, self.results = station, direction, results

    def scan(self, text):
        result = self.station.scan(text, direction=self.direction)
        self.results.append(result)
        return result


def _resilient_verdict_rows(demo: DemoOnServer) -> list[dict]:
    """The same mix through ResilientStation online, as a door runs it: the server's Station on the
    deadline thread, each online record mirrored to the replica on another."""
    results: list = []
    with tempfile.TemporaryDirectory(prefix="bench-sync-station-", dir=OUT) as folder:
        station = ResilientStation(demo.url, ENTRANCE, DirectionMode.BOTH, station="Bench door", station_id=str(uuid.uuid4()),
                                   replica=Path(folder) / "replica.checkin")
        try:
            _wait_online(station)
            ways = {DirectionMode.IN: _OneWay(station, Direction.IN, results), DirectionMode.OUT: _OneWay(station, Direction.OUT, results)}
            times, reasons = _verdict_times(lambda mode, _name: ways[mode], demo, random.Random(SEED + 1))
        finally:
            station.close()
    row = _verdict_row("ResilientStation online", demo, times, reasons)
    offline = sum(r.record.offline for r in results)
    if offline:
        row["result"] += f"; {offline} decided offline (the server missed the deadline)"
    return [row]


def _wait_online(station, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not station.online:
        if time.monotonic() > deadline:
            raise RuntimeError("the station did not go online")
        time.sleep(0.05)


# ---- four doors at once -------------------------------------------------------------------------


def _door_lists(people: list) -> list[list[str]]:
    """Each door's attendee ids in scan order: 1,000 of its own, and every fifth scan one of the
    250 its pair also scans, in the same order as the other door of the pair."""
    active = [a.id for a in people if a.status.is_active]
    random.Random(SEED).shuffle(active)
    own = [active[k * BADGES_PER_DOOR:(k + 1) * BADGES_PER_DOOR] for k in range(DOORS)]
    start = DOORS * BADGES_PER_DOOR
    shared = [active[start + p * SHARED_PER_PAIR:start + (p + 1) * SHARED_PER_PAIR] for p in range(DOORS // 2)]
    lists = []
    for k in range(DOORS):
        mine, theirs, sequence = iter(own[k]), iter(shared[k // 2]), []
        for index in range(BADGES_PER_DOOR + SHARED_PER_PAIR):
            sequence.append(next(theirs) if index % 5 == 4 else next(mine))
        lists.append(sequence)
    return lists


def door_worker(url: str, name: str, codes_file: str) -> None:
    """One door in its own process: open the event, say ready, wait for go, scan, answer in JSON."""
    codes = json.loads(Path(codes_file).read_text(encoding="utf-8"))
    db = open_database(url)
    station = Station(db, ENTRANCE, DirectionMode.IN, station=name, station_id=str(uuid.uuid4()))
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    sys.stdin.readline()
    times, first_entries, reasons, errors = [], [], Counter(), []
    started = time.perf_counter()
    for attendee_id, code in codes:
        before = time.perf_counter()
        try:
            result = station.scan(code)
            str(result.message)
        except Exception as exc:  # counted and shown in the table: the benchmark wants none
            errors.append(f"{type(exc).__name__}: {exc}")
            continue
        times.append(time.perf_counter() - before)
        reasons[result.reason.value] += 1
        if result.first_entry:
            first_entries.append(attendee_id)
    wall = time.perf_counter() - started
    db.dispose()
    sys.stdout.write(json.dumps({"times": times, "first": first_entries, "reasons": reasons, "errors": errors, "wall": wall}) + "\n")


def _crowd_row(demo: DemoOnServer) -> dict:
    lists = _door_lists(demo.people)
    with tempfile.TemporaryDirectory(prefix="bench-sync-doors-") as folder:
        doors = []
        for k, ids in enumerate(lists):
            path = Path(folder) / f"door{k}.json"
            path.write_text(json.dumps([(a, demo.codes[a]) for a in ids]), encoding="utf-8")
            doors.append(subprocess.Popen(
                [sys.executable, str(Path(__file__).resolve()), "--door", demo.url, f"Door {k + 1}", str(path)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=_util.ROOT,
            ))
        for door in doors:
            if door.stdout.readline().strip() != "ready":
                raise RuntimeError("a door process did not start (its error is printed above)")
        started = time.perf_counter()
        for door in doors:
            door.stdin.write("go\n")
            door.stdin.flush()
        answers = [json.loads(door.communicate()[0].strip().splitlines()[-1]) for door in doors]
        wall = time.perf_counter() - started

    distinct = {a for ids in lists for a in ids}
    made = sum(len(ids) for ids in lists)
    errors = [e for answer in answers for e in answer["errors"]]
    first = Counter(a for answer in answers for a in answer["first"])
    db = open_database(demo.url)
    try:
        with db.unit() as s:
            arrived = scans_repo.arrived_count(s, ENTRANCE)
            logged = scans_repo.scans(s)
            entries = {a: p.entries for a, p in scans_repo.presences(s, ENTRANCE).items()}
    finally:
        db.dispose()
    problems = []
    if errors:
        problems.append(f"{len(errors)} errors, e.g. {errors[0]}")
    if arrived != len(distinct):
        problems.append(f"arrived {arrived} for {len(distinct)} people")
    if set(first) != distinct or max(first.values()) != 1:
        problems.append(f"{sum(v > 1 for v in first.values())} people given two first entries, {len(distinct - set(first))} none")
    if set(entries) != distinct or any(n != 1 for n in entries.values()):
        problems.append("presence rows do not say one entry per person")
    if len(logged) != made:
        problems.append(f"{len(logged)} log rows for {made} scans")
    times = [t for answer in answers for t in answer["times"]]
    reasons = Counter()
    for answer in answers:
        reasons.update(answer["reasons"])
    result = (f"{made} scans by {DOORS} processes in {_util.ms(wall)} (slowest door {_util.ms(max(a['wall'] for a in answers))}); "
              f"per scan p95 {_util.ms(_util.percentile(times, 0.95))}, median {_util.ms(statistics.median(times))}, "
              f"max {_util.ms(max(times))}; {arrived} arrived, {len(first)} first entries, {len(logged)} log rows "
              f"({', '.join(f'{n} {r}' for r, n in reasons.most_common())})")
    if problems:
        result += "; " + "; ".join(problems)
    return _util.row(
        f"{DOORS} doors at once, separate processes: {BADGES_PER_DOOR:,} badges each, {DOORS // 2 * SHARED_PER_PAIR} people "
        f"scanned at two doors ({demo.attendees:,} attendees)",
        "no error; arrived = people, one first entry each, one row per scan", result, not problems,
    )


# ---- catching up (checkin.sync) -----------------------------------------------------------------


def _refresh_row(demo: DemoOnServer, folder: Path) -> tuple[dict, Database, Database, str]:
    """Make a station's replica of the event and refresh it again; returns the row and what the queue benchmark needs."""
    server = open_database(demo.url)
    replica = open_replica(folder / f"replica-{demo.attendees}.checkin")
    station_id = str(uuid.uuid4())
    first, first_s = _util.timed(lambda: refresh_replica(server, replica, station_id))
    again, again_s = _util.timed(lambda: refresh_replica(server, replica, station_id))
    copied = sum(first.rows.values())
    row = _util.row(
        f"Replica refresh: the server's event copied to a station's SQLite file ({demo.attendees:,} attendees)",
        "reported", f"first copy {_util.ms(first_s)}, again {_util.ms(again_s)} ({copied:,} rows, "
        f"{first.rows.get('scan', 0):,} scans)", None,
    )
    return row, server, replica, station_id


def _queue_rows(demo: DemoOnServer, server: Database, replica: Database, station_id: str) -> list[dict]:
    """5,000 scans decided on the replica (the server unreachable), then uploaded by checkin.sync."""
    with server.unit() as s:
        before = len(scans_repo.scans(s))
    doors = {way: offline_station(replica, ENTRANCE, mode, f"Bench offline {way}", station_id=station_id)
             for way, mode in (("in", DirectionMode.IN), ("out", DirectionMode.OUT))}
    mix = ScanMix(demo.codes, demo.people, demo.secret, random.Random(SEED + 5))
    times, made = [], []
    for _ in range(QUEUE_SCANS):
        text, way = mix.draw()
        start = time.perf_counter()
        result = doors[way].scan(text)
        str(result.message)
        times.append(time.perf_counter() - start)
        made.append(result.record.id)
    queued = outbox.pending_count(replica)
    report, upload_s = _util.timed(lambda: upload(server, replica, station_id, "Bench offline"))
    retry, retry_s = _util.timed(lambda: upload(server, replica, station_id, "Bench offline"))
    with server.unit() as s:
        log = scans_repo.scans(s)
    on_server = Counter(r.id for r in log)
    problems = []
    if queued != QUEUE_SCANS:
        problems.append(f"{queued} queued for {QUEUE_SCANS} scans")
    if len(log) != before + QUEUE_SCANS or any(on_server[i] != 1 for i in made):
        problems.append(f"{len(log) - before} rows on the server for {QUEUE_SCANS} scans")
    if report.sent != QUEUE_SCANS or outbox.pending_count(replica) or retry.sent:
        problems.append(f"sent {report.sent}, then {retry.sent} more, {outbox.pending_count(replica)} left")
    result = (f"{report.sent:,} scans in {report.batches} batches uploaded in {_util.ms(upload_s)} "
              f"({_util.ms(upload_s / max(1, report.sent))} a scan); nothing left, nothing doubled")
    if problems:
        result = f"{_util.ms(upload_s)}; " + "; ".join(problems)
    return [
        _util.row(f"Scan → verdict offline, on the replica, queued in the same commit ({demo.attendees:,} attendees)",
                  "reported", f"p95 {_util.ms(_util.percentile(times, 0.95))}, median {_util.ms(statistics.median(times))}, "
                  f"max {_util.ms(max(times))} over {len(times)} scans", None),
        _util.row(f"Offline queue of {QUEUE_SCANS:,} scans uploaded by checkin.sync to PostgreSQL ({demo.attendees:,} attendees)",
                  f"≤ {TARGET_UPLOAD_S:g} s", result, not problems and upload_s <= TARGET_UPLOAD_S),
    ]


def _sync_rows(demos: list[DemoOnServer]) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-sync-replicas-", dir=OUT) as folder:
        for demo in demos:
            row, server, replica, station_id = _refresh_row(demo, Path(folder))
            try:
                rows.append(row)
                if demo is demos[-1]:
                    rows += _queue_rows(demo, server, replica, station_id)
            finally:
                replica.dispose()
                server.dispose()
    return rows


# ---- the table ----------------------------------------------------------------------------------


def run() -> list[dict]:
    if _bin_dir() is None:
        return [_util.row("Several desks on PostgreSQL", "runs", "not measured: PostgreSQL server binaries not installed", None)]
    OUT.mkdir(parents=True, exist_ok=True)
    with throwaway_server("bench-sync-pg-", durable=True, parent=OUT) as server:
        rows, demos = [], []
        for size in SIZES:
            demo = DemoOnServer(server, size)
            demos.append(demo)
            rows += _verdict_rows(demo)
        rows.append(_crowd_row(DemoOnServer(server, CROWD + 500)))
        rows += _sync_rows(demos)
    return rows


if __name__ == "__main__":
    if sys.argv[1:2] == ["--door"]:
        door_worker(*sys.argv[2:5])
    else:
        for r in run():
            print(f"{r['benchmark']}: {r['result']} — target {r['target']} — {'OK' if r['ok'] else 'MISSED' if r['ok'] is False else 'reported'}")
