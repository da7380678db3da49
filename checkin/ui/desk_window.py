"""The main window: menus, the start screen or the open event's desk, and the event's life cycle."""
from __future__ import annotations

import logging
import os
from typing import Callable

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from checkin import __version__
from checkin.domain.model import Attendee
from checkin.scanning.wedge import KeyBurst, readings
from checkin.ui.attendee_dialog import AttendeeDialog
from checkin.ui.attendee_model import AttendeeTableModel
from checkin.services.machine import MachineSettings
from checkin.ui.desk_codes import DeskCodeFinder, looks_like_badge_code
from checkin.ui.desk_live import DeskLive
from checkin.ui.desk_menus import DeskMenus
from checkin.ui.desk_page import DeskPage
from checkin.ui.event_dialog import NewEventDialog, with_event_suffix
from checkin.ui.event_loading import LoadedEvent, load_event, load_journal, make_demo_event, reload_lists
from checkin.ui.import_dialog import ImportDialog
from checkin.ui.language import LanguageSwitcher
from checkin.ui.logs import log_file
from checkin.ui.plain_text import message_box, shown
from checkin.ui.scanning.scan_routing import install_scan_router
from checkin.ui.screen_fit import keep_on_screen, open_at
from checkin.ui.settings import DeskSettings, is_url, normalised
from checkin.ui.start_screen import StartScreen
from checkin.ui.workers import DatabaseLane, Operation
from checkin.ui import file_dialogs

log = logging.getLogger(__name__)


