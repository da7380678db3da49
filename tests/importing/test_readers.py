"""Reading lists in the forms people have them: encodings, separators, title rows, workbooks, and files
that are not lists at all."""
from __future__ import annotations

import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from checkin.i18n import UserError
from checkin.importing import read_table
from checkin.importing.csv_reader import detect_delimiter


def test_french_latin1_list_keeps_its_accents(data):
    table = read_table(data / "liste_manuelle_fr.csv")
    assert table.encoding == "cp1252" and table.delimiter == ";"
    assert table.headers[:4] == ["NOM", "Prénom", "Structure", "Commune"]
    assert table.rows[0][:4] == ["DURAND", "Hélène", "Mairie de Saint-Étienne", "Saint-Étienne"]
    assert table.rows[2][:2] == ["MÜLLER", "Jürg"]
    assert table.row_numbers == [2, 3, 4]


def test_utf8_with_bom_does_not_leak_into_the_first_header(data):
    table = read_table(data / "indico_style_registrations.csv")
    assert table.encoding == "utf-8-sig"
    assert table.headers[0] == "ID"
    assert table.rows[2][1] == "Ольга Петренко"


def test_windows_1252_semicolon_export_from_excel(data):
    table = read_table(data / "inscrits_excel_fr.csv")
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.rows[1][0] == "Cœurdevey"  # œ only exists in Windows-1252, not in Latin-1
    assert table.rows[1][3] == "Chargée de mission « nuit »"
    assert table.rows[2][:2] == ["Ødegård", "Søren"]


def test_excel_unicode_text_is_utf16_and_tab_separated(data):
    table = read_table(data / "teilnehmer_unicode.txt")
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.headers[:3] == ["Vorname", "Nachname", "Organisation"]
    assert table.rows[0][:2] == ["Jürgen", "Groß"]


def test_tab_separated_utf8_without_bom(data):
    table = read_table(data / "inscritos_tabulado.tsv")
    assert (table.encoding, table.delimiter) == ("utf-8", "\t")
    assert table.rows[0][:2] == ["Íñigo", "García López"]


def test_title_rows_and_blank_trailing_rows_are_skipped(data):
    table = read_table(data / "iscritti_con_titolo.csv")
    assert table.header_row == 4
    assert table.headers == ["Nome", "Cognome", "Ente", "Città", "Nazione", "Email", "Visita"]
    assert [row[1] for row in table.rows] == ["Rossi", "D'Angelo", "Bianchi"]
    # Row numbers are the spreadsheet's: the title rows and the header count.
    assert table.row_numbers == [5, 6, 7]


def test_quoted_multiline_addresses_stay_one_row(data):
    table = read_table(data / "deelnemers_met_adressen.csv")
    assert len(table.rows) == 3
    assert table.rows[1][2] == "Gemeente Utrecht, afdeling Veiligheid"
    assert table.rows[1][3] == "Stadsplateau 1\n3521 AZ Utrecht\nPostbus 16200"
    assert table.rows[2][0] == "Pieter"
    assert table.row_numbers == [2, 3, 4]


def test_blank_columns_are_dropped_and_cells_trimmed(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(
        ";Name;;Organisation;\n"
        ";  Agnès Lefort ;;Ville de Lille;\n"
        ";Jonas Vaitkus;;  Vilnius\u00a0;\n"
        ";;;;\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.headers == ["Name", "Organisation"]
    assert table.rows == [["Agnès Lefort", "Ville de Lille"], ["Jonas Vaitkus", "Vilnius"]]


def test_a_short_row_is_padded_and_a_long_one_reported(data):
    table = read_table(data / "liste_avec_erreurs.csv")
    assert all(len(row) == len(table.headers) for row in table.rows)
    assert [p.row for p in table.problems] == [3]
    assert "X" in str(table.problems[0].message)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Name,Organisation\nLefort; Agnès,Ville de Lille\nMartin; Jean,Ville de Nantes\n", ","),
        ("Nom;Organisme\nLefort, Agnès;Ville de Lille\nMartin, Jean;Ville de Nantes\n", ";"),
        ("Liste des inscrits\nNom\tPrénom\tVille\nDurand\tHélène\tLyon\nPetit\tLuc\tLyon\n", "\t"),
        ('Name,Address\n"Agnès","1 rue X; 59000 Lille"\n"Jean","2 rue Y; 44000 Nantes"\n', ","),
    ],
)
def test_separator_is_the_one_giving_consistent_columns(text, expected):
    assert detect_delimiter(text) == expected


def _workbook_with_info_sheet(path):
    book = openpyxl.Workbook()
    info = book.active
    info.title = "Infos"
    info["A1"] = "Security, Democracy & Cities"
    info["A2"] = "Brussels, 20–22 March 2026"
    info["A4"] = "Contact: secretariat@example.org"
    people = book.create_sheet("Participants")
    people["A1"] = "Liste des participants"
    people.append([])
    people.append(["ID", "Prénom", "Nom", "Organisme", "Pays", "Inscrit le", "Arrivée", "Newsletter", "Atelier Mobilité"])
    people.append([12.0, "Hélène", "DURAND", "Mairie de Saint-Étienne", "France", date(2026, 2, 3),
                   datetime(2026, 3, 20, 8, 30), True, "X"])
    people.append([13, "Jürg", "MÜLLER", "Stadt Zürich", "CH", datetime(2026, 2, 4), None, False, None])
    people.append([None] * 9)
    book.save(path)


