"""A full disk, a read-only file and a damaged file: a clear refusal, nothing half-written."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import closing
from pathlib import Path

import pytest

from checkin.domain.verdicts import ENTRANCE
from checkin.i18n import UserError
from checkin.services.scanning import Station
from checkin.storage import backup, failures
from checkin.storage.database import open_database
from tests.services.scan_event import make_scan_event

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs mounted for the test (needs root, as in CI); skipped where it cannot be mounted."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small disk needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_a_clear_verdict_and_nothing_is_half_written(small_disk):
    made = make_scan_event(small_disk / "door.checkin", extra_people=30)
    codes = list(made.codes.values())
    station = Station(made.db, ENTRANCE, station="Door", operator="test")
    acknowledged = [station.scan(codes[0]).record.id]
    filler = small_disk / "filler"
    with open(filler, "wb") as out:  # fill what is left of the disk
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass
    refused = 0
    for code in codes[1:15]:
        try:
            acknowledged.append(station.scan(code).record.id)
        except Exception as exc:  # noqa: BLE001 - what the door's lane receives
            assert failures.classify(exc) is failures.Failure.DISK_FULL, exc
            assert "the disk holding the event file is full" in str(failures.explain(exc))
            refused += 1
    assert refused > 0
    made.db.dispose()
    filler.unlink()
    reopened = open_database(small_disk / "door.checkin")  # sound: the quick check passes
    station = Station(reopened, ENTRANCE, station="Door", operator="test")
    acknowledged.append(station.scan(codes[20]).record.id)
    reopened.dispose()
    with closing(sqlite3.connect(small_disk / "door.checkin")) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {row[0] for row in raw.execute("SELECT id FROM scan")}
    assert set(acknowledged) <= stored
    assert len(stored) == len(acknowledged), "a refused scan left nothing behind"


def _run_as_other_user(script: str, *args: str) -> subprocess.CompletedProcess:
    """Root may write anything: a read-only file is only read-only for someone else."""
    command = [sys.executable, "-c", script, *args]
    if os.geteuid() == 0:
        command = ["runuser", "-u", "nobody", "--", *command]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))


READ_ONLY_SCRIPT = """
import sys
from checkin.i18n import UserError
from checkin.services.scanning import Station
from checkin.services import attendees
from checkin.storage.database import open_database
db = open_database(sys.argv[1])
print("read_only", db.read_only)
print("people", len(attendees.list_attendees(db)) if hasattr(attendees, "list_attendees") else "?")
try:
    Station(db, "entrance")
    print("station opened")
except UserError as exc:
    print("station refused:", exc)
db.dispose()
"""


@pytest.mark.parametrize("folder_writable", [True, False])
def test_a_read_only_event_opens_for_viewing_and_refuses_scans_in_words(folder_writable):
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("needs runuser to drop root")
    tmp_path = Path(tempfile.mkdtemp(prefix="checkin-readonly-"))  # pytest's own folder is private to root
    folder = tmp_path / "stick"
    folder.mkdir()
    made = make_scan_event(folder / "door.checkin")
    made.db.dispose()
    for leftover in folder.glob("door.checkin-*"):
        leftover.unlink()
    os.chmod(folder / "door.checkin", 0o444)
    os.chmod(folder, 0o777 if folder_writable else 0o555)
    os.chmod(tmp_path, 0o755)
    try:
        done = _run_as_other_user(READ_ONLY_SCRIPT, str(folder / "door.checkin"))
        assert done.returncode == 0, done.stderr
        assert "read_only True" in done.stdout
        assert "station refused: Not recorded: the event file is read-only here" in done.stdout
        listed = _run_as_other_user("import sys; from checkin.cli import main; sys.exit(main(sys.argv[1:]))",
                                    "--db", str(folder / "door.checkin"), "attendees", "--json")
        assert listed.returncode == 0, listed.stderr
        assert "Agnès" in listed.stdout
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(tmp_path, ignore_errors=True)


def corrupt(path: Path) -> None:
    """Overwrite pages in the middle of the file with garbage, as a failing disk or a bad copy does."""
    size = path.stat().st_size
    with open(path, "r+b") as file:
        for offset in range(4096 * 3, size - 4096, 4096 * 4):
            file.seek(offset)
            file.write(os.urandom(1024))


def test_a_damaged_file_is_refused_with_what_to_do_and_not_written(tmp_path):
    path = tmp_path / "door.checkin"
    made = make_scan_event(path, extra_people=200)
    made.db.dispose()
    for leftover in tmp_path.glob("door.checkin-*"):
        leftover.unlink()
    corrupt(path)
    before = path.read_bytes()
    with pytest.raises(UserError, match="damaged.*Restore the latest backup"):
        open_database(path)
    assert path.read_bytes() == before
    scan = subprocess.run([sys.executable, "-m", "checkin", "--db", str(path), "scan", next(iter(made.codes.values()))],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert scan.returncode == 1 and "damaged" in scan.stderr and "Traceback" not in scan.stderr
    check = subprocess.run([sys.executable, "-m", "checkin", "--db", str(path), "check"], cwd=ROOT,
                           capture_output=True, text=True, timeout=120)
    assert check.returncode == 1 and "damaged" in check.stderr
    assert path.read_bytes() == before


def test_a_truncated_file_is_refused(tmp_path):
    path = tmp_path / "door.checkin"
    make_scan_event(path, extra_people=200).db.dispose()
    for leftover in tmp_path.glob("door.checkin-*"):
        leftover.unlink()
    with open(path, "r+b") as file:
        file.truncate(path.stat().st_size // 2)
    with pytest.raises(UserError):
        open_database(path)


def test_a_copy_made_while_scans_sit_in_the_log_has_them_all(tmp_path):
    """What the file manager's copy missed (116 of 255 scans): checkin backup takes the log too."""
    path = tmp_path / "door.checkin"
    made = make_scan_event(path, extra_people=60)
    station = Station(made.db, ENTRANCE, station="Door", operator="test")
    acknowledged = {station.scan(code).record.id for code in list(made.codes.values())[:50]}
    assert Path(f"{path}-wal").stat().st_size > 0, "the scans are still in the log"
    out = tmp_path / "copy" / "door copy.checkin"
    done = subprocess.run([sys.executable, "-m", "checkin", "--db", str(path), "backup", "--out", str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    made.db.dispose()
    assert done.returncode == 0, done.stderr
    with closing(sqlite3.connect(out)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert acknowledged <= {row[0] for row in raw.execute("SELECT id FROM scan")}
    assert backup.check_file(out, full=True) == []


def test_a_copy_over_the_event_itself_or_its_log_is_refused(tmp_path):
    path = tmp_path / "door.checkin"
    make_scan_event(path).db.dispose()
    before = path.read_bytes()
    for target in (path, Path(f"{path}-wal")):
        done = subprocess.run([sys.executable, "-m", "checkin", "--db", str(path), "backup", "--out", str(target)],
                              cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert "over the event itself" in done.stderr or "is the event file open here" in done.stderr
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.part"))
