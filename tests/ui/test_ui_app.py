"""`checkin` with no command: the application starts on the right event, language and screen."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin.ui.app import create_application, run_app
from checkin.ui.desk_window import DeskWindow
from checkin.ui.language import ui_language
from checkin.ui.settings import DeskSettings


def run_until(condition, seen: dict, **run_args) -> int:
    """Run the real application loop; once ``condition(window)`` holds, note what the window shows
    in ``seen``, put the language back to English and close every window (which ends the loop)."""
    started = time.monotonic()

    def check() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, DeskWindow) and w.isVisible()]
        if not windows:
            return
        window = windows[0]
        timed_out = time.monotonic() - started > 20
        if not (condition(window) or timed_out):
            return
        timer.stop()
        seen.update(
            timed_out=timed_out,
            page=window.pages.currentWidget(),
            start_screen=window.start_screen,
            event=window.loaded.event.name if window.loaded else None,
            error=window.start_screen.error_label.text(),
            language=ui_language(),
            boxes=[w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()],
        )
        window.languages.apply("en")
        for widget in QApplication.topLevelWidgets():
            widget.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(20)
    return run_app(**run_args)


@pytest.fixture
def app_settings(qapp):
    create_application()  # names the organisation and application, so QSettings() finds our store
    return DeskSettings()


def test_the_last_event_reopens_at_start(app_settings, event_file):
    app_settings.add_recent_event(str(event_file))
    seen: dict = {}
    assert run_until(lambda w: w.loaded is not None, seen) == 0
    assert not seen["timed_out"]
    assert seen["event"] == "Security, Democracy & Cities"


def test_an_event_that_cannot_be_opened_is_explained_on_the_start_screen(app_settings, tmp_path):
    missing = tmp_path / "gone.checkin"
    seen: dict = {}
    run_until(lambda w: w.start_screen.error_label.text() != "", seen, db=str(missing))
    assert not seen["timed_out"]
    assert seen["page"] is seen["start_screen"]
    assert "There is no event file at" in seen["error"]
    assert seen["boxes"] == [seen["error"]]


def test_the_interface_language_comes_from_the_settings(app_settings):
    app_settings.set_language("fr")
    seen: dict = {}
    run_until(lambda w: True, seen)
    assert seen["language"] == "fr"
    assert seen["page"] is seen["start_screen"]  # no event yet: the start screen
