"""Importing a registration list: read the file, correct the column meanings, run with progress, read the result."""
from __future__ import annotations

import os
import threading
import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.i18n import UserError
from checkin.importing.detect import detect_mapping
from checkin.importing.mapping import ColumnMapping, load_mapping, save_mapping
from checkin.importing.reader import read_table
from checkin.importing.summary import ImportSummary
from checkin.importing.table import SourceTable
from checkin.importing.text_encoding import SINGLE_BYTE, encoding_label
from checkin.services import importing as import_service
from checkin.storage.database import Database
from checkin.ui.import_mapping_model import ImportMappingModel, MappingColumn, MeaningDelegate
from checkin.ui.import_result import ImportResultPanel, number
from checkin.ui.screen_fit import limit_minimum
from checkin.ui.workers import DatabaseLane, Operation, run_in_pool, unexpected_error_text
from checkin.ui import file_dialogs

_ERROR_STYLE = "QLabel { color: #b3261e; font-weight: 600; }"
_WARNING_STYLE = "QLabel { color: #8a5300; }"
_PROGRESS_INTERVAL = 0.05  # seconds between progress updates sent to the window


def read_and_detect(path: str, sheet: str | None, encoding: str | None = None) -> tuple[SourceTable, ColumnMapping]:
    """Read the list and guess its columns (runs on the thread pool; no database)."""
    table = read_table(path, sheet, encoding=encoding)
    return table, detect_mapping(table)


class _ProgressRelay(QObject):
    """Brings the import's progress from the database lane to the progress bar, a few times a second."""

    progressed = Signal(int, int)

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._last = 0.0

    def report(self, done: int, total: int) -> None:  # called on the lane thread
        now = time.monotonic()
        if now - self._last >= _PROGRESS_INTERVAL or done == total:
            self._last = now
            self.progressed.emit(done, total)


