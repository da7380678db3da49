"""The desk window's care of the event file: File › Save a copy…, File › Restore from backup…, and
a rolling automatic backup every few minutes while things change.

Plugs into :class:`DeskWindow` through its signals, as the export and badge actions do. The copies
go through checkin.storage.backup (SQLite's online backup API), on the database lane.
"""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from checkin.storage import backup
from checkin.ui import file_dialogs
from checkin.ui.plain_text import message_box
from checkin.ui.event_loading import LoadedEvent
from checkin.ui.workers import Operation

DEFAULT_MINUTES = 10


def _when(at: datetime) -> str:
    """A backup's time with the weekday and month in the interface's language ("Tue 8 Dec 2026 10:25")."""
    return QLocale().toString(QDateTime(at), "ddd d MMM yyyy HH:mm")


def backup_interval_ms() -> int:
    """Minutes between automatic backups: $CHECKIN_BACKUP_MINUTES, else 10."""
    try:
        minutes = float(os.environ.get("CHECKIN_BACKUP_MINUTES", DEFAULT_MINUTES))
    except ValueError:
        minutes = DEFAULT_MINUTES
    return max(1, int(minutes * 60_000))


class DeskEventFileActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._last_fingerprint: tuple[int, int] | None = None
        self.save_copy = QAction(window)
        self.save_copy.triggered.connect(self.choose_copy_path)
        self.restore = QAction(window)
        self.restore.triggered.connect(self.show_restore_dialog)
        menus = window.menus
        actions = menus.file_menu.actions()
        before_close = actions[actions.index(menus.close_event) - 1]  # the separator above Close
        menus.file_menu.insertActions(before_close, [self.save_copy, self.restore])
        self.timer = QTimer(self)
        self.timer.setInterval(backup_interval_ms())
        self.timer.timeout.connect(self.back_up_if_changed)
        window.event_opened.connect(self._on_window_event_opened)
        window.event_closed.connect(self._on_window_event_closed)
        window.installEventFilter(self)
        self._retranslate()
        self._enable(window.loaded)

    def _file_event(self) -> LoadedEvent | None:
        loaded = self._window.loaded
        return loaded if loaded is not None and loaded.db.is_sqlite else None

    def _enable(self, loaded: LoadedEvent | None) -> None:
        on_file = loaded is not None and loaded.db.is_sqlite
        self.save_copy.setEnabled(on_file)
        self.restore.setEnabled(on_file)

    # ---- automatic backups -------------------------------------------------------------------

    def back_up_if_changed(self) -> None:
        """One rolling backup when the scan log or the journal grew since the last one."""
        loaded = self._file_event()
        if loaded is None or loaded.db.read_only:
            return
        db, last = loaded.db, self._last_fingerprint

        def work():
            now = backup.change_fingerprint(db)
            if now != last:
                backup.snapshot(db, "auto")
            return now

        operation = Operation(work, self)
        operation.on_success(self._on_backed_up)
        operation.on_user_error(lambda error: self._window.statusBar().showMessage(str(error), 10_000))
        operation.run_on(self._window.lane)

    def _on_backed_up(self, fingerprint: tuple[int, int]) -> None:
        self._last_fingerprint = fingerprint

    # ---- Save a copy -------------------------------------------------------------------------

    def choose_copy_path(self) -> None:
        loaded = self._file_event()
        location = self._window.location
        if loaded is None or location is None:
            return
        source = Path(location)
        suggested = source.with_name(f"{source.stem} {datetime.now():%Y-%m-%d %H-%M}.checkin")
        path, _filter = file_dialogs.save_file_name(
            self._window, self.tr("Save a copy of the event"), str(suggested), self.tr("Event files (*.checkin)")
        )
        if path:
            self.save_copy_to(path if path.endswith(".checkin") else path + ".checkin")

    def save_copy_to(self, path: str) -> None:
        loaded = self._file_event()
        if loaded is None:
            return
        db = loaded.db
        operation = Operation(lambda: backup.copy_event(db, path), self)
        operation.on_success(
            lambda written: self._window.statusBar().showMessage(self.tr("Saved a copy of the event to {path}.").format(path=written), 10_000)
        )
        operation.run_on(self._window.lane)

    # ---- Restore -----------------------------------------------------------------------------

    def show_restore_dialog(self) -> "RestoreDialog | None":
        loaded = self._file_event()
        location = self._window.location
        if loaded is None or location is None:
            return None
        db = loaded.db
        operation = Operation(lambda: backup.list_backups(backup.event_id(db)), self)
        dialog = RestoreDialog(Path(location), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._offer_to_open)
        operation.on_success(dialog.show_backups)
        operation.run_on(self._window.lane)
        dialog.open()
        return dialog

    def _offer_to_open(self, path: str) -> None:
        box = message_box(
            QMessageBox.Icon.Question, self.tr("Backup restored"),
            self.tr("The backup was restored as a new event file:\n{path}\n\nOpen it now? The current event stays as it is.").format(path=path),
            self._window, QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda code: code == QMessageBox.StandardButton.Open and self._window.open_event(path))
        box.open()

    # ---- window signals ----------------------------------------------------------------------

    def _on_window_event_opened(self, loaded: LoadedEvent) -> None:
        self._enable(loaded)
        self._last_fingerprint = None
        if loaded.db.is_sqlite and not loaded.db.read_only:
            db = loaded.db
            operation = Operation(lambda: backup.change_fingerprint(db), self)
            operation.on_success(self._on_backed_up)
            operation.run_on(self._window.lane)
            self.timer.start()

    def _on_window_event_closed(self) -> None:
        self.timer.stop()
        self._enable(None)

    def _retranslate(self) -> None:
        self.save_copy.setText(self.tr("Sa&ve a copy…"))
        self.restore.setText(self.tr("Res&tore from backup…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


class RestoreDialog(QDialog):
    """The event's automatic backups, newest first; the chosen one becomes a new event file."""

    restored = Signal(str)

    def __init__(self, event_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self._event_path = event_path
        self._window = parent
        self.setWindowTitle(self.tr("Restore from backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Backups are made every few minutes while the event changes, and before each import. Restoring makes "
            "a new event file from the one you choose; the current file is left as it is."
        ))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Restore as a new file…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 360)

    def _reason(self, reason: str) -> str:
        return {
            "auto": self.tr("automatic"),
            "before-import": self.tr("before an import"),
            "before-upgrade": self.tr("before an app upgrade"),
        }.get(reason, reason)

    def show_backups(self, backups: list[backup.Backup]) -> None:
        self.list.clear()
        for entry in backups:
            size = self.tr("{size} KiB").format(size=QLocale().toString(entry.size // 1024))
            text = f"{_when(entry.taken_at)} — {self._reason(entry.reason)} — {size}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            self.list.addItem(item)
        if not backups:
            self.list.addItem(QListWidgetItem(self.tr("No backups of this event yet.")))
            self.list.setEnabled(False)
        else:
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(bool(backups))

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not chosen:
            return
        suggested = self._event_path.with_name(f"{self._event_path.stem} (restored {datetime.now():%Y-%m-%d %H-%M}).checkin")
        path, _filter = file_dialogs.save_file_name(self, self.tr("Restore the backup as"), str(suggested), self.tr("Event files (*.checkin)"))
        if path:
            self.restore_to(chosen, path if path.endswith(".checkin") else path + ".checkin")

    def restore_to(self, chosen: str, path: str) -> None:
        lane = self._window.lane
        operation = Operation(lambda: backup.restore(chosen, path), self)
        operation.on_success(lambda written: (self.accept(), self.restored.emit(str(written))))
        operation.on_user_error(self._on_restore_refused)
        operation.run_on(lane)

    def _on_restore_refused(self, error) -> None:
        box = message_box(QMessageBox.Icon.Warning, self.windowTitle(), str(error), self, QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
