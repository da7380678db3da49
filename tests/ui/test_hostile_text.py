"""Hostile text is just text: a person named with markup, a right-to-left override and escape codes, in
every window that shows people. Every label, message box, tooltip, title and table cell is walked:
no data is shown as rich text (no image loaded, no link), and no direction control reaches the screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from checkin.domain.model import Attendee, Session, SessionKind, new_id
from checkin.domain.verdicts import ENTRANCE, DirectionMode
from checkin.i18n import Message, UserError
from checkin.printing import choices
from checkin.printing.backend import Printer
from checkin.services import attendees as attendee_service
from checkin.services import badges
from checkin.services.event import new_event, open_event
from checkin.services.scanning import Station
from checkin.storage import repositories as repo
from checkin.ui.attendee_dialog import AttendeeDialog
from checkin.ui.badges.desk_print import DeskPrintWorker
from checkin.ui.dashboard.dashboard_window import DashboardWindow
from checkin.ui.station.config import StationConfig, StationSettings
from tests.ui.hostile import (
    EVENT_NAME,
    MARKUP_NAME,
    OVERRIDDEN_SHOWN,
    SESSION_TITLE,
    all_texts,
    hostile_full_name_shown,
    hostile_person,
    problems_in,
)
from tests.ui.sample_event import open_and_wait
from tests.ui.station_event import lane  # noqa: F401 - fixture


@pytest.fixture
def hostile_event(tmp_path):
    """An event whose name, session and one person are hostile text; the person has a badge code."""
    path = tmp_path / "hostile.checkin"
    db, _event = new_event(path, EVENT_NAME, venue="<b>Hall</b>")
    session = Session(id=new_id(), title=SESSION_TITLE, kind=SessionKind.WORKSHOP, location="<i>Room</i>", capacity=5)
    person = hostile_person(session_ids=(session.id,), ticket_codes=("<b>T1</b>",))
    plain = Attendee(id=new_id(), first_name="Ana", last_name="Ferreira", category="Speaker")
    with db.unit() as s:
        repo.add_session(s, session)
        repo.insert_attendees(s, [person, plain])
    codes = badges.ensure_codes(db)
    db.dispose()
    return path, person, codes[person.id]


def assert_no_problems(widget: QWidget) -> None:
    problems = problems_in(widget)
    assert not problems, "\n".join(map(str, problems))


def test_the_desk_shows_the_person_as_text_in_the_table_detail_panel_and_edit_dialog(qtbot, window, hostile_event):
    path, person, _code = hostile_event
    open_and_wait(qtbot, window, path)
    qtbot.keyClicks(window.desk.search_edit, "evil")
    qtbot.waitUntil(lambda: window.current_attendee() is not None and window.current_attendee().id == person.id)
    qtbot.waitUntil(lambda: window.desk.detail_panel.history_label.text() != "")
    assert window.desk.detail_panel.name_label.text() == hostile_full_name_shown()
    assert window.desk.detail_panel.name_label.textFormat() == Qt.TextFormat.PlainText
    assert_no_problems(window)

    dialog = window.edit_attendee(person.id)
    qtbot.waitUntil(lambda: isinstance(dialog, AttendeeDialog) and dialog.isVisible())
    assert MARKUP_NAME in dialog.windowTitle() and OVERRIDDEN_SHOWN in dialog.windowTitle()
    assert_no_problems(dialog)

    # Esc with a change typed asks before discarding it, naming the person: as text.
    dialog._edits["city"].setText("Gent")
    dialog.reject()
    box = dialog.findChild(QMessageBox)
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == f"Discard the changes to {hostile_full_name_shown()}?"
    assert_no_problems(box)
    box.close()
    dialog.done(0)


def test_an_error_naming_the_person_is_a_plain_message_box(qtbot, window, hostile_event):
    path, person, _code = hostile_event
    open_and_wait(qtbot, window, path)
    window.show_error(f"Could not save {MARKUP_NAME} \u202eevil")
    box = window.findChild(QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert MARKUP_NAME in box.text()
    assert_no_problems(box)
    box.close()


class _PausedPrinter:
    """A print system whose one printer is paused: every badge fails."""

    def list_printers(self):
        return [Printer("ql", "Label printer")]

    def check_ready(self, printer):
        raise UserError(Message("Printing", "The printer {p} is paused ({why}).", {"p": printer, "why": "<b>out</b>"}))

    def submit(self, *args, **kwargs):
        raise AssertionError("nothing reaches a paused printer")

    def wait(self, *args, **kwargs):
        raise AssertionError("nothing reaches a paused printer")

    def cancel(self, job):
        pass


def test_the_badge_not_printed_box_names_the_person_as_text(qtbot, lane, hostile_event):
    path, person, _code = hostile_event
    db, _event = open_event(path)
    window = QWidget()
    qtbot.addWidget(window)
    worker = DeskPrintWorker(lane, db, _PausedPrinter(), window, station="Desk 1", operator="amina")
    choices.remember_desk_layout("label-62-brother-ql")
    choices.remember_printer("ql-62x100", "ql")
    try:
        with qtbot.waitSignal(worker.print_failed, timeout=30_000):
            worker.print_badge_for(person.id)
        box = window.findChild(QMessageBox)
        assert box is not None and box.isVisible()
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert box.text() == f"The badge of {hostile_full_name_shown()} was not printed."
        assert_no_problems(box)
        box.close()
    finally:
        worker.stop()
        db.dispose()


@pytest.fixture
def hostile_station(qtbot, lane, hostile_event, tmp_path, languages):
    from checkin.printing.cups import CupsBackend
    from checkin.ui.station.station_window import StationWindow

    path, person, code = hostile_event
    db, event = open_event(path)
    settings = StationSettings(QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat))
    config = StationConfig(ENTRANCE, DirectionMode.IN, station="<b>Door</b>\u202e", operator="amina")
    window = StationWindow(lane, db, event, attendee_service.sessions(db), attendee_service.list_attendees(db),
                           config, settings, CupsBackend())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.flow.checkpoint is not None and window.counters_bar.counters() is not None)
    yield window, person, code
    window.close()
    db.dispose()


def test_the_station_verdict_shows_the_name_as_text_and_evil_reads_evil(qtbot, hostile_station):
    window, person, code = hostile_station
    with qtbot.waitSignal(window.flow.scanned, timeout=10_000):
        qtbot.keyClicks(window.scan_edit, code)
        qtbot.keyClick(window.scan_edit, Qt.Key.Key_Return)
    panel = window.result_panel
    assert panel.name_label.text() == hostile_full_name_shown()
    assert panel.notes_label.textFormat() == Qt.TextFormat.PlainText
    assert "<h1>big</h1>" in panel.notes_label.text()
    assert window.history.tile_texts()[0].endswith(hostile_full_name_shown())
    assert_no_problems(window)

    # An unknown code made of markup and escape codes is shown as the characters read.
    with qtbot.waitSignal(window.flow.scanned, timeout=10_000):
        window.scan_edit.insert("<img src=x>\u202eabc")  # as a camera would read it: keyClicks types ASCII only
        qtbot.keyClick(window.scan_edit, Qt.Key.Key_Return)
    assert "<img src=x>abc" in panel.code_label.text()
    assert_no_problems(window)


def test_the_dashboard_shows_sessions_categories_and_the_event_as_text(qtbot, hostile_event, languages):
    path, person, code = hostile_event
    db, _event = open_event(path)
    Station(db, ENTRANCE, DirectionMode.IN, station="<b>Door</b>\u202e").scan(code)
    db.dispose()
    dashboard = DashboardWindow(str(path))
    qtbot.addWidget(dashboard)
    dashboard.show()
    try:
        qtbot.waitUntil(lambda: dashboard.snapshot is not None, timeout=15_000)
        assert any("<b>Summit</b>" in text for text in [dashboard.windowTitle(), *all_texts(dashboard)])
        assert_no_problems(dashboard)
    finally:
        dashboard.refresher.stop()


def test_the_edit_dialog_refuses_an_over_long_name_and_keeps_a_long_one_stored_before(qtbot, window, hostile_event):
    path, person, _code = hostile_event
    open_and_wait(qtbot, window, path)
    qtbot.keyClicks(window.desk.search_edit, "ferreira")
    qtbot.waitUntil(lambda: window.current_attendee() is not None and window.current_attendee().last_name == "Ferreira")
    ana = window.current_attendee()
    dialog = window.edit_attendee(ana.id)
    dialog._edits["last_name"].setText("Ferreira" * 30)  # 240 characters, pasted
    dialog.save()
    qtbot.waitUntil(lambda: "240 characters long" in dialog.error_label.text())
    assert dialog.isVisible()
    assert dialog.error_label.text() == "The family name is 240 characters long; at most 200 fit on badges and lists. Shorten it."
    assert attendee_service.get_attendee(window.loaded.db, ana.id).last_name == "Ferreira", "nothing written"
    dialog.reject()
