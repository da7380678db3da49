"""Take the screenshots of several desks on one event, from a real run on a throwaway PostgreSQL server.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_shared_screenshots.py --lang en

The product's clocks in this process (the time a scan is recorded, a station last seen, the
dashboard's now) run from 10:25 in Brussels today, so the morning's arrivals look like a morning
whenever the pictures are taken; they tick at the real pace, and the database server keeps its own.

The demo event (700 people, starting today) is made and published with the command line
(``checkin demo``, then ``checkin new --from``). The morning's arrivals go through the real door
service; then:

- the registration desk opens the event through a proxy, checks one person in, loses the network
  (the proxy resets every connection) and checks two more in: ``desk-offline-<lang>.png``;
- two entrance doors (ResilientStations, each behind a proxy of its own) lose the network, both let
  the same two people in, and sync when it is back: two real conflicts. Door B then queues more
  scans offline, and its upload is cut after the first batch (the network failing mid-upload), so
  the server says what it still has to send; the desk, offline since, is silent for over two
  minutes: ``dashboard-stations-<lang>.png``;
- the Shared database dialog tests the connection to the server: ``shared-database-<lang>.png``.
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time as clock
from contextlib import ExitStack
from datetime import datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from shots import save, settle, staged_clock  # noqa: E402  (beside this script; sets up its own user folders)

os.environ["CHECKIN_CONFIG_DIR"] = tempfile.mkdtemp(prefix="checkin-shots-machine-")

import keyring  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView  # noqa: E402

from checkin.domain.model import SessionKind  # noqa: E402
from checkin.domain.verdicts import ENTRANCE, DirectionMode  # noqa: E402
from checkin.services import attendees as attendee_service  # noqa: E402
from checkin.services import badges  # noqa: E402
from checkin.services.demo_programme import TIMEZONE  # noqa: E402
from checkin.services.machine import MachineSettings  # noqa: E402
from checkin.services.scanning import Station  # noqa: E402
from checkin.storage.database import open_database  # noqa: E402
from checkin.sync import outbox  # noqa: E402
from checkin.sync import upload as upload_module  # noqa: E402
from checkin.sync.cycle import open_replica  # noqa: E402
from checkin.sync.resilient import ResilientStation  # noqa: E402
from checkin.ui.app import create_application, create_desk_window  # noqa: E402
from checkin.ui.dashboard.dashboard_window import DashboardWindow  # noqa: E402
from checkin.ui.dashboard.stations_panel import STALE_AFTER  # noqa: E402
from checkin.ui.language import LanguageSwitcher, standard_translators  # noqa: E402
from checkin.ui.settings import DeskSettings  # noqa: E402
from checkin.ui.shared_database_dialog import SharedDatabaseDialog  # noqa: E402
from checkin.ui.station.config import StationSettings  # noqa: E402
from checkin.ui.station.offline_banner import BannerState  # noqa: E402
from checkin.ui.station.scan_flow import StationHolder  # noqa: E402
from tests.keyrings import MemoryKeyring  # noqa: E402
from tests.netproxy import NetProxy  # noqa: E402
from tests.postgres import throwaway_server  # noqa: E402

ZONE = ZoneInfo(TIMEZONE)
# What the technician types in: the stations' names and the server's label, in the pictures' language.
NAMES = {
    "en": {"door_a": "Door A", "door_b": "Door B", "desk": "Registration desk", "server": "Venue server"},
    "fr": {"door_a": "Porte A", "door_b": "Porte B", "desk": "Accueil", "server": "Serveur du lieu"},
}
CHECKIN = str(ROOT / ".venv" / "bin" / "checkin")


def cli(*args: str) -> None:
    subprocess.run([CHECKIN, *args], check=True, capture_output=True, text=True, timeout=300)


def named_database(server, name: str) -> str:
    """An empty database with the name a technician would give it (the test helper's are random)."""
    import psycopg

    with psycopg.connect(f"host=127.0.0.1 port={server.port} user={server.user} dbname=postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server.url(name)


def morning(url: str, utcnow, door_name: str) -> tuple[list, dict[str, str]]:
    """Two thirds of the people arrive through the main entrance between 07:50 and now; returns
    those still expected and everyone's badge code."""
    db = open_database(url)
    try:
        rng = random.Random(2026)
        people = [a for a in attendee_service.list_attendees(db) if a.status.is_active]
        codes = badges.ensure_codes(db)
        rng.shuffle(people)
        now = utcnow().astimezone(ZONE)
        start = datetime.combine(now.date(), time(7, 50), ZONE)
        end = now - timedelta(minutes=5)
        came = people[: round(len(people) * 0.62)] if end > start else []
        door = Station(db, ENTRANCE, DirectionMode.IN, station=door_name, operator="Léa")
        peak = start + (end - start) * 0.6
        times = []
        while len(times) < len(came):
            at = peak + timedelta(minutes=rng.gauss(0, 30))
            if start <= at < end:
                times.append(at)
        arrivals = list(zip(came, sorted(times)))
        for person, at in arrivals:
            door.scan(codes[person.id], now=at.astimezone(timezone.utc))
        # Most of them go on to the opening plenary (09:30) a few minutes after arriving.
        opening = next(s for s in attendee_service.sessions(db) if s.kind is SessionKind.PLENARY)
        auditorium = Station(db, opening.id, DirectionMode.IN, station="Auditorium")
        doors_open = opening.starts_at - timedelta(minutes=20)
        for person, at in arrivals:
            if opening.id in person.session_ids and rng.random() < 0.85:
                auditorium.scan(codes[person.id], now=max(at + timedelta(minutes=4), doors_open))
        return people[len(came):], codes
    finally:
        db.dispose()


def check_in(window, attendee_id: str, results: list) -> None:
    """Select the person in the desk's list and press Ctrl+Return, as the desk does; wait for the verdict."""
    window.desk.select_attendee(attendee_id)
    window.desk.table.setFocus()
    before = len(results)
    QTest.keyClick(window.desk.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(lambda: len(results) > before)


def wait_for(condition, what: str, timeout: float = 60.0) -> None:
    until = clock.monotonic() + timeout
    while not condition():
        if clock.monotonic() > until:
            raise TimeoutError(what)
        settle(timeout_ms=int(timeout * 1000))


def door(url: str, folder: Path, name: str) -> ResilientStation:
    return ResilientStation(url, ENTRANCE, DirectionMode.IN, station=name, operator="", station_id=name.lower().replace(" ", "-"),
                            replica=folder / f"{name}.checkin", deadline=0.5, probe_interval=0.5)


def upload_cut_after_first_batch(url: str, proxy: NetProxy, station: ResilientStation) -> None:
    """Door B's upload as the network fails between its first and second batch: the server keeps
    the first batch and what Door B said it still had to send."""
    replica_path = station.replica.engine.url.database
    station.close()  # its probe would send the whole queue in one batch; the queue stays in its replica
    server, replica = open_database(proxy.url(url)), open_replica(replica_path)
    real_read = outbox.read_batch
    calls = []

    def read_batch(db, limit, up_to=None):
        calls.append(limit)
        if len(calls) == 2:
            proxy.drop()
        return real_read(db, limit, up_to)

    upload_module.outbox.read_batch = read_batch
    try:
        upload_module.upload(server, replica, station.station_id, station.station, batch_size=4)
    except Exception:  # noqa: BLE001 - the network went: what was sent stays sent, the rest stays queued
        pass
    finally:
        upload_module.outbox.read_batch = real_read
        replica.dispose()
        server.dispose()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=["en", "fr"])
    args = parser.parse_args(argv)
    create_application()
    languages = LanguageSwitcher(factory=standard_translators)  # kept: its translators leave with it
    languages.apply(args.lang)
    keyring.set_keyring(MemoryKeyring())  # the dialog remembers nothing in a real keychain
    machine = MachineSettings.load()
    names = NAMES[args.lang]
    machine.station_name = names["desk"]
    machine.save()
    StationHolder.probe_interval = 1.0
    work = Path(tempfile.mkdtemp(prefix="checkin-shared-shots-"))
    demo = work / "demo.checkin"
    cli("--db", str(demo), "demo", "--starts-on", "today")
    with throwaway_server("checkin-shots-pg-") as server, ExitStack() as stack:
        url = named_database(server, "cities_forum")
        cli("--db", url, "new", "--from", str(demo))
        clock_now = stack.enter_context(staged_clock())
        expected, codes = morning(url, clock_now, names["door_a"])
        with NetProxy("127.0.0.1", server.port) as desk_proxy, NetProxy("127.0.0.1", server.port) as proxy_a, \
                NetProxy("127.0.0.1", server.port) as proxy_b:
            # The registration desk: one check-in online, two while the network is down.
            window = create_desk_window(DeskSettings(QSettings(str(work / "desk.ini"), QSettings.Format.IniFormat)), languages)
            window.station_actions.settings = StationSettings(QSettings(str(work / "station.ini"), QSettings.Format.IniFormat))
            window.resize(1600, 900)
            window.show()
            window.open_event(desk_proxy.url(url))
            settle(lambda: window.loaded is not None and window.model.search_ready)
            holder = window.station_actions._desk_station
            settle(lambda: holder._station is not None and holder.online())
            results: list = []
            window.station_actions.checked_in.connect(results.append)
            at_desk, expected = expected[:3], expected[3:]
            check_in(window, at_desk[0].id, results)
            desk_proxy.drop()
            for person in at_desk[1:]:
                check_in(window, person.id, results)
            window.desk.table.scrollTo(window.desk.table.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter)
            banner = window.offline_banner
            settle(lambda: banner.state is BannerState.OFFLINE and holder.pending() == 2)
            desk_silent_since = clock.monotonic()
            save(window, f"desk-offline-{args.lang}.png")

            # Two entrance doors offline at once let the same two people in, then sync.
            door_a, door_b = door(proxy_a.url(url), work, names["door_a"]), door(proxy_b.url(url), work, names["door_b"])
            wait_for(lambda: door_a.online and door_b.online, "the doors online")
            door_a.scan(codes[expected[0].id])
            door_b.scan(codes[expected[1].id])
            proxy_a.drop()
            proxy_b.drop()
            twice, expected = expected[2:4], expected[4:]
            for person in twice:
                door_a.scan(codes[person.id])
                clock.sleep(1.5)
                door_b.scan(codes[person.id])
            for person in expected[:3]:
                door_a.scan(codes[person.id])
            door_a.add_walk_in({"first_name": "Ana", "last_name": "Ferreira", "city": "Lisboa", "country": "PT",
                                "category": "City staff"})
            proxy_a.resume()
            proxy_b.resume()
            wait_for(lambda: door_a.online and door_a.pending == 0 and door_b.online and door_b.pending == 0, "the doors synced")
            # Door B loses the network again, keeps scanning, and its upload is cut mid-way.
            proxy_b.drop()
            for person in expected[3:15]:
                door_b.scan(codes[person.id])
            wait_for(lambda: not door_b.online, "door B offline")

            # The desk, offline since its picture, has not been heard from for a while; Door B gets
            # the network back for a moment, long enough to send part of its queue.
            wait_for(lambda: clock.monotonic() - desk_silent_since > STALE_AFTER.total_seconds() + 10, "the desk silent",
                     timeout=STALE_AFTER.total_seconds() + 60)
            proxy_b.resume()
            upload_cut_after_first_batch(url, proxy_b, door_b)
            dashboard = DashboardWindow(url)
            dashboard.resize(1600, 1000)
            dashboard.show()
            panel = dashboard.stations_panel
            settle(lambda: dashboard.snapshot is not None and panel.station_model.rowCount() == 3
                   and panel.conflict_model.rowCount() == 2)
            save(dashboard, f"dashboard-stations-{args.lang}.png")
            dashboard.close()
            door_a.close()

            dialog = SharedDatabaseDialog()
            dialog.show()
            address = url.split("@", 1)[1]
            host_port, database = address.split("/", 1)
            host, port = host_port.split(":")
            dialog.host_edit.setText(host)
            dialog.port_spin.setValue(int(port))
            dialog.database_edit.setText(database)
            dialog.user_edit.setText("checkin")
            dialog.label_edit.setText(names["server"])
            checked = []
            dialog.checked.connect(checked.append)
            dialog.test_button.click()
            settle(lambda: bool(checked))
            save(dialog, f"shared-database-{args.lang}.png")
            dialog.close()

            window.close()
            settle(lambda: not window.lane.busy)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
