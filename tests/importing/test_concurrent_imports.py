"""Two imports of the same list at once never give everyone twice: the second waits for nothing and
says another import is running, or (if the first was over) re-imports without adding anyone."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from checkin.i18n import UserError
from checkin.services.event import new_event
from checkin.storage.bulk_lock import bulk_writer
from checkin.storage.database import open_database

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = 5000


def write_list(path: Path, rows: int = PEOPLE) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as file:
        out = csv.writer(file)
        out.writerow(["First name", "Last name", "Email", "Organisation", "Country"])
        for n in range(rows):
            out.writerow([f"Given{n}", f"Family{n}", f"person{n}@city{n % 140}.eu", f"City of Town{n % 140}", "Belgium"])
    return path


def start_import(db: str, listing: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "checkin", "--db", db, "import", str(listing)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def count_people(db: str) -> int:
    database = open_database(db)
    try:
        with database.unit() as s:
            return s.execute(text("SELECT count(*) FROM attendee")).scalar_one()
    finally:
        database.dispose()


@pytest.mark.parametrize("trial", range(4))
def test_two_processes_importing_one_list_at_once_add_everyone_once(tmp_path, db_url, trial):
    db, _event = new_event(db_url, "Concurrent imports")
    db.dispose()
    listing = write_list(tmp_path / "list.csv")
    first, second = start_import(db_url, listing), start_import(db_url, listing)
    results = [(process.wait(timeout=300), process.stdout.read(), process.stderr.read()) for process in (first, second)]
    for process in (first, second):
        process.stdout.close()
        process.stderr.close()
    assert count_people(db_url) == PEOPLE
    assert any(code == 0 for code, _out, _err in results)
    for code, _out, err in results:
        assert code == 0 or "Another import is running on this event" in err, err


def test_the_lock_is_refused_at_once_while_held_and_free_afterwards(db_url):
    db, _event = new_event(db_url, "Lock")
    other = open_database(db_url)
    try:
        with bulk_writer(db):
            with pytest.raises(UserError, match="Another import is running"):
                with bulk_writer(other):
                    pass
        with bulk_writer(other):
            pass
    finally:
        other.dispose()
        db.dispose()
