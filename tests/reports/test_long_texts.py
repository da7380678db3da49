"""Over-long texts already in an event (a 2,000-character name, a huge organisation and session title)
never stop an export: every PDF is written, opens, and shows the text cut with an ellipsis; the
spreadsheet exports keep it whole."""
from __future__ import annotations

import csv
import subprocess

import pytest

from checkin.cli import main
from checkin.domain.model import Attendee, Session, SessionKind, new_id
from checkin.domain.verdicts import ENTRANCE, DirectionMode
from checkin.services import badges
from checkin.services.event import new_event
from checkin.services.scanning import Station
from checkin.storage import repositories as repo

LONG_FIRST = "Hubert" + "blaine" * 330  # 1,986 letters, no space to wrap at
LONG_LAST = " ".join(["Wolfeschlegelsteinhausenbergerdorff"] * 60)  # 2,000+ characters with spaces
LONG_ORGANISATION = "Direction générale " * 120
LONG_TITLE = "Workshop on very long titles " * 70


@pytest.fixture(scope="module")
def long_event(tmp_path_factory):
    return make_long_event(tmp_path_factory.mktemp("long") / "long.checkin")


def make_long_event(path):
    """Two people, one with every text far too long, both checked in at the entrance and a workshop."""
    db, _event = new_event(path, "Long names forum")
    session = Session(new_id(), LONG_TITLE, SessionKind.WORKSHOP)
    people = [
        Attendee(new_id(), LONG_FIRST, LONG_LAST, organisation=LONG_ORGANISATION, category="Speaker",
                 session_ids=(session.id,)),
        Attendee(new_id(), "Ana", "Ferreira", organisation="Câmara Municipal de Lisboa", category="Speaker",
                 session_ids=(session.id,)),
    ]
    with db.unit() as s:
        repo.add_session(s, session)
        repo.insert_attendees(s, people)
    codes = badges.ensure_codes(db)
    for person in people:
        Station(db, ENTRANCE, DirectionMode.IN, station="Door A").scan(codes[person.id])
        Station(db, session.id, DirectionMode.IN, station="Room").scan(codes[person.id])
    db.dispose()
    return path


def export(capsys, path, what, out, *extra):
    code = main(["--db", str(path), "export", what, "--out", str(out), *map(str, extra)])
    _out, err = capsys.readouterr()
    assert code == 0, err
    return out


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


@pytest.mark.parametrize("what", ["attendance", "scans", "walk-ins", "no-shows", "sheets", "certificates", "report"])
def test_every_pdf_export_is_written_with_the_long_texts_cut(long_event, tmp_path, capsys, what):
    written = export(capsys, long_event, what, tmp_path / f"{what}.pdf")
    text = pdf_text(written)
    squeezed = text.replace(" ", "")
    if what in ("walk-ins", "no-shows"):
        return  # nobody long in them: written at all is the point
    if what == "report":
        # The summary names sessions, not people: the title shows, cut.
        assert "Workshop on very long titles" in text and "…" in text
        assert LONG_TITLE.replace(" ", "") not in squeezed
        return
    assert "Ferreira" in text, "the ordinary people are listed"
    assert "Hubertblaine" in squeezed or "Wolfeschlegel" in text, "the long name shows, cut"
    assert "…" in text
    assert LONG_FIRST not in squeezed and LONG_LAST.replace(" ", "") not in squeezed


def test_certificates_one_file_per_person_with_a_long_name(long_event, tmp_path, capsys):
    folder = tmp_path / "certificates"
    folder.mkdir()
    export(capsys, long_event, "certificates", folder)
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 2
    assert all(len(f.name) < 200 for f in files), "file names are bounded too"
    assert any("Hubert" in pdf_text(f) for f in files)


def test_spreadsheet_exports_keep_the_whole_name(long_event, tmp_path, capsys):
    written = export(capsys, long_event, "attendance", tmp_path / "attendance.csv")
    with open(written, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert any(LONG_FIRST in row for row in rows)
