"""The summary report: totals, the arrivals curve, session fill rates, places, in the event's language."""
from __future__ import annotations

import subprocess

import pytest

from checkin.cli import main
from checkin.i18n import UserError
from checkin.services.documents import summary_report
from tests.reports.morning import PLENARY, VISIT, WORKSHOP, build_event, scripted_morning


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def morning(tmp_path_factory):
    m = scripted_morning(tmp_path_factory.mktemp("summary") / "event.checkin")
    yield m
    m.db.dispose()


def _line(text: str, start: str) -> list[str]:
    """The figures in the row that starts with ``start`` (a two-line title has them on either of its lines)."""
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if line.strip().startswith(start))
    for line in lines[index - 1:index + 2]:
        cells = [cell.strip() for cell in line.split("  ") if cell.strip()]
        if cells and any(c[0].isdigit() for c in cells):
            return [c for c in cells if c[0].isdigit() or c in ("–",)]
    raise AssertionError(f"no figures near {start!r}")


def test_the_report_gives_totals_curve_sessions_and_places(morning, tmp_path):
    path = tmp_path / "report.pdf"
    summary_report(morning.db, path)
    text = _text(path)
    assert "Summary report" in text and "Urban Safety Forum" in text
    assert "came (73% of those" in text
    assert "Friday, March 20, 2026: 22 people, busiest quarter hour 08:00 (5)" in text
    assert "08:00" in text and "09:00" in text  # hours under the curve
    assert _line(text, WORKSHOP)[-5:] == ["12", "11", "10", "10", "100%"]
    assert _line(text, PLENARY)[-4:] == ["29", "15", "15", "–"]
    assert _line(text, VISIT)[-5:] == ["8", "6", "6", "8", "75%"]
    assert "Site visits" in text and "Not back" in text
    assert _line(text, "City staff")[-3:] == ["17", "11", "65%"]
    assert _line(text, "Belgium")[-3:] == ["5", "4", "80%"]
    assert _line(text, "Bruxelles")[-3:] == ["4", "4", "100%"]
    pages = text.count("\f")
    assert f"Page 1 of {pages}" in text
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "report")], check=True)
    assert (tmp_path / "report-1.png").stat().st_size > 5_000


def test_a_french_event_gets_a_french_report(tmp_path):
    m = scripted_morning(tmp_path / "event.checkin", languages=("fr", "en"))
    path = tmp_path / "rapport.pdf"
    summary_report(m.db, path)
    text = _text(path)
    assert "vendredi 20 mars 2026" in text
    assert _line(text, "Belgique")[-3:] == ["5", "4", "80 %"]  # French puts a space before %
    assert "Pays-Bas" in text
    m.db.dispose()


def test_before_anyone_arrives(tmp_path):
    m = build_event(tmp_path / "event.checkin")
    path = tmp_path / "report.pdf"
    summary_report(m.db, path)
    text = _text(path)
    assert "Nobody has checked in yet." in text and "0%" in text
    with pytest.raises(UserError, match="ending in .pdf"):
        summary_report(m.db, tmp_path / "report.docx")
    m.db.dispose()


def test_cli_export_report(morning, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    assert main(["--db", morning.db.engine.url.database, "export", "report", "--out", str(out)]) == 0
    assert "Wrote the summary report" in capsys.readouterr().err
    assert "Summary report" in _text(out)
