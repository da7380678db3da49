"""The desk window's way into exports: File › Export attendance… opens the export dialog on the open event.

Plugs into :class:`DeskWindow` through its signals, as the badge and dashboard actions do.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from checkin.ui.event_loading import LoadedEvent
from checkin.ui.reports.export_dialog import ExportDialog


class DeskReportActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.export = QAction(window)
        self.export.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export.triggered.connect(self.show_export_dialog)
        menus = window.menus
        actions = menus.file_menu.actions()
        after_import = actions[actions.index(menus.import_list) + 1]
        menus.file_menu.insertAction(after_import, self.export)
        window.event_opened.connect(self._on_window_event_opened)
        window.event_closed.connect(self._on_window_event_closed)
        window.installEventFilter(self)
        self._retranslate()
        self.export.setEnabled(window.loaded is not None)

    def show_export_dialog(self) -> ExportDialog | None:
        loaded = self._window.loaded
        if loaded is None or self._window.location is None:
            return None
        titles = [session.title for session in loaded.sessions]
        dialog = ExportDialog(self._window.location, loaded.event.name, titles, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_window_event_opened(self, _loaded: LoadedEvent) -> None:
        self.export.setEnabled(True)

    def _on_window_event_closed(self) -> None:
        self.export.setEnabled(False)
        for dialog in self._window.findChildren(ExportDialog):
            dialog.close()

    def _retranslate(self) -> None:
        self.export.setText(self.tr("&Export attendance and reports…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False
