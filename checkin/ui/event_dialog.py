"""Creating an event: name, dates, venue, time zone, badge languages and the event file."""
from __future__ import annotations

import re
import zoneinfo
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.i18n import UserError
from checkin.services import event as event_service
from checkin.storage.database import EVENT_SUFFIX
from checkin.ui.labels import language_name
from checkin.ui.workers import DatabaseLane, Operation
from checkin.ui import file_dialogs

DEFAULT_TIMEZONE = "Europe/Brussels"
OFFERED_LANGUAGES = ("en", "fr", "de", "es", "it", "nl")
_ERROR_STYLE = "QLabel { color: #b3261e; font-weight: 600; }"


def with_event_suffix(path: str) -> str:
    """``path`` ending in .checkin, whatever the user typed."""
    p = Path(path)
    return str(p if p.suffix.lower() == EVENT_SUFFIX else p.with_name(p.name + EVENT_SUFFIX))


def _file_stem(name: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", name, flags=re.UNICODE).strip().replace(" ", "-")
    return stem[:60] or "event"


class NewEventDialog(QDialog):
    """Creates the event on the database lane; emits ``created(db, event, path)`` and closes."""

    created = Signal(object, object, str)

    def __init__(self, lane: DatabaseLane, parent: QWidget | None = None):
        super().__init__(parent)
        self._lane = lane
        self._file_chosen_by_hand = False

        self.name_edit = QLineEdit()
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        today = QDate.currentDate()
        self.start_edit = QDateEdit(today)
        self.end_edit = QDateEdit(today.addDays(2))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.start_edit.dateChanged.connect(self._on_start_edit_date_changed)
        self.venue_edit = QLineEdit()
        self.timezone_combo = QComboBox()
        self.timezone_combo.setEditable(True)
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone_combo.addItems(sorted(zoneinfo.available_timezones()))
        self.timezone_combo.setCurrentText(DEFAULT_TIMEZONE)
        completer = QCompleter(self.timezone_combo.model(), self.timezone_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.timezone_combo.setCompleter(completer)
        self.language_boxes = {code: QCheckBox(language_name(code)) for code in OFFERED_LANGUAGES}
        for code in ("en", "fr"):
            self.language_boxes[code].setChecked(True)
        languages = QHBoxLayout()
        for box in self.language_boxes.values():
            languages.addWidget(box)
        languages.addStretch(1)
        self.file_edit = QLineEdit()
        self.file_edit.textEdited.connect(self._on_file_edit_text_edited)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)

        self._captions = [QLabel() for _ in range(7)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, field in zip(
            self._captions,
            (self.name_edit, self.start_edit, self.end_edit, self.venue_edit, self.timezone_combo, languages, file_row),
        ):
            if isinstance(field, QWidget):
                caption.setBuddy(field)
            form.addRow(caption, field)
        self._captions[6].setBuddy(self.file_edit)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self._retranslate()
        self._suggest_file()

    def _default_folder(self) -> Path:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents or Path.home())

    def _suggest_file(self) -> None:
        if not self._file_chosen_by_hand:
            name = self.name_edit.text()
            self.file_edit.setText(str(self._default_folder() / (_file_stem(name) + EVENT_SUFFIX)))

    def _on_name_edit_text_changed(self, _text: str) -> None:
        self._suggest_file()

    def _on_file_edit_text_edited(self, _text: str) -> None:
        self._file_chosen_by_hand = True

    def _on_start_edit_date_changed(self, start: QDate) -> None:
        if self.end_edit.date() < start:
            self.end_edit.setDate(start)

    def _on_browse_button_clicked(self) -> None:
        path, _filter = file_dialogs.save_file_name(
            self, self.tr("Save the event as"), self.file_edit.text(), self.tr("Check-in events (*.checkin)")
        )
        if path:
            self.file_edit.setText(with_event_suffix(path))
            self._file_chosen_by_hand = True

    def create(self) -> None:
        name = self.name_edit.text().strip()
        languages = tuple(code for code, box in self.language_boxes.items() if box.isChecked())
        timezone = self.timezone_combo.currentText().strip()
        path = self.file_edit.text().strip()
        if not name:
            return self._refuse(self.tr("Give the event a name."), self.name_edit)
        if self.end_edit.date() < self.start_edit.date():
            return self._refuse(self.tr("The event ends before it starts. Check the dates."), self.end_edit)
        if timezone not in zoneinfo.available_timezones():
            return self._refuse(
                self.tr("“{zone}” is not a time zone. Pick one from the list, e.g. Europe/Brussels.").format(zone=timezone),
                self.timezone_combo,
            )
        if not languages:
            return self._refuse(self.tr("Choose at least one badge language."), self.language_boxes["en"])
        if not path:
            return self._refuse(self.tr("Choose where to save the event file."), self.file_edit)
        path = with_event_suffix(path)
        self.file_edit.setText(path)
        start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        venue = self.venue_edit.text()

        def work():
            db, event = event_service.new_event(path, name, start, end, venue, timezone, languages)
            return db, event

        self.buttons.setEnabled(False)
        self.show_problem("")
        operation = Operation(work, parent=self)
        operation.on_success(lambda result: self._on_created(result, path)).on_user_error(self._on_user_error)
        operation.on_finished(lambda: self.buttons.setEnabled(True)).run_on(self._lane)

    def _refuse(self, text: str, widget: QWidget) -> None:
        self.show_problem(text)
        widget.setFocus()

    def show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _on_created(self, result, path: str) -> None:
        db, event = result
        self.created.emit(db, event, path)
        self.accept()

    def _on_user_error(self, error: UserError) -> None:
        self.show_problem(str(error))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New event"))
        texts = (
            self.tr("Event &name:"),
            self.tr("&First day:"),
            self.tr("&Last day:"),
            self.tr("&Venue:"),
            self.tr("&Time zone:"),
            self.tr("Badge languages:"),
            self.tr("Event &file:"),
        )
        for caption, text in zip(self._captions, texts):
            caption.setText(text)
        self.name_edit.setPlaceholderText(self.tr("e.g. Security, Democracy & Cities"))
        self.venue_edit.setPlaceholderText(self.tr("e.g. The Square, Brussels"))
        self.browse_button.setText(self.tr("&Choose…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create event"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
