"""Editing an attendee or registering a walk-in: every editable field, sessions, inline validation."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Mapping, Sequence

from babel import Locale
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from checkin.domain.countries import country_code
from checkin.domain.model import Attendee, Session, Status
from checkin.domain.text import fold
from checkin.i18n import UserError
from checkin.services import attendees as attendee_service
from checkin.storage.database import Database
from checkin.ui import journal_format
from checkin.ui.labels import field_label, language_name, session_kind_label, status_label
from checkin.ui.language import ui_language
from checkin.ui.plain_text import message_box, shown
from checkin.ui.workers import DatabaseLane, Operation
from checkin.ui.screen_fit import limit_minimum

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ERROR_STYLE = "QLabel { color: #b3261e; font-weight: 600; }"
_TEXT_FIELDS = ("first_name", "last_name", "organisation", "position", "city", "email")


@lru_cache(maxsize=4)
def _countries(language: str) -> tuple[tuple[str, str], ...]:
    """(name in ``language``, ISO code) for every country, in alphabetical order of the name."""
    names = Locale.parse(language).territories
    pairs = [(name, code) for code, name in names.items() if country_code(code) == code]
    return tuple(sorted(pairs, key=lambda pair: fold(pair[0])))


class AttendeeDialog(QDialog):
    """Edits ``attendee``, or registers a walk-in when it is None; emits ``saved`` with the result.

    Edits and walk-ins are journalled with ``station``, ``operator`` and ``station_id`` (this
    computer's, from checkin.services.machine). ``save_walk_in(fields) -> Attendee``, run on the
    lane, replaces the plain service for walk-ins: a station's, which queues them while offline.
    """

    saved = Signal(object)  # the Attendee as stored

    def __init__(
        self,
        lane: DatabaseLane,
        db: Database,
        sessions: Sequence[Session],
        categories: Sequence[str],
        event_languages: Sequence[str],
        attendee: Attendee | None = None,
        parent: QWidget | None = None,
        timezone: str = "Europe/Brussels",
        *,
        station: str = "",
        operator: str = "",
        station_id: str = "",
        save_walk_in: Callable[[dict], Attendee] | None = None,
        offer_check_in: bool = False,
        session_counts: Mapping[str, int] | None = None,
    ):
        super().__init__(parent)
        self._timezone = timezone
        self._recorded_as = {"station": station, "operator": operator, "station_id": station_id}
        self._save_walk_in = save_walk_in
        self._lane = lane
        self._db = db
        self._attendee = attendee
        self._sessions = list(sessions)
        self._session_counts = dict(session_counts or {})
        self._full_sessions_confirmed: frozenset[str] = frozenset()
        self._activated = False
        self._shown_values: dict | None = None  # the fields as first shown: Esc asks once they changed

        self._edits = {name: QLineEdit() for name in _TEXT_FIELDS}
        self.country_combo = QComboBox()
        self.country_combo.setEditable(True)
        self.country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.country_combo.model(), self.country_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.country_combo.setCompleter(completer)
        self.category_combo = QComboBox()
        self.category_combo.setEditable(True)
        self.category_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category_combo.addItems(["", *categories])
        self.language_combo = QComboBox()
        self._badge_languages = list(dict.fromkeys([*event_languages, "en", "fr"]))
        if attendee is not None and attendee.badge_language and attendee.badge_language not in self._badge_languages:
            self._badge_languages.append(attendee.badge_language)
        self.status_combo = QComboBox()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.sessions_list = QListWidget()
        # Session titles are long and often bilingual: wrap them rather than scroll sideways.
        self.sessions_list.setWordWrap(True)
        self.sessions_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sessions_list.setMinimumHeight(260)
        self.sessions_list.setSpacing(2)
        for session in self._sessions:
            item = QListWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sessions_list.addItem(item)
        self.no_sessions_label = QLabel()
        self.no_sessions_label.setWordWrap(True)
        self.no_sessions_label.setEnabled(False)
        self.sessions_list.setVisible(bool(self._sessions))
        self.no_sessions_label.setVisible(not self._sessions)

        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Set, not inherited: the columns' wide gap would otherwise space the rows apart too.
        self._form.setVerticalSpacing(10)
        self._form.setHorizontalSpacing(12)
        self._form_order = ("first_name", "last_name", "organisation", "position", "city", "country", "category",
                            "email", "badge_language", "status")
        self._captions: dict[str, QLabel] = {}
        for name in self._form_order:
            widget = self._field_widget(name)
            caption = QLabel()
            caption.setBuddy(widget)
            self._captions[name] = caption
            self._form.addRow(caption, widget)

        self._sessions_caption = QLabel()
        self._sessions_caption.setBuddy(self.sessions_list)
        self._notes_caption = QLabel()
        self._notes_caption.setBuddy(self.notes_edit)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self._sessions_caption)
        right.addWidget(self.sessions_list, 1)
        right.addWidget(self.no_sessions_label)
        right.addWidget(self._notes_caption)
        right.addWidget(self.notes_edit)

        left = QVBoxLayout()
        left.addLayout(self._form)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.hide()
        # A walk-in at the desk: checked in and their badge printed in the same step, unless unticked.
        self.check_in_box = QCheckBox()
        self.check_in_box.setChecked(True)
        self.check_in_box.setVisible(offer_check_in and attendee is None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.check_in_box)
        layout.addWidget(self.buttons)

        # Tab follows the form down, then the sessions and the notes (not the order of creation).
        chain = [self._field_widget(name) for name in self._form_order]
        chain += [self.sessions_list, self.notes_edit, self.check_in_box, *self.buttons.buttons()]
        for before, after in zip(chain, chain[1:]):
            self.setTabOrder(before, after)

        self._retranslate()
        self._fill(attendee)
        limit_minimum(self, width=940)
        self._edits["first_name"].setFocus()

    def _field_widget(self, name: str) -> QWidget:
        if name in self._edits:
            return self._edits[name]
        return {
            "country": self.country_combo,
            "category": self.category_combo,
            "badge_language": self.language_combo,
            "status": self.status_combo,
        }[name]

    # ---- filling and reading the fields -------------------------------------------------------

    def _fill_choices(self) -> None:
        """The combo boxes whose item texts depend on the interface language."""
        country = self._country_value() if self.country_combo.count() else (self._attendee.country if self._attendee else "")
        self.country_combo.clear()
        self.country_combo.addItem("", "")
        for name, code in _countries(ui_language()):
            self.country_combo.addItem(name, code)
        self._select_country(country or "")

        language = self.language_combo.currentData() if self.language_combo.count() else None
        self.language_combo.clear()
        self.language_combo.addItem(self.tr("Same as the event"), "")
        for code in self._badge_languages:
            self.language_combo.addItem(language_name(code), code)
        if language is not None:
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

        status = self.status_combo.currentData() if self.status_combo.count() else None
        self.status_combo.clear()
        for value in Status:
            self.status_combo.addItem(status_label(value), value.value)
        if status is not None:
            self.status_combo.setCurrentIndex(self.status_combo.findData(status))

        for row, session in enumerate(self._sessions):
            self.sessions_list.item(row).setText(f"{shown(session.title)}\n{session_kind_label(session.kind)}{self._when(session)}")

    def _when(self, session: Session) -> str:
        if session.starts_at is None:
            return ""
        start = journal_format.event_time(session.starts_at, self._timezone)
        return f" · {journal_format.day_text(start)}, {start:%H:%M}"

    def _select_country(self, code: str) -> None:
        index = self.country_combo.findData(code) if code else 0
        if index >= 0:
            self.country_combo.setCurrentIndex(index)
        else:
            self.country_combo.setEditText(code)

    def _fill(self, a: Attendee | None) -> None:
        if a is None:
            self.status_combo.setCurrentIndex(self.status_combo.findData(Status.REGISTERED.value))
            return
        for name, edit in self._edits.items():
            edit.setText(getattr(a, name))
            edit.setCursorPosition(0)  # show a long email from its start
        self._select_country(a.country)
        self.category_combo.setEditText(a.category)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(a.badge_language)))
        self.status_combo.setCurrentIndex(self.status_combo.findData(a.status.value))
        self.notes_edit.setPlainText(a.notes)
        chosen = set(a.session_ids)
        for row in range(self.sessions_list.count()):
            item = self.sessions_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def prefill(self, **values: str) -> None:
        """Start a walk-in from what the desk already typed (e.g. the searched name)."""
        for name, value in values.items():
            self._edits[name].setText(value)

    def _country_value(self) -> str | None:
        """The chosen country's ISO code, "" for none, None when the text is not a country."""
        text = self.country_combo.currentText().strip()
        if not text:
            return ""
        index = self.country_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.country_combo.itemData(index)
        return country_code(text)

    def values(self) -> dict:
        """Every editable field as the service takes it."""
        fields = {name: edit.text().strip() for name, edit in self._edits.items()}
        fields.update(
            country=self._country_value(),
            category=self.category_combo.currentText().strip(),
            badge_language=self.language_combo.currentData() or "",
            status=self.status_combo.currentData(),
            notes=self.notes_edit.toPlainText().strip(),
            session_ids=tuple(
                self.sessions_list.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.sessions_list.count())
                if self.sessions_list.item(row).checkState() == Qt.CheckState.Checked
            ),
        )
        return fields

    def _problem(self, fields: dict) -> tuple[str, QWidget] | None:
        if not (fields["first_name"] or fields["last_name"]):
            return self.tr("Enter a given name or a family name."), self._edits["first_name"]
        if fields["country"] is None:
            return (
                self.tr("“{country}” is not a country we know. Pick one from the list or type its two-letter code.")
                .format(country=self.country_combo.currentText().strip()),
                self.country_combo,
            )
        if fields["email"] and not _EMAIL.match(fields["email"]):
            return self.tr("“{email}” does not look like an email address.").format(email=fields["email"]), self._edits["email"]
        return None

    def check_in_now(self) -> bool:
        """A walk-in to check in and print at once (the box offered and left ticked)."""
        return self._attendee is None and not self.check_in_box.isHidden() and self.check_in_box.isChecked()

    def _full_sessions(self, fields: dict) -> list[Session]:
        """The chosen sessions with no place left for this person (an edit keeps the places it had)."""
        had = set(self._attendee.session_ids) if self._attendee is not None and self._attendee.status.is_active else set()
        return [
            s for s in self._sessions
            if s.id in fields["session_ids"] and s.id not in had and s.capacity
            and self._session_counts.get(s.id, 0) >= s.capacity
        ]

    def _changes(self, fields: dict) -> dict:
        a = self._attendee
        changes = {}
        for name, value in fields.items():
            current = getattr(a, name)
            if name == "status":
                current = current.value
            elif name == "session_ids":
                value, current = set(value), set(current)
            if value != current:
                changes[name] = fields[name]
        return changes

    # ---- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        fields = self.values()
        problem = self._problem(fields)
        if problem is not None:
            text, widget = problem
            self.show_problem(text)
            widget.setFocus()
            return
        full = self._full_sessions(fields)
        if full and frozenset(s.id for s in full) != self._full_sessions_confirmed:
            # Said before anything is booked; the same button books anyway once it has been read.
            self._full_sessions_confirmed = frozenset(s.id for s in full)
            lines = [self.tr("“{title}” is full ({count} of {capacity} places taken).").format(
                title=s.title, count=self._session_counts.get(s.id, 0), capacity=s.capacity) for s in full]
            button = self.buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "")
            lines.append(self.tr("Untick it, or press “{button}” again to book the place anyway.").format(button=button))
            self.show_problem("\n".join(lines))
            self.sessions_list.setFocus()
            return
        db, recorded_as, save_walk_in = self._db, self._recorded_as, self._save_walk_in
        if self._attendee is None and save_walk_in is not None:
            operation = Operation(lambda: save_walk_in(fields), parent=self)
        elif self._attendee is None:
            operation = Operation(lambda: attendee_service.add_walk_in(db, fields, **recorded_as), parent=self)
        else:
            changes = self._changes(fields)
            if not changes:
                self.accept()
                return
            attendee_id = self._attendee.id
            operation = Operation(lambda: attendee_service.update_attendee(db, attendee_id, changes, **recorded_as),
                                  parent=self)
        self.buttons.setEnabled(False)
        self.show_problem("")
        operation.on_success(self._on_saved).on_user_error(self._on_user_error)
        operation.on_finished(lambda: self.buttons.setEnabled(True)).run_on(self._lane)

    def show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _on_saved(self, attendee: Attendee) -> None:
        self._shown_values = None  # saved: nothing left to lose
        self.saved.emit(attendee)
        self.accept()

    # ---- opening and leaving ------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._shown_values is None and not self.result():
            self._shown_values = self.values()
            self._edits["first_name"].setFocus(Qt.FocusReason.OtherFocusReason)
            self._place_cursor()

    def _place_cursor(self) -> None:
        """The cursor at the end of the first field, nothing selected: a key typed by mistake (an
        Enter, a search meant for the desk) must not replace what is there."""
        first = self._edits["first_name"]
        if self.focusWidget() is first:
            first.deselect()
            first.end(False)

    def has_unsaved_input(self) -> bool:
        return self._shown_values is not None and self.values() != self._shown_values

    def reject(self) -> None:
        """Esc or Cancel: with something typed, ask before throwing it away."""
        if not self.has_unsaved_input():
            super().reject()
            return
        if self._attendee is None:
            question = self.tr("Discard this walk-in? What was typed will be lost.")
        else:
            question = self.tr("Discard the changes to {name}?").format(name=self._attendee.full_name)
        box = message_box(QMessageBox.Icon.Question, self.windowTitle(), question, self)  # it names the person
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._discard() if button is discard else None)
        box.open()

    def _discard(self) -> None:
        self._shown_values = None
        super().reject()

    def _on_user_error(self, error: UserError) -> None:
        self.show_problem(str(error))

    # ---- language -----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        if self._attendee is None:
            self.setWindowTitle(self.tr("Add a walk-in"))
        else:
            self.setWindowTitle(self.tr("Edit {name}").format(name=shown(self._attendee.full_name)))
        for name, caption in self._captions.items():
            caption.setText(self.tr("{field}:").format(field=field_label(name)))  # French puts a space before the colon
        self._sessions_caption.setText(self.tr("{field}:").format(field=self.tr("Sessions")))
        self._notes_caption.setText(self.tr("{field}:").format(field=self.tr("Notes")))
        self.no_sessions_label.setText(self.tr("This event has no sessions yet."))
        self._edits["email"].setPlaceholderText(self.tr("name@example.org"))
        self.country_combo.lineEdit().setPlaceholderText(self.tr("Type a country name or code"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Add walk-in") if self._attendee is None else self.tr("Save changes"))
        self.check_in_box.setText(self.tr("&Check in and print the badge now"))
        self._fill_choices()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and not self._activated:
            # Activation gives the focus back with a reason that selects the field's text: undo that.
            self._activated = True
            QTimer.singleShot(0, self, self._place_cursor)
        super().changeEvent(event)
