"""The event the station tests scan at: a workshop with one place, a site visit, people with notes and
long names in several scripts, badge codes issued; and a station window on it, stopped afterwards."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool, QTranslator

from checkin.domain.model import Attendee, Event, Session, SessionKind, Status, new_id
from checkin.domain.verdicts import ENTRANCE, DirectionMode
from checkin.printing.cups import CupsBackend
from checkin.services import attendees as attendee_service
from checkin.services import badges
from checkin.services.event import new_event, open_event
from checkin.storage import repositories as repo
from checkin.storage.database import Database
from checkin.ui.station.config import StationConfig, StationSettings

WORKSHOP_ID = new_id()
VISIT_ID = new_id()
WORKSHOP_TITLE = "Reducing polarisation / Réduire la polarisation"
VISIT_TITLE = "Site visit: safe consumption room / Visite : salle de consommation à moindre risque"


def _people() -> list[Attendee]:
    def person(first, last, **fields) -> Attendee:
        return Attendee(id=new_id(), first_name=first, last_name=last, **fields)

    return [
        person("Małgorzata", "Żółkiewska", organisation="Urząd Miasta Gdańska", category="Local elected official",
               ticket_codes=("k7m2xq4p9rsd2a",),
               session_ids=(WORKSHOP_ID, VISIT_ID)),
        person("Hélène", "Lefèvre-Dupré", organisation="Ville de Lyon", category="Speaker",
               notes="speaker — take to green room", session_ids=(WORKSHOP_ID,)),
        person("Γιώργος", "Παπαδόπουλος", organisation="Δήμος Αθηναίων", category="Staff", notes="wheelchair user",
               session_ids=(VISIT_ID,)),
        person("Вячеслав", "Кузнецов-Белов", organisation="Городская администрация", category="Researcher",
               session_ids=(VISIT_ID,)),
        person("Maria da Conceição", "Albuquerque de Sousa Magalhães",
               organisation="Direção-Geral da Administração Interna", category="Partner organisation"),
        person("John", "Smith", organisation="Bristol City Council", category="Speaker", status=Status.CANCELLED),
    ]


@dataclass
class StationEvent:
    path: Path
    db: Database
    event: Event
    sessions: list[Session]
    attendees: list[Attendee]
    codes: dict[str, str]  # attendee id → badge code

    def person(self, first_name: str) -> Attendee:
        return next(a for a in self.attendees if a.first_name == first_name)

    def code(self, first_name: str) -> str:
        return self.codes[self.person(first_name).id]


def make_station_event(path: Path) -> StationEvent:
    db, _event = new_event(path, "Security, Democracy & Cities", venue="Square, Brussels")
    with db.unit() as s:
        repo.add_session(s, Session(id=WORKSHOP_ID, title=WORKSHOP_TITLE, kind=SessionKind.WORKSHOP, location="Silver Hall",
                                    capacity=1))
        repo.add_session(s, Session(id=VISIT_ID, title=VISIT_TITLE, kind=SessionKind.SITE_VISIT, location="Anderlecht",
                                    capacity=15))
        repo.insert_attendees(s, _people())
    codes = badges.ensure_codes(db)
    db.dispose()
    db, event = open_event(path)
    return StationEvent(path, db, event, attendee_service.sessions(db), attendee_service.list_attendees(db), codes)


class MarkingTranslator(QTranslator):
    """Stands in for the French catalogue: every string comes back ‹marked›, so a text left untranslated
    (or never retranslated) shows, and every text is a little longer, as French is."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return f"‹{source_text}›"

    def isEmpty(self):
        return False


@pytest.fixture
def station_event(tmp_path):
    made = make_station_event(tmp_path / "summit.checkin")
    yield made
    made.db.dispose()


@pytest.fixture
def lane(qapp):
    from checkin.ui.workers import DatabaseLane

    database_lane = DatabaseLane()
    yield database_lane
    assert QThreadPool.globalInstance().waitForDone(30_000), "a pool task is still running"
    database_lane.stop()


@pytest.fixture
def station_settings(tmp_path):
    return StationSettings(QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def open_station(qtbot, lane, station_event, station_settings, languages):
    """``open_station(checkpoint_id, mode, **config)``: a shown station window, closed after the test."""
    from checkin.ui.station.station_window import StationWindow

    windows = []

    def make(checkpoint_id: str = ENTRANCE, mode: DirectionMode = DirectionMode.IN, **fields) -> StationWindow:
        config = StationConfig(checkpoint_id, mode, station=fields.pop("station", "Door A"),
                               operator=fields.pop("operator", "amina"), **fields)
        e = station_event
        window = StationWindow(lane, e.db, e.event, e.sessions, e.attendees, config, station_settings, CupsBackend())
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.flow.checkpoint is not None and window.counters_bar.counters() is not None)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def open_desk(qtbot, tmp_path: Path, languages, station: StationConfig | None = None):
    """The desk window with its plug-ins, open on a fresh station test event: (window, made).
    ``station``: this desk's station name and operator, set before the event opens. The caller closes it."""
    from checkin.ui.app import create_desk_window
    from checkin.ui.settings import DeskSettings

    made = make_station_event(tmp_path / "summit.checkin")
    made.db.dispose()
    window = create_desk_window(DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)), languages)
    window.station_actions.settings = StationSettings(QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat))
    if station is not None:
        window.station_actions.settings.set_config(station)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.event_opened, timeout=30_000):
        window.open_event(str(made.path))
    return window, made
