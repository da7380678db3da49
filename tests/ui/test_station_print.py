"""Badges printed at the station through a real CUPS queue: a walk-in's badge, and the badge printed
automatically at a person's first entrance check-in (once, not at every re-entry)."""
from __future__ import annotations

import pytest

from checkin.printing import choices
from checkin.services.badges import printed_counts
from checkin.ui.attendee_dialog import AttendeeDialog
from tests.printing.conftest import badge_printer, cups_pdf_printer, cups_scheduler  # noqa: F401 - fixtures
from tests.printing.helpers import attendees_on
from tests.ui.station_event import lane, open_station, station_event, station_settings  # noqa: F401 - fixtures
from tests.ui.test_station_window import scan_into_field

pytestmark = pytest.mark.cups


@pytest.fixture
def label_printer(badge_printer):
    choices.remember_desk_layout("label-62-brother-ql")
    choices.remember_printer("ql-62x100", badge_printer.name)
    return badge_printer


def test_a_walk_in_gets_a_badge_from_the_printer(qtbot, open_station, station_event, label_printer, tmp_path):
    window = open_station()
    window.menus.walk_in.trigger()
    dialog = window.findChild(AttendeeDialog)
    # Set rather than typed: QTest can only type Latin-1 characters.
    dialog._edits["first_name"].setText("Şule")
    dialog._edits["last_name"].setText("Çağlayan")
    printed = []
    window.badges_printed.connect(printed.extend)
    submitted = []
    window.printing.worker.print_submitted.connect(lambda attendee_id, job: submitted.append(job))
    with qtbot.waitSignal(window.printing.worker.print_succeeded, timeout=60_000) as done:
        dialog.save()
    walk_in = done.args[0]
    assert window.result_panel.name_label.text() == "Şule Çağlayan"
    assert printed == [walk_in]
    assert window.printing.notice.label.text() == "Badge of Şule Çağlayan printed."
    assert printed_counts(station_event.db) == {walk_in: 1}
    workdir = tmp_path / "raster"
    workdir.mkdir()
    assert attendees_on(label_printer.output_for(submitted[0]), workdir, station_event.db) == [walk_in]


def test_the_first_entrance_check_in_prints_the_badge_once(qtbot, open_station, station_event, label_printer):
    window = open_station(auto_print=True)
    helene = station_event.person("Hélène")
    with qtbot.waitSignal(window.printing.worker.print_succeeded, timeout=60_000) as done:
        scan_into_field(qtbot, window, station_event.code("Hélène"))
    assert done.args[0] == helene.id
    scan_into_field(qtbot, window, station_event.code("Hélène"))  # coming back in: no second badge
    assert not window.printing.worker.busy()
    assert printed_counts(station_event.db) == {helene.id: 1}


def test_a_printer_that_is_out_of_labels_says_so_under_the_scans_and_retry_prints(qtbot, open_station, station_event,
                                                                                  label_printer):
    window = open_station(auto_print=True)
    label_printer.pause("Out of labels")
    with qtbot.waitSignal(window.printing.worker.print_failed, timeout=60_000):
        scan_into_field(qtbot, window, station_event.code("Γιώργος"))
    notice = window.printing.notice
    assert notice.isVisible() and notice.retry_button.isVisible()
    assert notice.label.text().startswith("The badge of Γιώργος Παπαδόπουλος was not printed:")
    assert "Out of labels" in notice.label.text()
    assert window.scan_edit.hasFocus(), "no message box in the way of the next scan"
    label_printer.resume()
    with qtbot.waitSignal(window.printing.worker.print_succeeded, timeout=60_000):
        notice.retry_button.click()
    assert not notice.retry_button.isVisible()
