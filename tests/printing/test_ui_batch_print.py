"""The batch print dialog: its count follows the filters; it saves PDFs and prints through CUPS."""
from __future__ import annotations

import pytest

from checkin.printing.cups import CupsBackend
from checkin.services.badges import printed_counts
from checkin.services.printing import print_one
from checkin.storage import repositories as repo
from checkin.ui.badges.batch_print import BatchPrintDialog
from tests.printing.helpers import attendees_on, page_count
from tests.printing.ui_fixtures import forum, lane  # noqa: F401 - fixtures


def _dialog(qtbot, lane, forum, selected=()):
    db, attendees, sessions = forum
    dialog = BatchPrintDialog(lane, db, CupsBackend(), attendees, sessions, selected_ids=selected, station="Office")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.layout_name() is not None and dialog.badge_count() is not None, timeout=10_000)
    return dialog


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_count_follows_the_filters(qtbot, lane, forum):
    db, attendees, _sessions = forum
    dialog = _dialog(qtbot, lane, forum)
    assert dialog.badge_count() == len(attendees)
    assert dialog.count_label.text() == f"{len(attendees)} badges · {-(-len(attendees) // 4)} sheets"

    _choose(dialog.category_combo, "Speaker")
    speakers = [a for a in attendees if a.category == "Speaker"]
    qtbot.waitUntil(lambda: dialog.badge_count() == len(speakers), timeout=5_000)
    assert dialog.count_label.text() == f"{len(speakers)} badges · 1 sheet"

    _choose(dialog.category_combo, None)
    _choose(dialog.session_combo, "Site visit: Molenbeek prevention services")
    visit = next(s for s in forum[2] if s.title.startswith("Site visit"))
    qtbot.waitUntil(lambda: dialog.badge_count() == sum(visit.id in a.session_ids for a in attendees), timeout=5_000)


def test_not_yet_printed_leaves_out_the_badges_already_printed(qtbot, lane, forum):
    db, attendees, _sessions = forum
    dialog = _dialog(qtbot, lane, forum, selected=[a.id for a in attendees[:5]])
    assert dialog.selection_box.isChecked() and dialog.selection_box.text() == "Only the 5 attendees selected in the list"
    qtbot.waitUntil(lambda: dialog.badge_count() == 5, timeout=5_000)
    # Two of the five were printed at the desk (journal lines, as a real print leaves them).
    with db.unit() as s:
        for a in attendees[:2]:
            repo.append_journal(s, repo.journal_entry("print", a.id, "Desk 1", "", layout="classic-a6", printer="QL",
                                                      job_id="QL-1", copies=1, reprint=False))
    dialog.unprinted_box.setChecked(True)
    qtbot.waitUntil(lambda: dialog.badge_count() == 3, timeout=5_000)
    assert dialog.count_label.text() == "3 badges · 1 sheet"


def test_save_pdf_writes_the_filtered_badges(qtbot, lane, forum, tmp_path):
    db, attendees, _sessions = forum
    dialog = _dialog(qtbot, lane, forum)
    _choose(dialog.category_combo, "Participant")
    participants = sorted(a.id for a in attendees if a.category == "Participant")
    qtbot.waitUntil(lambda: dialog.badge_count() == len(participants), timeout=5_000)
    target = tmp_path / "participants.pdf"
    dialog.save_pdf_to(str(target))
    qtbot.waitUntil(lambda: dialog.status_label.text().startswith("Saved"), timeout=30_000)
    assert dialog.status_label.text() == f"Saved {len(participants)} badges to {target}."
    assert page_count(target) == -(-len(participants) // 4)
    workdir = tmp_path / "raster"
    workdir.mkdir()
    assert sorted(attendees_on(target, workdir, db)) == participants
    assert printed_counts(db) == {}, "a saved PDF is not a printed badge"


@pytest.mark.cups
def test_printing_a_batch_through_cups_logs_every_badge(qtbot, lane, forum, badge_printer, tmp_path):
    db, attendees, _sessions = forum
    dialog = _dialog(qtbot, lane, forum)
    _choose(dialog.category_combo, "Speaker")
    speakers = sorted(a.id for a in attendees if a.category == "Speaker")
    qtbot.waitUntil(lambda: dialog.badge_count() == len(speakers), timeout=5_000)
    qtbot.waitUntil(lambda: dialog.printer_combo.findData(badge_printer.name) >= 0, timeout=10_000)
    _choose(dialog.printer_combo, badge_printer.name)
    assert dialog.go_button.text() == "Print" and dialog.go_button.isEnabled()
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.status_label.text().startswith("Printed"), timeout=60_000)
    assert printed_counts(db) == {attendee_id: 1 for attendee_id in speakers}
    job = dialog.status_label.text().split("(job ")[1].rstrip(").")
    workdir = tmp_path / "raster"
    workdir.mkdir()
    assert sorted(attendees_on(badge_printer.output_for(job), workdir, db)) == speakers


@pytest.mark.cups
def test_a_paused_printer_is_reported_and_retry_prints(qtbot, lane, forum, badge_printer):
    db, attendees, _sessions = forum
    dialog = _dialog(qtbot, lane, forum)
    _choose(dialog.category_combo, "Press")
    qtbot.waitUntil(lambda: dialog.badge_count() == 1, timeout=5_000)
    qtbot.waitUntil(lambda: dialog.printer_combo.findData(badge_printer.name) >= 0, timeout=10_000)
    _choose(dialog.printer_combo, badge_printer.name)
    badge_printer.pause("Paper tray empty")
    dialog.go_button.click()
    qtbot.waitUntil(lambda: "is paused (Paper tray empty)" in dialog.status_label.text(), timeout=30_000)
    assert dialog.go_button.text() == "Retry" and dialog.go_button.isEnabled()
    assert printed_counts(db) == {}
    badge_printer.resume()
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.status_label.text().startswith("Printed"), timeout=60_000)
    press = next(a for a in attendees if a.category == "Press")
    assert printed_counts(db) == {press.id: 1}
    # A reprint of the same selection says so.
    print_one(db, press.id, badge_printer.name, backend=CupsBackend())
    assert printed_counts(db) == {press.id: 2}
