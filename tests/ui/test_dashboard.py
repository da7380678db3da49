"""The attendance dashboard on a real event file: a scripted morning of scans, another desk scanning
into the same file, the day chooser, a language switch, and a database that goes away and comes back."""
from __future__ import annotations

import os
import shutil
import tempfile
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt

from checkin.domain.model import Attendee, Session, SessionKind, Status, new_id
from checkin.domain.verdicts import ENTRANCE, DirectionMode
from checkin.services import badges, statistics
from checkin.services.attendees import add_walk_in
from checkin.services.event import new_event, open_event
from checkin.services.scanning import Station
from checkin.services.statistics import ArrivalSlot
from checkin.storage import repositories as repo
from checkin.ui.dashboard.dashboard_window import DashboardWindow
from checkin.ui.dashboard.desk_actions import DeskDashboardActions
from checkin.ui.dashboard.look import NEARLY_FULL
from checkin.ui.dashboard.session_models import SessionColumn, VisitColumn
from checkin.ui.dashboard.snapshot import curve_window, event_days
from checkin.ui.language import LanguageSwitcher
from tests.postgres import PostgresServer, _bin_dir
from tests.ui.sample_event import open_and_wait
from tests.ui.test_ui_language import MarkingTranslator

ZONE = ZoneInfo("Europe/Brussels")
FIRST_DAY = date(2026, 3, 20)
WAIT_MS = 15_000  # a few refresh ticks


def local(clock: str, day: date = FIRST_DAY) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), ZONE).astimezone(timezone.utc)


class Morning:
    """The event file and its people's badge codes."""

    def __init__(self, path):
        self.path = path
        db, _event = new_event(path, "Cities Forum", FIRST_DAY, FIRST_DAY + timedelta(days=2), "Brussels", "Europe/Brussels")
        self.plenary = Session(new_id(), "Opening plenary", SessionKind.PLENARY, local("09:30"), local("11:00"))
        self.workshop = Session(new_id(), "Night-time economy", SessionKind.WORKSHOP, local("09:30"), local("11:30"), capacity=2)
        self.visit = Session(new_id(), "Site visit: crisis centre", SessionKind.SITE_VISIT, local("14:30"), local("17:00"), capacity=10)
        tomorrow = FIRST_DAY + timedelta(days=1)
        self.later = Session(new_id(), "Community policing", SessionKind.WORKSHOP, local("09:30", tomorrow), local("11:30", tomorrow), capacity=30)
        p, w, v = self.plenary.id, self.workshop.id, self.visit.id
        people = {
            "ana": Attendee(new_id(), "Ana", "Ferreira", category="Speaker", session_ids=(p, w)),
            "ben": Attendee(new_id(), "Ben", "Okafor", category="Speaker", session_ids=(p, w, v)),
            "chloe": Attendee(new_id(), "Chloé", "Martin", category="City staff", session_ids=(p, v)),
            "dario": Attendee(new_id(), "Dario", "Rossi", category="City staff", session_ids=(p,)),
            "eva": Attendee(new_id(), "Eva", "Novák", category="City staff", session_ids=(w,)),
            "farid": Attendee(new_id(), "Farid", "Benali"),
            "gina": Attendee(new_id(), "Gina", "Lang", category="Speaker", status=Status.CANCELLED, session_ids=(p,)),
        }
        with db.unit() as s:
            for session in (self.plenary, self.workshop, self.visit, self.later):
                repo.add_session(s, session)
            repo.insert_attendees(s, list(people.values()))
        hugo = add_walk_in(db, {"first_name": "Hugo", "last_name": "Berg", "category": "City staff"})
        people["hugo"] = hugo
        by_id = badges.ensure_codes(db)
        self.codes = {key: by_id[a.id] for key, a in people.items()}
        self.db = db

    def scan(self, checkpoint: str, mode: DirectionMode, key: str, clock: str, db=None) -> None:
        Station(db or self.db, checkpoint, mode, station="Desk 1").scan(self.codes[key], now=local(clock))

    def script(self) -> None:
        for key, clock in (("ana", "08:40"), ("ben", "08:50"), ("chloe", "08:55"), ("hugo", "09:05"), ("eva", "09:20")):
            self.scan(ENTRANCE, DirectionMode.IN, key, clock)
        self.scan(ENTRANCE, DirectionMode.OUT, "chloe", "10:00")
        for key, clock in (("ana", "09:25"), ("eva", "09:26"), ("ben", "09:27")):  # Ben finds it full
            self.scan(self.workshop.id, DirectionMode.BOTH, key, clock)
        self.scan(self.workshop.id, DirectionMode.BOTH, "eva", "10:30")
        for key, clock in (("ana", "09:30"), ("ben", "09:31"), ("chloe", "09:32")):
            self.scan(self.plenary.id, DirectionMode.IN, key, clock)
        self.scan(self.visit.id, DirectionMode.IN, "ben", "14:20")
        self.scan(self.visit.id, DirectionMode.IN, "chloe", "14:21")
        self.scan(self.visit.id, DirectionMode.OUT, "ben", "16:50")


