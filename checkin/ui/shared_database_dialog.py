"""The "Shared database" dialog: where the venue's PostgreSQL server is, a connection test, and this computer's station name.

Every connection attempt runs on the thread pool with a short timeout, so a wrong address or a
dead server never freezes the window; the dialog's buttons wait instead. Opening the event goes
through the window's own open path with the URL *without* its password (that is what the recent
events list keeps): the password is handed to :mod:`checkin.services.machine` first, which fills
it in again whenever the event is opened.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sqlalchemy.exc import SQLAlchemyError

from checkin.i18n import UserError
from checkin.services import machine
from checkin.services import shared_database as shared
from checkin.services.machine import MachineSettings
from checkin.services.shared_database import Address, ConnectionCheck, Outcome
from checkin.ui.workers import run_in_pool, unexpected_error_text
from checkin.ui import file_dialogs

log = logging.getLogger(__name__)

_STYLES = {
    "busy": "QLabel { background: #eef1f5; color: #1f2a37; border: 1px solid #c9d1dc; border-radius: 4px; padding: 8px 10px; }",
    "good": "QLabel { background: #e3f1e6; color: #1d5a2c; border: 1px solid #a9d3b3; border-radius: 4px; padding: 8px 10px; }",
    "notice": "QLabel { background: #fff4ce; color: #4d3b00; border: 1px solid #e3c35a; border-radius: 4px; padding: 8px 10px; }",
    "bad": "QLabel { background: #fde7e4; color: #5f1410; border: 1px solid #e8a49c; border-radius: 4px; padding: 8px 10px; }",
}


class SharedDatabaseDialog(QDialog):
    """Emits ``open_requested(url)`` (the URL without its password) when the event there should be opened."""

    open_requested = Signal(str)
    checked = Signal(object)  # ConnectionCheck: a test (or the check before opening) is over

    def __init__(self, parent: QWidget | None = None, settings: MachineSettings | None = None):
        super().__init__(parent)
        self.settings = settings if settings is not None else MachineSettings.load()
        self.last_check: ConnectionCheck | None = None
        self._busy = False

        self.saved_combo = QComboBox()
        self.saved_combo.activated.connect(self._on_saved_combo_activated)
        self.host_edit = QLineEdit()
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(shared.DEFAULT_PORT)
        self.port_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.port_spin.setMinimumWidth(self.port_spin.fontMetrics().horizontalAdvance("655350") + 40)
        self.database_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox()
        self.remember_box.setChecked(True)
        self.keychain_note = QLabel()
        self.keychain_note.setWordWrap(True)
        self.keychain_note.setStyleSheet("QLabel { color: #5c5f66; }")
        self.keychain_note.hide()
        self.label_edit = QLineEdit()
        self.station_edit = QLineEdit(self.settings.station_name)
        self.station_id_label = QLabel(self.settings.station_id)
        self.station_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.station_id_label.setStyleSheet("QLabel { color: #5c5f66; }")

        self._captions: dict[str, QLabel] = {}
        server_form = self._form([("saved", self.saved_combo), ("host", self.host_edit), ("port", self.port_spin),
                                  ("database", self.database_edit), ("user", self.user_edit),
                                  ("password", self.password_edit), ("", self.remember_box), ("", self.keychain_note),
                                  ("label", self.label_edit)])
        self.server_box = QGroupBox()
        self.server_box.setLayout(server_form)
        self.station_box = QGroupBox()
        self.station_box.setLayout(self._form([("station", self.station_edit), ("station_id", self.station_id_label)]))

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.create_button)
        empty_row.addWidget(self.copy_button)
        empty_row.addStretch(1)
        self.empty_actions = QWidget()
        self.empty_actions.setLayout(empty_row)
        empty_row.setContentsMargins(0, 0, 0, 0)
        self.empty_actions.hide()

        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test_connection)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.buttons.accepted.connect(self.open_event)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(self.server_box)
        layout.addWidget(self.station_box)
        layout.addWidget(self.result_label)
        layout.addWidget(self.empty_actions)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.test_button)  # apart from Open and Cancel: it changes nothing
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.setMinimumWidth(600)

        for edit in (self.host_edit, self.database_edit, self.user_edit, self.password_edit):
            edit.textEdited.connect(self._on_address_edited)
        self.port_spin.valueChanged.connect(self._on_address_edited)
        self._fill_saved_combo()
        last = self.settings.last_connection()
        if last is not None:
            self._show_connection(last)
        self._retranslate()
        if self.settings.notice is not None:  # this computer's settings file was unreadable
            self._show_result(str(self.settings.notice), "notice")
        (self.password_edit if self.host_edit.text() else self.host_edit).setFocus()
        run_in_pool(machine.keyring_usable, self._on_keychain_known, receiver=self)

    def _form(self, rows: list[tuple[str, QWidget]]) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, field in rows:
            if name:
                self._captions[name] = QLabel()
                self._captions[name].setBuddy(field)
                form.addRow(self._captions[name], field)
            else:
                form.addRow("", field)
        return form

    # ---- the fields ---------------------------------------------------------------------------

    def address(self) -> Address:
        return Address(self.host_edit.text().strip(), self.port_spin.value(), self.database_edit.text().strip(),
                       self.user_edit.text().strip())

    def url(self) -> str:
        """The database's URL without the password."""
        return self.address().url()

    def _url_with_password(self) -> str:
        typed = self.password_edit.text()
        return self.address().url(typed) if typed else machine.url_with_password(self.url())

    def _fill_saved_combo(self) -> None:
        self.saved_combo.clear()
        for connection in self.settings.connections:
            self.saved_combo.addItem(connection.title, connection.url)
        self.saved_combo.setVisible(bool(self.settings.connections))
        if "saved" in self._captions:
            self._captions["saved"].setVisible(bool(self.settings.connections))

    def _show_connection(self, connection: machine.SharedConnection) -> None:
        address = Address.of(connection.url)
        self.host_edit.setText(address.host)
        self.port_spin.setValue(address.port)
        self.database_edit.setText(address.database)
        self.user_edit.setText(address.user)
        self.password_edit.clear()
        self.label_edit.setText(connection.label)
        index = self.saved_combo.findData(connection.url)
        if index >= 0:
            self.saved_combo.setCurrentIndex(index)
        url = connection.url
        run_in_pool(lambda: machine.stored_password(url) is not None, self._on_stored_password_known, receiver=self)

    def _on_saved_combo_activated(self, index: int) -> None:
        found = self.settings.connection(self.saved_combo.itemData(index) or "")
        if found is not None:
            self._show_connection(found)
            self._on_address_edited()

    def _on_stored_password_known(self, stored: bool) -> None:
        self.password_edit.setPlaceholderText(self.tr("Kept on this computer; type to change it") if stored else "")

    def _on_keychain_known(self, usable: bool) -> None:
        self.remember_box.setEnabled(usable)
        if not usable:
            self.remember_box.setChecked(False)
            self.keychain_note.setText(str(machine.no_keychain_message()))
        self.keychain_note.setVisible(not usable)

    def _on_address_edited(self, *_args: Any) -> None:
        # A result about another address would mislead.
        self.last_check = None
        self.result_label.hide()
        self.empty_actions.hide()

    # ---- testing and opening -----------------------------------------------------------------

    def _missing_field(self) -> str:
        if not self.host_edit.text().strip():
            self.host_edit.setFocus()
            return self.tr("Type the server's address (its name or IP address on the venue network).")
        if not self.database_edit.text().strip():
            self.database_edit.setFocus()
            return self.tr("Type the name of the event's database on the server.")
        return ""

    def test_connection(self) -> None:
        """Connect on the pool and show what is there; ``checked`` is emitted with the result."""
        self._check(then=None)

    def open_event(self) -> None:
        """Check the database, keep this computer's settings, then ask the window to open the event there."""
        self._check(then=self._open_checked)

    def _check(self, then: Callable[[ConnectionCheck], None] | None) -> None:
        if self._busy:
            return
        missing = self._missing_field()
        if missing:
            self._show_result(missing, "bad")
            return
        self._set_busy(True, self.tr("Connecting to {host}…").format(host=self.address().host))
        url = self._url_with_password()
        run_in_pool(lambda: shared.check_connection(url), lambda found: self._on_checked(found, then),
                    self._on_failed, receiver=self)

    def _on_checked(self, found: ConnectionCheck, then: Callable[[ConnectionCheck], None] | None) -> None:
        self._set_busy(False)
        self.last_check = found
        self._show_result(str(found.message), "good" if found.outcome is Outcome.EVENT else
                          "notice" if found.outcome is Outcome.EMPTY else "bad")
        self.empty_actions.setVisible(found.outcome is Outcome.EMPTY)
        self.checked.emit(found)
        if then is not None and found.outcome is Outcome.EVENT:
            then(found)

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_result(str(error) if isinstance(error, UserError) else unexpected_error_text(), "bad")

    def _open_checked(self, _found: ConnectionCheck) -> None:
        """Keep the station name, the connection and the password, then hand the URL to the window."""
        try:
            self.settings.station_name = self.station_edit.text()
        except UserError as error:
            self._show_result(str(error), "bad")
            self.station_edit.setFocus()
            return
        url = self.url()
        password = self.password_edit.text()
        self.settings.remember_connection(url, self.label_edit.text())
        try:
            self.settings.save()
        except UserError as error:
            self._show_result(str(error), "bad")
            return
        if password:
            # Without a keychain this keeps it for this run only; the note under the box said so.
            machine.store_password(url, password, remember=self.remember_box.isChecked())
        station_id, name, server = self.settings.station_id, self.settings.station_name, self._url_with_password()
        run_in_pool(lambda: _register(server, station_id, name), lambda _done: None, receiver=None)
        self.open_requested.emit(url)
        self.accept()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for widget in (self.test_button, self.open_button, self.create_button, self.copy_button):
            widget.setEnabled(not busy)
        if busy:
            self.empty_actions.hide()
            self._show_result(text, "busy")

    def _show_result(self, text: str, kind: str) -> None:
        self.result_label.setStyleSheet(_STYLES[kind])
        self.result_label.setText(text)
        self.result_label.setVisible(bool(text))

    # ---- an empty database: a new event, or an event file copied in ---------------------------

    def _on_create_button_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New event on the shared database"), self.tr("Name of the event:"))
        if ok and name.strip():
            self.create_event(name.strip())

    def _on_copy_button_clicked(self) -> None:
        path, _filter = file_dialogs.open_file_name(self, self.tr("Copy an event file to the shared database"), "",
                                                    self.tr("Check-in events (*.checkin)"))
        if path:
            self.copy_event_file(path)

    def create_event(self, name: str) -> None:
        """Make a new event in the (empty) database, then open it."""
        url = self._url_with_password()
        self._set_busy(True, self.tr("Creating “{name}” on the server…").format(name=name))
        run_in_pool(lambda: shared.create_event_there(url, name), self._on_event_put_there, self._on_failed, receiver=self)

    def copy_event_file(self, path: str) -> None:
        """Copy a prepared event file into the (empty) database, then open it."""
        url = self._url_with_password()
        self._set_busy(True, self.tr("Copying the event file to the server…"))
        run_in_pool(lambda: shared.copy_event_file_there(path, url), self._on_event_put_there, self._on_failed,
                    receiver=self)

    def _on_event_put_there(self, _event: Any) -> None:
        self._set_busy(False)
        self.open_event()

    # ---- language -----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shared database"))
        self.server_box.setTitle(self.tr("The event's database server"))
        self.station_box.setTitle(self.tr("This computer"))
        captions = {
            "saved": self.tr("Used &before:"), "host": self.tr("&Server:"), "port": self.tr("&Port:"),
            "database": self.tr("&Database:"), "user": self.tr("&User:"), "password": self.tr("Pass&word:"),
            "label": self.tr("&Label:"), "station": self.tr("Station &name:"), "station_id": self.tr("Station id:"),
        }
        for name, text in captions.items():
            self._captions[name].setText(text)
            self._captions[name].setMinimumWidth(0)
        # Both boxes' fields start at the same place.
        widest = max(caption.sizeHint().width() for caption in self._captions.values())
        for caption in self._captions.values():
            caption.setMinimumWidth(widest)
        self._captions["saved"].setVisible(bool(self.settings.connections))
        self.host_edit.setPlaceholderText(self.tr("e.g. 192.168.1.10 or venue-server"))
        self.database_edit.setPlaceholderText(self.tr("e.g. summit2026"))
        self.user_edit.setPlaceholderText(self.tr("e.g. desk"))
        self.label_edit.setPlaceholderText(self.tr("e.g. Summit 2026, venue server"))
        self.label_edit.setToolTip(self.tr("How this database is listed under “Used before”"))
        self.remember_box.setText(self.tr("&Remember the password on this computer"))
        self.station_edit.setToolTip(self.tr("Scans, prints and walk-ins made here are logged under this name"))
        self.station_id_label.setToolTip(self.tr("Made once for this computer; the event tells stations apart by it"))
        self.test_button.setText(self.tr("&Test connection"))
        self.open_button.setText(self.tr("&Open"))
        self.create_button.setText(self.tr("&Create a new event here…"))
        self.copy_button.setText(self.tr("Cop&y an event file here…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def _register(url: str, station_id: str, name: str) -> None:
    """Put this station in the event's list of stations (best effort: opening the event does not depend on it)."""
    from checkin.services.event import open_event

    try:
        db, _event = open_event(url)
        try:
            machine.register_station(db, station_id, name)
        finally:
            db.dispose()
    except (UserError, SQLAlchemyError):
        log.warning("Could not record this station in the event", exc_info=True)


def show_shared_database_dialog(parent: QWidget, on_open: Callable[[str], None]) -> SharedDatabaseDialog:
    """Show the dialog over ``parent`` (window-modal, the event loop runs on); ``on_open(url)`` opens the event."""
    dialog = SharedDatabaseDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open_requested.connect(on_open)
    dialog.open()
    return dialog
