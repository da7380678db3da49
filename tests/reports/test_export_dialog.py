"""The export dialog, driven as an organiser would: choose, click Export, find the file."""
from __future__ import annotations

import csv

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt

from checkin.services.exports import ExportFormat
from checkin.ui.reports.export_dialog import ExportDialog
from checkin.ui.reports.export_job import Document
from tests.reports.morning import EVENT_NAME, PLENARY, WORKSHOP, scripted_morning


@pytest.fixture(scope="module")
def event_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("dialog") / "event.checkin"
    scripted_morning(path).db.dispose()
    return path


@pytest.fixture
def dialog(qtbot, event_path):
    made = ExportDialog(str(event_path), EVENT_NAME, [PLENARY, WORKSHOP])
    qtbot.addWidget(made)
    made.show()
    return made


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def _export(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.export_finished, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_attendance_as_semicolon_csv_for_one_session_with_chosen_columns(qtbot, dialog, tmp_path):
    _choose(dialog.document_combo, Document.ATTENDANCE)
    _choose(dialog.format_combo, ExportFormat.CSV)
    assert dialog.delimiter_combo.isEnabled()
    _choose(dialog.delimiter_combo, ";")
    _choose(dialog.session_combo, WORKSHOP)
    for row in range(dialog.columns_list.count()):
        item = dialog.columns_list.item(row)
        wanted = item.data(Qt.ItemDataRole.UserRole) in ("last_name", "email")
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    target = tmp_path / "workshop.csv"
    dialog.path_edit.setText(str(target))
    _export(qtbot, dialog)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["Family name", "Email", "Entrance", WORKSHOP]
    assert len(rows) == 13
    assert "12 rows saved to" in dialog.status_label.text() and str(target) in dialog.status_label.text()
    assert dialog.open_folder_button.isVisible() and dialog.export_button.isEnabled()


def test_the_suggested_file_follows_the_choices(dialog):
    _choose(dialog.document_combo, Document.SCANS)
    _choose(dialog.format_combo, ExportFormat.XLSX)
    assert dialog.path_edit.text().endswith(f"{EVENT_NAME} – Scan log.xlsx")
    checked = [dialog.columns_list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.columns_list.count())
               if dialog.columns_list.item(r).checkState() == Qt.CheckState.Checked]
    assert checked == ["last_name", "first_name", "organisation"]
    _choose(dialog.document_combo, Document.SHEETS)
    assert not dialog.format_combo.isEnabled() and dialog.format_combo.currentData() == ExportFormat.PDF
    assert not dialog.columns_list.isEnabled() and not dialog.delimiter_combo.isEnabled()
    assert dialog.session_combo.itemText(0) == "Every session"
    assert dialog.path_edit.text().endswith(".pdf")
    _choose(dialog.document_combo, Document.CERTIFICATES)
    dialog.folder_radio.setChecked(True)
    assert not dialog.path_edit.text().endswith(".pdf")  # a folder
    assert not dialog.session_combo.isEnabled()


def test_certificates_into_a_folder_with_progress(qtbot, dialog, tmp_path):
    _choose(dialog.document_combo, Document.CERTIFICATES)
    dialog.folder_radio.setChecked(True)
    folder = tmp_path / "certificates"
    dialog.path_edit.setText(str(folder))
    steps = []
    dialog.progress.valueChanged.connect(steps.append)
    _export(qtbot, dialog)
    assert len(list(folder.glob("*.pdf"))) == 22
    assert steps[-1] == 22 and not dialog.progress.isVisible()
    assert "22 certificates saved in" in dialog.status_label.text()


def test_the_summary_report_as_xlsx_is_not_offered(qtbot, dialog, tmp_path):
    _choose(dialog.document_combo, Document.REPORT)
    assert dialog.format is ExportFormat.PDF
    dialog.path_edit.setText(str(tmp_path / "report.pdf"))
    _export(qtbot, dialog)
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


def test_a_problem_is_shown_in_the_dialog_and_nothing_is_written(qtbot, dialog, tmp_path):
    _choose(dialog.document_combo, Document.ATTENDANCE)
    _choose(dialog.format_combo, ExportFormat.XLSX)
    dialog.path_edit.setText(str(tmp_path / "no such folder" / "a.xlsx"))
    with qtbot.waitSignal(dialog.export_failed, timeout=30_000) as failed:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "the folder does not exist" in failed.args[0]
    assert "the folder does not exist" in dialog.status_label.text()
    assert dialog.export_button.isEnabled() and not dialog.open_folder_button.isVisible()
    dialog.path_edit.clear()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "Choose where to save it."
    assert list(tmp_path.iterdir()) == []


def test_the_desk_menu_opens_the_dialog_on_the_open_event(qtbot, event_path, tmp_path):
    from checkin.ui.app import create_desk_window
    from checkin.ui.language import LanguageSwitcher
    from checkin.ui.settings import DeskSettings

    settings = DeskSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = create_desk_window(settings, LanguageSwitcher())
    qtbot.addWidget(window)
    window.show()
    actions = window.report_actions
    assert not actions.export.isEnabled()
    assert actions.export in window.menus.file_menu.actions()
    with qtbot.waitSignal(window.event_opened, timeout=30_000):
        window.open_event(str(event_path))
    assert actions.export.isEnabled()
    actions.export.trigger()
    [dialog] = window.findChildren(ExportDialog)
    assert dialog.isVisible() and dialog.location == str(event_path)
    assert [dialog.session_combo.itemText(i) for i in range(1, dialog.session_combo.count())][:2] == [PLENARY, WORKSHOP]
    target = tmp_path / "attendance.xlsx"
    dialog.path_edit.setText(str(target))
    _export(qtbot, dialog)
    assert openpyxl.load_workbook(target).worksheets[0].max_row == 31
    window.close()
