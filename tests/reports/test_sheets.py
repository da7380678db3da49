"""Sign-in sheets: read back with pdftotext, rendered with pdftoppm, in an English and a French event."""
from __future__ import annotations

import subprocess

import pytest

from checkin.cli import main
from checkin.i18n import UserError
from checkin.services.documents import sign_in_sheets
from tests.reports.morning import PLENARY, VISIT, WORKSHOP, build_event


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def _page_texts(path) -> list[str]:
    return _text(path).split("\f")[:-1]


@pytest.fixture(scope="module")
def english(tmp_path_factory):
    m = build_event(tmp_path_factory.mktemp("en") / "event.checkin")
    yield m
    m.db.dispose()


def test_one_session_lists_its_registered_people_in_family_name_order(english, tmp_path):
    path = tmp_path / "workshop.pdf"
    assert sign_in_sheets(english.db, path, WORKSHOP) == 1
    pages = _page_texts(path)
    text = "\n".join(pages)
    assert "Sign-in sheet" in text and WORKSHOP in text and "Signature" in text
    assert "Friday, March 20, 2026, 11:30–13:00 · Room 2.14" in text
    assert "12 registered" in text
    names = ["Dubois", "Dupont", "García López", "Lefèvre", "Müller", "Novák", "Rossi", "Şahin", "Żółkiewski"]
    order = [text.index(name) for name in names]
    assert order == sorted(order)
    # People 0–11 registered; the twelve, then eight numbered blank rows for people not on the list.
    assert "Rossi" in text and "Martin" not in text
    lines = [line.split()[0] for line in text.splitlines() if line.strip() and line.split()[0].isdigit()]
    assert lines[-1] == "20" and "13" in lines
    assert f"Page 1 of {len(pages)}" in pages[0]


def test_every_session_starts_on_its_own_page_and_names_it_on_each_page(english, tmp_path):
    path = tmp_path / "all.pdf"
    assert sign_in_sheets(english.db, path) == 3
    pages = _page_texts(path)
    assert len(pages) == 4  # the plenary's 29 people and 8 blank rows take two pages
    assert PLENARY in pages[1]  # the continuation page still says which session it is
    assert WORKSHOP in pages[2] and VISIT in pages[3]
    assert "Camille" not in "".join(pages)  # cancelled
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of 4" in page
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(tmp_path / "sheet")], check=True)
    assert len(list(tmp_path.glob("sheet-*.png"))) == 4


def test_names_in_every_script_are_text_not_boxes(english, tmp_path):
    path = tmp_path / "visit.pdf"
    sign_in_sheets(english.db, path, VISIT)
    text = _text(path)
    for name in ("Παπαδόπουλος", "Петренко", "Żółkiewski", "Şahin", "Ødegaard"):
        assert name in text


def test_a_french_event_writes_dates_and_countries_in_french(tmp_path):
    m = build_event(tmp_path / "event.checkin", languages=("fr", "en"))
    path = tmp_path / "feuille.pdf"
    sign_in_sheets(m.db, path, WORKSHOP)
    text = _text(path)
    assert "vendredi 20 mars 2026, 11:30–13:00" in text
    assert "Pologne" in text and "Suisse" in text
    m.db.dispose()


def test_sheets_refuse_a_wrong_file_or_session(english, tmp_path):
    with pytest.raises(UserError, match="ending in .pdf"):
        sign_in_sheets(english.db, tmp_path / "sheet.xlsx", WORKSHOP)
    with pytest.raises(UserError, match="no session called “Lunch”"):
        sign_in_sheets(english.db, tmp_path / "sheet.pdf", "Lunch")
    assert list(tmp_path.iterdir()) == []


def test_cli_export_sheets(english, tmp_path, capsys):
    out = tmp_path / "sheets.pdf"
    db_path = english.db.engine.url.database
    assert main(["--db", db_path, "export", "sheets", "--session", WORKSHOP, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["--db", db_path, "export", "sheets", "--format", "xlsx", "--out", str(tmp_path / "s.xlsx")]) == 1
    assert "sheets can only be written as PDF, not XLSX" in capsys.readouterr().err