class DeskWindow(QMainWindow):
    """Signals for the parts that plug in later (check-in, badges, scanning):

    ``event_opened(LoadedEvent)``, ``event_closed()``, ``attendee_selected(Attendee | None)``,
    ``attendee_changed(Attendee)`` after an edit or a walk-in, ``error_shown(str)``. Call
    :meth:`apply_attendee` with an attendee a service returned to refresh only its row and the panel.

    Other stations' changes (scans, edits, walk-ins, prints) come from a :class:`ChangeWatcher`
    polling the event every second; they are applied to the rows in place, keeping the selection,
    the search and the scroll position, then passed on as ``changes_applied(Changes)``.
    ``reachable_changed(bool)`` says when the event's database stops or starts answering.

    While it does not, a banner says so (see :class:`DeskLive`); edits and imports are refused with a
    message (nothing is half-written), and check-ins go on through the desk's station (see
    :meth:`DeskLive.set_check_in_queue`), kept on this laptop and sent when the network is back. So do
    walk-ins once :attr:`walk_in_route` is set (the desk's station, on a shared server), and badge
    prints once :attr:`print_target_route` is.

    Edits, walk-ins and prints record this computer's station name and id (:attr:`machine`).
    """

    event_opened = Signal(object)
    event_closed = Signal()
    attendee_selected = Signal(object)
    attendee_changed = Signal(object)
    error_shown = Signal(str)
    changes_applied = Signal(object)
    reachable_changed = Signal(bool)
    badges_printed = Signal(list)  # attendee ids whose badges came out of a printer
    # A walk-in registered here: (Attendee, whether to check them in and print their badge now)
    walk_in_added = Signal(object, bool)

    def __init__(self, settings: DeskSettings, languages: LanguageSwitcher, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.languages = languages
        self.lane = DatabaseLane(self)
        self.lane.error_reported.connect(self.show_error)
        self.lane.busy_changed.connect(self._on_lane_busy_changed)
        self.loaded: LoadedEvent | None = None
        self.location: str | None = None
        self.machine = MachineSettings.load()  # this computer's station id and name
        # walk_in_route(fields) -> Attendee, on the lane: walk-ins through the desk's station, which
        # queues them on this laptop while the shared database does not answer.
        self.walk_in_route: Callable[[dict], Attendee] | None = None
        # print_target_route() -> PrintTarget, on the lane: where Print badge reads and journals,
        # the desk's station's replica and queue while the shared database does not answer.
        self.print_target_route: Callable[[], object] | None = None
        # The walk-in form offers "check in and print now" once the door actions plug in.
        self.check_in_offered = False

        self.model = AttendeeTableModel(self)
        self.desk = DeskPage(self.model)
        self.desk.edit_requested.connect(self.edit_attendee)
        # A scanner's burst anywhere in the application is a scan, never typing (see scan_routing);
        # scanned here, or in a dialog of this window, it finds the person (receive_scan).
        install_scan_router()
        self.codes = DeskCodeFinder(self)
        self.desk.current_attendee_changed.connect(self._on_desk_current_attendee_changed)
        self.start_screen = StartScreen()
        self.start_screen.new_event_requested.connect(self.new_event)
        self.start_screen.open_event_requested.connect(self.choose_event_file)
        self.start_screen.recent_event_chosen.connect(self.open_event)
        self.start_screen.demo_event_requested.connect(self.create_demo_event)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_screen)
        self.pages.addWidget(self.desk)
        self.live = DeskLive(self)
        self.offline_banner = self.live.banner
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.offline_banner)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.event_label = QLabel()
        self.event_label.setTextFormat(Qt.TextFormat.PlainText)
        self.busy_label = QLabel()
        self.statusBar().addWidget(self.event_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        self._busy_timer = QTimer(self, singleShot=True, interval=400)
        self._busy_timer.timeout.connect(lambda: self.busy_label.setText(self.tr("Working…")))

        self.menus = DeskMenus(
            self,
            {
                "new_event": self.new_event, "open_event": self.choose_event_file,
                "import_list": self.import_registration_list, "close_event": lambda: self.close_current_event(),
                "quit": self.close, "find": self.desk.focus_search, "walk_in": self.add_walk_in,
                "edit": self._edit_current, "about": self.show_about, "language": self.switch_language,
            },
            open_recent=self.open_event,
        )
        self.menus.recent_events = settings.recent_events
        self._retranslate()
        self._show_start_screen()
        geometry, splitter = settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            open_at(self, 1400, 860)
        else:
            keep_on_screen(self)
        if splitter is not None:
            self.desk.splitter.restoreState(splitter)

    # ---- opening and closing events -----------------------------------------------------------

    def _update_actions(self) -> None:
        self.menus.set_event_open(self.loaded is not None, self.desk.current_attendee() is not None)

    def choose_event_file(self) -> None:
        start = os.path.dirname(self.location) if self.location and not is_url(self.location) else ""
        path, _filter = file_dialogs.open_file_name(
            self, self.tr("Open an event"), start, self.tr("Check-in events (*.checkin);;All files (*)")
        )
        if path:
            self.open_event(path)

    def open_event(self, location: str) -> None:
        """Open an event file or database URL off the GUI thread; errors are shown, never raised."""
        location = normalised(location)
        self.event_label.setText(self.tr("Opening {location}…").format(location=location))
        operation = Operation(lambda: load_event(location), parent=self)
        operation.on_success(lambda loaded: self._show_event(loaded, location))
        operation.on_user_error(lambda error: self._on_open_failed(location, str(error)))
        operation.run_on(self.lane)

    def _on_open_failed(self, location: str, text: str) -> None:
        if self.settings.last_event() == location:
            self.settings.forget_last_event()  # do not fail the same way at every start
        self._update_event_label()
        self.show_error(text)

    def create_demo_event(self) -> None:
        """Make the demo event in a file the user picks, then open it."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = file_dialogs.save_file_name(
            self, self.tr("Save the demo event as"), os.path.join(folder, "demo.checkin"),
            self.tr("Check-in events (*.checkin)"),
        )
        if path:
            self.make_demo_event(with_event_suffix(path))

    def make_demo_event(self, path: str) -> None:
        self.event_label.setText(self.tr("Creating the demo event…"))
        operation = Operation(lambda: make_demo_event(path), parent=self)
        operation.on_success(lambda loaded: self._show_event(loaded, path))
        operation.on_user_error(lambda error: self._on_open_failed(path, str(error)))
        operation.run_on(self.lane)

    def new_event(self) -> NewEventDialog:
        dialog = NewEventDialog(self.lane, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(lambda db, event, path: self._show_event(LoadedEvent(db, event, [], []), path))
        dialog.open()
        return dialog

    def _show_event(self, loaded: LoadedEvent, location: str) -> None:
        self._dispose_current()
        self.loaded = loaded
        self.location = normalised(location)
        self.settings.add_recent_event(self.location)
        self.model.set_attendees(loaded.attendees, loaded.sessions, loaded.print_counts)
        self.desk.set_event(loaded.sessions, loaded.event.timezone)
        self.start_screen.show_error("")
        self.pages.setCurrentWidget(self.desk)
        self.desk.focus_search()
        self._update_event_label()
        self._update_actions()
        self.live.watch(loaded)
        self.event_opened.emit(loaded)

    def reload_attendees(self) -> None:
        """Read the list again (after an import), keeping the selected person selected."""
        if self.loaded is None:
            return
        loaded, keep = self.loaded, self.desk.current_attendee()
        operation = Operation(lambda: reload_lists(loaded), parent=self)
        operation.on_success(lambda fresh: self._on_reloaded(fresh, keep.id if keep else None)).run_on(self.lane)

    def _on_reloaded(self, fresh: LoadedEvent, keep_id: str | None) -> None:
        self.loaded = fresh
        self.model.set_attendees(fresh.attendees, fresh.sessions, fresh.print_counts)
        self.desk.set_event(fresh.sessions, fresh.event.timezone)
        if keep_id:
            self.desk.select_attendee(keep_id)

    def close_current_event(self, confirmed: bool = False) -> QMessageBox | None:
        """Close the event; with a check-in station or a dashboard open on it, ask first (they close too)."""
        others = self._windows_on_event()
        if others and not confirmed:
            names = "\n".join(f"• {w.windowTitle()}" for w in others)
            # Plain text: the windows' titles carry the event's and the sessions' names.
            box = message_box(QMessageBox.Icon.Question, self.tr("Close the event?"),
                              self.tr("These windows work on this event and will close with it:\n{windows}").format(windows=names),
                              self)
            close = box.addButton(self.tr("Close the event"), QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton(self.tr("Keep it open"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(keep)
            box.setEscapeButton(keep)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.buttonClicked.connect(lambda button: self.close_current_event(confirmed=True) if button is close else None)
            box.open()
            return box
        self._dispose_current()
        self.loaded = None
        self.location = None
        self.model.set_attendees([], [])
        self.settings.forget_last_event()
        self._show_start_screen()
        self.event_closed.emit()
        return None

    def _windows_on_event(self) -> list[QWidget]:
        """The station and dashboard windows open on this event (top-level windows of this one)."""
        return [w for w in self.findChildren(QMainWindow) if w.isWindow() and w.isVisible()]

    def receive_scan(self, burst: KeyBurst) -> None:
        """A scanner's code, wherever the focus was in this window or its dialogs: find that person."""
        if self.loaded is None:
            self.show_error(self.tr("A code was scanned, but no event is open. Open the event, then scan again."))
            return
        self.codes.find(readings(burst), scanned=True)

    def _dispose_current(self) -> None:
        self.live.stop()
        if self.loaded is not None:
            db = self.loaded.db
            Operation(db.dispose).run_on(self.lane)

    def _show_start_screen(self) -> None:
        self.start_screen.set_recent_events(self.settings.recent_events())
        self.pages.setCurrentWidget(self.start_screen)
        self.start_screen.focus_first()
        self._update_event_label()
        self._update_actions()

    def _update_event_label(self) -> None:
        if self.loaded is None:
            self.event_label.setText(self.tr("No event open"))
            self.setWindowTitle(self.tr("Check-in Desk"))
        else:
            name = shown(self.loaded.event.name)
            self.event_label.setText(f"{name} — {shown(self.location)}")
            self.setWindowTitle(self.tr("{event} — Check-in Desk").format(event=name))

    @property
    def offline(self) -> bool:
        """The event's database does not answer (as the watcher or the desk's last check-in found)."""
        return self.live.offline

    # ---- attendees ----------------------------------------------------------------------------

    def current_attendee(self) -> Attendee | None:
        return self.desk.current_attendee()

    def show_current_attendee(self, attendee: Attendee | None) -> None:
        """The panel and the history show ``attendee`` as it is now."""
        self._on_desk_current_attendee_changed(attendee)

    def _on_desk_current_attendee_changed(self, attendee: Attendee | None) -> None:
        self.desk.detail_panel.show_attendee(attendee)
        self._update_actions()
        self.attendee_selected.emit(attendee)
        if attendee is not None and self.loaded is not None:
            self._load_journal(attendee.id)

    def _load_journal(self, attendee_id: str) -> None:
        if self.offline:
            self._on_journal_unreadable()
            return
        db = self.loaded.db

        def read():
            try:
                return load_journal(db, attendee_id)
            except Exception:  # the network went before the watcher noticed: not worth a message box
                log.warning("The history of %s could not be read", attendee_id, exc_info=True)
                return None

        operation = Operation(read, parent=self)
        operation.on_success(lambda entries: self._on_journal_unreadable() if entries is None
                             else self.desk.detail_panel.show_journal(attendee_id, entries))
        operation.run_on(self.lane)

    def _on_journal_unreadable(self) -> None:
        # It shows again when the person is chosen once the database answers.
        self.desk.detail_panel.history_label.setText(
            self.tr("The history cannot be read while the event database does not answer."))

    def _edit_current(self) -> None:
        attendee = self.current_attendee()
        if attendee is not None:
            self.edit_attendee(attendee.id)

    def _attendee_dialog(self, attendee: Attendee | None) -> AttendeeDialog:
        loaded = self.loaded
        dialog = AttendeeDialog(
            self.lane, loaded.db, loaded.sessions, self.model.categories(), loaded.event.languages, attendee, self,
            timezone=loaded.event.timezone, station=self.machine.station_name, station_id=self.machine.station_id,
            save_walk_in=self.walk_in_route, offer_check_in=attendee is None and self.check_in_offered,
            session_counts=self.model.session_counts(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.apply_attendee)
        if attendee is None:
            dialog.saved.connect(lambda added: self._on_walk_in_saved(added, dialog.check_in_now()))
        dialog.open()
        return dialog

    def edit_attendee(self, attendee_id: str) -> AttendeeDialog | None:
        if self.live.refuse_while_offline():
            return None
        attendee = self.model.attendee(attendee_id) if self.loaded else None
        return None if attendee is None else self._attendee_dialog(attendee)

    def add_walk_in(self) -> AttendeeDialog | None:
        """The walk-in dialog; offline only through :attr:`walk_in_route` (else refused with a message)."""
        if self.loaded is None or (self.walk_in_route is None and self.live.refuse_while_offline()):
            return None
        dialog = self._attendee_dialog(None)
        searched = self.desk.search_edit.text().strip()
        if searched and self.model.rowCount() == 0 and not looks_like_badge_code(searched):
            dialog.prefill(last_name=searched)  # the name the desk just looked for in vain
        return dialog

    def _on_walk_in_saved(self, attendee: Attendee, check_in: bool) -> None:
        at = QTime.currentTime().toString("HH:mm")
        self.desk.detail_panel.show_notice(attendee.id, self.tr("Walk-in added at {time}: {name}.").format(
            time=at, name=attendee.full_name))
        self.statusBar().showMessage(self.tr("Walk-in added: {name}.").format(name=shown(attendee.full_name)), 15_000)
        self.walk_in_added.emit(attendee, check_in)

    def apply_attendee(self, attendee: Attendee) -> None:
        """Show an attendee a service returned: its row and the panel change, nothing is reloaded."""
        if self.model.attendee(attendee.id) is None:
            if self.model.add_attendee(attendee) is None:
                self.desk.clear_filters()  # the new person must be in view
        else:
            self.model.update_attendee(attendee)
        self.desk.refresh_choices()
        current = self.desk.current_attendee()
        if current is None or current.id != attendee.id:
            self.desk.select_attendee(attendee.id)
        else:
            self._on_desk_current_attendee_changed(attendee)
        self.attendee_changed.emit(attendee)

    def record_badges_printed(self, attendee_ids: list[str]) -> None:
        """Badges came out of a printer: count them in the table, refresh the shown history."""
        self.model.add_prints(attendee_ids)
        self.badges_printed.emit(list(attendee_ids))
        current = self.desk.current_attendee()
        if current is not None and current.id in attendee_ids and self.loaded is not None:
            self._load_journal(current.id)

    def import_registration_list(self, path: str | None = None) -> ImportDialog | None:
        """Ask for the list (unless ``path`` is given) and open the import dialog on it."""
        if self.loaded is None or self.live.refuse_while_offline():
            return None
        if not path:
            path, _filter = file_dialogs.open_file_name(
                self, self.tr("Choose the registration list"), "",
                self.tr("Registration lists (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
            )
            if not path:
                return None
        dialog = ImportDialog(self.lane, self.loaded.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _summary: self.reload_attendees())
        dialog.load_file(path)
        dialog.open()
        return dialog

    # ---- errors, about, language --------------------------------------------------------------

    def show_error(self, text: str) -> None:
        """Tell the user what went wrong: a message box, and on the start screen a lasting note."""
        if self.loaded is None:
            self.start_screen.show_error(text)
        self.error_shown.emit(text)
        box = message_box(QMessageBox.Icon.Warning, self.tr("Check-in Desk"), text, self, QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Check-in Desk"),
            self.tr(
                "Check-in Desk {version}\nConference check-in: registration list, badges, door scanning.\n\n"
                "Log file: {log}"
            ).format(version=__version__, log=log_file()),
        )

    def switch_language(self, language: str) -> None:
        self.languages.apply(language)
        self.settings.set_language(language)

    def _on_lane_busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_label.clear()

    def _retranslate(self) -> None:
        self.menus.retranslate(self.languages.language)
        self._update_event_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_window_state(self.saveGeometry(), self.desk.splitter.saveState())
        self.settings.sync()
        for dialog in self.findChildren(ImportDialog):
            if dialog.running:
                dialog.cancel_import()  # roll back rather than make the user wait for the end
        if self.loaded is not None:
            self.event_closed.emit()  # plug-ins stop their work on the event before the lane stops
        self._dispose_current()
        self.loaded = None
        self.lane.stop()  # writes already submitted complete before the thread ends
        super().closeEvent(event)

