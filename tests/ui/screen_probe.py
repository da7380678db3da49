"""Open every window and dialog on a small demo event and print, as JSON, where each one's frame lies.

Run in a process of its own, on an offscreen screen of a chosen size (tests/ui/test_screen_fit.py):

    QT_QPA_PLATFORM=offscreen:configfile=screen.json QT_SCALE_FACTOR=1.5 python -m tests.ui.screen_probe EVENT_DIR

Each line of the output names a window with its frame geometry, the screen's available geometry,
and whether its contents fit or can scroll into view, all in logical pixels.
"""
from __future__ import annotations

import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget


def _settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _hidden_contents(window: QWidget) -> list[str]:
    """Visible widgets cut off by the window's edge and not inside something that scrolls."""
    inside = window.rect()
    cut = []
    for child in window.findChildren(QWidget):
        if not child.isVisibleTo(window) or child.width() <= 0 or child.height() <= 0:
            continue
        if any(isinstance(parent, QAbstractScrollArea) for parent in _ancestors(child, window)):
            continue
        top_left = child.mapTo(window, child.rect().topLeft())
        if top_left.x() + child.width() > inside.width() + 1 or top_left.y() + child.height() > inside.height() + 1:
            cut.append(f"{type(child).__name__}:{child.objectName() or ''}")
    return cut


def _ancestors(widget: QWidget, stop: QWidget):
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        yield parent
        parent = parent.parentWidget()


def report(name: str, window: QWidget) -> None:
    window.show()
    _settle()
    frame, area = window.frameGeometry(), window.screen().availableGeometry()
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    print(json.dumps({
        "window": name,
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "available": [area.x(), area.y(), area.width(), area.height()],
        "needs": [needed.width(), needed.height()],  # what its layout needs to show everything unsqueezed
        "cut": _hidden_contents(window),
    }), flush=True)
    window.hide()


def main(folder: str) -> int:
    from checkin.domain.verdicts import ENTRANCE, DirectionMode
    from checkin.printing.cups import CupsBackend
    from checkin.services import attendees as attendee_service
    from checkin.services.demo import create_demo_event
    from checkin.services.event import open_event
    from checkin.ui.app import create_application, create_desk_window
    from checkin.ui.attendee_dialog import AttendeeDialog
    from checkin.ui.badges.batch_print import BatchPrintDialog
    from checkin.ui.badges.designer import BadgeDesignerDialog
    from checkin.ui.badges.desk_print import DeskPrintSetupDialog
    from checkin.ui.dashboard.dashboard_window import DashboardWindow
    from checkin.ui.event_dialog import NewEventDialog
    from checkin.ui.import_dialog import ImportDialog
    from checkin.ui.language import LanguageSwitcher
    from checkin.ui.reports.export_dialog import ExportDialog
    from checkin.ui.settings import DeskSettings
    from checkin.ui.shared_database_dialog import SharedDatabaseDialog
    from checkin.ui.station.config import StationConfig, StationSettings
    from checkin.ui.station.rules_dialog import DoorRulesDialog
    from checkin.ui.station.setup_dialog import StationSetupDialog
    from checkin.ui.station.station_window import StationWindow
    from checkin.ui.workers import DatabaseLane

    create_application()
    languages = LanguageSwitcher()
    languages.apply(sys.argv[2] if len(sys.argv) > 2 else "en")
    work = Path(folder)
    path = work / "demo.checkin"
    db, _ = create_demo_event(path, attendees=120, around=datetime.now(timezone.utc))
    db.dispose()
    db, event = open_event(path)
    lane = DatabaseLane()
    people = attendee_service.list_attendees(db)
    sessions = attendee_service.sessions(db)
    station_settings = StationSettings(QSettings(str(work / "station.ini"), QSettings.Format.IniFormat))
    config = StationConfig(ENTRANCE, DirectionMode.IN, station="Main entrance", operator="Léa")
    try:
        desk = create_desk_window(DeskSettings(QSettings(str(work / "desk.ini"), QSettings.Format.IniFormat)), languages)
        report("desk", desk)
        report("station", StationWindow(lane, db, event, sessions, people, config, station_settings, CupsBackend()))
        report("dashboard", DashboardWindow(str(path)))
        report("designer", BadgeDesignerDialog(lane, db, people))
        report("station setup", StationSetupDialog(lane, db, sessions, event.timezone, config, CupsBackend()))
        report("door rules", DoorRulesDialog(lane, db, ENTRANCE))
        report("attendee", AttendeeDialog(lane, db, sessions, [], event.languages, people[0], timezone=event.timezone))
        report("walk-in", AttendeeDialog(lane, db, sessions, [], event.languages, None, timezone=event.timezone))
        report("import", ImportDialog(lane, db))
        report("batch print", BatchPrintDialog(lane, db, CupsBackend(), people, sessions))
        report("desk print", DeskPrintSetupDialog(CupsBackend(), ""))
        report("export", ExportDialog(str(path), event.name, [s.title for s in sessions]))
        report("new event", NewEventDialog(lane))
        report("shared database", SharedDatabaseDialog())
    finally:
        QApplication.instance().closeAllWindows()
        _settle()
        lane.stop()
        db.dispose()
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1])
    sys.stdout.flush()
    # The windows' own lanes and pools are not what this measures: leave without tearing them down.
    os._exit(code)
