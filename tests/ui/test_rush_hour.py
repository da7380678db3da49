"""Rush hour at a desk and a door: 300 interleaved searches, check-ins, walk-ins, prints and scans, some
arriving while a form is open, all through real key events at a person's and a scanner's speed.

Afterwards every person's record, check-ins, scans and badge prints are exactly what the script meant,
and a full snapshot of the event database before and after shows no other change.
"""
from __future__ import annotations

import random
import sqlite3
from collections import Counter
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from checkin.domain.model import Attendee, Status, new_id
from checkin.domain.verdicts import DirectionMode
from checkin.printing import choices
from checkin.scanning.keymaps import XKB_KEYCODES
from checkin.scanning.layouts import LAYOUTS
from checkin.services import badges
from checkin.services.event import new_event
from checkin.storage import repositories as repo
from checkin.ui.attendee_dialog import AttendeeDialog
from checkin.ui.scanning.scan_routing import install_scan_router
from checkin.ui.settings import DeskSettings
from checkin.ui.station.config import StationSettings
from tests.printing.conftest import badge_printer, cups_pdf_printer, cups_scheduler  # noqa: F401 - fixtures
from tests.scanning.key_events import DeskKeyboard

pytestmark = pytest.mark.cups

OPERATIONS = 300
SYLLABLES = ["ba", "ko", "ri", "mu", "te", "sa", "lo", "vi", "ne", "du", "pa", "zi"]
CTRL = Qt.KeyboardModifier.ControlModifier
RETURN = dict(text="\r", code=36)


def _people(count: int) -> list[Attendee]:
    """People with family names of three syllables: none is the start of another, so a name typed in
    full finds its person first."""
    rng = random.Random(7)
    names = rng.sample([a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES], count)
    first = ["Anna", "Jan", "Eva", "Luc", "Mia", "Tom", "Ines", "Olek", "Sara", "Piet"]
    return [
        Attendee(id=new_id(), first_name=first[i % len(first)], last_name=name.capitalize(), city="Brussels",
                 status=Status.CANCELLED if i % 17 == 5 else Status.REGISTERED)
        for i, name in enumerate(names)
    ]


def _snapshot(path) -> dict[str, dict]:
    """Every row of every table, keyed by its first column (the id), or by the whole row."""
    with sqlite3.connect(path) as connection:
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        found = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            columns = [c[0] for c in cursor.description]
            found[table] = {"columns": columns, "rows": {tuple(row) for row in cursor}}
    return found


@dataclass
class Intended:
    """What the script meant to happen."""

    checked_in: set[str] = field(default_factory=set)
    scans: Counter = field(default_factory=Counter)  # attendee id → scan records (door scans, desk check-ins)
    prints: Counter = field(default_factory=Counter)
    walk_ins: list[tuple[str, str]] = field(default_factory=list)
    cities: dict[str, str] = field(default_factory=dict)  # edits: attendee id → new city
    edits: Counter = field(default_factory=Counter)  # attendee id → edits that changed something


