"""Escape codes in names reach the terminal as visible escapes, never as commands; --json stays exact JSON."""
from __future__ import annotations

import json

import pytest

from checkin.cli import main
from checkin.domain.model import Attendee, Session, SessionKind, new_id
from checkin.services import badges
from checkin.services.event import new_event
from checkin.storage import repositories as repo

CLEAR_SCREEN = "\x1b[2J\x1b[H"
TITLE = "\x1b]0;pwned\x07"
FIRST = f"Ana{CLEAR_SCREEN}"
LAST = f"\u202eevil{TITLE}"
ORGANISATION = "Org\x9b31m\tTabbed\nNew line"
SESSION = "Workshop\x1b[5m"
# What may never reach a terminal raw: ESC, BEL, the one-byte CSI, the override.
RAW = ("\x1b", "\x07", "\x9b", "\u202e")


@pytest.fixture
def event(tmp_path):
    path = tmp_path / "e.checkin"
    db, _event = new_event(path, "Summit")
    session = Session(new_id(), SESSION, SessionKind.WORKSHOP)
    person = Attendee(new_id(), FIRST, LAST, organisation=ORGANISATION, category="VIP\x1b[0m", session_ids=(session.id,))
    with db.unit() as s:
        repo.add_session(s, session)
        repo.insert_attendees(s, [person])
    code = badges.ensure_codes(db)[person.id]
    db.dispose()
    return path, code


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_safe(text: str) -> None:
    assert text, "the command said something"
    for raw in RAW:
        assert raw not in text, f"{raw!r} reached the terminal: {text!r}"


def test_listings_show_escape_codes_as_text_and_keep_their_columns(event, capsys):
    path, _code = event
    code, out, err = run(capsys, "--db", str(path), "attendees")
    assert code == 0, err
    assert_safe(out)
    [line] = out.splitlines()  # the line break inside the organisation did not make a second row
    cells = line.split("\t")
    assert cells[:3] == ["\\u202eevil\\x1b]0;pwned\\x07", "Ana\\x1b[2J\\x1b[H", "Org\\x9b31m\\x09Tabbed\\x0aNew line"]

    code, out, err = run(capsys, "--db", str(path), "sessions")
    assert code == 0, err
    assert_safe(out)
    assert out.startswith("Workshop\\x1b[5m\t")


def test_scans_presence_and_stats_are_safe_to_read(event, capsys):
    path, badge = event
    code, out, err = run(capsys, "--db", str(path), "scan", badge, "not\x1b[2Ja-code")
    assert code == 3, err  # one refused
    assert_safe(err)
    assert "Ana\\x1b[2J" in err
    for command in (("presence",), ("stats",)):
        code, out, err = run(capsys, "--db", str(path), *command)
        assert code == 0, err
        assert_safe(out + err)


def test_an_error_naming_a_hostile_file_is_escaped(tmp_path, capsys):
    code, out, err = run(capsys, "--db", str(tmp_path / f"x{CLEAR_SCREEN}.checkin"), "attendees")
    assert code == 1 and out == ""
    assert_safe(err)
    assert "\\x1b[2J" in err


def test_json_keeps_the_exact_text_and_escapes_every_control(event, capsys):
    path, _code = event
    code, out, err = run(capsys, "--db", str(path), "attendees", "--json")
    assert code == 0, err
    assert_safe(out)
    [person] = json.loads(out)
    assert (person["first_name"], person["last_name"], person["organisation"]) == (FIRST, LAST, ORGANISATION)
    assert person["sessions"] == [SESSION]
