"""The dashboard's Stations panel and its list of conflicts after sync, as the organiser sees them."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert, update

from checkin.domain.model import new_id
from checkin.domain.verdicts import ENTRANCE
from checkin.services.attendees import list_attendees
from checkin.services.machine import register_station
from checkin.storage.tables import CheckpointRow, PresenceRow, ScanRow, StationRow, utcnow
from checkin.ui.dashboard.stations_panel import ConflictColumn, StationColumn
from tests.ui.test_dashboard import WAIT_MS, Morning, local, open_dashboard  # noqa: F401 (fixture)


def offline_entry(morning: Morning, key: str, station: str, clock: str) -> dict:
    """A scan row as an offline desk's upload writes it: an entry decided against its replica."""
    return dict(
        id=new_id(), at=local(clock), checkpoint_id=ENTRANCE, direction="in", code=morning.codes[key], method="scanner",
        attendee_id=morning.attendee_ids[key], verdict="accepted", reason="first_entry", moves=True,
        station=station, station_id=station.lower().replace(" ", "-"), offline=True, received_at=utcnow(),
    )


@pytest.fixture
def synced_morning(tmp_path):
    """Three stations (one silent for ten minutes, one with a queue), and Farid let in by two offline doors."""
    made = Morning(tmp_path / "forum.checkin")
    db = made.db
    by_name = {a.first_name: a.id for a in list_attendees(db)}
    made.attendee_ids = {"farid": by_name["Farid"], "dario": by_name["Dario"]}
    register_station(db, "door-a", "Door A", pending=0, synced=True)
    register_station(db, "door-b", "Door B", pending=12)
    register_station(db, "desk-3", "Desk 3")
    with db.unit() as s:
        s.execute(update(StationRow).where(StationRow.id == "desk-3").values(last_seen_at=utcnow() - timedelta(minutes=10)))
        first, second = offline_entry(made, "farid", "Door A", "09:01"), offline_entry(made, "farid", "Door B", "09:03")
        s.execute(insert(ScanRow), [first, second])
        s.execute(insert(PresenceRow).values(
            attendee_id=made.attendee_ids["farid"], checkpoint_id=ENTRANCE, inside=True, first_in_at=first["at"],
            first_in_station="Door A", first_scan_id=first["id"], last_at=second["at"], entries=1))
        s.execute(update(CheckpointRow).where(CheckpointRow.id == ENTRANCE).values(scans=CheckpointRow.scans + 1))
    yield made
    db.dispose()


def test_the_organiser_sees_each_station_and_who_was_let_in_twice_offline(qtbot, synced_morning, open_dashboard):  # noqa: F811
    dashboard = open_dashboard(synced_morning.path)
    panel = dashboard.stations_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.station_model.rowCount() == 3, timeout=WAIT_MS)
    model = panel.station_model
    rows = {model.index(r, StationColumn.NAME).data(): r for r in range(model.rowCount())}
    assert set(rows) == {"Door A", "Door B", "Desk 3"}
    assert model.is_stale(rows["Desk 3"]) and not model.is_stale(rows["Door A"])
    assert model.index(rows["Desk 3"], StationColumn.NAME).data(Qt.ItemDataRole.ForegroundRole) is not None, "greyed"
    assert "Not heard from since" in model.index(rows["Desk 3"], StationColumn.LAST_SEEN).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(rows["Door B"], StationColumn.PENDING).data() == "12"
    assert model.index(rows["Door A"], StationColumn.LAST_SYNC).data() != "—"
    assert model.index(rows["Door B"], StationColumn.LAST_SYNC).data() == "—", "never synced"

    conflicts = panel.conflict_model
    qtbot.waitUntil(lambda: conflicts.rowCount() == 1, timeout=WAIT_MS)
    assert conflicts.index(0, ConflictColumn.WHO).data() == "Farid Benali"
    assert conflicts.index(0, ConflictColumn.DOOR).data() == "Entrance"
    scans = conflicts.index(0, ConflictColumn.SCANS).data()
    assert scans == "Door A at 09:01:00 (offline)\nDoor B at 09:03:00 (offline)"
    assert panel.conflicts_note.text().startswith("1 person let in twice at the same door")
    assert panel.conflict_table.isVisibleTo(panel)


def test_an_event_without_stations_or_conflicts_shows_no_panel(qtbot, tmp_path, open_dashboard):  # noqa: F811
    made = Morning(tmp_path / "forum.checkin")
    made.script()
    dashboard = open_dashboard(made.path)
    qtbot.waitUntil(lambda: dashboard.snapshot is not None, timeout=WAIT_MS)
    assert not dashboard.stations_panel.isVisible()
    made.db.dispose()


def test_the_panel_models_keep_the_qt_contract(qtbot, qtmodeltester, synced_morning, open_dashboard):  # noqa: F811
    dashboard = open_dashboard(synced_morning.path)
    panel = dashboard.stations_panel
    qtbot.waitUntil(lambda: panel.conflict_model.rowCount() == 1 and panel.station_model.rowCount() == 3, timeout=WAIT_MS)
    qtmodeltester.check(panel.station_model)
    qtmodeltester.check(panel.conflict_model)


def test_a_conflict_row_shows_every_station_and_time_in_full(qtbot, synced_morning, open_dashboard):  # noqa: F811
    """A dashboard printed or photographed has no tooltips: the stations and times are never cut off."""
    dashboard = open_dashboard(synced_morning.path)
    panel = dashboard.stations_panel
    qtbot.waitUntil(lambda: panel.conflict_model.rowCount() == 1 and panel.conflict_table.isVisible(), timeout=WAIT_MS)
    table, metrics = panel.conflict_table, panel.conflict_table.fontMetrics()
    lines = panel.conflict_model.index(0, ConflictColumn.SCANS).data().splitlines()
    assert len(lines) == 2, "one line per station"
    qtbot.waitUntil(lambda: table.rowHeight(0) >= 2 * metrics.height(), timeout=WAIT_MS)
    assert table.columnWidth(ConflictColumn.SCANS) >= max(metrics.horizontalAdvance(line) for line in lines)
