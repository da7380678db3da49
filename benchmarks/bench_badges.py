"""Benchmark: badge rendering speed, memory for 10,000 badges, and the time to make one badge PDF.

- Badges per second into one 4-up A4 PDF (classic A6 layout: fonts, category bands, vector QR),
  target ≥ 150/s.
- Peak memory (RSS) of a fresh process rendering 10,000 badges into one PDF, target < 300 MB.
- One badge as PDF bytes for a label printer, the rendering share of the ≤ 300 ms from click to
  print system (the printing work measures the hand-over to the system); target ≤ 100 ms.

The attendees are generated here, with accented, Greek and Cyrillic names and long organisations.

    python benchmarks/bench_badges.py
"""
from __future__ import annotations

import io
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checkin.domain.model import Attendee, new_id  # noqa: E402
from checkin.services import badges  # noqa: E402
from checkin.services.event import new_event  # noqa: E402
from checkin.storage import repositories as repo  # noqa: E402

SPEED_BADGES = 2_000
MEMORY_BADGES = 10_000
TARGET_PER_S = 150.0
TARGET_MB = 300.0
TARGET_ONE_MS = 100.0
LAYOUT = "classic-a6-4up"

_GIVEN = ["Agnès", "Łukasz", "Őrs", "Şule", "Jiří", "Αικατερίνη", "Олександра", "Jean-Christophe", "Maximiliane",
          "Siobhán", "Bjørn", "Dragoș", "Вячеслав", "Hrvoje", "Ingrid", "Zoë", "Íñigo", "Γιώργος", "Mária", "Ana"]
_FAMILY = ["Żółkiewski", "Szőke-Bálint", "Çağlayan", "Dvořák", "Παπαδοπούλου-Κωνσταντινίδου", "Шевченко",
           "de La Rochefoucauld-Montmorency", "Wolff-Metternich zur Gracht", "Lefèvre-Dupré", "Ní Mhaoldhomhnaigh",
           "Ødegård", "Țurcanu", "Александров-Преображенский", "Đurđević", "Þórðardóttir", "Li", "García López"]
_PLACES = [("Lille", "FR"), ("Zürich", "CH"), ("Gdańsk", "PL"), ("Αθήνα", "GR"), ("Київ", "UA"), ("Praha", "CZ"),
           ("Vilnius", "LT"), ("Rotterdam", "NL"), ("Barcelona", "ES"), ("Liège", "BE"), ("Malmö", "SE")]
_ORGS = ["City of {city}", "Ville de {city}", "Stadt {city}, Amt für öffentliche Ordnung und Kriminalprävention",
         "Urząd Miasta {city}", "European Forum for Urban Security"]
_CATEGORIES = ["Participant", "Speaker", "Organiser", "Press", "Exhibitor"]


def make_event(path: Path, attendees: int, seed: int = 2026):
    rng = random.Random(seed)
    db, _event = new_event(path, "Security, Democracy & Cities — European Forum", date(2026, 3, 20), date(2026, 3, 22))
    people = []
    for _ in range(attendees):
        city, country = rng.choice(_PLACES)
        people.append(Attendee(
            id=new_id(), first_name=rng.choice(_GIVEN), last_name=rng.choice(_FAMILY),
            organisation=rng.choice(_ORGS).format(city=city), city=city, country=country,
            category=rng.choice(_CATEGORIES), badge_language=rng.choice(["en", "fr"]),
        ))
    with db.unit() as s:
        repo.insert_attendees(s, people)
    badges.ensure_codes(db)
    return db


def badges_per_second(folder: Path) -> float:
    db = make_event(folder / "speed.checkin", SPEED_BADGES)
    try:
        badges.render_badges(db, io.BytesIO(), LAYOUT, badges.BadgeSelection(ids=None))  # fonts registered, caches warm
        start = time.perf_counter()
        result = badges.render_badges(db, folder / "speed.pdf", LAYOUT)
        elapsed = time.perf_counter() - start
    finally:
        db.dispose()
    assert result.badges == SPEED_BADGES
    return SPEED_BADGES / elapsed


def _measure_memory(db_path: str, out: str) -> None:
    """Run in a fresh process: render every badge and report the peak RSS in MB as JSON."""
    import resource

    from checkin.storage.database import open_database

    db = open_database(db_path)
    result = badges.render_badges(db, out, LAYOUT)
    db.dispose()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(json.dumps({"badges": result.badges, "pages": result.pages, "peak_mb": peak_kb / 1024}))


def peak_memory_mb(folder: Path) -> tuple[float, int]:
    db = make_event(folder / "memory.checkin", MEMORY_BADGES)
    db.dispose()
    out = subprocess.run(
        [sys.executable, __file__, "--memory", str(folder / "memory.checkin"), str(folder / "memory.pdf")],
        check=True, capture_output=True, text=True,
    ).stdout
    report = json.loads(out)
    assert report["badges"] == MEMORY_BADGES
    return report["peak_mb"], (folder / "memory.pdf").stat().st_size


def one_badge_ms(folder: Path) -> float:
    db = make_event(folder / "one.checkin", 50)
    try:
        ids = [a.id for a in badges.select_attendees(db)]
        badges.render_one(db, ids[0], "label-62-brother-ql")
        times = []
        for attendee_id in ids[1:31]:
            start = time.perf_counter()
            badges.render_one(db, attendee_id, "label-62-brother-ql")
            times.append(time.perf_counter() - start)
    finally:
        db.dispose()
    return statistics.median(times) * 1000


def run() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="checkin-bench-badges-") as tmp:
        folder = Path(tmp)
        rate = badges_per_second(folder)
        peak, size = peak_memory_mb(folder)
        one = one_badge_ms(folder)
    return [
        {
            "benchmark": f"Badges into one 4-up A4 PDF ({SPEED_BADGES:,} badges, QR and fonts)",
            "target": f"≥ {TARGET_PER_S:g} badges/s",
            "result": f"{rate:.0f} badges/s",
            "ok": rate >= TARGET_PER_S,
        },
        {
            "benchmark": f"Peak memory rendering {MEMORY_BADGES:,} badges into one PDF",
            "target": f"< {TARGET_MB:g} MB",
            "result": f"{peak:.0f} MB (PDF {size / 1e6:.1f} MB)",
            "ok": peak < TARGET_MB,
        },
        {
            "benchmark": "One badge PDF for a label printer (part of click-to-print ≤ 300 ms)",
            "target": f"≤ {TARGET_ONE_MS:g} ms",
            "result": f"{one:.0f} ms",
            "ok": one <= TARGET_ONE_MS,
        },
    ]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--memory"]:
        _measure_memory(sys.argv[2], sys.argv[3])
    else:
        for row in run():
            print(f"{row['benchmark']}: {row['result']} — target {row['target']} — {'OK' if row['ok'] else 'MISSED'}")
