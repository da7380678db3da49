"""Text encodings of CSV lists: Cyrillic and Greek single-byte files read right and say so, Western ones
still right, a doubt said out loud, and --encoding for the person who knows better."""
from __future__ import annotations

import json

import pytest

from checkin.cli import main
from checkin.i18n import UserError
from checkin.importing import read_table
from checkin.importing.text_encoding import canonical, guess_encoding
from checkin.services.importing import import_file
from tests.importing.conftest import by_name


@pytest.mark.parametrize(
    "file, encoding",
    [
        ("uchastniki_cp1251.csv", "cp1251"),
        ("uchastniki_koi8r.csv", "koi8_r"),
        ("uchastniki_iso8859_5.csv", "iso8859_5"),
    ],
)
def test_a_russian_participants_list_reads_in_its_encoding(data, file, encoding):
    table = read_table(data / file)
    assert (table.encoding, table.encoding_sure, table.delimiter) == (encoding, True, ";")
    assert table.header_row == 2  # under the title row "Список участников"
    assert table.headers[:3] == ["Фамилия", "Имя", "Отчество"]
    assert table.rows[0][:2] == ["Иванов", "Алексей"]
    assert table.rows[5][3] == 'Центр "Безопасный город"'
    assert table.rows[6][1] == "Фёдор"


@pytest.mark.parametrize("file, encoding", [("symmetechontes_cp1253.csv", "cp1253"), ("symmetechontes_iso8859_7.csv", "iso8859_7")])
def test_a_greek_participants_list_reads_in_its_encoding(data, file, encoding):
    table = read_table(data / file)
    assert (table.encoding, table.encoding_sure) == (encoding, True)
    assert table.headers[:2] == ["Επώνυμο", "Όνομα"]
    # "Ά" is where the two Greek encodings differ: each file's own reads it, the other gives a symbol.
    assert table.rows[5][:2] == ["Αθανασίου", "Άννα"]
    assert table.rows[5][3] == "Άγιος Νικόλαος"


@pytest.mark.parametrize(
    "file, encoding",
    [("liste_manuelle_fr.csv", "cp1252"), ("inscrits_excel_fr.csv", "cp1252"), ("export_excel_mac.csv", "mac_roman")],
)
def test_western_lists_keep_their_encoding(data, file, encoding):
    table = read_table(data / file)
    assert (table.encoding, table.encoding_sure) == (encoding, True)


def test_excel_for_mac_in_russian_writes_mac_cyrillic(tmp_path, data):
    text = (data / "uchastniki_cp1251.csv").read_bytes().decode("cp1251")
    path = tmp_path / "mac.csv"
    path.write_bytes(text.replace("\r\n", "\r").encode("mac_cyrillic"))
    table = read_table(path)
    assert table.encoding == "mac_cyrillic" and table.rows[0][:2] == ["Иванов", "Алексей"]


def test_one_cyrillic_name_in_a_latin_list_is_read_but_marked_as_a_guess(tmp_path):
    path = tmp_path / "speakers.csv"
    path.write_bytes("First name;Last name;Organisation\nJohn;Smith;City of Leeds\nИван;Петров;Moscow\n".encode("cp1251"))
    table = read_table(path)
    assert table.encoding == "cp1251" and not table.encoding_sure
    assert table.rows[1][:2] == ["Иван", "Петров"]
    # What the mapping step offers: each encoding's reading of the same words.
    assert table.encoding_previews["cp1251"] == "Иван, Петров"
    assert table.encoding_previews["cp1252"] == "Èâàí, Ïåòðîâ"
    assert read_table(path, encoding="koi8-r").rows[1][0] == "хБЮМ"


def test_utf8_and_byte_order_marks_come_first():
    assert guess_encoding("Имя;Фамилия\nИван;Петров\n".encode("utf-8")).encoding == "utf-8"
    assert guess_encoding(b"\xef\xbb\xbfName\n").encoding == "utf-8-sig"
    assert guess_encoding("Όνομα\n".encode("utf-16")).encoding == "utf-16"
    # A sample cut in the middle of a two-byte letter is still UTF-8.
    assert guess_encoding("Иван".encode("utf-8")[:-1]).encoding == "utf-8"


def test_a_utf8_file_with_a_windows_byte_further_down_is_still_read(tmp_path):
    path = tmp_path / "pasted.csv"
    path.write_bytes(b"Name;Org\n" + b"Ann Lee;Leeds\n" * 80_000 + "Hélène Durand;Lyon\n".encode("cp1252"))
    table = read_table(path)
    assert table.rows[-1] == ["Hélène Durand", "Lyon"] and not table.encoding_sure


def test_encoding_names_people_type_are_understood_or_refused_plainly():
    assert canonical("KOI8-R") == "koi8_r" and canonical("windows-1251") == "cp1251" and canonical("latin1") == "latin-1"
    for wrong in ("klingon", "base64"):
        with pytest.raises(UserError) as caught:
            canonical(wrong)
        assert "is not a text encoding" in str(caught.value)


def test_a_forced_encoding_that_does_not_fit_says_so(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("Name;Org\nHélène;Lyon\n".encode("cp1252"))
    with pytest.raises(UserError) as caught:
        read_table(path, encoding="utf-8")
    assert "cannot be read as UTF-8" in str(caught.value)


def test_import_reports_the_encoding_used(event_db, data):
    summary = import_file(event_db, data / "uchastniki_koi8r.csv")
    assert (summary.encoding, summary.encoding_sure, summary.added) == ("koi8_r", True, 8)
    assert "Смирнова" in {a.last_name for a in by_name(event_db).values()}


def test_cli_says_the_encoding_and_takes_another(tmp_path, capsys, data):
    db = str(tmp_path / "event.checkin")
    assert main(["--db", db, "new", "--name", "Encodings"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "import", str(data / "symmetechontes_cp1253.csv")]) == 0
    assert "symmetechontes_cp1253.csv (spreadsheet, cp1253, “;”): 6 rows." in capsys.readouterr().err

    path = tmp_path / "speakers.csv"
    path.write_bytes("First name;Last name\nJohn;Smith\nИван;Петров\n".encode("cp1251"))
    assert main(["--db", db, "import", str(path), "--dry-run"]) == 0
    err = capsys.readouterr().err
    assert "could not be told for certain; it was read as Windows-1251 (Cyrillic)" in err and "--encoding" in err

    assert main(["--db", db, "import", str(path), "--encoding", "koi8-r", "--json", "--dry-run"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["encoding"], summary["encoding_sure"]) == ("koi8_r", True)

    assert main(["--db", db, "import", str(path), "--encoding", "klingon"]) != 0
    assert "“klingon” is not a text encoding" in capsys.readouterr().err
