"""Benchmark: importing a 100,000-row registration list (CSV) into an empty event, in process.

Target ≤ 5 s on a 2-core machine, reported also as a multiple of a bare ``csv.reader`` read of the
same file. The list is generated here: an Indico-style export (UTF-8 with BOM) with accented,
Greek and Cyrillic names, country names in several languages, a multiple-choice workshop column
and a site-visit mark column, so every step of the real import runs.

    python benchmarks/bench_import.py
"""
from __future__ import annotations

import csv
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _util  # noqa: E402  (makes the project importable)

from checkin.services.event import new_event  # noqa: E402
from checkin.services.importing import import_file  # noqa: E402

ROWS = 100_000
TARGET_S = 5.0
RUNS = 3

_GIVEN = ["Agnès", "Jürg", "Hélène", "Dariusz", "Eleni", "Ольга", "Marta", "Jonas", "Søren", "Zoë", "Łukasz",
          "Mária", "Nuno", "Ioana", "Cem", "Aoife", "Björn", "Giulia", "Íñigo", "Γιώργος", "Petra", "Tomás"]
_FAMILY = ["Lefort", "Müller", "Durand", "Śliwiński", "Κωνσταντίνου", "Петренко", "Nováková", "Vaitkus",
           "van der Berg", "de la Cruz", "Ó Briain", "Żółkiewski", "Lefèvre-Dupré", "Rossi", "Kovačević",
           "Papadopoulou", "Jensen", "Nagy", "Popescu", "Silva", "García López", "Öztürk"]
_PLACES = [("Lille", "France"), ("Zürich", "Schweiz"), ("Gdańsk", "Poland"), ("Αθήνα", "Greece"),
           ("Kyiv", "Ukraine"), ("Praha", "Czechia"), ("Vilnius", "Lithuania"), ("Rotterdam", "Nederland"),
           ("Barcelona", "España"), ("Torino", "Italia"), ("Liège", "Belgique"), ("Wien", "Österreich"),
           ("Cork", "Ireland"), ("Lisboa", "Portugal"), ("Cluj-Napoca", "RO"), ("Malmö", "Sweden")]
# Family names are mostly distinct in a real list: built from syllables, about 12,000 of them.
_STEMS = ["Kow", "Lef", "Mül", "Śli", "Nov", "Pap", "Kon", "Pet", "Dur", "Ros", "Jan", "Öz", "Gar", "Sil"]
_VOWELS = ["a", "e", "i", "o", "ą", "é", "ö", "ı"]
_MIDDLES = ["l", "r", "n", "st", "d", "k", "v", "ch"]
_ENDINGS = ["ski", "vre", "ler", "ński", "ková", "opoulou", "antinou", "enko", "and", "si", "sen", "türk", "cía", "va"]
_ORGS = ["City of {city}", "Ville de {city}", "Stadt {city}", "Comune di {city}", "Gemeente {city}", "Urząd Miasta {city}"]
_POSITIONS = ["Mayor", "Deputy Mayor", "Advisor", "Analyst", "Head of Unit", "Project Officer", "Councillor"]
_CATEGORIES = ["Member city", "Speaker", "Local elected official", "Partner", "Staff"]
_WORKSHOPS = ["Night-time economy", "Hate speech online", "Safer public spaces", "Urban resilience", "Data and privacy"]
_STATES = ["Complete"] * 18 + ["Withdrawn", "Pending"]


def write_list(path: Path, rows: int = ROWS, seed: int = 2026) -> None:
    rng = random.Random(seed)
    header = ["ID", "Name", "First Name", "Last Name", "Email Address", "Affiliation", "Position", "City",
              "Country", "Category", "Workshops", "Site visit: Video surveillance centre", "Registration state",
              "Phone", "Checked in"]
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        for n in range(rows):
            given = rng.choice(_GIVEN)
            if rng.random() < 0.2:
                family = rng.choice(_FAMILY)
            else:
                family = rng.choice(_STEMS) + rng.choice(_VOWELS) + rng.choice(_MIDDLES) + rng.choice(_ENDINGS)
            city, country = rng.choice(_PLACES)
            workshops = "; ".join(rng.sample(_WORKSHOPS, rng.randint(0, 2)))
            writer.writerow([
                10000 + n, f"{given} {family}", given, family, f"person{n}@example.org",
                rng.choice(_ORGS).format(city=city), rng.choice(_POSITIONS), city, country,
                rng.choice(_CATEGORIES), workshops, "X" if rng.random() < 0.2 else "", rng.choice(_STATES),
                f"+32 2 555 {n % 10000:04d}", "No",
            ])


def bare_read_seconds(path: Path) -> float:
    start = time.perf_counter()
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    elapsed = time.perf_counter() - start
    assert len(rows) == ROWS + 1
    return elapsed


def import_seconds(path: Path, folder: Path, run: int) -> float:
    db, _event = new_event(folder / f"bench{run}.checkin", "Benchmark")
    try:
        start = time.perf_counter()
        summary = import_file(db, path)
        elapsed = time.perf_counter() - start
    finally:
        db.dispose()
    assert summary.added == ROWS, summary.added
    return elapsed


def run() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="checkin-bench-import-") as tmp:
        folder = Path(tmp)
        path = folder / "registrants.csv"
        write_list(path)
        bare = statistics.median(bare_read_seconds(path) for _ in range(RUNS))
        took = statistics.median(import_seconds(path, folder, run) for run in range(RUNS))
    return [
        _util.row(
            "Import 100,000-row CSV",
            f"≤ {TARGET_S:g} s",
            f"{took:.1f} s ({took / bare:.1f}× a bare csv read of {bare * 1000:.0f} ms)",
            took <= TARGET_S,
        )
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row['benchmark']}: {row['result']} — target {row['target']} — {'OK' if row['ok'] else 'MISSED'}")