class RushHour:
    def __init__(self, qtbot, desk, station, people, codes, seed: int):
        self.qtbot, self.desk, self.station = qtbot, desk, station
        self.people = {a.id: a for a in people}
        self.codes = codes
        self.rng = random.Random(seed)
        self.intended = Intended()
        self.desk_keys = DeskKeyboard(desk, LAYOUTS["fr"], seed=seed)
        self.door_keys = DeskKeyboard(station, LAYOUTS["fr"], seed=seed + 1)
        self.walk_in_number = 0
        self.done: Counter = Counter()

    # ---- helpers ----------------------------------------------------------------------------

    def activate(self, window) -> None:
        if not window.isActiveWindow():
            window.activateWindow()
            self.qtbot.waitUntil(window.isActiveWindow)

    def keys_for(self, window) -> DeskKeyboard:
        keys = self.desk_keys if window.window() is self.desk or window is self.desk else self.door_keys
        keys.window = window
        return keys

    def dialog(self):
        self.qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), AttendeeDialog))
        return QApplication.activeWindow()

    def someone(self, active_only: bool = False) -> Attendee:
        """Anyone, walk-ins included (found by name)."""
        people = [a for a in self.people.values() if a.status.is_active or not active_only]
        return self.rng.choice(people)

    def badge_holder(self) -> Attendee:
        """Someone with a badge in hand (the walk-ins' badges are still warm: not scanned again)."""
        return self.people[self.rng.choice(sorted(self.codes))]

    def admitted(self, attendee: Attendee) -> None:
        self.intended.scans[attendee.id] += 1
        if attendee.status.is_active:
            self.intended.checked_in.add(attendee.id)

    def walk_in_name(self) -> tuple[str, str]:
        self.walk_in_number += 1
        return "Nora", f"Walkin{chr(ord('a') + self.walk_in_number // 26)}{chr(ord('a') + self.walk_in_number % 26)}"

    # ---- the desk ---------------------------------------------------------------------------

    def desk_search(self, person: Attendee) -> None:
        self.activate(self.desk)
        keys = self.keys_for(self.desk)
        keys.tap(Qt.Key.Key_F, CTRL, code=41)  # Ctrl+F: the search, its text selected
        keys.person(person.last_name.lower())
        self.qtbot.waitUntil(lambda: self.desk.current_attendee() is not None and self.desk.current_attendee().id == person.id)
        if self.rng.random() < 0.5:
            keys.tap(Qt.Key.Key_Return, **RETURN)  # Enter: to the results, nothing more

    def desk_check_in(self) -> None:
        person = self.desk.current_attendee()
        with self.qtbot.waitSignal(self.desk.station_actions.checked_in, timeout=10_000):
            self.keys_for(self.desk).tap(Qt.Key.Key_Return, CTRL, **RETURN)
        self.admitted(self.people[person.id])

    def desk_scan(self, person: Attendee) -> None:
        self.activate(self.desk)
        with self.qtbot.waitSignal(self.desk.codes.found, timeout=10_000):
            self.keys_for(self.desk).scanner(self.codes[person.id])
        assert self.desk.current_attendee().id == person.id

    def desk_print(self) -> None:
        person = self.desk.current_attendee()
        worker = self.desk.badge_actions.worker
        with self.qtbot.waitSignal(worker.print_succeeded, timeout=60_000):
            self.keys_for(self.desk).tap(Qt.Key.Key_P, CTRL, code=33)
        self.intended.prints[person.id] += 1
        assert self.desk.desk.detail_panel.notice_text().startswith("🖶 Badge printed on ")

    def desk_walk_in(self, scan_meanwhile: Attendee | None) -> None:
        self.activate(self.desk)
        self.keys_for(self.desk).tap(Qt.Key.Key_N, CTRL, code=57)
        dialog = self.dialog()
        keys = self.keys_for(dialog)
        first, last = self.walk_in_name()
        keys.person(first)
        if scan_meanwhile is not None:  # a badge is scanned while the form is open: found behind it
            with self.qtbot.waitSignal(self.desk.codes.found, timeout=10_000):
                keys.scanner(self.codes[scan_meanwhile.id])
        keys.tap(Qt.Key.Key_Tab, text="\t", code=23)
        keys.person(last)
        worker = self.desk.badge_actions.worker
        with self.qtbot.waitSignals([self.desk.walk_in_added, self.desk.station_actions.checked_in, worker.print_succeeded],
                                    timeout=60_000):
            keys.tap(Qt.Key.Key_Return, **RETURN)
        added = self.desk.current_attendee()
        assert (added.first_name, added.last_name) == (first, last)
        self.people[added.id] = added
        self.intended.walk_ins.append((first, last))
        self.admitted(added)
        self.intended.prints[added.id] += 1

    def desk_edit(self, scan_meanwhile: Attendee) -> None:
        person = self.desk.current_attendee()
        self.keys_for(self.desk).tap(Qt.Key.Key_E, CTRL, code=26)
        dialog = self.dialog()
        dialog._edits["city"].setFocus()
        keys = self.keys_for(dialog)
        city = self.rng.choice(["Gent", "Liege", "Namur", "Mons"])
        keys.tap(Qt.Key.Key_A, CTRL, code=38)  # select the city to type over it
        keys.person(city.lower())
        with self.qtbot.waitSignal(self.desk.codes.found, timeout=10_000):
            keys.scanner(self.codes[scan_meanwhile.id])
        assert dialog._edits["city"].text() == city.lower() and dialog.isVisible()
        if self.rng.random() < 0.5:
            with self.qtbot.waitSignal(dialog.accepted, timeout=10_000):
                keys.tap(Qt.Key.Key_Return, **RETURN)
            if self.people[person.id].city != city.lower():  # the same city again changes nothing
                self.intended.edits[person.id] += 1
            self.intended.cities[person.id] = city.lower()
            self.people[person.id] = self.desk.model.attendee(person.id)
        else:  # changed their mind: Esc asks, Discard
            keys.tap(Qt.Key.Key_Escape, text="\x1b", code=9)
            self.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not dialog)
            question = QApplication.activeModalWidget()
            next(b for b in question.buttons() if b.text() == "Discard").click()
            self.qtbot.waitUntil(lambda: not dialog.isVisible())

    # ---- the door ---------------------------------------------------------------------------

    def door_scan(self, person: Attendee) -> None:
        self.activate(self.station)
        with self.qtbot.waitSignal(self.station.flow.scanned, timeout=10_000) as scanned:
            self.keys_for(self.station).scanner(self.codes[person.id])
        assert scanned.args[0].attendee.id == person.id
        self.admitted(person)

    def door_by_name(self, person: Attendee) -> None:
        self.activate(self.station)
        keys = self.keys_for(self.station)
        keys.tap(Qt.Key.Key_F, CTRL, code=41)
        keys.person(person.last_name.lower())
        panel = self.station.manual_panel
        self.qtbot.waitUntil(lambda: panel.current_attendee() is not None and panel.current_attendee().id == person.id)
        with self.qtbot.waitSignal(self.station.flow.scanned, timeout=10_000) as scanned:
            keys.tap(Qt.Key.Key_Return, **RETURN)  # to the list
            keys.tap(Qt.Key.Key_Return, **RETURN)  # check in
        assert scanned.args[0].attendee.id == person.id
        self.admitted(person)

    def door_walk_in(self, scan_meanwhile: Attendee) -> None:
        """Issue 12, item 1, in the middle of the rush."""
        self.activate(self.station)
        self.keys_for(self.station).tap(Qt.Key.Key_N, CTRL, code=57)
        dialog = self.dialog()
        keys = self.keys_for(dialog)
        first, last = self.walk_in_name()
        keys.person(first)
        with self.qtbot.waitSignal(self.station.flow.scanned, timeout=10_000) as scanned:
            keys.scanner(self.codes[scan_meanwhile.id])
        assert scanned.args[0].attendee.id == scan_meanwhile.id
        self.admitted(scan_meanwhile)
        assert dialog._edits["first_name"].text() == first
        keys.tap(Qt.Key.Key_Tab, text="\t", code=23)
        keys.person(last)
        with self.qtbot.waitSignals([self.station.attendee_added, self.station.flow.scanned,
                                     self.station.printing.printed], timeout=60_000):
            keys.tap(Qt.Key.Key_Return, **RETURN)
        added = next(a for a in self.desk.model.all_attendees() if a.last_name == last)
        self.people[added.id] = added
        self.intended.walk_ins.append((first, last))
        self.admitted(added)
        self.intended.prints[added.id] += 1

    # ---- the script -------------------------------------------------------------------------

    def run(self, operations: int) -> None:
        steps = [
            ("desk search, check in", 22), ("desk scan", 14), ("desk scan, check in", 16), ("desk print", 4),
            ("desk walk-in", 3), ("desk walk-in, scan meanwhile", 2), ("desk edit, scan meanwhile", 4),
            ("door scan", 26), ("door by name", 6), ("door walk-in, scan meanwhile", 3),
        ]
        names, weights = zip(*steps)
        for _ in range(operations):
            step = self.rng.choices(names, weights)[0]
            self.done[step] += 1
            if step == "desk search, check in":
                self.desk_search(self.someone())
                self.desk_check_in()
            elif step == "desk scan":
                self.desk_scan(self.badge_holder())
            elif step == "desk scan, check in":
                self.desk_scan(self.badge_holder())
                self.desk_check_in()
            elif step == "desk print":
                self.desk_search(self.someone(active_only=True))
                self.desk_print()
            elif step == "desk walk-in":
                self.desk_walk_in(None)
            elif step == "desk walk-in, scan meanwhile":
                self.desk_walk_in(self.badge_holder())
            elif step == "desk edit, scan meanwhile":
                self.desk_search(self.someone(active_only=True))
                self.desk_edit(self.badge_holder())
            elif step == "door scan":
                self.door_scan(self.badge_holder())
            elif step == "door by name":
                self.door_by_name(self.someone())
            else:
                self.door_walk_in(self.badge_holder())


