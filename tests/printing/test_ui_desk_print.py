"""Printing one badge at the desk on demand: off the GUI thread, a clear failure, and Retry."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from checkin.printing import choices
from checkin.printing.cups import CupsBackend
from checkin.services.badges import printed_counts
from checkin.storage import repositories as repo
from checkin.ui.badges.desk_print import DeskPrintSetupDialog, DeskPrintWorker
from tests.printing.helpers import attendees_on
from tests.printing.ui_fixtures import forum, lane  # noqa: F401 - fixtures

pytestmark = pytest.mark.cups


@pytest.fixture
def desk(qtbot, lane, forum):
    db, attendees, _sessions = forum
    window = QWidget()
    qtbot.addWidget(window)
    worker = DeskPrintWorker(lane, db, CupsBackend(), window, station="Desk 4", operator="yannick")
    yield worker, window
    worker.stop()


def test_a_badge_prints_on_the_desks_label_printer_and_is_logged(qtbot, desk, forum, badge_printer, tmp_path):
    worker, _window = desk
    db, attendees, _sessions = forum
    choices.remember_desk_layout("label-62-brother-ql")
    choices.remember_printer("ql-62x100", badge_printer.name)
    greek = next(a for a in attendees if a.first_name == "Αικατερίνη")
    seen = []
    worker.print_started.connect(lambda attendee_id: seen.append(("started", attendee_id)))
    worker.print_submitted.connect(lambda attendee_id, job: seen.append(("submitted", attendee_id)))
    with qtbot.waitSignal(worker.print_succeeded, timeout=60_000) as done:
        worker.print_badge_for(greek.id)
        assert worker.busy(), "the print runs in the background; the call returns at once"
    assert seen == [("started", greek.id), ("submitted", greek.id)]
    assert not worker.busy()
    outcome = done.args[1]
    assert outcome.attendee_ids == (greek.id,) and outcome.layout == "label-62-brother-ql"
    assert printed_counts(db) == {greek.id: 1}
    with db.unit() as s:
        [entry] = [e for e in repo.journal_for(s, greek.id) if e.kind == "print"]
    assert (entry.station, entry.operator) == ("Desk 4", "yannick")
    workdir = tmp_path / "raster"
    workdir.mkdir()
    assert attendees_on(badge_printer.output_for(outcome.job_id), workdir, db) == [greek.id]


def test_a_paused_printer_says_so_and_retry_prints_once_it_is_back(qtbot, desk, forum, badge_printer):
    worker, window = desk
    db, attendees, _sessions = forum
    choices.remember_desk_layout("label-62-brother-ql")
    choices.remember_printer("ql-62x100", badge_printer.name)
    cyrillic = next(a for a in attendees if a.first_name == "Вячеслав")
    badge_printer.pause("Out of labels")
    with qtbot.waitSignal(worker.print_failed, timeout=60_000) as failed:
        worker.print_badge_for(cyrillic.id)
    assert failed.args[0] == cyrillic.id and "is paused (Out of labels)" in failed.args[1]
    assert printed_counts(db) == {}
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible() and not box.isModal()
    assert box.text() == f"The badge of {cyrillic.full_name} was not printed."
    assert "Out of labels" in box.informativeText()

    badge_printer.resume()
    retry = next(b for b in box.buttons() if b.text() == "Retry")
    with qtbot.waitSignal(worker.print_succeeded, timeout=60_000):
        retry.click()
    assert printed_counts(db) == {cyrillic.id: 1}


def test_the_first_print_asks_which_printer_this_desk_uses(qtbot, desk, forum, badge_printer):
    worker, window = desk
    _db, attendees, _sessions = forum
    worker.print_badge_for(attendees[0].id)
    qtbot.waitUntil(lambda: window.findChild(DeskPrintSetupDialog) is not None, timeout=10_000)
    dialog = window.findChild(DeskPrintSetupDialog)
    qtbot.waitUntil(lambda: dialog.layout_combo.count() > 0 and dialog.printer_combo.findData(badge_printer.name) >= 0, timeout=10_000)
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("label-57x102"))
    dialog.printer_combo.setCurrentIndex(dialog.printer_combo.findData(badge_printer.name))
    with qtbot.waitSignal(worker.print_succeeded, timeout=60_000) as done:
        dialog.accept()
    assert done.args[1].layout == "label-57x102"
    assert choices.desk_layout() == "label-57x102"
    assert choices.printer_for_stock("label-57x102") == badge_printer.name