class ImportDialog(QDialog):
    """Emits ``imported(summary)`` after an import wrote to the event."""

    imported = Signal(object)

    def __init__(self, lane: DatabaseLane, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._lane = lane
        self._db = db
        self._path: str | None = None
        self._table: SourceTable | None = None
        self._cancel = threading.Event()
        self._running = False
        limit_minimum(self, 980, 620)

        # Reading (or the reason the file cannot be read)
        self.reading_label = QLabel()
        self.reading_label.setWordWrap(True)
        self.reading_label.setTextFormat(Qt.TextFormat.PlainText)
        reading = QWidget()
        QVBoxLayout(reading).addWidget(self.reading_label, 0, Qt.AlignmentFlag.AlignTop)

        # The mapping step
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.file_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.file_label.setFont(font)
        self.profile_label = QLabel()
        self.profile_label.setWordWrap(True)
        self.details_label = QLabel()
        self.details_label.setEnabled(False)
        self.sheet_caption = QLabel()
        self.sheet_combo = QComboBox()
        self.sheet_caption.setBuddy(self.sheet_combo)
        self.sheet_combo.activated.connect(self._on_sheet_combo_activated)
        # A single-byte CSV's encoding, each choice with the first words as it reads them.
        self.encoding_caption = QLabel()
        self.encoding_combo = QComboBox()
        self.encoding_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.encoding_caption.setBuddy(self.encoding_combo)
        self.encoding_combo.activated.connect(self._on_encoding_combo_activated)
        self.encoding_doubt = QLabel()
        self.encoding_doubt.setWordWrap(True)
        self.encoding_doubt.setStyleSheet(_WARNING_STYLE)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_caption)
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addWidget(self.encoding_caption)
        sheet_row.addWidget(self.encoding_combo)
        sheet_row.addStretch(1)
        self.mapping_model = ImportMappingModel(self)
        self.mapping_model.mapping_changed.connect(self._check_mapping)
        self.mapping_view = QTableView()
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(MappingColumn.MEANING, MeaningDelegate(self.mapping_view))
        self.mapping_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mapping_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mapping_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.mapping_view.setWordWrap(False)
        self.mapping_view.setAlternatingRowColors(True)
        self.mapping_view.verticalHeader().hide()
        self.mapping_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.mapping_view.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 6)
        header = self.mapping_view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(MappingColumn.EXAMPLES, QHeaderView.ResizeMode.Stretch)
        for column, width in ((MappingColumn.HEADER, 220), (MappingColumn.MEANING, 250), (MappingColumn.SESSION, 230)):
            self.mapping_view.setColumnWidth(column, width)
        self.mapping_problem = QLabel()
        self.mapping_problem.setWordWrap(True)
        self.mapping_problem.setStyleSheet(_ERROR_STYLE)
        mapping = QWidget()
        mapping_layout = QVBoxLayout(mapping)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.file_label, self.profile_label, self.details_label):
            mapping_layout.addWidget(widget)
        mapping_layout.addLayout(sheet_row)
        mapping_layout.addWidget(self.encoding_doubt)
        mapping_layout.addWidget(self.mapping_view, 1)
        mapping_layout.addWidget(self.mapping_problem)

        # Running
        self.running_label = QLabel()
        self.running_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setMinimumWidth(480)
        running = QWidget()
        running_layout = QVBoxLayout(running)
        running_layout.addStretch(1)
        running_layout.addWidget(self.running_label)
        running_layout.addWidget(self.progress_bar)
        running_layout.addStretch(2)

        self.result_panel = ImportResultPanel()

        self.pages = QStackedWidget()
        for page in (reading, mapping, running, self.result_panel):
            self.pages.addWidget(page)
        self._reading_page, self._mapping_page, self._running_page = reading, mapping, running
        self._result_page = self.result_panel

        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        self.load_mapping_button = QPushButton()
        self.load_mapping_button.clicked.connect(self._on_load_mapping_button_clicked)
        self.save_mapping_button = QPushButton()
        self.save_mapping_button.clicked.connect(self._on_save_mapping_button_clicked)
        self.import_button = QPushButton()
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.choose_button, self.load_mapping_button, self.save_mapping_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.cancel_button, self.import_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._retranslate()
        self._show_page(self._reading_page)

    # ---- reading the file ---------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    @property
    def mapping_ready(self) -> bool:
        return self.pages.currentWidget() is self._mapping_page

    def choose_file(self) -> None:
        start = os.path.dirname(self._path) if self._path else ""
        path, _filter = file_dialogs.open_file_name(
            self, self.tr("Choose the registration list"), start,
            self.tr("Registration lists (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str, sheet: str | None = None, encoding: str | None = None) -> None:
        self._path = path
        self.reading_label.setText(self.tr("Reading {name}…").format(name=os.path.basename(path)))
        self.reading_label.setStyleSheet("")
        self._show_page(self._reading_page)
        run_in_pool(lambda: read_and_detect(path, sheet, encoding), self._on_file_read, self._on_file_failed, receiver=self)

    def _on_file_read(self, result: tuple[SourceTable, ColumnMapping]) -> None:
        table, mapping = result
        self._table = table
        self.mapping_model.set_table(table, mapping)
        for row in range(self.mapping_model.rowCount()):
            self.mapping_view.openPersistentEditor(self.mapping_model.index(row, MappingColumn.MEANING))
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(table.sheets))
        self.sheet_combo.setCurrentText(table.sheet)
        self.sheet_caption.setVisible(len(table.sheets) > 1)
        self.sheet_combo.setVisible(len(table.sheets) > 1)
        choosable = bool(table.encoding_previews)
        self.encoding_caption.setVisible(choosable)
        self.encoding_combo.setVisible(choosable)
        self.encoding_doubt.setVisible(choosable and not table.encoding_sure)
        self._describe_file()
        self._check_mapping()
        self._show_page(self._mapping_page)
        self.mapping_view.setFocus()

    def _on_file_failed(self, error: BaseException) -> None:
        self.reading_label.setText(str(error) if isinstance(error, UserError) else unexpected_error_text())
        self.reading_label.setStyleSheet(_ERROR_STYLE)
        self._show_page(self._reading_page)

    def _on_encoding_combo_activated(self, _index: int) -> None:
        encoding = self.encoding_combo.currentData()
        if self._path and self._table is not None and encoding != self._table.encoding:
            self.load_file(self._path, encoding=encoding)

    def _fill_encodings(self) -> None:
        table = self._table
        self.encoding_combo.clear()
        for encoding in SINGLE_BYTE:
            if encoding in table.encoding_previews:
                words = table.encoding_previews[encoding]
                label = str(encoding_label(encoding))
                self.encoding_combo.addItem(f"{label} — {words}" if words else label, encoding)
        self.encoding_combo.setCurrentIndex(max(0, self.encoding_combo.findData(table.encoding)))

    def _on_sheet_combo_activated(self, _index: int) -> None:
        if self._path and self._table is not None and self.sheet_combo.currentText() != self._table.sheet:
            self.load_file(self._path, self.sheet_combo.currentText())

    def _describe_file(self) -> None:
        table, mapping = self._table, self.mapping_model.mapping()
        self.file_label.setText(table.name)
        self.profile_label.setText(self._profile_sentence(mapping.profile))
        if table.format == "xlsx":
            form = self.tr("Excel workbook, sheet “{sheet}”").format(sheet=table.sheet)
        else:
            encoding = str(encoding_label(table.encoding))
            self._fill_encodings()
            delimiter = {
                ",": self.tr("commas"), ";": self.tr("semicolons"), "\t": self.tr("tabs"), "|": self.tr("vertical bars"),
            }.get(table.delimiter, f"“{table.delimiter}”")
            form = self.tr("CSV, {encoding}, separated by {delimiter}").format(encoding=encoding, delimiter=delimiter)
        recognised = sum(1 for flag in mapping.recognised if flag)
        self.details_label.setText(
            self.tr("{form} · {rows} rows · {recognised} of {columns} columns recognised").format(
                form=form, rows=number(len(table)), recognised=recognised, columns=len(table.headers)
            )
        )

    def _profile_sentence(self, profile: str) -> str:
        if profile == "pretix":
            return self.tr("Recognised as a pretix check-in list.")
        if profile == "pretix-order-positions":
            return self.tr("Recognised as pretix's Order data export (order positions): add-ons go to their ticket's holder.")
        if profile == "indico":
            return self.tr("Recognised as an Indico registrant export.")
        return self.tr("A spreadsheet: the column meanings below were guessed from the headers. Check them.")

    def _check_mapping(self) -> None:
        mapping = self.mapping_model.mapping()
        problem = ""
        if mapping is not None and not mapping.has_names:
            problem = self.tr("No column holds names. Choose the column with the given name, the family name or the full name.")
        self.mapping_problem.setText(problem)
        self.mapping_problem.setVisible(bool(problem))
        self.import_button.setEnabled(mapping is not None and not problem)

    def _on_save_mapping_button_clicked(self) -> None:
        path, _filter = file_dialogs.save_file_name(
            self, self.tr("Save the column meanings"), "", self.tr("Column mappings (*.json)")
        )
        if path:
            save_mapping(self.mapping_model.mapping(), path if path.endswith(".json") else path + ".json")

    def _on_load_mapping_button_clicked(self) -> None:
        path, _filter = file_dialogs.open_file_name(
            self, self.tr("Use saved column meanings"), "", self.tr("Column mappings (*.json)")
        )
        if path:
            try:
                self.mapping_model.set_mapping(load_mapping(path).fitted_to(self._table.headers))
            except UserError as error:
                self.mapping_problem.setText(str(error))
                self.mapping_problem.show()
                return
            for row in range(self.mapping_model.rowCount()):
                self.mapping_view.openPersistentEditor(self.mapping_model.index(row, MappingColumn.MEANING))

    # ---- running ------------------------------------------------------------------------------

    def start_import(self) -> None:
        mapping, table, db = self.mapping_model.mapping(), self._table, self._db
        if mapping is None or table is None or not mapping.has_names:
            return
        self._cancel.clear()
        self._running = True
        relay = _ProgressRelay(self)
        relay.progressed.connect(self._on_progress)
        self.progress_bar.setRange(0, 0)
        self.running_label.setText(self.tr("Importing {name}…").format(name=table.name))
        self._show_page(self._running_page)

        def work():
            try:
                return import_service.import_table(
                    db, table, mapping, progress=relay.report, cancelled=self._cancel.is_set
                )
            except import_service.ImportCancelled:
                return None

        operation = Operation(work, parent=self)
        operation.on_success(self._on_import_done).on_user_error(self._on_import_refused)
        operation.on_finished(self._on_import_finished).run_on(self._lane)

    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def cancel_import(self) -> None:
        self._cancel.set()
        self.running_label.setText(self.tr("Stopping… nothing will be written."))
        self.cancel_button.setEnabled(False)

    def _on_import_finished(self) -> None:
        self._running = False
        self.cancel_button.setEnabled(True)
        if self.pages.currentWidget() is self._running_page:
            self._show_page(self._mapping_page)  # an unexpected failure: the window has said so

    def _on_import_refused(self, error: UserError) -> None:
        self._show_page(self._mapping_page)
        self.mapping_problem.setText(str(error))
        self.mapping_problem.show()

    def _on_import_done(self, summary: ImportSummary | None) -> None:
        if summary is None:
            self.result_panel.show_cancelled()
        else:
            self.result_panel.show_summary(summary)
        self._show_page(self._result_page)
        if summary is not None:
            self.imported.emit(summary)

    # ---- pages, closing, language -------------------------------------------------------------

    def _show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        on_mapping = page is self._mapping_page
        for button in (self.load_mapping_button, self.save_mapping_button, self.import_button):
            button.setVisible(on_mapping)
        self.choose_button.setVisible(page in (self._reading_page, self._mapping_page))
        self.cancel_button.setVisible(page is not self._result_page)
        self.close_button.setVisible(page is self._result_page)
        if page is self._result_page:
            self.close_button.setDefault(True)
            self.close_button.setFocus()

    def reject(self) -> None:
        if self._running:
            self.cancel_import()  # the lane finishes the rollback; the result page says so
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            self.cancel_import()
            event.ignore()
            return
        super().closeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a registration list"))
        self.sheet_caption.setText(self.tr("&Sheet:"))
        self.encoding_caption.setText(self.tr("&Encoding:"))
        self.encoding_doubt.setText(
            self.tr("The text encoding could not be told for certain. Check that the names below read correctly; if not, choose the encoding that shows them right.")
        )
        self.choose_button.setText(self.tr("Choose another &file…"))
        self.load_mapping_button.setText(self.tr("&Use saved meanings…"))
        self.save_mapping_button.setText(self.tr("Sa&ve meanings…"))
        self.import_button.setText(self.tr("&Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        if self._table is not None:
            self._describe_file()
            self._check_mapping()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
