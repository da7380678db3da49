"""File › Save a copy…, the automatic backups and File › Restore from backup…, through the desk window."""
from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from checkin.domain.verdicts import ENTRANCE
from checkin.services.scanning import Station
from checkin.storage import backup
from checkin.storage.database import open_database
from tests.ui.station_event import open_desk


@pytest.fixture
def desk(qtbot, tmp_path, languages, monkeypatch):
    monkeypatch.setenv("CHECKIN_DATA_DIR", str(tmp_path / "data"))
    window, made = open_desk(qtbot, tmp_path, languages)
    yield window, made
    window.close()


def scans_in(path) -> int:
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return raw.execute("SELECT count(*) FROM scan").fetchone()[0]


def test_save_a_copy_holds_what_the_log_held(qtbot, desk, tmp_path):
    window, made = desk
    actions = window.event_file_actions
    assert actions.save_copy.isEnabled() and "copy" in actions.save_copy.text().lower()
    station = Station(window.loaded.db, ENTRANCE, station="Door", operator="test")
    for code in list(made.codes.values())[:3]:
        station.scan(code)
    copy = tmp_path / "elsewhere" / "copy.checkin"
    actions.save_copy_to(str(copy))
    qtbot.waitUntil(copy.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "Saved a copy" in window.statusBar().currentMessage(), timeout=10_000)
    assert not (tmp_path / "elsewhere" / "copy.checkin-wal").exists(), "a copy is one self-contained file"
    assert scans_in(copy) == 3


def test_automatic_backups_only_when_something_changed_and_restore_makes_a_new_file(qtbot, desk, tmp_path):
    window, made = desk
    actions = window.event_file_actions
    event_id = backup.event_id(window.loaded.db)
    qtbot.waitUntil(lambda: actions._last_fingerprint is not None, timeout=10_000)
    actions.back_up_if_changed()
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not window.lane.busy, timeout=10_000)
    assert backup.list_backups(event_id) == [], "nothing changed: no backup"

    Station(window.loaded.db, ENTRANCE, station="Door", operator="test").scan(next(iter(made.codes.values())))
    actions.back_up_if_changed()
    qtbot.waitUntil(lambda: len(backup.list_backups(event_id)) == 1, timeout=10_000)
    taken = backup.list_backups(event_id)[0]
    assert taken.reason == "auto" and scans_in(taken.path) == 1

    dialog = actions.show_restore_dialog()
    qtbot.waitUntil(lambda: dialog.list.count() == 1 and dialog.restore_button.isEnabled(), timeout=10_000)
    assert "automatic" in dialog.list.item(0).text()
    restored = tmp_path / "summit restored.checkin"
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as signal:
        dialog.restore_to(str(taken.path), str(restored))
    assert signal.args == [str(restored)]
    reopened = open_database(restored)
    reopened.dispose()
    assert scans_in(restored) == 1
    assert scans_in(made.path) == 1, "the current event is left as it is"
