"""The desk window's badge actions: the Print badge button prints through CUPS, the table counts prints."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from checkin.printing import choices
from checkin.services.badges import printed_counts
from checkin.ui.attendee_columns import Column
from checkin.ui.language import LanguageSwitcher
from checkin.ui.settings import DeskSettings
from tests.badges.people import seed_event

pytestmark = pytest.mark.cups


@pytest.fixture
def desk_window(qtbot, tmp_path, qapp):
    from checkin.ui.app import create_desk_window

    path = tmp_path / "forum.checkin"
    db, _people = seed_event(path)
    db.dispose()
    languages = LanguageSwitcher()
    languages.apply("en")
    window = create_desk_window(DeskSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), languages)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.event_opened, timeout=30_000):
        window.open_event(str(path))
    yield window
    window.close()


def _badge_cell(window, attendee_id):
    position = window.model.position_of(attendee_id)
    return window.model.index(position, Column.BADGE).data()


def test_print_badge_button_prints_and_the_table_counts_it(qtbot, desk_window, badge_printer):
    window = desk_window
    panel = window.desk.detail_panel
    choices.remember_desk_layout("label-62-brother-ql")
    choices.remember_printer("ql-62x100", badge_printer.name)
    person = window.model.attendee_at(0)
    window.desk.select_attendee(person.id)
    assert panel.print_button.isVisible() and panel.print_button.text()
    assert _badge_cell(window, person.id) == ""

    worker = window.badge_actions.worker
    with qtbot.waitSignal(worker.print_succeeded, timeout=60_000):
        panel.print_button.click()
    qtbot.waitUntil(lambda: _badge_cell(window, person.id) == "✓", timeout=10_000)
    with qtbot.waitSignal(worker.print_succeeded, timeout=60_000):
        window.badge_actions.print_selected.trigger()  # Ctrl+P: a reprint
    qtbot.waitUntil(lambda: _badge_cell(window, person.id) == "✓ ×2", timeout=10_000)
    assert printed_counts(window.loaded.db) == {person.id: 2}
    # The history in the panel shows the prints too.
    qtbot.waitUntil(lambda: "print" in panel.history_label.text().lower(), timeout=10_000)


def test_badges_menu_is_there_and_follows_the_event(qtbot, desk_window):
    actions = desk_window.badge_actions
    titles = [a.text() for a in desk_window.menuBar().actions()]
    assert "&Badges" in titles
    assert actions.print_batch.isEnabled() and actions.designer.isEnabled()
    dialog = actions.open_batch_print()
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    desk_window.close_current_event()
    assert not actions.print_batch.isEnabled()
    assert not desk_window.desk.detail_panel.print_button.isVisible()