@pytest.fixture
def morning(tmp_path):
    made = Morning(tmp_path / "forum.checkin")
    made.script()
    yield made
    made.db.dispose()


@pytest.fixture
def open_dashboard(qtbot, languages):
    opened = []

    def make(location) -> DashboardWindow:
        dashboard = DashboardWindow(str(location))
        qtbot.addWidget(dashboard)
        dashboard.show()
        opened.append(dashboard)
        return dashboard

    yield make
    for dashboard in opened:
        dashboard.refresher.stop()  # stops the lane even if the test closed nothing


def show_first_day(qtbot, dashboard: DashboardWindow) -> None:
    qtbot.waitUntil(lambda: dashboard.day_combo.count() > 0, timeout=WAIT_MS)
    combo = dashboard.day_combo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == FIRST_DAY))
    qtbot.waitUntil(lambda: dashboard.snapshot is not None and dashboard.snapshot.stats.day == FIRST_DAY, timeout=WAIT_MS)


def row_of(model, title: str) -> int:
    return next(r for r in range(model.rowCount()) if model.row_stats(r).session.title == title)


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, column).data(role)


def nonzero_slots(slots: tuple[ArrivalSlot, ...]) -> dict[str, int]:
    return {f"{slot.starts_at:%H:%M}": slot.arrivals for slot in slots if slot.arrivals}