def test_xlsx_picks_the_sheet_that_holds_the_list(tmp_path):
    path = tmp_path / "inscriptions.xlsx"
    _workbook_with_info_sheet(path)
    table = read_table(path)
    assert table.format == "xlsx"
    assert table.sheet == "Participants" and table.sheets == ("Infos", "Participants")
    assert table.header_row == 3
    assert table.row_numbers == [4, 5]
    first, second = table.rows
    assert first[:5] == ["12", "Hélène", "DURAND", "Mairie de Saint-Étienne", "France"]
    assert first[5:] == ["2026-02-03", "2026-03-20 08:30", "TRUE", "X"]
    assert second[0] == "13" and second[5] == "2026-02-04" and second[6] == ""


def test_xlsx_sheet_chosen_by_name_case_insensitively(tmp_path):
    path = tmp_path / "inscriptions.xlsx"
    _workbook_with_info_sheet(path)
    assert read_table(path, sheet="infos").sheet == "Infos"
    with pytest.raises(UserError) as caught:
        read_table(path, sheet="Speakers")
    assert "Infos, Participants" in str(caught.value)


def _refused(path) -> str:
    with pytest.raises(UserError) as caught:
        read_table(path)
    return str(caught.value)


def test_empty_file_is_refused_plainly(data):
    assert "is empty" in _refused(data / "empty.csv")


def test_image_renamed_to_csv_is_refused(data):
    message = _refused(data / "logo_renamed.csv")
    assert "PNG image" in message and "not a registration list" in message


def test_old_excel_format_asks_for_xlsx_or_csv(data):
    message = _refused(data / "liste_excel_97.xls")
    assert "97–2003" in message and ".xlsx or CSV" in message


def test_password_protected_workbook_asks_to_remove_the_password(data):
    assert "protected by a password" in _refused(data / "protected_with_password.xlsx")


def test_opendocument_spreadsheet_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "liste.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>")
    assert "OpenDocument spreadsheet" in _refused(path)


def test_damaged_workbook_is_refused(tmp_path):
    path = tmp_path / "cut.xlsx"
    _workbook_with_info_sheet(path)
    path.write_bytes(path.read_bytes()[:1500])
    assert "damaged or incomplete" in _refused(path)


def test_binary_garbage_is_refused(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(bytes(range(1, 32)) * 40)
    assert "not a text file" in _refused(path)


def test_missing_file_and_folder(tmp_path):
    assert "There is no file at" in _refused(tmp_path / "nowhere.csv")
    assert "is a folder" in _refused(tmp_path)


def test_unclosed_quote_is_pointed_at(data):
    message = _refused(data / "guillemet_ouvert.csv")
    assert "row 2" in message and "never closed" in message


def test_a_list_with_only_blank_rows_says_so(tmp_path):
    path = tmp_path / "blank.csv"
    path.write_text(";;;\n;;;\n", encoding="utf-8")
    assert "no rows with any text" in _refused(path)


def test_excel_separator_line_names_the_separator(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes("sep=;\r\nNom;Prénom;Organisme, service\r\nDurand;Hélène;Ville, sécurité\r\n".encode("cp1252"))
    table = read_table(path)
    assert table.delimiter == ";" and table.headers == ["Nom", "Prénom", "Organisme, service"]
    assert table.rows == [["Durand", "Hélène", "Ville, sécurité"]]


def test_lists_pasted_together_do_not_import_their_repeated_header(tmp_path):
    path = tmp_path / "two_lists.csv"
    path.write_text("Nom;Prénom\nDurand;Hélène\n\nNom;Prénom\nPetit;Luc\n", encoding="utf-8")
    table = read_table(path)
    assert table.rows == [["Durand", "Hélène"], ["Petit", "Luc"]]
    assert table.row_numbers == [2, 5]


def test_a_workbook_with_the_wrong_extension_is_still_read_as_one(tmp_path):
    path = tmp_path / "inscriptions.xlsx"
    _workbook_with_info_sheet(path)
    renamed = tmp_path / "inscriptions.csv"
    path.rename(renamed)
    table = read_table(renamed)
    assert table.format == "xlsx" and table.sheet == "Participants" and len(table.rows) == 2


def test_excel_for_mac_csv_in_mac_roman_with_cr_line_ends(data):
    table = read_table(data / "export_excel_mac.csv")
    assert (table.encoding, table.delimiter) == ("mac_roman", ";")
    assert table.rows[0] == ["LEFÈVRE", "Hélène", "Mairie de Besançon", "Besançon"]
    assert table.rows[2][:2] == ["Ødegård", "Søren"]


def test_windows_quotes_without_accents_stay_windows_1252(tmp_path):
    path = tmp_path / "speakers.csv"
    path.write_bytes("First name,Last name,Organisation\r\nSeán,O’Brien,Dublin City Council\r\nMary,O’Neill,“Cork” County\r\n".encode("cp1252"))
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.rows[1] == ["Mary", "O’Neill", "“Cork” County"]
