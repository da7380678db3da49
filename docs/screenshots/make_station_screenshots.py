"""Take the screenshots of the check-in station: its setup, each verdict, a full workshop and a site visit.

    Xvfb :95 -screen 0 1366x768x24 &  DISPLAY=:95 .venv/bin/python docs/screenshots/make_station_screenshots.py --lang fr
    (or QT_QPA_PLATFORM=offscreen; fonts are the same)

Writes station-setup-, station-ready-, station-accepted-, station-warning-, station-rejected-,
station-full- and station-visit-<lang>.png next to this script, on the demo event with its programme
starting today. ``--pseudo`` makes every interface text about a third longer, as French often is,
to check that nothing is cut off before the translation exists (those pictures are not kept).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from shots import laptop, save, settle  # noqa: E402  (beside this script; sets up its own user folders)
from PySide6.QtCore import QSettings, QTranslator  # noqa: E402

from checkin.domain.model import SessionKind  # noqa: E402
from checkin.domain.verdicts import ENTRANCE, DirectionMode  # noqa: E402
from checkin.printing.cups import CupsBackend  # noqa: E402
from checkin.services import attendees as attendee_service  # noqa: E402
from checkin.services import badges  # noqa: E402
from checkin.services.demo import create_demo_event  # noqa: E402
from checkin.services.scanning import Station  # noqa: E402
from checkin.ui.app import create_application  # noqa: E402
from checkin.ui.language import LanguageSwitcher, standard_translators  # noqa: E402
from checkin.ui.station.config import StationConfig, StationSettings  # noqa: E402
from checkin.ui.station.result_panel import PanelState  # noqa: E402
from checkin.ui.station.setup_dialog import StationSetupDialog  # noqa: E402
from checkin.ui.station.station_window import StationWindow  # noqa: E402
from checkin.ui.workers import DatabaseLane  # noqa: E402

WALK_TITLE = "Night-time safety walk / Marche exploratoire de nuit"
WALK_CAPACITY = 12


class LongerTranslator(QTranslator):
    """Every text about a third longer (placeholders kept), standing in for French before it exists."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return source_text + " " + "·" * max(2, len(source_text) // 3)

    def isEmpty(self):
        return False


def prepare(path: Path):
    """The demo event, today, with a morning of arrivals, a full walk and a site visit under way."""
    now = datetime.now(timezone.utc)
    db, _summary = create_demo_event(path, first_day=now.date())
    codes = badges.ensure_codes(db)
    rng = random.Random(2026)
    people = [a for a in attendee_service.list_attendees(db) if a.status.is_active]
    rng.shuffle(people)
    desk = Station(db, ENTRANCE, station="Desk 1", operator="Léa")
    for n, person in enumerate(people[:240]):
        desk.scan(codes[person.id], now=now - timedelta(minutes=95) + timedelta(seconds=20 * n))

    walk = attendee_service.add_session(db, WALK_TITLE, SessionKind.WORKSHOP, starts_at=now - timedelta(minutes=20),
                                        ends_at=now + timedelta(minutes=70), location="Studio 212", capacity=WALK_CAPACITY)
    walkers = people[:WALK_CAPACITY + 2]
    for person in walkers:
        attendee_service.update_attendee(db, person.id, {"session_ids": (*person.session_ids, walk.id)})
    door = Station(db, walk.id, station="Studio 212")
    for n, person in enumerate(walkers[:WALK_CAPACITY]):
        door.scan(codes[person.id], now=now - timedelta(minutes=15) + timedelta(seconds=30 * n))

    sessions = attendee_service.sessions(db)
    visit = next(s for s in sessions if s.kind is SessionKind.SITE_VISIT and "safe consumption" in s.title)
    going = [a for a in attendee_service.list_attendees(db) if visit.id in a.session_ids and a.status.is_active]
    bus = Station(db, visit.id, DirectionMode.BOTH, station="Coach")
    for n, person in enumerate(going[: len(going) - 4]):
        bus.scan(codes[person.id], now=visit.starts_at + timedelta(minutes=40, seconds=25 * n))
    return db, codes, walk, walkers[WALK_CAPACITY], visit, going[0], people


def show(window: StationWindow, codes: list[str]) -> None:
    for code in codes:
        window.submit_scan([code])
    settle(lambda: window.flow.waiting == 0 and window.result_panel.state is not PanelState.READY)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=["en", "fr"])
    parser.add_argument("--pseudo", action="store_true", help="longer texts instead of the translation; pictures named -pseudo")
    args = parser.parse_args(argv)
    create_application()
    factory = (lambda _lang: [LongerTranslator()]) if args.pseudo else standard_translators
    languages = LanguageSwitcher(factory=factory)  # kept: its translators leave the application when it is collected
    languages.apply(args.lang)
    suffix = "pseudo" if args.pseudo else args.lang
    work = Path(tempfile.mkdtemp(prefix="checkin-station-shots-"))
    db, codes, walk, latecomer, visit, traveller, people = prepare(work / "demo.checkin")
    sessions = attendee_service.sessions(db)
    event_db_attendees = attendee_service.list_attendees(db)
    from checkin.services.event import open_event

    db.dispose()
    db, event = open_event(work / "demo.checkin")
    lane = DatabaseLane()
    settings = StationSettings(QSettings(str(work / "station.ini"), QSettings.Format.IniFormat))
    config = StationConfig(ENTRANCE, DirectionMode.IN, station="Main entrance, left", operator="Léa", auto_print=True)

    setup = StationSetupDialog(lane, db, sessions, event.timezone, config, CupsBackend())
    setup.resize(1100, 640)
    setup.show()
    settle(lambda: "…" not in setup.printer_label.text())
    save(setup, f"station-setup-{suffix}.png")
    setup.hide()

    window = StationWindow(lane, db, event, sessions, event_db_attendees, config, settings, CupsBackend())
    laptop(window)
    window.show()
    settle(lambda: window.counters_bar.counters() is not None and window.manual_panel.model.search_ready)
    save(window, f"station-ready-{suffix}.png")

    # The longest name of those still to come: it wraps onto two lines, never smaller than the organisation.
    speaker = max((a for a in people[240:] if a.organisation), key=lambda a: len(a.full_name))
    regular = people[0]
    show(window, [codes[people[241].id], codes[speaker.id]])
    save(window, f"station-accepted-{suffix}.png")
    show(window, [codes[regular.id]])
    save(window, f"station-warning-{suffix}.png")
    forged = codes[people[300].id]
    show(window, [forged[:-2] + ("BC" if forged[-2:] != "BC" else "CB")])
    save(window, f"station-rejected-{suffix}.png")

    window.apply_config(StationConfig(walk.id, DirectionMode.IN, station="Studio 212", operator="Karim"))
    settle(lambda: window.flow.checkpoint is not None and window.counters_bar.counters() is not None)
    show(window, [codes[latecomer.id]])
    save(window, f"station-full-{suffix}.png")

    window.apply_config(StationConfig(visit.id, DirectionMode.BOTH, station="Coach", operator="Karim"))
    settle(lambda: window.flow.checkpoint is not None and window.presence_lists.inside_names())
    show(window, [codes[traveller.id]])
    settle(lambda: traveller.full_name not in " ".join(window.presence_lists.inside_names()))
    save(window, f"station-visit-{suffix}.png")

    window.close()
    settle()
    lane.stop()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