def test_the_dashboard_shows_a_scripted_morning(qtbot, morning, open_dashboard):
    dashboard = open_dashboard(morning.path)
    show_first_day(qtbot, dashboard)

    assert dashboard.title_label.text() == "Cities Forum"
    assert dashboard.arrived_tile.value_label.text() == "5 / 7"  # Gina cancelled; Hugo walked in
    assert dashboard.arrived_tile.detail_label.text() == "71% of registered people"
    assert dashboard.expected_tile.value_label.text() == "2"  # Dario and Farid
    assert dashboard.walk_in_tile.value_label.text() == "1"
    assert dashboard.inside_tile.value_label.text() == "4"  # Chloé went out again
    assert dashboard.curve_heading.text() == "Arrivals per quarter hour, Fri 20 Mar"

    slots = dashboard.curve.slots
    assert nonzero_slots(slots) == {"08:30": 1, "08:45": 2, "09:00": 1, "09:15": 1}
    assert (f"{slots[0].starts_at:%H:%M}", f"{slots[-1].starts_at:%H:%M}", len(slots)) == ("08:00", "11:45", 16)

    bars = [(bar.label, bar.registered, bar.arrived) for bar in dashboard.categories.bars]
    assert bars == [("City staff", 4, 3), ("Speaker", 2, 2), ("", 1, 0)]

    sessions = dashboard.session_model
    assert sessions.rowCount() == 2  # the day's sessions; the site visit has its own table, tomorrow's waits
    workshop = row_of(sessions, "Night-time economy")
    assert cell(sessions, workshop, SessionColumn.SESSION) == "09:30–11:30  Night-time economy"
    assert [cell(sessions, workshop, c) for c in list(SessionColumn)[1:]] == ["3", "1", "2", "2", "100%"]
    assert cell(sessions, workshop, SessionColumn.FILL, Qt.ItemDataRole.BackgroundRole).color() == NEARLY_FULL
    plenary = row_of(sessions, "Opening plenary")
    assert [cell(sessions, plenary, c) for c in list(SessionColumn)[1:]] == ["4", "3", "3", "—", "—"]
    assert cell(sessions, plenary, SessionColumn.FILL, Qt.ItemDataRole.BackgroundRole) is None

    visits = dashboard.visit_model
    assert visits.rowCount() == 1
    assert [cell(visits, 0, c) for c in VisitColumn] == ["14:30–17:00  Site visit: crisis centre", "2", "1", "1"]

    combo = dashboard.day_combo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == FIRST_DAY + timedelta(days=1)))
    qtbot.waitUntil(lambda: dashboard.snapshot.stats.day == FIRST_DAY + timedelta(days=1), timeout=WAIT_MS)
    assert [sessions.row_stats(r).session.title for r in range(sessions.rowCount())] == ["Community policing"]
    assert nonzero_slots(dashboard.curve.slots) == {}
    assert cell(sessions, 0, SessionColumn.FILL) == "0%"
    assert cell(sessions, 0, SessionColumn.FILL, Qt.ItemDataRole.BackgroundRole) is None  # nobody came yet: no colour


@pytest.mark.parametrize("name", ["session_model", "visit_model"])
def test_the_table_models_keep_the_qt_contract_through_refreshes(qtbot, qtmodeltester, morning, open_dashboard, name):
    dashboard = open_dashboard(morning.path)
    model = getattr(dashboard, name)
    qtmodeltester.check(model, force_py=True)  # and watches every change below
    show_first_day(qtbot, dashboard)
    assert model.rowCount() > 0
    morning.scan(morning.visit.id, DirectionMode.OUT, "chloe", "16:55")
    morning.scan(morning.plenary.id, DirectionMode.IN, "hugo", "09:40")
    qtbot.waitUntil(lambda: dashboard.visit_model.index(0, VisitColumn.BACK).data() == "2", timeout=WAIT_MS)
    dashboard.day_combo.setCurrentIndex(dashboard.day_combo.count() - 1)
    qtbot.waitUntil(lambda: dashboard.snapshot.stats.day != FIRST_DAY, timeout=WAIT_MS)
    dashboard.close()


def test_a_scan_at_another_desk_appears_by_itself(qtbot, morning, open_dashboard):
    dashboard = open_dashboard(morning.path)
    show_first_day(qtbot, dashboard)
    assert dashboard.arrived_tile.value_label.text() == "5 / 7"

    other_desk, _event = open_event(morning.path)  # its own connection, as a second machine has
    try:
        morning.scan(ENTRANCE, DirectionMode.IN, "dario", "10:05", db=other_desk)
    finally:
        other_desk.dispose()

    qtbot.waitUntil(lambda: dashboard.arrived_tile.value_label.text() == "6 / 7", timeout=WAIT_MS)
    assert dashboard.inside_tile.value_label.text() == "5"
    assert dashboard.expected_tile.value_label.text() == "1"
    assert nonzero_slots(dashboard.curve.slots)["10:00"] == 1
    assert dashboard.problem_label.isHidden()


def test_the_change_marker_moves_with_scans_and_new_people_only(morning):
    before = statistics.change_marker(morning.db)
    assert statistics.change_marker(morning.db) == before
    morning.scan(ENTRANCE, DirectionMode.IN, "farid", "11:00")
    after_scan = statistics.change_marker(morning.db)
    assert after_scan != before
    add_walk_in(morning.db, {"first_name": "Iris", "last_name": "Olsen"})
    assert statistics.change_marker(morning.db) != after_scan


