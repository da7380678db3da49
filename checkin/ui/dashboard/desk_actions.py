"""The desk window's way into the dashboard: View › Attendance dashboard opens one on the open event.

Plugs into :class:`DeskWindow` through its signals, as the badge actions do. Each dashboard reads the
event on its own connection; when the desk closes its event or opens another, the dashboards of the
old one close with it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from checkin.ui.dashboard.dashboard_window import DashboardWindow
from checkin.ui.event_loading import LoadedEvent


class DeskDashboardActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.open_dashboard = QAction(window)
        self.open_dashboard.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.open_dashboard.triggered.connect(self.show_dashboard)
        menu = window.menus.view_menu
        menu.insertAction(window.menus.language_menu.menuAction(), self.open_dashboard)
        menu.insertSeparator(window.menus.language_menu.menuAction())
        window.event_opened.connect(self._on_window_event_opened)
        window.event_closed.connect(self._on_window_event_closed)
        window.attendee_changed.connect(self._on_window_attendee_changed)
        window.installEventFilter(self)
        self._retranslate()
        self.open_dashboard.setEnabled(window.loaded is not None)

    def dashboards(self) -> list[DashboardWindow]:
        return self._window.findChildren(DashboardWindow)

    def show_dashboard(self) -> DashboardWindow | None:
        """Open another dashboard window on the desk's event (one per screen, say)."""
        if self._window.location is None:
            return None
        dashboard = DashboardWindow(self._window.location, self._window)
        dashboard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dashboard.show()
        return dashboard

    def _on_window_event_opened(self, _loaded: LoadedEvent) -> None:
        self.open_dashboard.setEnabled(True)
        for dashboard in self.dashboards():
            if dashboard.location != self._window.location:
                dashboard.close()

    def _on_window_event_closed(self) -> None:
        self.open_dashboard.setEnabled(False)
        for dashboard in self.dashboards():
            dashboard.close()

    def _on_window_attendee_changed(self, _attendee) -> None:
        for dashboard in self.dashboards():
            dashboard.refresh_now(full=True)  # a cancellation or a category changed: not in the change marker

    def _retranslate(self) -> None:
        self.open_dashboard.setText(self.tr("Attendance &dashboard"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False
