"""The station window at a door: each verdict shows in its colour with the symbol, the name and why;
scans from the scan field and from a scanner on an AZERTY desk; nothing lost while one is in flight."""
from __future__ import annotations

from PySide6.QtCore import Qt

from checkin.domain.verdicts import ENTRANCE, Verdict
from checkin.services.presence import checked_in_at
from checkin.services.scanning import Station
from checkin.storage import scan_repository as scans_repo
from checkin.scanning.layouts import LAYOUTS
from checkin.ui.station.result_panel import PanelState
from tests.scanning.key_events import DeskKeyboard
from tests.ui.station_event import WORKSHOP_ID, lane, open_station, station_event, station_settings  # noqa: F401 - fixtures

GREEN, AMBER, RED = "#1b7a36", "#f2a516", "#b3261e"


def scan_into_field(qtbot, window, code: str) -> None:
    """Someone types a code into the scan field and presses Enter (a scanner without the burst filter)."""
    with qtbot.waitSignal(window.flow.scanned, timeout=10_000):
        qtbot.keyClicks(window.scan_edit, code)
        qtbot.keyClick(window.scan_edit, Qt.Key.Key_Return)


def shown(window) -> tuple[PanelState, str, str, str, str]:
    panel = window.result_panel
    return panel.state, panel.colour().name(), panel.headline_label.text(), panel.name_label.text(), panel.message_label.text()


def test_a_registered_person_is_accepted_in_green_with_name_organisation_and_category(qtbot, open_station, station_event):
    window = open_station()
    assert window.result_panel.state is PanelState.READY
    assert window.scan_edit.hasFocus()
    helene = station_event.person("Hélène")
    scan_into_field(qtbot, window, station_event.code("Hélène"))
    state, colour, headline, name, message = shown(window)
    assert (state, colour, headline, name) == (PanelState.ACCEPTED, GREEN, "✓ Accepted", "Hélène Lefèvre-Dupré")
    assert message == "Welcome! Checked in."
    assert window.result_panel.details_label.text() == "Speaker · Ville de Lyon"
    # The attendee's notes stand out under the verdict.
    assert window.result_panel.notes_label.isVisible()
    assert window.result_panel.notes_label.text() == "Note: speaker — take to green room"
    assert window.scan_edit.text() == "" and window.scan_edit.hasFocus(), "cleared and ready for the next scan"
    assert helene.id in checked_in_at(station_event.db), "committed before it was shown"
    assert window.history.tile_texts()[0].endswith("✓ Hélène Lefèvre-Dupré")


def test_a_second_entry_is_amber_and_says_when_the_person_came_in(qtbot, open_station, station_event):
    window = open_station()
    code = station_event.code("Γιώργος")
    scan_into_field(qtbot, window, code)
    scan_into_field(qtbot, window, code)
    state, colour, headline, name, message = shown(window)
    assert (state, colour, headline, name) == (PanelState.WARNING, AMBER, "! Check, then let in", "Γιώργος Παπαδόπουλος")
    assert message.startswith("Already inside: checked in at ") and message.endswith(" at Door A, no exit since.")
    assert window.result_panel.notes_label.text() == "Note: wheelchair user"


def test_refusals_are_red_and_say_why(qtbot, open_station, station_event):
    window = open_station()
    scan_into_field(qtbot, window, "not-a-code-we-know")
    state, colour, headline, name, message = shown(window)
    assert (state, colour, headline, name) == (PanelState.REJECTED, RED, "✕ Not admitted", "Unknown code")
    assert message.startswith("This code is not on this event's list.")
    assert window.result_panel.code_label.text() == "Code read: not-a-code-we-know"

    code = station_event.code("Вячеслав")
    forged = code[:-1] + ("B" if code[-1] != "B" else "C")
    scan_into_field(qtbot, window, forged)
    assert shown(window)[:4] == (PanelState.REJECTED, RED, "✕ Not admitted", "Forged code")

    scan_into_field(qtbot, window, station_event.code("John"))
    state, colour, headline, name, message = shown(window)
    assert (state, name) == (PanelState.REJECTED, "John Smith")
    assert message == "John Smith's registration is cancelled. Send them to the registration desk."


def test_a_full_workshop_turns_the_next_person_away(qtbot, open_station, station_event):
    window = open_station(WORKSHOP_ID)
    assert window.door_label.text() == "Reducing polarisation / Réduire la polarisation"
    scan_into_field(qtbot, window, station_event.code("Hélène"))
    assert window.result_panel.state is PanelState.WARNING  # in the workshop before the entrance check-in
    assert window.result_panel.message_label.text().startswith("Not checked in at the entrance yet.")
    qtbot.waitUntil(lambda: window.counters_bar.inside_value.text() == "1 / 1")
    scan_into_field(qtbot, window, station_event.code("Małgorzata"))
    state, colour, headline, name, message = shown(window)
    assert (state, colour, name) == (PanelState.REJECTED, RED, "Małgorzata Żółkiewska")
    assert message.startswith("Reducing polarisation / Réduire la polarisation is full: 1 of 1 places taken.")


def test_a_scanner_on_an_azerty_desk_is_read_whatever_has_the_focus(qtbot, open_station, station_event):
    """Real key events as a French desk delivers a US scanner's ticket code: scrambled digits and letters."""
    window = open_station()
    keyboard = DeskKeyboard(window, LAYOUTS["fr"])
    window.manual_panel.focus_search()
    keyboard.person("Lef")  # someone starts typing a name…
    with qtbot.waitSignal(window.flow.scanned, timeout=10_000) as scanned:
        keyboard.scanner("k7m2xq4p9rsd2a")  # …and a badge is scanned meanwhile
    result = scanned.args[0]
    assert result.attendee.first_name == "Małgorzata" and result.verdict is Verdict.ACCEPTED
    assert result.record.method == "scanner"
    assert window.result_panel.name_label.text() == "Małgorzata Żółkiewska"
    assert window.manual_panel.search_edit.text() == "Lef", "the person's typing went on, the scan did not land in it"


