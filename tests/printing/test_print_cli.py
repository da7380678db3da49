"""`checkin print` and `checkin printers` against the real CUPS test queue."""
from __future__ import annotations

import json

import pytest

from checkin.cli import main
from checkin.printing import choices
from checkin.services.badges import printed_counts
from checkin.services.event import open_event
from tests.badges.people import seed_event
from tests.printing.helpers import attendees_on

pytestmark = pytest.mark.cups


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def event_file(tmp_path):
    path = tmp_path / "forum.checkin"
    db, people = seed_event(path)
    db.dispose()
    return path, people


def test_printers_lists_the_test_queue(badge_printer, capsys):
    code, out, err = run(capsys, "printers", "--json")
    assert code == 0, err
    listed = {p["name"]: p for p in json.loads(out)}
    assert listed[badge_printer.name]["enabled"] and listed[badge_printer.name]["accepting"]


def test_print_sends_the_filtered_badges_and_remembers_the_printer(event_file, badge_printer, capsys, tmp_path):
    path, people = event_file
    code, out, err = run(capsys, "--db", str(path), "print", "--printer", badge_printer.name, "--category", "Speaker",
                         "--layout", "classic-a6", "--station", "Desk 3", "--json")
    assert code == 0, err
    result = json.loads(out)
    speakers = sorted(a.id for a in people if a.category == "Speaker")
    assert sorted(result["attendee_ids"]) == speakers
    assert (result["badges"], result["pages"], result["media"], result["reprints"]) == (3, 3, "A6", 0)
    assert "Sent to" in err
    workdir = tmp_path / "raster"
    workdir.mkdir()
    db, _ = open_event(path)
    assert sorted(attendees_on(badge_printer.output_for(result["job_id"]), workdir, db)) == speakers
    assert choices.printer_for_stock("a6") == badge_printer.name

    # Without --printer: the printer remembered for the stock; only the unprinted ones this time.
    code, out, err = run(capsys, "--db", str(path), "print", "--layout", "classic-a6", "--only-unprinted", "--category", "Press", "--json")
    assert code == 0, err
    assert json.loads(out)["printer"] == badge_printer.name
    assert sum(printed_counts(db).values()) == 4
    db.dispose()


def test_print_to_a_paused_printer_fails_with_the_reason_and_nothing_on_stdout(event_file, badge_printer, capsys):
    path, _people = event_file
    badge_printer.pause("Ribbon empty")
    code, out, err = run(capsys, "--db", str(path), "print", "--printer", badge_printer.name, "--category", "VIP", "--json")
    assert (code, out) == (1, "")
    assert "is paused (Ribbon empty)" in err
    db, _ = open_event(path)
    assert printed_counts(db) == {}
    db.dispose()


def test_print_to_an_unknown_printer_names_the_known_ones(event_file, badge_printer, capsys):
    path, _people = event_file
    code, out, err = run(capsys, "--db", str(path), "print", "--printer", "Nope")
    assert (code, out) == (1, "")
    assert "There is no printer called “Nope”" in err and badge_printer.name in err
