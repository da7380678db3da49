"""Importing a registration list through the window: mapping step, correction, progress, result."""
from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from checkin.importing.fields import Field
from checkin.services.attendees import list_attendees, list_sessions
from checkin.services.event import open_event
from checkin.ui.import_dialog import ImportDialog
from checkin.ui.import_mapping_model import FIELD_ROLE, MappingColumn
from checkin.ui.workers import Operation
from tests.ui.sample_event import open_and_wait

DATA = Path(__file__).resolve().parent.parent / "data"


def stored_people(path):
    db, _event = open_event(path)
    try:
        return list_attendees(db), [s.session for s in list_sessions(db)]
    finally:
        db.dispose()


def open_import(qtbot, window, path) -> ImportDialog:
    dialog = window.import_registration_list(str(path))
    qtbot.waitUntil(lambda: dialog.mapping_ready or dialog.reading_label.styleSheet() != "")
    return dialog


def mapping_row(dialog, header: str) -> int:
    model = dialog.mapping_model
    for row in range(model.rowCount()):
        if model.index(row, MappingColumn.HEADER).data() == header:
            return row
    raise AssertionError(f"no column {header!r}")


def meaning(dialog, header: str) -> str:
    return dialog.mapping_model.index(mapping_row(dialog, header), MappingColumn.MEANING).data()


