"""The export dialog: choose what to write (attendance tables, sign-in sheets, certificates, the
summary report), its format, session and columns, and where; it is written off the GUI thread."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from checkin.i18n import Message, UserError
from checkin.reports.fields import DEFAULT_FIELDS, SCAN_LOG_FIELDS
from checkin.reports.labels import FIELD_HEADERS
from checkin.services.exports import ExportFormat
from checkin.translations import install_document_languages
from checkin.ui.reports.export_job import Document, ExportJob, ExportOutcome, run_job
from checkin.ui.workers import run_in_pool, unexpected_error_text
from checkin.ui import file_dialogs


class _ProgressRelay(QObject):
    """Carries progress from the pool thread to the dialog (it lives on the GUI thread)."""

    stage_reported = Signal(str)
    step_reported = Signal(int, int)

    def report_stage(self, message: Message) -> None:  # called on the pool thread
        self.stage_reported.emit(str(message))

    def report_step(self, done: int, total: int) -> None:  # called on the pool thread
        self.step_reported.emit(done, total)


class ExportDialog(QDialog):
    """Writes one document per click of Export; the dialog stays open for the next one."""

    export_finished = Signal(object)  # ExportOutcome
    export_failed = Signal(str)

    def __init__(self, location: str, event_name: str, session_titles: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        install_document_languages()
        self.location = location
        self.event_name = event_name
        self.running = False
        self.outcome: ExportOutcome | None = None
        self._fields_shown: tuple[str, ...] = ()

        self.document_combo = QComboBox()
        for document in Document:
            self.document_combo.addItem("", document)
        self.format_combo = QComboBox()
        for fmt in ExportFormat:
            self.format_combo.addItem(fmt.value.upper(), fmt)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.addItem("", ",")
        self.delimiter_combo.addItem("", ";")
        self.session_combo = QComboBox()
        self.session_combo.addItem("", None)
        for title in session_titles:
            self.session_combo.addItem(title, title)
        self.columns_list = QListWidget()
        for key, _header in FIELD_HEADERS.items():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.columns_list.addItem(item)
        self.columns_list.setMaximumHeight(150)
        self.one_pdf_radio = QRadioButton()
        self.folder_radio = QRadioButton()
        self.one_pdf_radio.setChecked(True)
        self._split_group = QButtonGroup(self)
        self._split_group.addButton(self.one_pdf_radio)
        self._split_group.addButton(self.folder_radio)
        split_row = QHBoxLayout()
        split_row.addWidget(self.one_pdf_radio)
        split_row.addWidget(self.folder_radio)
        split_row.addStretch(1)
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.form = QFormLayout()
        self._form_labels = [QLabel() for _ in range(7)]
        fields = [self.document_combo, self.format_combo, self.delimiter_combo, self.session_combo, self.columns_list, split_row, path_row]
        for label, field in zip(self._form_labels, fields):
            self.form.addRow(label, field)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton()
        self.open_folder_button.setVisible(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.open_folder_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addLayout(status_row)
        layout.addWidget(self.buttons)

        self._relay = _ProgressRelay(self)
        self._relay.stage_reported.connect(self._on_relay_stage_reported)
        self._relay.step_reported.connect(self._on_relay_step_reported)
        self.document_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.format_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.folder_radio.toggled.connect(self._on_choice_changed)
        self._retranslate()
        self._on_choice_changed()
        self.resize(560, self.sizeHint().height())

    # ---- choices -----------------------------------------------------------------------------

    @property
    def document(self) -> Document:
        return Document(self.document_combo.currentData())  # Qt hands item data back as plain str

    @property
    def format(self) -> ExportFormat:
        return ExportFormat(self.format_combo.currentData()) if self.document.is_table else ExportFormat.PDF

    def _default_fields(self) -> tuple[str, ...]:
        return SCAN_LOG_FIELDS if self.document is Document.SCANS else DEFAULT_FIELDS

    def chosen_fields(self) -> list[str]:
        items = (self.columns_list.item(row) for row in range(self.columns_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _on_choice_changed(self, *_args) -> None:
        document = self.document
        self.format_combo.setEnabled(document.is_table)
        if not document.is_table:
            self.format_combo.setCurrentIndex(self.format_combo.findData(ExportFormat.PDF))
        self.delimiter_combo.setEnabled(self.format is ExportFormat.CSV)
        self.session_combo.setEnabled(document.takes_session and self.session_combo.count() > 1)
        self.columns_list.setEnabled(document.is_table)
        defaults = self._default_fields()
        if defaults != self._fields_shown:
            # The scan log shows less of each person by default; a choice made for one kind is kept.
            self._fields_shown = defaults
            for row in range(self.columns_list.count()):
                item = self.columns_list.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in defaults
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for radio in (self.one_pdf_radio, self.folder_radio):
            radio.setEnabled(document is Document.CERTIFICATES)
        self._retranslate_session_choice()
        self.path_edit.setText(str(self._suggested_path()))

    def _to_folder(self) -> bool:
        return self.document is Document.CERTIFICATES and self.folder_radio.isChecked()

    def _suggested_path(self) -> Path:
        current = self.path_edit.text().strip()
        folder = Path(current).parent if current else Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )
        name = f"{self.event_name} – {self._file_names[self.document]}".replace("/", "-").replace("\\", "-")
        return folder / name if self._to_folder() else folder / f"{name}.{self.format.value}"

    def _on_browse_button_clicked(self) -> None:
        current = self.path_edit.text().strip()
        if self._to_folder():
            chosen = file_dialogs.existing_directory(self, self.tr("Folder for the certificates"), str(Path(current).parent))
        else:
            pattern = {ExportFormat.XLSX: self.tr("Excel workbooks (*.xlsx)"), ExportFormat.CSV: self.tr("CSV files (*.csv)"),
                       ExportFormat.PDF: self.tr("PDF documents (*.pdf)")}[self.format]
            chosen, _filter = file_dialogs.save_file_name(self, self.tr("Export to"), current, pattern)
            if chosen and not chosen.lower().endswith(f".{self.format.value}"):
                chosen += f".{self.format.value}"
        if chosen:
            self.path_edit.setText(chosen)

    # ---- running -----------------------------------------------------------------------------

    def job(self) -> ExportJob:
        return ExportJob(
            location=self.location,
            document=self.document,
            path=Path(self.path_edit.text().strip()).expanduser(),
            format=self.format,
            session=self.session_combo.currentData() if self.session_combo.isEnabled() else None,
            fields=self.chosen_fields() if self.document.is_table else None,
            delimiter=self.delimiter_combo.currentData(),
        )

    def start_export(self) -> None:
        if self.running:
            return
        if not self.path_edit.text().strip():
            self._show_error(self.tr("Choose where to save it."))
            return
        job = self.job()
        self._set_running(True)
        self.status_label.setText(self.tr("Exporting…"))
        relay = self._relay
        run_in_pool(lambda: run_job(job, relay.report_stage, relay.report_step), self._on_export_done, self._on_export_error, receiver=self)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.export_button.setEnabled(not running)
        for widget in (self.document_combo, self.path_edit, self.browse_button):
            widget.setEnabled(not running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        self.open_folder_button.setVisible(False)

    def _on_relay_stage_reported(self, text: str) -> None:
        self.status_label.setText(text)

    def _on_relay_step_reported(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status_label.setText(self.tr("{done} of {total} written…").format(done=done, total=total))

    def _on_export_done(self, outcome: ExportOutcome) -> None:
        self._set_running(False)
        self.outcome = outcome
        self.status_label.setStyleSheet("")
        if outcome.is_folder:
            text = self.tr("{count} certificates saved in {path}").format(count=outcome.count, path=outcome.path)
        elif self.document.is_table:
            text = self.tr("{count} rows saved to {path}").format(count=outcome.count, path=outcome.path)
        else:
            text = self.tr("Saved to {path}").format(path=outcome.path)
        self.status_label.setText(text)
        self.open_folder_button.setVisible(True)
        self.export_finished.emit(outcome)

    def _on_export_error(self, error: BaseException) -> None:
        self._set_running(False)
        self._show_error(str(error) if isinstance(error, UserError) else unexpected_error_text())
        self.export_failed.emit(self.status_label.text())

    def _show_error(self, text: str) -> None:
        self.status_label.setStyleSheet("color: #b3261e;")
        self.status_label.setText(text)

    def open_folder(self) -> None:
        """Show the exported file's folder (or the certificates' folder) in the system's file manager."""
        if self.outcome is None:
            return
        folder = self.outcome.path if self.outcome.is_folder else self.outcome.path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(os.fspath(folder)))

    # ---- language ----------------------------------------------------------------------------

    def _retranslate_session_choice(self) -> None:
        every = self.tr("Every session") if self.document is Document.SHEETS else self.tr("The whole event")
        self.session_combo.setItemText(0, every)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export attendance"))
        names = {
            Document.ATTENDANCE: self.tr("Attendance (who came in where, and when)"),
            Document.SCANS: self.tr("Scan log (every scan)"),
            Document.NO_SHOWS: self.tr("No-shows"),
            Document.WALK_INS: self.tr("Walk-ins"),
            Document.SHEETS: self.tr("Sign-in sheets"),
            Document.CERTIFICATES: self.tr("Certificates of attendance"),
            Document.REPORT: self.tr("Summary report"),
        }
        for index in range(self.document_combo.count()):
            self.document_combo.setItemText(index, names[Document(self.document_combo.itemData(index))])
        self._file_names = {
            Document.ATTENDANCE: self.tr("Attendance"), Document.SCANS: self.tr("Scan log"), Document.NO_SHOWS: self.tr("No-shows"),
            Document.WALK_INS: self.tr("Walk-ins"), Document.SHEETS: self.tr("Sign-in sheets"),
            Document.CERTIFICATES: self.tr("Certificates"), Document.REPORT: self.tr("Summary report"),
        }
        self.delimiter_combo.setItemText(0, self.tr("Comma ( , )"))
        self.delimiter_combo.setItemText(1, self.tr("Semicolon ( ; ) for French and Belgian spreadsheets"))
        for row in range(self.columns_list.count()):
            item = self.columns_list.item(row)
            item.setText(self._field_name(item.data(Qt.ItemDataRole.UserRole)))
        self.one_pdf_radio.setText(self.tr("One PDF"))
        self.folder_radio.setText(self.tr("One file per person, in a folder"))
        self.browse_button.setText(self.tr("Choose…"))
        self.open_folder_button.setText(self.tr("Show in folder"))
        self.export_button.setText(self.tr("Export"))
        labels = [self.tr("What:"), self.tr("Format:"), self.tr("CSV delimiter:"), self.tr("Session:"), self.tr("Columns:"),
                  self.tr("Certificates:"), self.tr("Save to:")]
        for label, text in zip(self._form_labels, labels):
            label.setText(text)
        self._retranslate_session_choice()

    def _field_name(self, key: str) -> str:
        names = {
            "last_name": self.tr("Family name"), "first_name": self.tr("Given name"), "organisation": self.tr("Organisation"),
            "position": self.tr("Position"), "city": self.tr("City"), "country": self.tr("Country"),
            "country_code": self.tr("Country code"), "category": self.tr("Category"), "email": self.tr("Email"),
            "badge_language": self.tr("Badge language"), "status": self.tr("Status"), "source": self.tr("Source"),
            "source_id": self.tr("Source ID"), "notes": self.tr("Notes"), "walk_in": self.tr("Walk-in"),
            "sessions": self.tr("Registered sessions"), "id": self.tr("Attendee ID"),
        }
        return names.get(key, key)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
