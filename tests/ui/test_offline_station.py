"""A door station and the desk on a real PostgreSQL server whose network a test drops and brings back.

The station window scans through its scan field as a scanner would; when the network goes, the
orange banner says so with what waits to be sent, every verdict still comes and says it was decided
offline; when it is back the banner says how many were sent, and the server holds each scan exactly
once. The desk's Ctrl+Return check-ins do the same, and a walk-in registered at the station while
offline reaches the server with a badge code that verifies on both sides.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from checkin.domain.verdicts import ENTRANCE, DirectionMode, Verdict
from checkin.printing.cups import CupsBackend
from checkin.services import badges
from checkin.services.attendees import get_attendee, journal_for
from checkin.services.event import open_event
from checkin.ui.attendee_dialog import AttendeeDialog
from checkin.ui.settings import DeskSettings
from checkin.ui.station.config import StationConfig, StationSettings
from checkin.ui.station.offline_banner import BannerState
from checkin.ui.station.scan_flow import StationHolder
from tests.netproxy import NetProxy
from tests.sync.faults import assert_each_acknowledged_scan_once
from tests.ui.station_event import lane, make_station_event  # noqa: F401 - fixtures
from tests.ui.test_station_actions import press_undo
from tests.ui.test_station_window import scan_into_field

pytestmark = pytest.mark.postgres

WAIT_MS = 15_000  # a bound for the station to notice or come back, never a target
STATION_ID = "5b0f3c1e-8d1a-4b7e-9c1e-0a1b2c3d4e5f"


@pytest.fixture(autouse=True)
def quick_to_notice(monkeypatch):
    """The fault tests' deadline and probe interval: a test does not wait seconds for the station."""
    monkeypatch.setattr(StationHolder, "deadline", 0.5)
    monkeypatch.setattr(StationHolder, "probe_interval", 0.2)


@pytest.fixture
def shared_event(postgres_server, postgres_url):
    """The station test event on the server, and a proxy between this laptop and the server."""
    made = make_station_event(postgres_url)
    made.db.dispose()
    with NetProxy("127.0.0.1", postgres_server.port) as proxy:
        yield made, proxy, postgres_url


@pytest.fixture
def station(qtbot, lane, shared_event, tmp_path, languages):  # noqa: F811 - lane is a fixture
    from checkin.ui.station.station_window import StationWindow

    made, proxy, url = shared_event
    db, event = open_event(proxy.url(url))
    config = StationConfig(ENTRANCE, DirectionMode.IN, station="Door A", operator="amina", station_id=STATION_ID)
    settings = StationSettings(QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat))
    window = StationWindow(lane, db, event, made.sessions, made.attendees, config, settings, CupsBackend())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.flow.checkpoint is not None and window.flow.holder.online(), timeout=WAIT_MS)
    results = []
    window.flow.scanned.connect(results.append)
    yield window, made, proxy, url, results
    window.close()
    qtbot.waitUntil(lambda: not lane.busy, timeout=WAIT_MS)  # the ResilientStation closed on the lane
    db.dispose()


def offline_text(count: int) -> str:
    return f"Offline — scans are kept on this laptop and sent when the network is back ({count} waiting)"


def test_the_station_scans_on_while_the_network_is_down_and_the_server_gets_each_scan_once(qtbot, station):
    window, made, proxy, url, results = station
    banner, panel = window.offline_banner, window.result_panel
    scan_into_field(qtbot, window, made.code("Hélène"))
    assert not results[-1].record.offline and panel.offline_label.isHidden()
    assert banner.isHidden()

    proxy.drop()
    scan_into_field(qtbot, window, made.code("Małgorzata"))
    assert results[-1].verdict is Verdict.ACCEPTED and results[-1].record.offline
    assert panel.name_label.text() == "Małgorzata Żółkiewska"
    assert panel.offline_label.isVisible()
    assert panel.offline_label.text() == "Decided offline — sent when the network is back"
    qtbot.waitUntil(lambda: banner.state == BannerState.OFFLINE and banner.isVisible(), timeout=WAIT_MS)
    for name in ("Γιώργος", "Вячеслав", "Hélène"):
        scan_into_field(qtbot, window, made.code(name))
        assert results[-1].record.offline and panel.offline_label.isVisible()
    assert results[-1].verdict is Verdict.WARNING, "Hélène came in online: the replica knows it"
    qtbot.waitUntil(lambda: banner.text() == offline_text(4), timeout=WAIT_MS)
    assert banner.width() >= window.centralWidget().width() - 30, "across the window"

    press_undo(qtbot, window)  # asks first
    with qtbot.waitSignal(window.flow.undone, timeout=WAIT_MS) as undone:
        press_undo(qtbot, window)
    annulment = undone.args[0].annulment
    assert undone.args[0].annulled.id == results[-1].record.id and annulment.offline
    qtbot.waitUntil(lambda: banner.text() == offline_text(5), timeout=WAIT_MS)

    proxy.resume()
    qtbot.waitUntil(lambda: banner.state == BannerState.BACK_ONLINE, timeout=WAIT_MS)
    assert banner.text() == "Back online — 4 scans and 1 undo sent"
    scan_into_field(qtbot, window, made.code("Maria da Conceição"))
    assert not results[-1].record.offline and panel.offline_label.isHidden()

    assert len(results) == 6
    assert_each_acknowledged_scan_once(url, [r.record for r in results] + [annulment])
    assert {r.record.station_id for r in results} == {STATION_ID}