def test_a_pretix_export_is_recognised_imported_and_shown(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    dialog = open_import(qtbot, window, DATA / "pretix_style_checkin_list.csv")
    assert dialog.mapping_ready
    assert dialog.profile_label.text() == "Recognised as a pretix check-in list."
    assert dialog.file_label.text() == "pretix_style_checkin_list.csv"
    assert meaning(dialog, "Attendee name: Given name") == "Given name"
    assert meaning(dialog, "Secret") == "Ticket code"
    assert "Agnès" in dialog.mapping_model.index(mapping_row(dialog, "Attendee name: Given name"), MappingColumn.EXAMPLES).data()
    # Every meaning is a combo box the user can change.
    combo = dialog.mapping_view.indexWidget(dialog.mapping_model.index(0, MappingColumn.MEANING))
    assert combo is not None and combo.currentText() == meaning(dialog, dialog.mapping_model.index(0, 0).data())

    with qtbot.waitSignal(dialog.imported, timeout=20_000) as done:
        dialog.import_button.click()
    summary = done.args[0]
    assert summary.added > 0
    assert dialog.result_panel.title_label.text().startswith("pretix_style_checkin_list.csv is imported")
    assert not dialog.close_button.isHidden() and dialog.import_button.isHidden()

    qtbot.waitUntil(lambda: window.model.total_count() == 6 + summary.added)
    people, _sessions = stored_people(event_file)
    assert any(a.first_name == "Agnès" and a.last_name == "Lefort" for a in people)
    qtbot.keyClicks(window.desk.search_edit, "agnes lefort")
    # Typed while the new list's search index may still be building: applied as soon as it is.
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.current_attendee().last_name == "Lefort"


def test_a_hand_kept_french_list_with_session_columns_can_be_corrected(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    dialog = open_import(qtbot, window, DATA / "liste_manuelle_fr.csv")
    assert dialog.profile_label.text().startswith("A spreadsheet")
    assert dialog.details_label.text().startswith("CSV, Windows-1252 (Western European), separated by semicolons")
    row = mapping_row(dialog, "Atelier Économie de la nuit")  # read from Windows-1252
    model = dialog.mapping_model
    assert model.index(row, MappingColumn.MEANING).data() == "Session (marked with X)"
    assert "(Workshop)" in model.index(row, MappingColumn.SESSION).data()

    # The user decides the site visit column is not to be imported: End picks "Do not import".
    visit = mapping_row(dialog, "Visite")
    combo = dialog.mapping_view.indexWidget(model.index(visit, MappingColumn.MEANING))
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert model.index(visit, MappingColumn.MEANING).data(FIELD_ROLE) == Field.IGNORE.value
    assert model.mapping().roles[visit].field is Field.IGNORE

    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    people, sessions = stored_people(event_file)
    assert any(a.last_name.upper() == "DURAND" and a.first_name == "Hélène" for a in people)
    titles = [s.title for s in sessions]
    assert any("conomie de la nuit" in t for t in titles)
    assert not any("vidéoprotection" in t for t in titles)  # the ignored column made no session


def test_without_a_name_column_the_import_cannot_start(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    dialog = open_import(qtbot, window, DATA / "liste_manuelle_fr.csv")
    model = dialog.mapping_model
    for header in ("NOM", "Prénom"):
        model.setData(model.index(mapping_row(dialog, header), MappingColumn.MEANING), Field.IGNORE.value)
    assert not dialog.import_button.isEnabled()
    assert dialog.mapping_problem.text().startswith("No column holds names.")
    model.setData(model.index(mapping_row(dialog, "NOM"), MappingColumn.MEANING), Field.FULL_NAME.value)
    assert dialog.import_button.isEnabled()
    dialog.reject()


def test_a_file_that_cannot_be_read_says_why(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    dialog = open_import(qtbot, window, DATA / "empty.csv")
    assert not dialog.mapping_ready
    assert "“empty.csv” is empty" in dialog.reading_label.text()
    assert dialog.import_button.isHidden()
    assert not dialog.choose_button.isHidden()
    dialog.reject()


def test_a_workbook_offers_its_sheets(qtbot, window, event_file, tmp_path):
    workbook = openpyxl.Workbook()
    notes = workbook.active
    notes.title = "Notes"
    notes.append(["Remember to print the badges early"])
    people = workbook.create_sheet("Inscrits")
    people.append(["Nom", "Prénom", "Ville", "Pays"])
    people.append(["Martin", "Chloé", "Nantes", "France"])
    people.append(["Janssens", "Pieter", "Gent", "Belgique"])
    path = tmp_path / "inscriptions.xlsx"
    workbook.save(path)

    open_and_wait(qtbot, window, event_file)
    dialog = open_import(qtbot, window, path)
    assert dialog.sheet_combo.isVisible()
    assert [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())] == ["Notes", "Inscrits"]
    assert dialog.sheet_combo.currentText() == "Inscrits"  # the sheet that holds the list
    assert "Excel workbook, sheet “Inscrits”" in dialog.details_label.text()
    assert meaning(dialog, "Pays") == "Country"
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    stored, _sessions = stored_people(event_file)
    assert {"Martin", "Janssens"} <= {a.last_name for a in stored}


def test_cancelling_an_import_writes_nothing(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    dialog = open_import(qtbot, window, DATA / "pretix_style_checkin_list.csv")
    # Hold the database lane so the import is still queued when Cancel is pressed.
    release = threading.Event()
    Operation(lambda: release.wait(10)).run_on(window.lane)
    dialog.import_button.click()
    assert dialog.progress_bar.isVisible()
    dialog.cancel_button.click()
    assert dialog.running_label.text() == "Stopping… nothing will be written."
    release.set()
    qtbot.waitUntil(lambda: dialog.result_panel.title_label.text() == "The import was cancelled. Nothing was written.")
    people, _sessions = stored_people(event_file)
    assert len(people) == 6


def test_closing_the_window_during_an_import_cancels_it(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    dialog = open_import(qtbot, window, DATA / "pretix_style_checkin_list.csv")
    release = threading.Event()
    Operation(lambda: release.wait(10)).run_on(window.lane)
    dialog.import_button.click()
    assert dialog.running
    opener = threading.Timer(0.2, release.set)  # the lane is freed while the window is closing
    opener.start()
    window.close()
    opener.join()
    people, _sessions = stored_people(event_file)
    assert len(people) == 6


def test_an_uncertain_encoding_is_shown_with_each_reading_and_can_be_chosen(qtbot, window, event_file, tmp_path):
    path = tmp_path / "speakers.csv"
    path.write_bytes("First name;Last name;Organisation\nJohn;Smith;City of Leeds\nИван;Петров;Moscow\n".encode("cp1251"))
    open_and_wait(qtbot, window, event_file)
    dialog = open_import(qtbot, window, path)
    assert dialog.mapping_ready
    assert dialog.encoding_combo.isVisible() and dialog.encoding_doubt.isVisible()
    assert "could not be told for certain" in dialog.encoding_doubt.text()
    combo = dialog.encoding_combo
    assert combo.currentText() == "Windows-1251 (Cyrillic) — Иван, Петров"
    items = [combo.itemText(i) for i in range(combo.count())]
    assert "Windows-1252 (Western European) — Èâàí, Ïåòðîâ" in items and "KOI8-R (Cyrillic) — хБЮМ, оЕРПНБ" in items

    koi8 = combo.findData("koi8_r")
    combo.setCurrentIndex(koi8)
    combo.activated.emit(koi8)
    qtbot.waitUntil(lambda: dialog.mapping_ready and dialog._table.encoding == "koi8_r")
    assert "оЕРПНБ" in dialog.mapping_model.index(mapping_row(dialog, "Last name"), MappingColumn.EXAMPLES).data()
    assert not dialog.encoding_doubt.isVisible()  # chosen by the person: no longer a guess
    windows = dialog.encoding_combo.findData("cp1251")
    dialog.encoding_combo.setCurrentIndex(windows)
    dialog.encoding_combo.activated.emit(windows)
    qtbot.waitUntil(lambda: dialog.mapping_ready and dialog._table.encoding == "cp1251")

    with qtbot.waitSignal(dialog.imported, timeout=20_000) as done:
        dialog.import_button.click()
    assert done.args[0].encoding == "cp1251"
    assert any(a.last_name == "Петров" for a in stored_people(event_file)[0])


def test_a_utf8_list_offers_no_encoding_choice(qtbot, window, event_file):
    open_and_wait(qtbot, window, event_file)
    dialog = open_import(qtbot, window, DATA / "pretix_style_checkin_list.csv")
    assert dialog.mapping_ready and not dialog.encoding_combo.isVisible() and not dialog.encoding_doubt.isVisible()
