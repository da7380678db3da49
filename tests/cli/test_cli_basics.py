"""The command line: creating an event, listing attendees and sessions, errors on stderr only."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from checkin.cli import main
from checkin.services import attendees as attendee_service
from checkin.services.event import open_event


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_creates_an_event_file_with_its_details(tmp_path, capsys):
    path = tmp_path / "sdc.checkin"
    code, out, err = run(capsys, "--db", str(path), "new", "--name", "Security, Democracy & Cities",
                         "--start", "2026-03-20", "--end", "2026-03-22", "--venue", "Brussels", "--json")
    assert code == 0, err
    assert json.loads(out)["name"] == "Security, Democracy & Cities"
    db, event = open_event(path)
    assert (event.venue, str(event.starts_on), str(event.ends_on)) == ("Brussels", "2026-03-20", "2026-03-22")
    db.dispose()


def test_new_refuses_a_bad_date_and_writes_no_file(tmp_path, capsys):
    path = tmp_path / "bad.checkin"
    code, out, err = run(capsys, "--db", str(path), "new", "--name", "X", "--start", "20/03/2026")
    assert code == 1 and out == ""
    assert "YYYY-MM-DD" in err
    assert not path.exists()


def test_new_refuses_an_end_before_the_start(tmp_path, capsys):
    code, _out, err = run(capsys, "--db", str(tmp_path / "e.checkin"), "new", "--name", "X",
                          "--start", "2026-03-22", "--end", "2026-03-20")
    assert code == 1 and "ends before it starts" in err


def test_attendees_json_and_search(tmp_path, capsys):
    path = tmp_path / "e.checkin"
    run(capsys, "--db", str(path), "new", "--name", "E")
    db, _ = open_event(path)
    attendee_service.add_walk_in(db, {"first_name": "Jan", "last_name": "Żółkiewski", "organisation": "Urząd Miasta Łodzi", "country": "Poland"})
    attendee_service.add_walk_in(db, {"first_name": "Anne", "last_name": "Lefèvre-Dupré", "organisation": "Ville de Lille", "country": "FR"})
    db.dispose()

    code, out, err = run(capsys, "--db", str(path), "attendees", "--json")
    assert code == 0, err
    people = json.loads(out)
    assert [p["last_name"] for p in people] == ["Lefèvre-Dupré", "Żółkiewski"]
    assert {"id", "first_name", "last_name", "organisation", "city", "country", "category", "email",
            "status", "sessions"} <= set(people[0])
    assert people[1]["country"] == "PL" and people[1]["status"] == "registered"

    code, out, _ = run(capsys, "--db", str(path), "attendees", "--search", "zolkiewski", "--json")
    assert [p["last_name"] for p in json.loads(out)] == ["Żółkiewski"]
    code, out, _ = run(capsys, "--db", str(path), "attendees", "--search", "lefevre lille", "--json")
    assert [p["last_name"] for p in json.loads(out)] == ["Lefèvre-Dupré"]


def test_sessions_json_counts_registrations(tmp_path, capsys):
    path = tmp_path / "e.checkin"
    run(capsys, "--db", str(path), "new", "--name", "E")
    db, _ = open_event(path)
    session = attendee_service.add_session(db, "Reducing polarisation", capacity=30)
    person = attendee_service.add_walk_in(db, {"first_name": "Ana", "last_name": "Silva"})
    attendee_service.update_attendee(db, person.id, {"session_ids": [session.id]})
    db.dispose()
    code, out, _ = run(capsys, "--db", str(path), "sessions", "--json")
    [only] = json.loads(out)
    assert (only["title"], only["capacity"], only["registered"]) == ("Reducing polarisation", 30, 1)
    assert {"kind", "starts_at", "ends_at", "location"} <= set(only)


def test_no_event_given_says_how_to_give_one(capsys, monkeypatch):
    monkeypatch.delenv("CHECKIN_DB", raising=False)
    code, out, err = run(capsys, "attendees")
    assert code == 1 and out == ""
    assert "--db" in err and "CHECKIN_DB" in err


def test_checkin_db_environment_variable_is_used(tmp_path):
    path = tmp_path / "env.checkin"
    env = dict(os.environ, CHECKIN_DB=str(path))
    made = subprocess.run([sys.executable, "-m", "checkin", "new", "--name", "From env"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    listed = subprocess.run([sys.executable, "-m", "checkin", "sessions", "--json"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0 and json.loads(listed.stdout) == []


@pytest.mark.parametrize("content", [b"", b"\x89PNG\r\n\x1a\n" + bytes(200)])
def test_a_file_that_is_not_an_event_is_refused_cleanly(tmp_path, capsys, content):
    path = tmp_path / "wrong.checkin"
    path.write_bytes(content)
    code, out, err = run(capsys, "--db", str(path), "attendees", "--json")
    assert code == 1 and out == ""
    assert "not a Check-in Desk event" in err
    assert "Traceback" not in err


def test_db_may_follow_the_command(tmp_path, capsys):
    """`checkin demo --db F` (the form the quick start uses) works like `checkin --db F demo`."""
    path = tmp_path / "demo.checkin"
    code, _out, err = run(capsys, "demo", "--db", str(path), "--attendees", "40")
    assert code == 0, err
    code, out, err = run(capsys, "attendees", "--json", "--db", str(path))
    assert code == 0, err
    assert len(json.loads(out)) == 40
