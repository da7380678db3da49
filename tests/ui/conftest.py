"""Fixtures for the window tests: a fresh event file per test, isolated settings, no stray threads."""
from __future__ import annotations

import gc

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QThread, QThreadPool

from checkin.domain.model import Session, SessionKind
from checkin.services.event import new_event
from checkin.storage import repositories as repo
from checkin.ui.language import LanguageSwitcher
from checkin.ui.settings import DeskSettings
from tests.ui.sample_event import VISIT_ID, WORKSHOP_ID, sample_attendees

@pytest.fixture
def event_file(tmp_path):
    """A real SQLite event file with two sessions and six attendees."""
    path = tmp_path / "summit.checkin"
    db, _event = new_event(path, "Security, Democracy & Cities", venue="Square, Brussels")
    with db.unit() as s:
        repo.add_session(s, Session(id=WORKSHOP_ID, title="Workshop: Safer public spaces", kind=SessionKind.WORKSHOP))
        repo.add_session(s, Session(id=VISIT_ID, title="Site visit: Molenbeek", kind=SessionKind.SITE_VISIT))
        repo.insert_attendees(s, sample_attendees())
    db.dispose()
    return path


@pytest.fixture
def settings(tmp_path):
    return DeskSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def languages(qapp):
    switcher = LanguageSwitcher()
    switcher.apply("en")
    yield switcher
    switcher.apply("en")


@pytest.fixture(autouse=True)
def no_thread_left_running(qapp):
    """Every test must stop what it started: the database lane and any pool task."""
    yield
    assert QThreadPool.globalInstance().waitForDone(30_000), "a pool task is still running"
    running = [
        obj for obj in gc.get_objects()
        if isinstance(obj, QThread) and shiboken6.isValid(obj) and obj.isRunning()
    ]
    assert not running, f"threads left running: {running}"


@pytest.fixture
def window(qtbot, settings, languages):
    from checkin.ui.desk_window import DeskWindow

    desk_window = DeskWindow(settings, languages)
    qtbot.addWidget(desk_window)
    desk_window.show()
    qtbot.waitExposed(desk_window)
    yield desk_window
    desk_window.close()  # stops the database lane
