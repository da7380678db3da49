"""What staff do at the station besides scanning: undo, check in by name, walk-ins, site-visit lists,
keyboard-only work and the switch to French."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from checkin.domain.verdicts import DirectionMode, Verdict
from checkin.services.presence import checked_in_at, counters
from checkin.storage import scan_repository as scans_repo
from checkin.ui.attendee_dialog import AttendeeDialog
from checkin.ui.badges.desk_print import DeskPrintSetupDialog
from checkin.ui.language import LanguageSwitcher
from checkin.ui.station.result_panel import PanelState
from tests.ui.station_event import (  # noqa: F401 - fixtures
    VISIT_ID,
    WORKSHOP_ID,
    MarkingTranslator,
    lane,
    open_station,
    station_event,
    station_settings,
)
from tests.ui.test_station_window import scan_into_field


def press_undo(qtbot, window) -> None:
    qtbot.keyClick(window.scan_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_undo_asks_in_the_panel_then_annuls_the_scan_and_keeps_it_in_the_log(qtbot, open_station, station_event):
    window = open_station()
    helene = station_event.person("Hélène")
    scan_into_field(qtbot, window, station_event.code("Hélène"))
    assert window.counters_bar.arrived_value.text() == "1 / 5"

    press_undo(qtbot, window)  # the first Ctrl+Z only asks, and does not take the keyboard away
    panel = window.result_panel
    assert panel.state is PanelState.CONFIRM_UNDO
    assert panel.name_label.text() == "Hélène Lefèvre-Dupré"
    assert window.scan_edit.hasFocus()
    assert helene.id in checked_in_at(station_event.db)

    with qtbot.waitSignal(window.undone, timeout=10_000):
        press_undo(qtbot, window)
    assert panel.state is PanelState.UNDONE and panel.headline_label.text() == "↶ Scan undone"
    assert helene.id not in checked_in_at(station_event.db)
    qtbot.waitUntil(lambda: window.counters_bar.arrived_value.text() == "0 / 5", timeout=10_000)
    assert window.history.tile_texts()[0].endswith("✓ Hélène Lefèvre-Dupré (undone)")
    with station_event.db.unit() as s:
        verdicts = [r.verdict for r in scans_repo.scans(s, helene.id)]
    assert sorted(verdicts) == ["accepted", "annulment"], "an annulment is added, nothing is deleted"


def test_a_scan_between_the_two_presses_keeps_the_last_scan(qtbot, open_station, station_event):
    window = open_station()
    scan_into_field(qtbot, window, station_event.code("Hélène"))
    press_undo(qtbot, window)
    scan_into_field(qtbot, window, station_event.code("Γιώργος"))
    press_undo(qtbot, window)
    assert window.result_panel.state is PanelState.CONFIRM_UNDO, "asks again, about the new last scan"
    assert window.result_panel.name_label.text() == "Γιώργος Παπαδόπουλος"
    assert len(checked_in_at(station_event.db)) == 2


def test_checking_in_by_name_with_a_misspelling_and_the_keyboard_only(qtbot, open_station, station_event):
    window = open_station()
    panel = window.manual_panel
    qtbot.waitUntil(lambda: panel.model.search_ready, timeout=10_000)
    qtbot.keyClick(window.scan_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search_edit.hasFocus()
    qtbot.keyClicks(panel.search_edit, "lefevre dupre")  # no accents typed
    assert panel.current_attendee().first_name == "Hélène"
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Down)
    assert panel.table.hasFocus()
    with qtbot.waitSignal(window.flow.scanned, timeout=10_000) as scanned:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    result = scanned.args[0]
    assert result.record.method == "manual" and result.verdict is Verdict.ACCEPTED
    assert window.result_panel.name_label.text() == "Hélène Lefèvre-Dupré"
    assert panel.search_edit.text() == "" and window.scan_edit.hasFocus(), "back to scanning"


def test_escape_leaves_the_search_for_the_scan_field(qtbot, open_station):
    window = open_station()
    window.manual_panel.focus_search()
    qtbot.keyClicks(window.manual_panel.search_edit, "smi")
    qtbot.keyClick(window.manual_panel.search_edit, Qt.Key.Key_Escape)
    assert window.scan_edit.hasFocus() and window.manual_panel.search_edit.text() == ""


def test_every_station_button_names_its_shortcut_and_never_takes_the_focus(open_station):
    window = open_station()
    for button in window.menus.buttons():
        assert "(" in button.text() and button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert window.menus.full_screen.shortcut().toString() == "F11"
    assert window.menus.undo.shortcut().toString() == "Ctrl+Z"


def test_full_screen_and_back(qtbot, open_station):
    window = open_station()
    qtbot.keyClick(window.scan_edit, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert not window.menuBar().isVisible()
    qtbot.keyClick(window.scan_edit, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.menuBar().isVisible()


def test_each_verdict_has_its_own_sound_and_mute_silences_them(qtbot, open_station, station_event, station_settings):
    window = open_station()
    sources = {window.sounds.source(v).fileName() for v in Verdict}
    assert sources == {"accepted.wav", "warning.wav", "rejected.wav"}
    played = []
    window.sounds.played.connect(played.append)
    scan_into_field(qtbot, window, station_event.code("Hélène"))
    scan_into_field(qtbot, window, station_event.code("Hélène"))
    scan_into_field(qtbot, window, "nobody")
    assert played == [Verdict.ACCEPTED, Verdict.WARNING, Verdict.REJECTED]
    qtbot.keyClick(window.scan_edit, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    scan_into_field(qtbot, window, "nobody")
    assert len(played) == 3 and station_settings.muted()


def test_a_walk_in_is_registered_checked_in_and_added_to_the_search(qtbot, open_station, station_event):
    window = open_station(WORKSHOP_ID)
    panel = window.manual_panel
    qtbot.waitUntil(lambda: panel.model.search_ready, timeout=10_000)
    panel.focus_search()
    qtbot.keyClicks(panel.search_edit, "Ødegård")
    window.menus.walk_in.trigger()
    dialog = window.findChild(AttendeeDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.values()["last_name"] == "Ødegård", "starts from the name looked for"
    assert dialog.values()["session_ids"] == (WORKSHOP_ID,), "a walk-in at this door comes for its session"
    qtbot.keyClicks(dialog._edits["first_name"], "Bjørn")
    added, scanned = [], []
    window.attendee_added.connect(added.append)
    window.flow.scanned.connect(scanned.append)
    dialog.save()
    # The workshop has one place and two people registered: said before anything is booked.
    assert "is full (2 of 1 places taken)" in dialog.error_label.text() and dialog.isVisible()
    qtbot.wait(100)
    assert added == [] and scanned == []
    dialog.save()  # read, and booked anyway
    qtbot.waitUntil(lambda: len(scanned) == 1, timeout=10_000)
    assert added[0].full_name == "Bjørn Ødegård" and added[0].walk_in
    assert scanned[0].attendee.id == added[0].id and scanned[0].record.method == "manual"
    assert window.result_panel.name_label.text() == "Bjørn Ødegård"
    assert window.result_panel.state is PanelState.WARNING  # not checked in at the entrance yet
    assert panel.model.attendee(added[0].id) is not None, "searchable at once"
    # No badge printer chosen on this computer yet: the badge asks for one (tests/printing prints it).
    qtbot.waitUntil(lambda: window.findChild(DeskPrintSetupDialog) is not None, timeout=10_000)
    window.findChild(DeskPrintSetupDialog).reject()
    # The window's keyboard goes to the scan field as soon as it is active again.
    assert window.focusWidget() is window.scan_edit


def test_a_site_visit_lists_who_is_missing_and_who_has_not_come_back(qtbot, open_station, station_event):
    window = open_station(VISIT_ID, DirectionMode.BOTH)
    lists = window.presence_lists
    assert lists.isVisible()
    qtbot.waitUntil(lambda: len(lists.missing_names()) == 3, timeout=10_000)
    assert lists.missing_title.text() == "&Missing, not scanned in yet: 3"
    assert lists.missing_names()[0].startswith("Вячеслав Кузнецов-Белов")  # family-name order: К, П, Ż
    scan_into_field(qtbot, window, station_event.code("Γιώργος"))  # boards the bus
    qtbot.waitUntil(lambda: lists.inside_names() == ["Γιώργος Παπαδόπουλος · Δήμος Αθηναίων"], timeout=10_000)
    assert "Γιώργος Παπαδόπουλος · Δήμος Αθηναίων" not in lists.missing_names()
    assert lists.inside_title.text() == "&Not back yet: 1"
    scan_into_field(qtbot, window, station_event.code("Γιώργος"))  # back from the visit
    assert window.result_panel.headline_label.text() == "✓ Exit recorded"
    qtbot.waitUntil(lambda: lists.inside_names() == [], timeout=10_000)
    assert len(lists.missing_names()) == 2
    assert counters(station_event.db, VISIT_ID).inside == 0


def test_an_entrance_station_for_entries_shows_no_lists(open_station):
    window = open_station()
    assert not window.presence_lists.isVisible()


def test_switching_to_french_retranslates_the_station_live(qtbot, lane, station_event, station_settings, open_station):
    window = open_station()
    scan_into_field(qtbot, window, station_event.code("Hélène"))
    switcher = LanguageSwitcher(factory=lambda lang: [MarkingTranslator()] if lang == "fr" else [])
    try:
        switcher.apply("fr")
        panel = window.result_panel
        qtbot.waitUntil(lambda: panel.headline_label.text() == "‹✓ Accepted›")
        assert panel.message_label.text() == "‹Welcome! Checked in.›", "the core's reason, translated when shown"
        assert window.scan_caption.text() == "‹&Code:›"
        assert window.menus.undo.text() == "‹&Undo the last scan›"
        assert window.counters_bar.arrived_caption.text() == "‹Arrived / expected›"
        assert window.manual_panel.check_in_button.text() == "‹Check in (Enter)›"
        assert window.history.tile_texts()[0].endswith("Hélène Lefèvre-Dupré")
        press_undo(qtbot, window)
        assert panel.headline_label.text() == "‹Undo the last scan?›"
    finally:
        switcher.apply("en")
    qtbot.waitUntil(lambda: window.scan_caption.text() == "&Code:")


@pytest.mark.parametrize("name", ["Maria da Conceição Albuquerque de Sousa Magalhães", "Вячеслав Кузнецов-Белов"])
def test_long_names_fit_the_panel_on_one_or_two_lines(qtbot, open_station, station_event, name):
    window = open_station()
    first = name.split()[0]
    scan_into_field(qtbot, window, station_event.code(first if first != "Maria" else "Maria da Conceição"))
    label = window.result_panel.name_label
    size, lines = label.layout_for_size()
    assert " ".join(lines) == name and len(lines) <= 2
    font = label.font()
    font.setPixelSize(int(size))
    from PySide6.QtGui import QFontMetrics

    assert all(QFontMetrics(font).horizontalAdvance(line) <= label.contentsRect().width() for line in lines)
    assert size >= 40, "still readable from two metres"


def test_a_long_name_is_never_smaller_than_the_organisation_under_it(qtbot, open_station, station_event):
    """It wraps onto two lines before shrinking; when two lines must shrink too, the organisation
    and the sentence under it shrink with it."""
    from checkin.ui.station.result_panel import ResultPanel

    window = open_station()
    window.resize(1366, 768)
    scan_into_field(qtbot, window, station_event.code("Maria da Conceição"))
    result = window.result_panel.shown_result
    panel = ResultPanel()
    qtbot.addWidget(panel)
    panel.show_result(result)
    assert panel.details_label.text() == "Partner organisation · Direção-Geral da Administração Interna"
    panel.show()
    # Every panel size from a small laptop's to a full-screen door's, wide and tall ones.
    for width, height in [(w, int(w * ratio)) for ratio in (0.45, 0.6, 0.8) for w in range(400, 1400, 60)]:
        panel.resize(width, height)
        qtbot.waitUntil(lambda: panel.size().toTuple() == (max(width, 360), max(height, 300)))
        qtbot.wait(10)  # the lines under the name follow the name's new size
        name_size, lines = panel.name_label.layout_for_size()
        assert len(lines) == 2, "wrapped before shrinking"
        for label in (panel.details_label, panel.message_label):
            assert label.font().pixelSize() <= name_size, (width, height, label.text(), label.font().pixelSize(), name_size)