def test_a_walk_in_registered_offline_reaches_the_server_with_a_badge_valid_on_both(qtbot, station):
    window, made, proxy, url, results = station
    proxy.drop()
    scan_into_field(qtbot, window, made.code("Hélène"))  # the station finds out
    qtbot.waitUntil(lambda: window.offline_banner.state == BannerState.OFFLINE, timeout=WAIT_MS)

    qtbot.keyClick(window.scan_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(AttendeeDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog._edits["first_name"], "Bjorn")
    qtbot.keyClicks(dialog._edits["last_name"], "Odegard")
    with qtbot.waitSignal(window.flow.scanned, timeout=WAIT_MS) as admitted:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    walk_in = admitted.args[0]
    assert walk_in.attendee.full_name == "Bjorn Odegard" and walk_in.record.offline
    assert walk_in.verdict is Verdict.ACCEPTED
    assert window.result_panel.name_label.text() == "Bjorn Odegard"
    assert window.offline_banner.text() == offline_text(3), "Hélène's scan, the walk-in and their entry"

    replica = window.flow.holder.get().replica
    code = badges.current_code(replica, walk_in.attendee.id)
    scan_into_field(qtbot, window, code)  # the printed badge, shown at the door while still offline
    assert results[-1].attendee.id == walk_in.attendee.id and results[-1].verdict is Verdict.WARNING
    assert results[-1].record.offline

    proxy.resume()
    qtbot.waitUntil(lambda: window.offline_banner.state == BannerState.BACK_ONLINE, timeout=WAIT_MS)
    scan_into_field(qtbot, window, code)  # the same badge, decided by the server
    assert not results[-1].record.offline
    assert results[-1].attendee.id == walk_in.attendee.id and results[-1].verdict is Verdict.WARNING

    assert_each_acknowledged_scan_once(url, [r.record for r in results])
    server, _event = open_event(url)
    try:
        assert get_attendee(server, walk_in.attendee.id).walk_in
        assert badges.current_code(server, walk_in.attendee.id) == code
        entries = [e for e in journal_for(server, walk_in.attendee.id) if e.kind == "walk_in"]
        assert [(e.station, e.station_id) for e in entries] == [("Door A", STATION_ID)]
    finally:
        server.dispose()


def open_shared_desk(qtbot, tmp_path, languages, url: str):
    """The desk window on a shared event, its search ready and its own station online (warmed up at opening)."""
    from checkin.ui.app import create_desk_window

    window = create_desk_window(DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)), languages)
    window.station_actions.settings = StationSettings(QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.event_opened, timeout=WAIT_MS):
        window.open_event(url)
    qtbot.waitUntil(lambda: window.model.search_ready, timeout=WAIT_MS)
    holder = window.station_actions._desk_station
    qtbot.waitUntil(lambda: holder._station is not None and holder.online(), timeout=WAIT_MS)
    return window


@pytest.fixture
def shared_desk(qtbot, shared_event, tmp_path, languages):
    made, proxy, url = shared_event
    window = open_shared_desk(qtbot, tmp_path, languages, proxy.url(url))
    results = []
    window.station_actions.checked_in.connect(results.append)
    yield window, made, proxy, url, results
    window.close()


def check_in_with_keyboard(qtbot, window, attendee_id: str, results: list) -> None:
    """Select the person and press Ctrl+Return; wait for the verdict."""
    window.desk.select_attendee(attendee_id)
    window.desk.table.setFocus()
    before = len(results)
    qtbot.keyClick(window.desk.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(results) > before, timeout=WAIT_MS)
    assert results[-1].attendee.id == attendee_id


def test_the_desks_check_ins_go_on_offline_and_each_reaches_the_server_once(qtbot, shared_desk):
    window, made, proxy, url, results = shared_desk
    banner = window.offline_banner
    check_in_with_keyboard(qtbot, window, made.person("Hélène").id, results)
    assert not results[-1].record.offline

    proxy.drop()
    for name in ("Małgorzata", "Γιώργος"):
        check_in_with_keyboard(qtbot, window, made.person(name).id, results)
        assert results[-1].record.offline and results[-1].verdict is Verdict.ACCEPTED
        assert window.statusBar().currentMessage().endswith("(decided offline, sent when the network is back)")
    qtbot.waitUntil(lambda: banner.state == BannerState.OFFLINE, timeout=WAIT_MS)
    assert "(2 waiting)" in banner.text()
    assert window.edit_attendee(made.person("Hélène").id) is None, "editing waits for the network"

    proxy.resume()
    qtbot.waitUntil(lambda: banner.state == BannerState.BACK_ONLINE, timeout=WAIT_MS)
    assert banner.text() == "Back online — 2 check-ins sent"
    assert_each_acknowledged_scan_once(url, [r.record for r in results])
