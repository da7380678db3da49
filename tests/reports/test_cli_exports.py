"""`checkin export …` and `checkin stats` on a scripted morning: files written, numbers printed, clear refusals."""
from __future__ import annotations

import csv
import json

import openpyxl
import pytest

from checkin.cli import main
from tests.reports.morning import WORKSHOP, scripted_morning


@pytest.fixture(scope="module")
def event_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "event.checkin"
    scripted_morning(path).db.dispose()
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_attendance_xlsx_by_file_name(event_path, tmp_path, capsys):
    out_file = tmp_path / "attendance.xlsx"
    code, out, err = run(capsys, "--db", event_path, "export", "attendance", "--out", out_file)
    assert code == 0, err
    assert out == "" and "30 rows" in err
    sheet = openpyxl.load_workbook(out_file).worksheets[0]
    assert sheet.max_row == 31 and sheet.freeze_panes == "A2"


def test_export_csv_with_semicolons_and_chosen_columns(event_path, tmp_path, capsys):
    out_file = tmp_path / "no-shows.csv"
    code, _out, err = run(capsys, "--db", event_path, "export", "no-shows", "--format", "csv", "--out", out_file,
                          "--delimiter", ";", "--columns", "last_name,first_name,email", "--session", WORKSHOP)
    assert code == 0, err
    with open(out_file, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows == [["Family name", "Given name", "Email", "Entrance"], ["Rossi", "Luca", "person11@example.org", "2026-03-20 08:33"]]


def test_export_scans_as_pdf(event_path, tmp_path, capsys):
    out_file = tmp_path / "log.pdf"
    code, _out, err = run(capsys, "--db", event_path, "export", "scans", "--format", "pdf", "--out", out_file)
    assert code == 0, err
    assert out_file.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "args, message",
    [
        (["attendance", "--out", "{tmp}/a.csv", "--session", "Gala dinner"], "no session called “Gala dinner”"),
        (["attendance", "--out", "{tmp}/missing/a.csv"], "folder does not exist"),
        (["attendance", "--out", "{tmp}/a.csv", "--delimiter", "tab"], "must be “,” or “;”"),
        (["attendance", "--out", "{tmp}/a.txt"], "Which format?"),
        (["attendance", "--out", "{tmp}/a.csv", "--columns", "name"], "no column called “name”"),
    ],
)
def test_export_refusals_are_clear(event_path, tmp_path, capsys, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, out, err = run(capsys, "--db", event_path, "export", *args)
    assert code == 1 and out == ""
    assert message in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_stats_json(event_path, capsys):
    code, out, err = run(capsys, "--db", event_path, "stats", "--json", "--day", "2026-03-20")
    assert code == 0, err
    data = json.loads(out)
    assert (data["registered"], data["arrived"], data["walk_ins"], data["no_shows"]) == (30, 22, 1, 8)
    workshop = next(s for s in data["sessions"] if s["title"] == WORKSHOP)
    assert (workshop["present"], workshop["peak"], workshop["capacity"], workshop["came"]) == (10, 10, 10, 11)
    assert data["site_visits"][0]["out"] == 2 and data["site_visits"][0]["back"] == 4
    assert sum(slot["arrivals"] for slot in data["arrivals"]) == 22
    assert data["arrivals"][32] == {"from": "2026-03-20T08:00:00+01:00", "arrivals": 5}


def test_stats_text(event_path, capsys):
    code, out, err = run(capsys, "--db", event_path, "stats", "--day", "2026-03-20")
    assert code == 0, err
    assert "Arrived: 22 of 30 (73 %)" in out
    assert "  08:00\t5" in out
    assert f"  {WORKSHOP}\t12\t10\t10/10\t11" in out
