"""Live refresh across desks: what another station does through its own connection shows in this desk
within 2 s, in place (selection, search and scroll kept), on an SQLite file and on PostgreSQL."""
from __future__ import annotations

import pytest

from checkin.domain.model import Session, SessionKind
from checkin.domain.verdicts import ENTRANCE
from checkin.services import attendees as attendee_service
from checkin.services import badges
from checkin.services.event import new_event, open_event
from checkin.services.scanning import Station
from checkin.storage import repositories as repo
from checkin.ui.attendee_columns import Column
from tests.ui.sample_event import VISIT_ID, WORKSHOP_ID, open_and_wait, sample_attendees

LIVE_MS = 2000  # the issue's promise: other stations' changes appear within 2 s


@pytest.fixture
def shared_event(db_url):
    """The sample event at ``db_url`` and a second handle on it: another desk's connection."""
    db, _event = new_event(db_url, "Security, Democracy & Cities")
    people = sample_attendees()
    with db.unit() as s:
        repo.add_session(s, Session(id=WORKSHOP_ID, title="Workshop: Safer public spaces", kind=SessionKind.WORKSHOP))
        repo.add_session(s, Session(id=VISIT_ID, title="Site visit: Molenbeek", kind=SessionKind.SITE_VISIT))
        repo.insert_attendees(s, people)
    codes = badges.ensure_codes(db)
    db.dispose()
    other, _ = open_event(db_url)
    yield db_url, other, {a.first_name: a for a in people}, codes
    other.dispose()


def cell(window, attendee_id: str, column: Column) -> str:
    position = window.model.position_of(attendee_id)
    return "" if position is None else window.model.index(position, column).data()


def test_a_scan_at_another_station_shows_as_checked_in(qtbot, window, shared_event):
    url, other, people, codes = shared_event
    open_and_wait(qtbot, window, url)
    helene = people["Hélène"]
    assert cell(window, helene.id, Column.CHECKED_IN) == ""
    Station(other, ENTRANCE, station="Door B").scan(codes[helene.id])
    qtbot.waitUntil(lambda: cell(window, helene.id, Column.CHECKED_IN) != "", timeout=LIVE_MS)


def test_a_name_fixed_at_another_desk_shows_and_the_desk_keeps_its_search_and_selection(qtbot, window, shared_event):
    url, other, people, _codes = shared_event
    open_and_wait(qtbot, window, url)
    qtbot.keyClicks(window.desk.search_edit, "p")  # several people match
    shown = window.model.rowCount()
    jurgen, george = people["Jürgen"], people["Γιώργος"]
    window.desk.select_attendee(george.id)
    attendee_service.update_attendee(other, jurgen.id, {"organisation": "Stadt Köln — Ordnungsamt"}, station="Desk 2")
    qtbot.waitUntil(lambda: window.model.attendee(jurgen.id).organisation == "Stadt Köln — Ordnungsamt", timeout=LIVE_MS)
    assert window.desk.search_edit.text() == "p"
    assert window.model.rowCount() == shown
    assert window.desk.current_attendee().id == george.id


def test_the_selected_persons_panel_shows_the_edit(qtbot, window, shared_event):
    url, other, people, _codes = shared_event
    open_and_wait(qtbot, window, url)
    anna = people["Anna"]
    window.desk.select_attendee(anna.id)
    attendee_service.update_attendee(other, anna.id, {"first_name": "Annа-Maria"}, station="Desk 2")
    qtbot.waitUntil(lambda: "Annа-Maria" in window.desk.detail_panel.name_label.text(), timeout=LIVE_MS)
    assert window.desk.current_attendee().id == anna.id


def test_a_walk_in_registered_at_another_desk_appears_in_the_list(qtbot, window, shared_event):
    url, other, _people, _codes = shared_event
    open_and_wait(qtbot, window, url)
    walk_in = attendee_service.add_walk_in(other, {"first_name": "Zoë", "last_name": "Walker", "category": "Press"})
    qtbot.waitUntil(lambda: window.model.position_of(walk_in.id) is not None, timeout=LIVE_MS)
    assert cell(window, walk_in.id, Column.FAMILY_NAME) == "Walker"
    assert window.desk.count_label.text() == "7 attendees"
    assert window.desk.category_combo.findText("Press") > 0, "the new category can be chosen"


def test_a_badge_printed_at_another_desk_is_counted(qtbot, window, shared_event):
    url, other, people, _codes = shared_event
    open_and_wait(qtbot, window, url)
    jurgen = people["Jürgen"]
    with other.unit() as s:
        repo.append_journal(s, repo.journal_entry("print", jurgen.id, "Desk 2", printer="Zebra"))
    qtbot.waitUntil(lambda: window.model.print_count(jurgen.id) == 1, timeout=LIVE_MS)


@pytest.fixture
def desk_with_station(qtbot, tmp_path, languages, shared_event):
    """The full desk (with its plug-ins) on the shared event, and its station window at the entrance."""
    from PySide6.QtCore import QSettings

    from checkin.domain.verdicts import DirectionMode
    from checkin.ui.app import create_desk_window
    from checkin.ui.settings import DeskSettings
    from checkin.ui.station.config import StationConfig, StationSettings

    url, other, people, codes = shared_event
    window = create_desk_window(DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)), languages)
    window.station_actions.settings = StationSettings(QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    open_and_wait(qtbot, window, url)
    window.station_actions._on_setup_accepted(StationConfig(ENTRANCE, DirectionMode.IN, station="Door A"))
    station = window.station_actions.station_window
    qtbot.waitUntil(lambda: station.counters_bar.counters() is not None, timeout=10_000)
    yield window, station, other, people, codes
    window.close()


def test_the_station_counts_another_doors_scan_and_finds_a_walk_in_registered_elsewhere(qtbot, desk_with_station):
    _window, station, other, people, codes = desk_with_station
    arrived = station.counters_bar.counters().arrived
    Station(other, ENTRANCE, station="Door B").scan(codes[people["Jürgen"].id])
    qtbot.waitUntil(lambda: station.counters_bar.counters().arrived == arrived + 1, timeout=LIVE_MS)

    walk_in = attendee_service.add_walk_in(other, {"first_name": "Zoë", "last_name": "Walker"})
    qtbot.waitUntil(lambda: station.manual_panel.model.attendee(walk_in.id) is not None, timeout=LIVE_MS)
    qtbot.keyClicks(station.manual_panel.search_edit, "walker")
    assert station.manual_panel.model.rowCount() == 1
