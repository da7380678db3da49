"""What a station is set up to do (its door, direction, name, operator) and what it remembers between runs."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings

from checkin.domain.verdicts import ENTRANCE, DirectionMode
from checkin.i18n import UserError
from checkin.services.machine import MachineSettings

log = logging.getLogger(__name__)

DEFAULT_READY_SECONDS = 4
POLL_INTERVAL_MS = 2000


@dataclass(frozen=True, slots=True)
class StationConfig:
    """One station's setup: the door it guards and how it records what it sees."""

    checkpoint_id: str = ENTRANCE
    mode: DirectionMode = DirectionMode.IN
    station: str = ""
    operator: str = ""
    auto_print: bool = False  # print the badge at a person's first entrance check-in
    camera: bool = False
    ready_seconds: int = DEFAULT_READY_SECONDS  # how long a verdict stays before the panel says Ready
    station_id: str = ""  # this computer's id (checkin.services.machine), recorded with every scan

    @property
    def introduced(self) -> bool:
        """Whether the station has a name and an operator (both asked on first use)."""
        return bool(self.station.strip() and self.operator.strip())


def _flag(value, default: bool) -> bool:
    # An .ini QSettings gives booleans back as the strings "true" / "false".
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


def _save_station_name(name: str) -> None:
    """The station's name is this computer's: the desk, the station and `checkin station` share it."""
    machine = MachineSettings.load()
    if machine.station_named and machine.station_name == name:
        return
    try:
        machine.station_name = name
        machine.save()
    except UserError:
        # The setup dialog refuses an empty name; a full disk keeps the name for this run only.
        log.warning("Could not keep the station name %r", name, exc_info=True)


class StationSettings:
    """Typed access to the station's QSettings; pass a QSettings of your own in tests."""

    def __init__(self, store: QSettings | None = None):
        self._store = store if store is not None else QSettings()

    def config(self) -> StationConfig:
        """The last setup used on this computer; its name and id are the computer's (see services.machine).

        The name and the operator are "" until someone gives them: the setup dialog asks for both on
        first use rather than logging scans under the computer's host and login names ("vm", "root").
        """
        s = self._store
        machine = MachineSettings.load()
        # A name chosen before the computer kept one of its own (older versions kept it here) still counts.
        name = machine.station_name if machine.station_named else str(s.value("station/name", "") or "")
        try:
            mode = DirectionMode(str(s.value("station/mode", DirectionMode.IN.value)))
        except ValueError:
            mode = DirectionMode.IN
        return StationConfig(
            checkpoint_id=str(s.value("station/checkpoint", ENTRANCE) or ENTRANCE),
            mode=mode,
            station=name,
            operator=str(s.value("station/operator", "") or ""),
            auto_print=_flag(s.value("station/auto_print"), False),
            camera=_flag(s.value("station/camera"), False),
            ready_seconds=self._ready_seconds(),
            station_id=machine.station_id,
        )

    def set_config(self, config: StationConfig) -> None:
        s = self._store
        s.setValue("station/checkpoint", config.checkpoint_id)
        s.setValue("station/mode", config.mode.value)
        _save_station_name(config.station)
        s.setValue("station/operator", config.operator)
        s.setValue("station/auto_print", config.auto_print)
        s.setValue("station/camera", config.camera)
        s.setValue("station/ready_seconds", int(config.ready_seconds))

    def muted(self) -> bool:
        return _flag(self._store.value("station/muted"), False)

    def set_muted(self, muted: bool) -> None:
        self._store.setValue("station/muted", muted)

    def _ready_seconds(self) -> int:
        try:
            return max(1, int(self._store.value("station/ready_seconds", DEFAULT_READY_SECONDS)))
        except (TypeError, ValueError):
            return DEFAULT_READY_SECONDS

    def geometry(self) -> QByteArray | None:
        return self._store.value("station/geometry")

    def set_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("station/geometry", geometry)

    @property
    def store(self) -> QSettings:
        """For parts that keep their own keys (the camera panel remembers its camera)."""
        return self._store
