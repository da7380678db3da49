"""Fixtures for the window tests: a fresh event file per test, isolated settings, no stray threads."""
from __future__ import annotations

import gc

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QThread, QThreadPool

from checkin.domain.model import Attendee, Session, SessionKind, Status, new_id
from checkin.services.event import new_event
from checkin.storage import repositories as repo
from checkin.ui.language import LanguageSwitcher
from checkin.ui.settings import DeskSettings

WORKSHOP_ID = new_id()
VISIT_ID = new_id()


def sample_attendees() -> list[Attendee]:
    return [
        Attendee(id=new_id(), first_name="Małgorzata", last_name="Żółkiewski", organisation="Urząd Miasta Gdańska",
                 position="Deputy Mayor", city="Gdańsk", country="PL", category="Local elected official",
                 email="m.zolkiewski@gdansk.example", source="pretix", source_id="A1B2C", ticket_codes=("k7m2xq",),
                 session_ids=(WORKSHOP_ID,)),
        Attendee(id=new_id(), first_name="Hélène", last_name="Lefèvre-Dupré", organisation="Ville de Lyon",
                 city="Lyon", country="FR", category="Speaker", email="helene.lefevre@lyon.example",
                 badge_language="fr", session_ids=(WORKSHOP_ID, VISIT_ID)),
        Attendee(id=new_id(), first_name="Jürgen", last_name="Müller", organisation="Stadt Köln", city="Köln",
                 country="DE", category="Local elected official", email="j.mueller@koeln.example"),
        Attendee(id=new_id(), first_name="Γιώργος", last_name="Παπαδόπουλος", organisation="Δήμος Αθηναίων",
                 city="Αθήνα", country="GR", category="Staff", email="g.papadopoulos@athens.example",
                 session_ids=(VISIT_ID,)),
        Attendee(id=new_id(), first_name="John", last_name="Smith", organisation="Bristol City Council",
                 city="Bristol", country="GB", category="Speaker", status=Status.CANCELLED,
                 email="john.smith@bristol.example"),
        Attendee(id=new_id(), first_name="Anna", last_name="Kowalska", organisation="Miasto Kraków",
                 city="Kraków", country="PL", category="Staff", status=Status.WITHDRAWN,
                 missing_from_source=True),
    ]


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


def open_and_wait(qtbot, window, path) -> None:
    """Open ``path`` in the window and wait until the table shows it and search is ready."""
    window.open_event(str(path))
    qtbot.waitUntil(lambda: window.loaded is not None and window.model.search_ready)
