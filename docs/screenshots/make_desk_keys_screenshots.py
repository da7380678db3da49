"""Screenshots of the desk's scanner and keys at 1366×768: a badge scanned at the desk, its owner checked
in with Ctrl+Return, and a badge scanned into a half-typed walk-in form.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/make_desk_keys_screenshots.py --lang en
    (or QT_QPA_PLATFORM=offscreen; fonts are the same)

Writes desk-scan-, desk-checked-in- and walk-in-scan-<lang>.png next to this script. The scanner is
played by handing its burst to the windows as the application's scan router does; the clock is staged
at 08:31 in Brussels.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import time
from pathlib import Path

from shots import save, settle, staged_clock  # beside this script; sets up its own user folders first

from PySide6.QtCore import QCoreApplication, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from checkin.scanning.wedge import KeyBurst
from checkin.services.badges import ensure_codes
from checkin.services.demo import create_demo_event
from checkin.ui.app import create_application, create_desk_window
from checkin.ui.attendee_dialog import AttendeeDialog
from checkin.ui.language import LanguageSwitcher
from checkin.ui.scanning.scan_routing import install_scan_router
from checkin.ui.settings import DeskSettings
from checkin.ui.station.config import StationConfig, StationSettings


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=["en", "fr"])
    args = parser.parse_args(argv)
    lang = args.lang
    create_application()
    work = Path(tempfile.mkdtemp(prefix="checkin-shots-"))
    event = work / "Security-Democracy-Cities.checkin"
    db, _summary = create_demo_event(event)
    codes = ensure_codes(db)
    db.dispose()
    languages = LanguageSwitcher()
    languages.apply(lang)
    window = create_desk_window(DeskSettings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)), languages)
    stations = StationSettings(QSettings(str(work / "station.ini"), QSettings.Format.IniFormat))
    stations.set_config(StationConfig(station="Desk 2" if lang == "en" else "Accueil 2", operator="amina"))
    window.station_actions.settings = stations
    window.resize(1366, 740)
    window.show()
    router = install_scan_router()
    with staged_clock(time(8, 31)):
        window.open_event(str(event))
        settle(lambda: window.loaded is not None and window.model.search_ready)
        people = sorted(window.model.all_attendees(), key=lambda a: (a.last_name, a.first_name))
        person = next(a for a in people if a.status.is_active and a.organisation and a.id in codes)

        window.desk.search_edit.setText("Jan")  # someone had started typing a name
        router.route(window, KeyBurst(codes[person.id]))
        settle(lambda: window.current_attendee() is not None and window.current_attendee().id == person.id)
        save(window, f"desk-scan-{lang}.png")

        window.station_actions.check_in_action.trigger()  # Ctrl+Return
        settle(lambda: window.desk.detail_panel.notice_text().startswith("✓"))
        save(window, f"desk-checked-in-{lang}.png")

        window.add_walk_in()
        settle(lambda: window.findChild(AttendeeDialog) is not None)
        dialog = window.findChild(AttendeeDialog)
        dialog._edits["first_name"].setText("Jan")
        other = next(a for a in reversed(people) if a.status.is_active and a.id in codes)
        router.route(dialog, KeyBurst(codes[other.id]))
        settle(lambda: window.current_attendee() is not None and window.current_attendee().id == other.id)
        save(dialog, f"walk-in-scan-{lang}.png")
        dialog.done(0)

    window.close()
    QCoreApplication.processEvents()
    QApplication.instance().quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