def test_today_is_offered_with_the_event_days_and_shown_first(qtbot, morning, open_dashboard):
    dashboard = open_dashboard(morning.path)
    qtbot.waitUntil(lambda: dashboard.snapshot is not None, timeout=WAIT_MS)
    today = datetime.now(ZONE).date()
    texts = [dashboard.day_combo.itemText(i) for i in range(dashboard.day_combo.count())]
    assert dashboard.day_combo.currentText() == f"Today, {QLocale().toString(today, 'ddd d MMM')}"
    assert "Fri 20 Mar" in texts and "Sun 22 Mar" in texts
    assert dashboard.snapshot.is_today and dashboard.curve_heading.text() == "Arrivals per quarter hour, today"


@pytest.fixture
def marking_languages(qapp):
    switcher = LanguageSwitcher(factory=lambda lang: [MarkingTranslator()] if lang == "fr" else [])
    switcher.apply("en")
    yield switcher
    switcher.apply("en")


def test_every_text_follows_a_switch_to_french(qtbot, morning, marking_languages):
    dashboard = DashboardWindow(str(morning.path))
    qtbot.addWidget(dashboard)
    dashboard.show()
    try:
        show_first_day(qtbot, dashboard)
        marking_languages.apply("fr")
        qtbot.waitUntil(lambda: dashboard.arrived_tile.caption_label.text() == "‹Arrived›")
        assert dashboard.arrived_tile.detail_label.text() == "‹‹71%› of registered people›"
        assert dashboard.arrived_tile.value_label.text() == "‹5 / 7›"
        assert dashboard.inside_tile.caption_label.text() == "‹Inside now›"
        assert dashboard.categories_heading.text() == "‹Arrived by category›"
        assert dashboard.curve_heading.text() == "‹Arrivals per quarter hour, {day}›".replace("{day}", "ven. 20 mars")
        assert dashboard.day_label.text() == "‹Day:›"
        assert dashboard.day_combo.currentText() == "ven. 20 mars"  # the chosen day survives the switch
        assert dashboard.session_model.headerData(SessionColumn.PRESENT, Qt.Orientation.Horizontal) == "‹Present now›"
        assert dashboard.visit_model.headerData(VisitColumn.OUT, Qt.Orientation.Horizontal) == "‹Out now›"
        assert dashboard.windowTitle() == "‹Attendance — {event}›".replace("{event}", "Cities Forum")
        marking_languages.apply("en")
        qtbot.waitUntil(lambda: dashboard.arrived_tile.caption_label.text() == "Arrived")
        assert dashboard.day_combo.currentText() == "Fri 20 Mar"
    finally:
        dashboard.close()


