"""A door station is this computer: its name and id come from the machine settings, and a new name is kept there."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from checkin.cli import main
from checkin.domain.verdicts import ENTRANCE, DirectionMode
from checkin.printing.cups import CupsBackend
from checkin.services import machine
from checkin.services.machine import MachineSettings
from checkin.ui.station.config import StationConfig, StationSettings
from checkin.ui.station.setup_dialog import StationSetupDialog
from tests.ui.station_event import lane, station_event  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(machine.CONFIG_DIR_ENV, str(tmp_path / "config"))


@pytest.fixture
def store(tmp_path):
    return QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat)


def test_a_new_station_carries_the_computers_id_but_not_its_host_and_login_names(store):
    config = StationSettings(store).config()
    assert config.station_id == MachineSettings.load().station_id
    assert (config.station, config.operator, config.introduced) == ("", "", False)  # asked, never "vm" / "root"


def test_the_first_setup_asks_for_the_station_name_and_operator_and_remembers_them(qtbot, lane, station_event, store):
    e = station_event
    settings = StationSettings(store)
    dialog = StationSetupDialog(lane, e.db, e.sessions, "Europe/Brussels", settings.config(), CupsBackend())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.first_use_label.isVisible() and "First time on this computer" in dialog.first_use_label.text()
    assert (dialog.station_edit.text(), dialog.operator_edit.text()) == ("", "")
    assert dialog.station_edit.placeholderText() and dialog.operator_edit.placeholderText()
    qtbot.waitUntil(lambda: dialog.station_edit.hasFocus())  # the first question, ready to type
    qtbot.keyClicks(dialog.station_edit, "Main entrance, left")
    dialog.accept()
    assert dialog.isVisible() and "who is scanning" in dialog.problem_label.text()
    assert dialog.operator_edit.hasFocus()
    qtbot.keyClicks(dialog.operator_edit, "Amina")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    settings.set_config(dialog.config())

    again = StationSetupDialog(lane, e.db, e.sessions, "Europe/Brussels", settings.config(), CupsBackend())
    qtbot.addWidget(again)
    again.show()
    assert (again.station_edit.text(), again.operator_edit.text()) == ("Main entrance, left", "Amina")
    assert not again.first_use_label.isVisible()
    qtbot.waitUntil(again.door_list.hasFocus)  # named already: straight to the door


def test_renaming_the_station_renames_the_computer_for_every_part_of_the_app(store, capsys):
    settings = StationSettings(store)
    settings.set_config(StationConfig(ENTRANCE, DirectionMode.IN, station="Bus 2", operator="amina"))
    assert StationSettings(store).config().station == "Bus 2"
    assert MachineSettings.load().station_name == "Bus 2"
    assert main(["station"]) == 0
    assert "“Bus 2”" in capsys.readouterr().err


def test_a_name_chosen_by_an_older_version_is_kept(store):
    store.setValue("station/name", "Workshop door")
    assert StationSettings(store).config().station == "Workshop door"
    named = MachineSettings.load()
    named.station_name = "Main entrance"
    named.save()
    assert StationSettings(store).config().station == "Main entrance"  # the computer's own name wins


def test_the_setup_dialog_keeps_the_station_id(qtbot, lane, station_event, store):
    config = StationSettings(store).config()
    e = station_event
    dialog = StationSetupDialog(lane, e.db, e.sessions, "Europe/Brussels", config, CupsBackend())
    qtbot.addWidget(dialog)
    dialog.station_edit.setText("Desk 4")
    chosen = dialog.config()
    assert (chosen.station, chosen.station_id) == ("Desk 4", MachineSettings.load().station_id)


def test_a_door_stations_scans_record_this_computers_id(station_event, store):
    from sqlalchemy import select

    from checkin.storage.tables import ScanRow
    from checkin.ui.station.scan_flow import StationHolder

    settings = StationSettings(store)
    settings.set_config(StationConfig(ENTRANCE, DirectionMode.IN, station="Door 3", operator="Amina"))
    config = settings.config()
    e = station_event
    StationHolder(e.db, config).get().scan(e.code(e.attendees[0].first_name))
    with e.db.unit() as s:
        recorded = s.execute(select(ScanRow.station, ScanRow.station_id)).all()
    assert recorded == [("Door 3", MachineSettings.load().station_id)]
