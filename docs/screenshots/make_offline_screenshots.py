"""Take the screenshots of a door station losing the shared server and getting it back, from a real run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_offline_screenshots.py --lang en

Starts a throwaway PostgreSQL server with the demo event on it, puts a proxy between the station and
the server, scans a few badges, cuts the network (the proxy resets every connection), scans more,
then brings it back. Writes station-offline-<lang>.png (the orange banner, the queue's count, a verdict
decided offline) and station-back-online-<lang>.png (the green banner saying how many were sent).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from shots import save, settle, staged_clock  # noqa: E402  (beside this script; sets up its own user folders)
from PySide6.QtCore import QSettings  # noqa: E402

from checkin.domain.verdicts import ENTRANCE, DirectionMode  # noqa: E402
from checkin.printing.cups import CupsBackend  # noqa: E402
from checkin.services import attendees as attendee_service  # noqa: E402
from checkin.services import badges  # noqa: E402
from checkin.services.demo import create_demo_event  # noqa: E402
from checkin.services.event import open_event  # noqa: E402
from checkin.ui.app import create_application  # noqa: E402
from checkin.ui.language import LanguageSwitcher, standard_translators  # noqa: E402
from checkin.ui.station.config import StationConfig, StationSettings  # noqa: E402
from checkin.ui.station.offline_banner import BannerState  # noqa: E402
from checkin.ui.station.result_panel import PanelState  # noqa: E402
from checkin.ui.station.scan_flow import StationHolder  # noqa: E402
from checkin.ui.station.station_window import StationWindow  # noqa: E402
from checkin.ui.workers import DatabaseLane  # noqa: E402
from tests.netproxy import NetProxy  # noqa: E402
from tests.postgres import throwaway_server  # noqa: E402


STATION_NAMES = {"en": "Main entrance, left", "fr": "Entrée principale, gauche"}


def scan(window: StationWindow, code: str) -> None:
    window.submit_scan([code])
    settle(lambda: window.flow.waiting == 0 and window.result_panel.state is not PanelState.READY)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=["en", "fr"])
    args = parser.parse_args(argv)
    create_application()
    languages = LanguageSwitcher(factory=standard_translators)  # kept: its translators leave with it
    languages.apply(args.lang)
    StationHolder.probe_interval = 1.0  # the back-online picture within a second of the network
    work = Path(tempfile.mkdtemp(prefix="checkin-offline-shots-"))
    with throwaway_server("checkin-shots-pg-") as server, staged_clock():
        url = server.create_database()
        db, _summary = create_demo_event(url, first_day=datetime.now(timezone.utc).date())
        codes = badges.ensure_codes(db)
        people = [a for a in attendee_service.list_attendees(db) if a.status.is_active]
        random.Random(2026).shuffle(people)
        sessions = attendee_service.sessions(db)
        db.dispose()
        with NetProxy("127.0.0.1", server.port) as proxy:
            db, event = open_event(proxy.url(url))
            lane = DatabaseLane()
            settings = StationSettings(QSettings(str(work / "station.ini"), QSettings.Format.IniFormat))
            config = StationConfig(ENTRANCE, DirectionMode.IN, station=STATION_NAMES[args.lang], operator="Léa")
            window = StationWindow(lane, db, event, sessions, people, config, settings, CupsBackend())
            window.resize(1440, 860)
            window.show()
            settle(lambda: window.flow.holder.online() and window.counters_bar.counters() is not None)
            for person in people[:3]:
                scan(window, codes[person.id])

            proxy.drop()
            for person in people[3:8]:
                scan(window, codes[person.id])
            banner = window.offline_banner
            settle(lambda: banner.state is BannerState.OFFLINE and window.flow.holder.pending() == 5)
            save(window, f"station-offline-{args.lang}.png")

            proxy.resume()
            settle(lambda: banner.state is BannerState.BACK_ONLINE)
            scan(window, codes[people[8].id])
            save(window, f"station-back-online-{args.lang}.png")
            window.close()
            settle(lambda: not lane.busy)
            lane.stop()
            db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
