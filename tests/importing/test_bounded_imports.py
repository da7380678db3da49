"""Imports under abuse: pipes, devices, huge files, zip bombs, XML entities, stale sheet sizes and damaged
workbooks each give one plain sentence (or a correct import), quickly, and write nothing."""
from __future__ import annotations

import io
import os
import re
import threading
import time
import zipfile

import openpyxl
import openpyxl.xml
import pytest

from checkin.cli import main
from checkin.i18n import UserError
from checkin.importing import read_table
from checkin.services import attendees as attendee_service
from checkin.services.importing import import_file
from tests.importing.fuzz import _patch_headers


def _refused(path, **options) -> str:
    with pytest.raises(UserError) as caught:
        read_table(path, **options)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def _people_list(rows: int = 10) -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["First name", "Last name", "Organisation"])
    for number in range(rows):
        sheet.append([f"Given{number}", f"Family{number}", "City of Ghent"])
    return book


def _rewritten(source, target, change) -> None:
    """``source`` with every member passed through ``change(name, data)`` (None drops it)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info))
            if data is not None:
                new.writestr(info.filename, data)


@pytest.fixture
def workbook(tmp_path):
    path = tmp_path / "people.xlsx"
    _people_list().save(path)
    return path


# ---- what is not a file, and what is too big ------------------------------------------------------


def test_a_pipe_is_refused_at_once_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "list.csv"
    os.mkfifo(fifo)
    outcome: list[str] = []
    reader = threading.Thread(target=lambda: outcome.append(_refused(fifo)), daemon=True)
    reader.start()
    reader.join(5)
    assert not reader.is_alive(), "reading a pipe with no writer blocked"
    assert "not a file but a device or a pipe" in outcome[0]


def test_dev_zero_is_refused_without_reading_it():
    started = time.monotonic()
    assert "not a file but a device or a pipe" in _refused("/dev/zero")
    assert time.monotonic() - started < 2


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "export.csv"
    with open(path, "wb") as file:
        file.write(b"Name;Organisation\n")
        file.truncate(3 * 1024 * 1024)  # sparse: three megabytes that take no disk
    assert "larger than 2 MB" in _refused(path, max_mb=2)
    monkeypatch.setenv("CHECKIN_IMPORT_MAX_MB", "1.5")
    message = _refused(path)
    assert "larger than 1.5 MB" in message and "CHECKIN_IMPORT_MAX_MB" in message
    monkeypatch.setenv("CHECKIN_IMPORT_MAX_MB", "lots")
    assert "must be a number of megabytes" in _refused(path)


def test_the_cli_takes_a_size_limit_and_says_what_is_wrong_in_one_line(tmp_path, capsys):
    db = str(tmp_path / "event.checkin")
    assert main(["--db", db, "new", "--name", "Limits"]) == 0
    path = tmp_path / "big.csv"
    path.write_text("First name;Last name\n" + "".join(f"Ann{number};Lee\n" for number in range(5000)))
    assert 52_000 < path.stat().st_size < 100_000
    capsys.readouterr()
    assert main(["--db", db, "import", str(path), "--max-size", "0.05"]) != 0
    err = capsys.readouterr().err.strip()
    assert "larger than 0.05 MB" in err and "Traceback" not in err and len(err.splitlines()) == 1
    assert main(["--db", db, "import", "/dev/zero"]) != 0
    assert "device or a pipe" in capsys.readouterr().err
    assert main(["--db", db, "import", str(path), "--max-size", "0.1", "--json"]) == 0
    assert '"added": 5000' in capsys.readouterr().out


def test_a_huge_csv_line_without_line_ends_is_refused_not_held(tmp_path):
    path = tmp_path / "one_line.csv"
    path.write_bytes(b"Name;" * 20_000)  # 20,000 cells on a line: more columns than any sheet
    assert "more than 16384 cells" in _refused(path)


# ---- XLSX: the declared size, zip bombs, entities, damage ----------------------------------------


def test_a_stale_dimension_loses_no_rows(tmp_path, workbook):
    stale = tmp_path / "stale.xlsx"
    _rewritten(workbook, stale, lambda name, data: re.sub(rb'<dimension ref="[^"]*" ?/>', b'<dimension ref="A1:B3"/>', data))
    with zipfile.ZipFile(stale) as archive:
        assert b'<dimension ref="A1:B3"/>' in archive.read("xl/worksheets/sheet1.xml")
    table = read_table(stale)
    assert len(table.rows) == 10
    assert table.rows[-1] == ["Given9", "Family9", "City of Ghent"]  # the third column too


def test_a_zip_bomb_is_refused_from_its_directory_in_an_instant(tmp_path, workbook):
    bomb = tmp_path / "bomb.xlsx"
    padding = b" " * (1100 * 1024 * 1024)
    _rewritten(workbook, bomb, lambda name, data: data.replace(b"<sheetData>", b"<sheetData>" + padding) if "worksheets" in name else data)
    del padding
    assert bomb.stat().st_size < 2 * 1024 * 1024
    started = time.monotonic()
    assert "would unpack to more than" in _refused(bomb)
    assert time.monotonic() - started < 2


def test_a_member_compressed_a_thousandfold_is_refused(tmp_path, workbook):
    bomb = tmp_path / "ratio.xlsx"
    _rewritten(workbook, bomb, lambda name, data: data + b" " * 50_000_000 if name == "docProps/app.xml" else data)
    assert "would unpack to more than" in _refused(bomb)


def test_openpyxl_parses_through_defusedxml():
    assert openpyxl.xml.DEFUSEDXML  # installed with the app: pyproject lists it


def test_xml_entities_are_refused_not_expanded(tmp_path, workbook):
    laughs = b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    hostile = tmp_path / "entities.xlsx"
    _rewritten(workbook, hostile, lambda name, data: laughs + data.replace(b"Given0", b"&b;") if "worksheets" in name else data)
    assert "is damaged" in _refused(hostile)


def _damaged_variants(source: bytes):
    """A mutation corpus of damaged workbooks: cut, bit-flipped, parts missing or broken, zip
    headers altered (method, version, flags, sizes, checksums)."""
    import random

    rng = random.Random(11)
    with zipfile.ZipFile(io.BytesIO(source)) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    for cut in range(200, len(source), max(1, len(source) // 20)):
        yield f"cut at {cut}", source[:cut]
    for number in range(40):
        data = bytearray(source)
        for _ in range(3):
            data[rng.randrange(30, len(data))] ^= 1 << rng.randrange(8)
        yield f"flipped {number}", bytes(data)
    for number in range(40):
        yield f"headers {number}", _patch_headers(rng, source)
    for name in members:
        for variant, change in (("missing", None), ("half", lambda d: d[: len(d) // 2]), ("garbage", lambda d: d[::-1])):
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
                for other, data in members.items():
                    if other != name:
                        archive.writestr(other, data)
                    elif change is not None:
                        archive.writestr(other, change(data))
            yield f"{name} {variant}", out.getvalue()


def test_every_damaged_workbook_is_one_sentence_or_a_correct_read(tmp_path, workbook):
    outcomes = {"refused": 0, "read": 0}
    for label, data in _damaged_variants(workbook.read_bytes()):
        path = tmp_path / "damaged.xlsx"
        path.write_bytes(data)
        try:
            table = read_table(path)
        except UserError as error:
            assert "\n" not in str(error), label
            outcomes["refused"] += 1
        else:
            assert table.rows[0][0] == "Given0", label  # read right, or refused: never half read
            outcomes["read"] += 1
    assert outcomes["refused"] + outcomes["read"] > 120 and outcomes["refused"] > 80, outcomes


# ---- a failed import writes nothing ---------------------------------------------------------------


def test_a_refused_file_leaves_the_event_as_it_was(event_db, data, tmp_path):
    import_file(event_db, data / "liste_manuelle_fr.csv")
    before = [(a.id, a.full_name, a.organisation) for a in attendee_service.list_attendees(event_db)]
    bomb = tmp_path / "cut.xlsx"
    _people_list().save(bomb)
    bomb.write_bytes(bomb.read_bytes()[:-200])
    for path in (bomb, "/dev/zero", tmp_path):
        with pytest.raises(UserError):
            import_file(event_db, path)
    assert [(a.id, a.full_name, a.organisation) for a in attendee_service.list_attendees(event_db)] == before
