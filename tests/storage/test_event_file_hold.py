"""Nothing acknowledged is lost when other code and other processes touch an open event file.

The hazard: POSIX drops all of a process's locks on a file when the process closes any descriptor
of it. Qt's file dialog sniffed the event file's type (open, read, close), so the window lost its
hold; the next `checkin` command to close the event then thought it was the last user, and deleted
the `-wal` file the window kept writing to: check-ins acknowledged after that vanished. These tests
run the real sequence in real processes and compare every acknowledged scan with the file.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.services.scan_event import make_scan_event

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX advisory locks")


class Window:
    """The stand-in window process (tests/storage/hold_window.py)."""

    def __init__(self, path: Path, log: Path):
        self._errors = open(log, "w")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.hold_window", str(path)], cwd=ROOT, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._errors, text=True,
        )
        assert self._read() == "READY"
        self.acknowledged: list[str] = []
        self.refused = 0

    def _read(self) -> str:
        line = self.process.stdout.readline()
        assert line, f"the window process stopped: {Path(self._errors.name).read_text()}"
        return line.strip()

    def do(self, command: str) -> None:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        while (line := self._read()) not in ("DONE", "BYE"):
            if line.startswith("ACK "):
                self.acknowledged.append(line.split()[1])
            elif line == "REFUSED":
                self.refused += 1

    def close(self) -> None:
        self.do("quit")
        self.process.wait(timeout=30)
        self._errors.close()


def checkin_command(path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "checkin", "--db", str(path), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def scans_in_file(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return {row[0] for row in raw.execute("SELECT id FROM scan")}


def deleted_event_files(pid: int, path: Path) -> list[str]:
    """The event's files that process ``pid`` still has open although they were unlinked."""
    found = []
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)) and target.endswith("(deleted)"):
            found.append(target)
    return found


@pytest.fixture
def event_path(tmp_path) -> Path:
    path = tmp_path / "desk.checkin"
    make_scan_event(path).db.dispose()
    return path


def test_a_file_dialog_then_a_command_loses_no_acknowledged_check_in(tmp_path, event_path):
    window = Window(event_path, tmp_path / "window.log")
    try:
        window.do("scan 3")
        window.do("dialog")  # File › Import…, cancelled: it listed the event's folder
        assert checkin_command(event_path, "attendees", "--json").returncode == 0
        assert checkin_command(event_path, "sessions").returncode == 0
        if sys.platform.startswith("linux"):
            assert deleted_event_files(window.process.pid, event_path) == []
        window.do("scan 12")
    finally:
        window.close()
    assert window.refused == 0, "the dialog must not cost the window its hold on the file"
    assert len(window.acknowledged) == 15
    assert set(window.acknowledged) <= scans_in_file(event_path)


def test_a_foreign_reader_in_the_process_never_costs_an_acknowledged_scan(tmp_path, event_path):
    """Code we do not control reads the file (what the dialog did): the window notices before it
    acknowledges anything, says the scan was not recorded, reopens, and goes on."""
    window = Window(event_path, tmp_path / "window.log")
    try:
        window.do("scan 2")
        window.do("touch")
        assert checkin_command(event_path, "attendees", "--json").returncode == 0
        window.do("scan 1")  # refused: the hold was lost; the event is reopened
        window.do("touch")
        assert checkin_command(event_path, "scan", "NOT-A-CODE").returncode != 0  # a second writer, refused scan recorded
        window.do("scan 10")
    finally:
        window.close()
    assert window.refused >= 1
    assert len(window.acknowledged) + window.refused == 13
    assert set(window.acknowledged) <= scans_in_file(event_path)


def test_two_windows_and_commands_on_one_file_keep_every_scan(tmp_path, event_path):
    first = Window(event_path, tmp_path / "first.log")
    second = Window(event_path, tmp_path / "second.log")
    try:
        for _round in range(3):
            first.do("scan 5")
            second.do("dialog")
            second.do("scan 5")
            assert checkin_command(event_path, "attendees", "--json").returncode == 0
            first.do("dialog")
    finally:
        first.close()
        second.close()
    assert first.refused == second.refused == 0
    acknowledged = set(first.acknowledged) | set(second.acknowledged)
    assert len(acknowledged) == 30
    assert acknowledged <= scans_in_file(event_path)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/locks")
def test_the_window_dialogs_read_no_file_while_qt_s_own_would(qtbot, tmp_path, event_path):
    """The exact cause, shown: Qt's stock dialog drops the process's lock on the event file; ours does not."""
    from PySide6.QtWidgets import QFileDialog

    from checkin.storage import event_file
    from checkin.storage.database import open_database
    from checkin.ui import file_dialogs

    db = open_database(event_path)
    try:
        with db.unit():
            pass
        assert event_file._locks_held_by_this_process(str(event_path))

        def list_folder(dialog: QFileDialog) -> None:
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.wait(1500)
            dialog.close()

        list_folder(file_dialogs._safe_dialog(None, "Import", str(tmp_path), ""))
        assert event_file._locks_held_by_this_process(str(event_path)), "our dialog must leave the lock alone"
        stock = QFileDialog(None, "Import", str(tmp_path))
        stock.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        list_folder(stock)
        assert not event_file._locks_held_by_this_process(str(event_path)), "Qt's stock dialog reads the file"
    finally:
        db.dispose()


def test_closing_never_deletes_the_log_another_process_writes(tmp_path, event_path):
    """Even a process that lost its hold is safe from the others: no Check-in Desk connection
    checkpoints and deletes the write-ahead log when it closes."""
    from checkin.storage.database import open_database

    holder = open_database(event_path)
    try:
        with holder.unit():
            pass
        with open(event_path, "rb") as file:  # the holder's lock is gone
            file.read(10)
        assert checkin_command(event_path, "attendees", "--json").returncode == 0
        assert (tmp_path / "desk.checkin-wal").exists()
    finally:
        holder.dispose()


def test_importing_the_open_event_file_is_refused_without_touching_it(tmp_path, event_path):
    from checkin.i18n import UserError
    from checkin.importing.reader import read_table
    from checkin.storage import event_file
    from checkin.storage.database import open_database

    db = open_database(event_path)
    try:
        with db.unit():
            pass
        for victim in (event_path, Path(str(event_path) + "-wal"), Path(str(event_path) + "-shm")):
            with pytest.raises(UserError, match="Save a copy"):
                read_table(victim)
        if sys.platform.startswith("linux"):
            assert event_file._locks_held_by_this_process(str(event_path))
    finally:
        db.dispose()
