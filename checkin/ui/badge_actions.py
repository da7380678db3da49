"""The desk window's badge actions: print the selected person's badge, batch printing, the designer.

Plugs into :class:`DeskWindow` through its signals, so the window itself knows nothing of printing:
a print worker per open event, the detail panel's Print badge button, a Badges menu, and the
table's printed/reprinted counts kept current after each print. On a shared server the badge is
read and its print journalled where the desk's station says (:attr:`DeskWindow.print_target_route`):
while offline, this laptop's replica, the print queued for the server.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTime
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from checkin.services.printing import PrintOutcome
from checkin.ui.badges.batch_print import BatchPrintDialog
from checkin.ui.badges.designer import BadgeDesignerDialog
from checkin.ui.badges.desk_print import DeskPrintWorker
from checkin.ui.badges.print_flow import PrintTarget
from checkin.ui.event_loading import LoadedEvent
from checkin.ui.printing import system_backend


class DeskBadgeActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._backend = system_backend()
        self.worker: DeskPrintWorker | None = None
        self._printers: dict[str, str] = {}  # attendee id → the printer their badge is on its way to

        self.print_selected = QAction(window)
        self.print_selected.setShortcut(QKeySequence.StandardKey.Print)
        self.print_selected.triggered.connect(self._on_print_selected_triggered)
        self.print_batch = QAction(window)
        self.print_batch.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.print_batch.triggered.connect(self.open_batch_print)
        self.designer = QAction(window)
        self.designer.triggered.connect(self.open_designer)
        self.desk_printer = QAction(window)
        self.desk_printer.triggered.connect(self._on_desk_printer_triggered)
        self.menu = QMenu(window)
        window.menuBar().insertMenu(window.menus.view_menu.menuAction(), self.menu)
        self.menu.addActions([self.print_selected, self.print_batch])
        self.menu.addSeparator()
        self.menu.addActions([self.designer, self.desk_printer])

        panel = window.desk.detail_panel
        panel.print_requested.connect(self._on_panel_print_requested)
        window.event_opened.connect(self._on_window_event_opened)
        window.event_closed.connect(self._on_window_event_closed)
        window.attendee_selected.connect(lambda _a: self._update_actions())
        window.walk_in_added.connect(self._on_window_walk_in_added)
        window.installEventFilter(self)
        self._retranslate()
        self._update_actions()

    # ---- the open event ----------------------------------------------------------------------

    def _on_window_event_opened(self, loaded: LoadedEvent) -> None:
        self._stop_worker()
        self.worker = DeskPrintWorker(self._window.lane, loaded.db, self._backend, self._window)
        self.worker.target = lambda: self._print_target(loaded)
        self.worker.print_succeeded.connect(self._on_worker_print_succeeded)
        self.worker.print_sending.connect(self._on_worker_print_sending)
        self.worker.print_failed.connect(self._on_worker_print_failed)
        self._window.desk.detail_panel.set_available_requests(print_badge=True)
        self._update_actions()

    def _print_target(self, loaded: LoadedEvent) -> PrintTarget:
        """On the lane: the desk's station decides (its replica while offline), else the event."""
        route = self._window.print_target_route
        return route() if route is not None else PrintTarget(loaded.db)

    def _on_window_event_closed(self) -> None:
        self._stop_worker()
        self._window.desk.detail_panel.set_available_requests(print_badge=False)
        self._update_actions()

    def _stop_worker(self) -> None:
        if self.worker is not None:
            self.worker.stop()  # before the lane stops: unfinished jobs are logged as not printed
            self.worker.deleteLater()
            self.worker = None

    def _update_actions(self) -> None:
        has_event = self.worker is not None
        self.print_selected.setEnabled(has_event and self._window.current_attendee() is not None)
        for action in (self.print_batch, self.designer, self.desk_printer):
            action.setEnabled(has_event)

    # ---- printing ----------------------------------------------------------------------------

    def _on_panel_print_requested(self, attendee_id: str) -> None:
        if self.worker is not None:
            self.worker.print_badge_for(attendee_id)

    def _on_print_selected_triggered(self) -> None:
        attendee = self._window.current_attendee()
        if attendee is not None:
            self._on_panel_print_requested(attendee.id)

    def _on_desk_printer_triggered(self) -> None:
        if self.worker is not None:
            self.worker.configure()

    def _on_window_walk_in_added(self, attendee, check_in: bool) -> None:
        if check_in:
            self._on_panel_print_requested(attendee.id)

    def _on_worker_print_sending(self, attendee_id: str, printer: str) -> None:
        self._printers[attendee_id] = printer
        text = self.tr("Printing the badge on {printer}…").format(printer=printer)
        self._window.desk.detail_panel.show_notice(attendee_id, text, "hint")
        self._window.statusBar().showMessage(text, 15_000)

    def _on_worker_print_succeeded(self, attendee_id: str, outcome: PrintOutcome) -> None:
        self._window.record_badges_printed([attendee_id])
        printer = self._printers.pop(attendee_id, "")
        text = self.tr("🖶 Badge printed on {printer} at {time}.").format(printer=printer, time=QTime.currentTime().toString("HH:mm"))
        self._window.desk.detail_panel.show_notice(attendee_id, text, "done")
        self._window.statusBar().showMessage(text, 15_000)

    def _on_worker_print_failed(self, attendee_id: str, text: str) -> None:
        self._printers.pop(attendee_id, None)
        self._window.desk.detail_panel.show_notice(attendee_id, self.tr("Badge not printed: {reason}").format(reason=text), "failed")

    def open_batch_print(self) -> BatchPrintDialog | None:
        loaded = self._window.loaded
        if loaded is None or self.worker is None:
            return None
        selected = self._window.desk.selected_attendee_ids()
        dialog = BatchPrintDialog(
            self._window.lane, loaded.db, self._backend, self._window.model.all_attendees(), loaded.sessions,
            selected_ids=selected, station=self.worker.station, operator=self.worker.operator, parent=self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.badges_printed.connect(self._window.record_badges_printed)
        dialog.open()
        return dialog

    def open_designer(self) -> BadgeDesignerDialog | None:
        loaded = self._window.loaded
        if loaded is None:
            return None
        dialog = BadgeDesignerDialog(self._window.lane, loaded.db, self._window.model.all_attendees(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # ---- language ----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Badges"))
        self.print_selected.setText(self.tr("&Print badge of the selected attendee"))
        self.print_batch.setText(self.tr("Print &badges…"))
        self.designer.setText(self.tr("Badge &designer…"))
        self.desk_printer.setText(self.tr("Badge printer at this &desk…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False
