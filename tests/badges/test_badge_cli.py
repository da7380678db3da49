"""`checkin badges`, `checkin layouts` and the badge code in `checkin attendees --json`."""
from __future__ import annotations

import json

from checkin.cli import main
from checkin.services import badges
from checkin.storage import repositories as repo
from tests.badges.conftest import decoded_codes, pdf_pages


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_badges_renders_the_selection_and_reports_json(event, tmp_path, capsys):
    db, people = event
    path = str(db.engine.url.database)
    out = tmp_path / "speakers.pdf"
    code, stdout, err = run(capsys, "--db", path, "badges", "--out", str(out), "--layout", "classic-a6",
                            "--category", "Speaker", "--sort", "country", "--json")
    assert code == 0, err
    assert json.loads(stdout) == {"pages": 3, "badges": 3, "out": str(out)}
    assert pdf_pages(out) == 3


def test_badges_without_layout_uses_the_events_default_and_skips_printed_people(event, tmp_path, capsys):
    db, people = event
    with db.unit() as s:
        repo.append_journal(s, repo.journal_entry("print", people[0].id, "Desk 1", layout="classic-a6-4up"))
    path = str(db.engine.url.database)
    out = tmp_path / "rest.pdf"
    code, stdout, err = run(capsys, "--db", path, "badges", "--out", str(out), "--only-unprinted", "--json")
    assert code == 0, err
    assert json.loads(stdout)["badges"] == len(people) - 1
    assert json.loads(stdout)["pages"] == 4  # 15 badges, 4 per sheet on the fallback layout


def test_badges_for_chosen_ids_and_a_session(event, tmp_path, capsys):
    db, people = event
    path = str(db.engine.url.database)
    out = tmp_path / "two.pdf"
    code, stdout, err = run(capsys, "--db", path, "badges", "--out", str(out), "--layout", "label-62-brother-ql",
                            "--ids", people[1].id, people[4].id, "--json")
    assert code == 0, err
    codes = badges.ensure_codes(db, [people[1].id, people[4].id])
    assert sorted(c for page in decoded_codes(out, tmp_path) for c in page) == sorted(codes.values())
    code, stdout, err = run(capsys, "--db", path, "badges", "--out", str(tmp_path / "v.pdf"), "--session", "Site visit: Molenbeek prevention services", "--json")
    assert code == 0 and json.loads(stdout)["badges"] == len([p for i, p in enumerate(people) if i % 3 == 0])


def test_badges_errors_go_to_stderr_and_write_nothing(event, tmp_path, capsys):
    db, _ = event
    path = str(db.engine.url.database)
    out = tmp_path / "none.pdf"
    code, stdout, err = run(capsys, "--db", path, "badges", "--out", str(out), "--layout", "no-such-layout")
    assert code == 1 and stdout == "" and "no badge layout called “no-such-layout”" in err
    code, stdout, err = run(capsys, "--db", path, "badges", "--out", str(out), "--session", "Karaoke")
    assert code == 1 and "no session called “Karaoke”" in err
    assert not out.exists()


def test_layouts_lists_layouts_with_their_stock_and_the_stock_table(event, capsys):
    db, _ = event
    code, stdout, err = run(capsys, "--db", str(db.engine.url.database), "layouts", "--json")
    assert code == 0, err
    data = json.loads(stdout)
    assert data["default"] == "classic-a6-4up"
    layouts = {item["name"]: item for item in data["layouts"]}
    assert layouts["label-62-brother-ql"]["stock"] == "ql-62x100" and layouts["foldover-a6"]["builtin"]
    stocks = {item["id"]: item for item in data["stocks"]}
    assert stocks["card-86x55-8up-a4"]["per_sheet"] == 8 and stocks["cr80"]["badge_width"] == 85.6
    code, stdout, err = run(capsys, "layouts")
    assert code == 0 and "compact-card-86x55" in stdout and "letter-4x3-6up" in stdout


def test_attendees_json_carries_the_current_badge_code(event, capsys):
    db, people = event
    code, stdout, err = run(capsys, "--db", str(db.engine.url.database), "attendees", "--json")
    assert code == 0, err
    rows = {row["id"]: row for row in json.loads(stdout)}
    for person in people:
        resolved = badges.resolve_code(db, rows[person.id]["badge_code"])
        assert resolved.attendee.id == person.id