def test_a_missing_event_is_reported_in_the_window_and_shown_once_it_is_there(qtbot, tmp_path, open_dashboard):
    path = tmp_path / "not-yet.checkin"
    dashboard = open_dashboard(path)
    qtbot.waitUntil(lambda: dashboard.problem_label.isVisible(), timeout=WAIT_MS)
    assert "There is no event file at" in dashboard.problem_label.text()
    assert dashboard.arrived_tile.value_label.text() == "—"

    db, _event = new_event(path, "Late Forum")
    db.dispose()
    qtbot.waitUntil(lambda: dashboard.problem_label.isHidden(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dashboard.arrived_tile.value_label.text() == "0 / 0", timeout=WAIT_MS)
    assert dashboard.arrived_tile.detail_label.text() == "— of registered people"
    assert dashboard.title_label.text() == "Late Forum"


def test_curve_window_covers_the_morning_and_runs_to_now_on_today():
    day_start = datetime.combine(FIRST_DAY, time(0), ZONE)
    slots = tuple(ArrivalSlot(day_start + timedelta(minutes=15 * n), 0) for n in range(96))
    busy = tuple(s if f"{s.starts_at:%H:%M}" not in ("07:15", "09:45") else ArrivalSlot(s.starts_at, 3) for s in slots)

    def hours(window):
        return f"{window[0].starts_at:%H:%M}", f"{window[-1].starts_at:%H:%M}"

    assert hours(curve_window(slots, None)) == ("08:00", "11:45")  # nobody yet: a morning to fill
    assert hours(curve_window(busy, None)) == ("07:00", "10:45")  # early birds pull the start back
    assert hours(curve_window(busy, datetime.combine(FIRST_DAY, time(15, 20), ZONE))) == ("07:00", "15:45")
    assert curve_window((), None) == ()


def test_the_day_chooser_offers_the_event_days_and_today(morning):
    _db, event = open_event(morning.path)
    _db.dispose()
    assert event_days(event, FIRST_DAY + timedelta(days=1)) == [FIRST_DAY + timedelta(days=n) for n in range(3)]
    assert event_days(event, date(2026, 4, 2))[-1] == date(2026, 4, 2)


class _RestartableServer(PostgresServer):
    """A PostgreSQL server of this test's own, which it stops and starts again (the shared one stays up)."""

    def start_again(self) -> None:
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"), "-w",
            "-o", f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off", "start",
        )


@pytest.fixture
def own_postgres():
    bindir = _bin_dir()
    if bindir is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL is not installed, but CI must run the PostgreSQL tests (see .ci/run)")
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
    # Not under pytest's tmp_path: the server runs as the postgres user, who must reach the folder.
    root = Path(tempfile.mkdtemp(prefix="checkin-dashboard-pg-"))
    server = _RestartableServer(bindir, root)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.mark.postgres
def test_a_database_server_that_goes_down_is_shown_and_the_dashboard_recovers(qtbot, own_postgres, open_dashboard):
    url = own_postgres.create_database()
    morning = Morning(url)
    morning.script()
    morning.db.dispose()
    dashboard = open_dashboard(url)
    show_first_day(qtbot, dashboard)
    assert dashboard.arrived_tile.value_label.text() == "5 / 7"

    own_postgres.stop()
    qtbot.waitUntil(lambda: dashboard.problem_label.isVisible(), timeout=WAIT_MS)
    assert dashboard.problem_label.text().startswith("The event database does not answer (")
    assert dashboard.arrived_tile.value_label.text() == "5 / 7"  # the last numbers stay, flagged as maybe stale

    own_postgres.start_again()
    morning.scan(ENTRANCE, DirectionMode.IN, "farid", "10:10")
    qtbot.waitUntil(lambda: dashboard.problem_label.isHidden(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dashboard.arrived_tile.value_label.text() == "6 / 7", timeout=WAIT_MS)


def test_the_desk_opens_dashboards_on_its_event_and_closes_them_with_it(qtbot, window, morning):
    actions = DeskDashboardActions(window)
    assert not actions.open_dashboard.isEnabled()
    assert actions.open_dashboard.text() == "Attendance &dashboard"
    assert actions.open_dashboard in window.menus.view_menu.actions()
    open_and_wait(qtbot, window, morning.path)
    assert actions.open_dashboard.isEnabled()

    actions.open_dashboard.trigger()
    actions.open_dashboard.trigger()  # a second one, for the projector
    dashboards = actions.dashboards()
    assert len(dashboards) == 2 and all(d.location == str(morning.path) for d in dashboards)
    qtbot.waitUntil(lambda: all(d.snapshot is not None for d in dashboards), timeout=WAIT_MS)
    assert dashboards[0].arrived_tile.value_label.text() == "5 / 7"

    window.close_current_event()
    qtbot.waitUntil(lambda: not actions.dashboards())
    assert not actions.open_dashboard.isEnabled()  # and their lanes have stopped (checked after every test)