def test_scans_arriving_while_one_is_recorded_are_all_recorded_in_order(qtbot, open_station, station_event):
    window = open_station()
    codes = [station_event.codes[a.id] for a in station_event.attendees] + ["unknown-1", "unknown-2"]
    codes = codes * 3
    received = []
    window.flow.scanned.connect(lambda result: received.append(result.record.code))
    for code in codes:  # faster than the lane: each arrives before the previous verdict
        window.submit_scan([code])
    qtbot.waitUntil(lambda: len(received) == len(codes), timeout=30_000)
    assert received == codes
    with station_event.db.unit() as s:
        logged = [r.code for r in scans_repo.scans(s) if r.station == "Door A"]
    assert sorted(logged) == sorted(codes)
    assert window.history.items()[0].reason == "unknown_code"


def test_the_panel_says_ready_again_by_itself(qtbot, open_station, station_event):
    window = open_station(ready_seconds=1)
    scan_into_field(qtbot, window, station_event.code("Hélène"))
    assert window.result_panel.state is PanelState.ACCEPTED
    qtbot.waitUntil(lambda: window.result_panel.state is PanelState.READY, timeout=10_000)
    assert window.result_panel.headline_label.text() == "Ready"
    assert window.result_panel.details_label.text() == "Entrance of the event · Entries"


def test_counters_follow_this_station_and_the_others(qtbot, open_station, station_event):
    window = open_station()
    bar = window.counters_bar
    assert bar.arrived_value.text() == "0 / 5"  # the cancelled person is not expected
    scan_into_field(qtbot, window, station_event.code("Hélène"))
    assert bar.arrived_value.text() == "1 / 5" and bar.inside_value.text() == "1"
    # Another door scans into the same event file; the poll brings its figures.
    other = Station(station_event.db, ENTRANCE, station="Door B")
    other.scan(station_event.code("Вячеслав"))
    other.scan(station_event.code("Γιώργος"))
    qtbot.waitUntil(lambda: bar.arrived_value.text() == "3 / 5", timeout=10_000)
    assert bar.inside_value.text() == "3"


def test_a_scan_that_cannot_be_recorded_stays_on_screen_in_red_with_its_code(qtbot, open_station, station_event):
    window = open_station()
    station_event.path.rename(station_event.path.with_suffix(".moved"))  # the disk holding the event went away
    for suffix in ("-wal", "-shm"):
        station_event.path.with_name(station_event.path.name + suffix).unlink(missing_ok=True)
    station_event.db.dispose()
    code = station_event.code("Hélène")
    with qtbot.waitSignal(window.flow.failed, timeout=10_000):
        window.submit_scan([code])
    panel = window.result_panel
    assert panel.state is PanelState.FAILED and panel.colour().name() == RED
    assert panel.headline_label.text() == "✕ Not recorded"
    assert panel.message_label.text().startswith("The event database did not answer, so this scan was not recorded")
    assert panel.code_label.text() == f"Code read: {code}"
    assert window.scan_edit.hasFocus(), "no box to click away: the next scan can come"


def test_a_scan_waiting_behind_other_work_says_checking_and_keeps_its_code(qtbot, open_station, station_event, lane):
    import threading

    from checkin.ui.workers import Operation

    window = open_station()
    gate = threading.Event()
    Operation(lambda: gate.wait(30)).run_on(lane)  # a long read from the desk holds the lane
    code = station_event.code("Hélène")
    window.submit_scan([code])
    qtbot.waitUntil(lambda: window.result_panel.state is PanelState.PENDING, timeout=10_000)
    assert window.result_panel.headline_label.text() == "Checking…"
    assert window.result_panel.code_label.text() == f"Code read: {code}"
    with qtbot.waitSignal(window.flow.scanned, timeout=10_000):
        gate.set()
    assert window.result_panel.state is PanelState.ACCEPTED


def test_a_badge_held_to_the_webcam_is_checked_in(qtbot, open_station, station_event):
    """Real video frames (NV12, as webcams send) through the station's camera panel and decoder."""
    from PIL import Image
    from PySide6.QtMultimedia import QVideoFrameInput

    from tests.scanning.frames import phone
    from tests.scanning.video import nv12_frame

    window = open_station(camera=True)
    assert window.camera_panel is not None and window.camera_panel.isVisible()
    frame_input = QVideoFrameInput()
    window.camera_panel.use_frame_input(frame_input)
    scene = Image.new("RGB", (1280, 720), (120, 110, 100))
    ticket = phone(station_event.code("Γιώργος"))
    scene.paste(ticket, ((1280 - ticket.width) // 2, (720 - ticket.height) // 2))
    with qtbot.waitSignal(window.flow.scanned, timeout=10_000) as scanned:
        assert frame_input.sendVideoFrame(nv12_frame(scene))
    result = scanned.args[0]
    assert result.record.method == "camera" and result.attendee.first_name == "Γιώργος"
    assert window.result_panel.name_label.text() == "Γιώργος Παπαδόπουλος"
    assert window.scan_edit.hasFocus(), "the scanner still works beside the camera"
    window.camera_panel.use_frame_input(None)