@pytest.fixture
def scan_codes(qapp):
    router = install_scan_router()
    before, router.table = router.table, XKB_KEYCODES
    yield
    router.table = before


def test_rush_hour_at_a_desk_and_a_door(qtbot, tmp_path, languages, badge_printer, scan_codes):
    from checkin.ui.app import create_desk_window

    path = tmp_path / "rush.checkin"
    db, _event = new_event(path, "Rush hour", venue="Brussels")
    people = _people(60)
    with db.unit() as s:
        repo.insert_attendees(s, people)
    codes = badges.ensure_codes(db)
    db.dispose()
    before = _snapshot(path)
    choices.remember_desk_layout("label-62-brother-ql")
    choices.remember_printer("ql-62x100", badge_printer.name)

    desk = create_desk_window(DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)), languages)
    desk.station_actions.settings = StationSettings(QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(desk)
    desk.show()
    with qtbot.waitSignal(desk.event_opened, timeout=30_000):
        desk.open_event(str(path))
    qtbot.waitUntil(lambda: desk.model.search_ready, timeout=10_000)
    setup = desk.station_actions.open_station()
    setup.door_list.setCurrentRow(0)
    setup.mode_buttons[DirectionMode.IN].setChecked(True)
    setup.station_edit.setText("Door A")
    setup.operator_edit.setText("amina")
    setup.accept()
    station = desk.station_actions.station_window
    qtbot.waitUntil(lambda: station.flow.checkpoint is not None and station.manual_panel.model.search_ready, timeout=10_000)

    rush = RushHour(qtbot, desk, station, people, codes, seed=12)
    try:
        rush.run(OPERATIONS)
        intended = rush.intended
        qtbot.waitUntil(lambda: sum(desk.model.print_count(a) for a in rush.people) == sum(intended.prints.values()),
                        timeout=30_000)
    finally:
        station.close()
        desk.close()
    assert sum(rush.done.values()) == OPERATIONS and all(rush.done.values()), rush.done

    after = _snapshot(path)
    _check(before, after, rush)


def _rows_by_id(table: dict) -> dict:
    return {row[0]: row for row in table["rows"]}


def _check(before: dict, after: dict, rush: RushHour) -> None:
    intended = rush.intended
    # People: the walk-ins added, the edited cities changed, nobody else touched.
    columns = after["attendee"]["columns"]
    old, new = _rows_by_id(before["attendee"]), _rows_by_id(after["attendee"])
    added = [dict(zip(columns, new[i])) for i in new.keys() - old.keys()]
    assert sorted((a["first_name"], a["last_name"]) for a in added) == sorted(intended.walk_ins)
    assert old.keys() <= new.keys()
    changed = {i for i in old if old[i] != new[i]}
    assert changed == set(intended.cities)
    for attendee_id in changed:
        was, now = dict(zip(columns, old[attendee_id])), dict(zip(columns, new[attendee_id]))
        differs = {c for c in columns if was[c] != now[c]}
        assert differs <= {"city", "updated_at"} and now["city"] == intended.cities[attendee_id]

    # Scans and check-ins: one scan record per door scan or desk check-in, for whom the script meant.
    scan_columns = after["scan"]["columns"]
    assert before["scan"]["rows"] <= after["scan"]["rows"]
    scans = [dict(zip(scan_columns, row)) for row in after["scan"]["rows"] - before["scan"]["rows"]]
    assert Counter(s["attendee_id"] for s in scans) == intended.scans
    let_in = {s["attendee_id"] for s in scans if s["verdict"] in ("accepted", "warning") and s["moves"]}
    assert let_in == intended.checked_in
    cancelled = {i for i, a in rush.people.items() if not a.status.is_active}
    assert all(s["verdict"] == "rejected" for s in scans if s["attendee_id"] in cancelled)

    # Badge prints: the journal's print lines are exactly the script's prints.
    journal_columns = after["journal"]["columns"]
    assert before["journal"]["rows"] <= after["journal"]["rows"]
    lines = [dict(zip(journal_columns, row)) for row in after["journal"]["rows"] - before["journal"]["rows"]]
    assert Counter(line["attendee_id"] for line in lines if line["kind"] == "print") == intended.prints
    assert {line["kind"] for line in lines} <= {"print", "walk_in", "edit", "badge_issued"}
    assert Counter(line["attendee_id"] for line in lines if line["kind"] == "edit") == intended.edits

    # Nothing else: the other tables only gained rows, about the people the script touched.
    touched = set(intended.scans) | set(intended.prints) | set(intended.cities) | (new.keys() - old.keys())
    for table, content in after.items():
        if table in ("attendee", "scan", "journal"):
            continue
        gained = content["rows"] - before[table]["rows"]
        lost = before[table]["rows"] - content["rows"]
        if table in ("presence", "station", "checkpoint"):  # a place at a door, a station seen, a door's count
            lost_keys = {row[:2] for row in lost}
            assert lost_keys <= {row[:2] for row in gained}, table
        else:
            assert not lost, f"{table} lost rows: {lost}"
        if "attendee_id" in content["columns"]:
            position = content["columns"].index("attendee_id")
            assert {row[position] for row in gained} <= touched, table
