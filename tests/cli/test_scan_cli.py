"""`checkin scan` and `checkin presence` on the command line, and what `attendees` and `sessions` say about presence."""
from __future__ import annotations

import getpass
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
import qrcode
from PIL import Image

from checkin.cli import main
from checkin.services.event import open_event
from checkin.storage import scan_repository as scans_repo
from tests.services.scan_event import PRETIX_SECRET, make_scan_event

SCAN_KEYS = {"verdict", "reason", "message", "attendee", "checkpoint", "direction", "scanned_at"}
WORKSHOP = "Atelier : économie de la nuit"


@pytest.fixture
def event(tmp_path):
    """The event file (closed again, as a CLI user would find it) and its people and codes; the
    workshop started a few minutes ago, since the command line scans at the present time."""
    path = tmp_path / "forum.checkin"
    ev = make_scan_event(path, workshop_starts=datetime.now(timezone.utc) - timedelta(minutes=5))
    ev.db.dispose()
    return path, ev


def run(capsys, path, *args):
    code = main(["--db", str(path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def the_log(path):
    db, _ = open_event(path)
    try:
        with db.unit() as s:
            return scans_repo.scans(s)
    finally:
        db.dispose()


def qr_picture(path, *texts):
    """A white picture with one QR code per text side by side, like a photo of two badges."""
    symbols = [qrcode.make(text, box_size=8).get_image().convert("L") for text in texts]
    picture = Image.new("L", (sum(s.width for s in symbols) + 40 * len(symbols), max(s.height for s in symbols) + 40), 255)
    x = 20
    for symbol in symbols:
        picture.paste(symbol, (x, 20))
        x += symbol.width + 40
    picture.save(path)
    return path


def test_one_code_prints_one_verdict_object_and_the_attendee_as_attendees_lists_them(event, capsys):
    path, ev = event
    code, out, err = run(capsys, path, "scan", ev.codes["agnes"], "--station", "Door A", "--operator", "Marie", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert set(result) == SCAN_KEYS
    assert (result["verdict"], result["reason"], result["checkpoint"], result["direction"]) == ("accepted", "ok", "entrance", "in")
    assert result["message"] == "Welcome! Checked in."
    [logged] = the_log(path)
    assert (logged.station, logged.operator, logged.method, logged.at.isoformat()) == ("Door A", "Marie", "cli", result["scanned_at"])

    _, listed, _ = run(capsys, path, "attendees", "--json")
    as_listed = next(a for a in json.loads(listed) if a["id"] == ev.id("agnes"))
    assert result["attendee"] == as_listed
    assert as_listed["checked_in"] is True and as_listed["checked_in_at"] == result["scanned_at"]
    others = [a for a in json.loads(listed) if a["id"] != ev.id("agnes")]
    assert all(a["checked_in"] is False and a["checked_in_at"] is None for a in others)


def test_without_json_each_verdict_is_one_line_on_stderr(event, capsys):
    path, ev = event
    code, out, err = run(capsys, path, "scan", ev.codes["agnes"], ev.codes["agnes"], "--station", "Door A")
    assert code == 0 and out == ""
    first, second = err.splitlines()
    assert first == "Accepted: Agnès Lefèvre-Dupré — Welcome! Checked in."
    assert second.startswith("Warning: Agnès Lefèvre-Dupré — Already inside: checked in at ") and second.endswith("at Door A, no exit since.")


def test_several_codes_give_a_list_and_a_refusal_gives_exit_status_3(event, capsys):
    path, ev = event
    code, out, err = run(capsys, path, "scan", ev.codes["lukasz"], "no such code", PRETIX_SECRET, ev.codes["hrvoje"], "--json")
    assert code == 3, err
    results = json.loads(out)
    assert [(r["verdict"], r["reason"]) for r in results] == [
        ("accepted", "ok"), ("rejected", "unknown_code"), ("accepted", "ok"), ("rejected", "cancelled")]
    assert results[1]["attendee"] is None
    assert results[2]["attendee"]["last_name"] == "Dvořák"
    assert results[3]["attendee"]["status"] == "cancelled" and results[3]["attendee"]["checked_in"] is False
    assert [r.code for r in the_log(path)] == [ev.codes["lukasz"], "no such code", PRETIX_SECRET, ev.codes["hrvoje"]]


def test_a_session_door_counts_places_and_an_exit_frees_one(event, capsys):
    path, ev = event
    for key in ("agnes", "lukasz", "siobhan"):
        assert run(capsys, path, "scan", ev.codes[key], "--session", WORKSHOP.upper())[0] == 0
    code, out, _ = run(capsys, path, "scan", ev.codes["jiri"], "--session", WORKSHOP, "--json")
    full = json.loads(out)
    assert (code, full["reason"], full["checkpoint"]) == (3, "session_full", WORKSHOP)
    assert "3 of 3 places taken" in full["message"]
    code, out, _ = run(capsys, path, "scan", ev.codes["lukasz"], "--session", WORKSHOP, "--exit", "--json")
    assert (code, json.loads(out)["direction"], json.loads(out)["reason"]) == (0, "out", "ok")
    _, out, _ = run(capsys, path, "sessions", "--json")
    present = {s["title"]: s["present"] for s in json.loads(out)}
    assert present == {WORKSHOP: 2, "Opening plenary": 0}
    assert json.loads(run(capsys, path, "scan", ev.codes["jiri"], "--session", WORKSHOP, "--json")[1])["verdict"] != "rejected"


def test_a_session_that_does_not_exist_is_an_error_and_nothing_is_recorded(event, capsys):
    path, ev = event
    code, out, err = run(capsys, path, "scan", ev.codes["agnes"], "--session", "Gala dinner", "--json")
    assert (code, out) == (1, "")
    assert "no session called “Gala dinner”" in err
    assert the_log(path) == []


def test_nothing_to_scan_says_what_to_give(event, capsys):
    path, _ev = event
    code, out, err = run(capsys, path, "scan")
    assert (code, out) == (1, "") and "--image" in err


def test_the_station_and_operator_default_to_this_computer_and_login(event, capsys):
    """A scan from the terminal records this computer as the station `checkin station --name` named."""
    from checkin.services.machine import MachineSettings

    path, ev = event
    assert run(capsys, path, "station", "--name", "Door B")[0] == 0
    run(capsys, path, "scan", ev.codes["agnes"])
    [logged] = the_log(path)
    machine = MachineSettings.load()
    assert (logged.station, logged.station_id) == ("Door B", machine.station_id)
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        login = ""
    assert logged.operator == login


def test_codes_in_a_photo_are_each_scanned(event, capsys, tmp_path):
    path, ev = event
    two_badges = qr_picture(tmp_path / "two badges.png", ev.codes["agnes"], ev.codes["bjorn"])
    code, out, err = run(capsys, path, "scan", "--image", str(two_badges), "--json")
    assert code == 0, err
    results = json.loads(out)
    assert sorted(r["attendee"]["last_name"] for r in results) == ["Lefèvre-Dupré", "Ødegård"]
    assert {r.method for r in the_log(path)} == {"image"}


def test_an_unreadable_picture_stops_the_run_before_any_scan(event, capsys, tmp_path):
    path, ev = event
    good = qr_picture(tmp_path / "badge.png", ev.codes["agnes"])
    blank = tmp_path / "blank.png"
    Image.new("L", (200, 200), 255).save(blank)
    code, out, err = run(capsys, path, "scan", ev.codes["bjorn"], "--image", str(good), str(blank), "--json")
    assert (code, out) == (1, "")
    assert "No QR code was found in" in err and "blank.png" in err
    assert the_log(path) == []


def test_presence_lists_who_is_inside_who_left_and_who_is_missing(event, capsys):
    path, ev = event
    run(capsys, path, "scan", ev.codes["agnes"], ev.codes["lukasz"], "--session", WORKSHOP, "--station", "Room 2")
    run(capsys, path, "scan", ev.codes["lukasz"], "--session", WORKSHOP, "--exit")
    code, out, err = run(capsys, path, "presence", "--session", WORKSHOP, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert (report["checkpoint"], report["capacity"]) == (WORKSHOP, 3)
    assert report["counts"] == {"expected": 5, "arrived": 2, "inside": 1, "left": 1, "missing": 3}
    [inside] = report["inside"]
    assert inside["attendee"]["last_name"] == "Lefèvre-Dupré" and inside["first_in_station"] == "Room 2" and inside["entries"] == 1
    assert [p["attendee"]["last_name"] for p in report["left"]] == ["Żółkiewski"]
    assert [a["last_name"] for a in report["missing"]] == ["Çağlayan", "Dvořák", "Ní Mhaoldhomhnaigh"]

    code, out, err = run(capsys, path, "presence", "--session", WORKSHOP)
    assert code == 0
    assert err.strip() == f"{WORKSHOP}: 1/3 inside, 2 of 5 expected came at least once."
    lines = out.splitlines()
    assert lines[0] == "# Inside (1)" and lines[1].startswith("Lefèvre-Dupré\tAgnès\t")
    assert lines[2] == "# Left (1)" and lines[4] == "# Missing (3)"


def test_presence_at_the_entrance_by_default(event, capsys):
    path, ev = event
    run(capsys, path, "scan", ev.codes["agnes"])
    code, out, _ = run(capsys, path, "presence", "--json")
    report = json.loads(out)
    assert (code, report["checkpoint"], report["capacity"]) == (0, "entrance", None)
    # Everyone active is expected at the entrance: nine people, two of them cancelled or withdrawn.
    assert report["counts"] == {"expected": 7, "arrived": 1, "inside": 1, "left": 0, "missing": 6}


def test_the_real_command_exits_with_status_3_when_a_scan_is_refused(event):
    path, ev = event
    env = {**os.environ, "CHECKIN_DB": str(path)}
    done = subprocess.run([sys.executable, "-m", "checkin", "scan", ev.codes["agnes"], "forged?", "--json"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 3, done.stderr
    assert [r["verdict"] for r in json.loads(done.stdout)] == ["accepted", "rejected"]
    assert len(the_log(path)) == 2


@pytest.mark.parametrize("layout_name", ["fr", "be", "de", "ch_fr"])
def test_a_code_typed_by_a_us_scanner_into_a_foreign_layout_terminal_is_found(event, capsys, layout_name):
    """A scanner set to US, typing into a terminal on an AZERTY or QWERTZ desk: `checkin scan`
    reads the scrambled text through the desk layouts, as the station window does."""
    from checkin.scanning.layouts import LAYOUTS
    from tests.scanning.scanner_typing import type_on

    path, ev = event
    secret_typed = type_on(LAYOUTS[layout_name], PRETIX_SECRET)
    badge_typed = type_on(LAYOUTS[layout_name], ev.codes["agnes"].lower())  # our letters survive every layout
    assert secret_typed != PRETIX_SECRET  # digits and a/q, z/w or y/z scrambled
    code, out, err = run(capsys, path, "scan", secret_typed, badge_typed, "--json")
    assert code == 0, err
    results = json.loads(out)
    assert [(r["verdict"], r["attendee"]["last_name"]) for r in results] == [("accepted", "Dvořák"), ("accepted", "Lefèvre-Dupré")]
    assert [r.code for r in the_log(path)] == [secret_typed, badge_typed]  # the log keeps what was typed
