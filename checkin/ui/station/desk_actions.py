"""The desk window's door actions: open a check-in station, check the selected person in, show who came.

Plugs into :class:`DeskWindow` through its signals, as the badge actions do: a Doors menu, the detail
panel's Check in button (an entrance check-in on the database lane, its verdict in the status bar),
the table's Checked in column, and the station window kept in step with the desk (walk-ins, prints).
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from checkin.domain.verdicts import ENTRANCE, Direction, DirectionMode, Verdict
from checkin.services.machine import default_station_name
from checkin.services.presence import checked_in_at
from checkin.services.scanning import ScanResult, Undone
from checkin.ui import journal_format
from checkin.ui.event_loading import LoadedEvent
from checkin.ui.printing import system_backend
from checkin.ui.station.config import StationConfig, StationSettings
from checkin.ui.station.result_panel import headline
from checkin.ui.station.rules_dialog import DoorRulesDialog
from checkin.ui.station.scan_flow import StationHolder
from checkin.ui.plain_text import shown
from checkin.ui.station.setup_dialog import StationSetupDialog
from checkin.ui.station.station_window import StationWindow
from checkin.ui.workers import Operation

log = logging.getLogger(__name__)


class DeskStationActions(QObject):
    # The desk's own station on a shared server: (online, records waiting to be sent, SentCounts sent
    # since offline); emitted from the lane's or the offline probe's thread, received on the GUI thread.
    connection_changed = Signal(bool, int, object)
    checked_in = Signal(object)  # ScanResult of a check-in made at the desk, once shown

    def __init__(self, window, settings: StationSettings | None = None):
        super().__init__(window)
        self._window = window
        self.settings = settings or StationSettings()
        self._backend = system_backend()
        self.station_window: StationWindow | None = None
        self._desk_station: StationHolder | None = None  # the desk's own entrance check-ins

        self.open_station_action = QAction(window)
        self.open_station_action.setShortcut(QKeySequence("Ctrl+K"))
        self.open_station_action.triggered.connect(self.open_station)
        self.check_in_action = QAction(window)
        self.check_in_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.check_in_action.triggered.connect(self._on_check_in_action_triggered)
        self.menu = QMenu(window)
        window.menuBar().insertMenu(window.menus.view_menu.menuAction(), self.menu)
        self.menu.addActions([self.open_station_action, self.check_in_action])

        window.desk.detail_panel.check_in_requested.connect(self.check_in)
        window.walk_in_added.connect(self._on_window_walk_in_added)
        window.check_in_offered = True
        window.event_opened.connect(self._on_window_event_opened)
        window.event_closed.connect(self._on_window_event_closed)
        window.attendee_selected.connect(lambda _a: self._update_actions())
        window.changes_applied.connect(self._on_window_changes_applied)
        self.connection_changed.connect(window.live.set_check_in_queue)
        window.badges_printed.connect(self._on_window_badges_printed)
        window.installEventFilter(self)
        self._retranslate()
        self._update_actions()

    # ---- the open event ----------------------------------------------------------------------

    def _on_window_event_opened(self, loaded: LoadedEvent) -> None:
        self._close_station()
        config = self.settings.config()
        # Until a door station is set up here the desk's check-ins carry the computer's name, as its
        # walk-ins and prints do (checkin.services.machine).
        desk = StationConfig(ENTRANCE, DirectionMode.IN, station=config.station or default_station_name(),
                             operator=config.operator, station_id=config.station_id)
        holder = self._desk_station = StationHolder(loaded.db, desk, self.connection_changed.emit)
        if holder.shared:
            # Walk-ins at the desk go through its station, which queues them while offline; made now,
            # while the server answers, so this laptop's replica is filled before the network drops.
            self._window.walk_in_route = holder.add_walk_in
            # Its badges print from the replica while offline, as its station or the desk's watcher finds.
            self._window.print_target_route = lambda: holder.print_target(offline=self._window.offline)
            warm_up = Operation(holder.get, parent=self)
            warm_up.on_user_error(lambda error: log.warning("The desk's station could not start: %s", error))
            warm_up.run_on(self._window.lane)
        self._window.desk.detail_panel.set_available_requests(check_in=True)
        self._load_check_ins()
        self._update_actions()

    def _on_window_event_closed(self) -> None:
        self._close_station()
        if self._desk_station is not None:
            Operation(self._desk_station.close).run_on(self._window.lane)  # stops its offline probe
        self._desk_station = None
        self._window.walk_in_route = self._window.print_target_route = None
        self._window.desk.detail_panel.set_available_requests(check_in=False)
        self._update_actions()

    def _update_actions(self) -> None:
        has_event = self._window.loaded is not None
        self.open_station_action.setEnabled(has_event)
        self.check_in_action.setEnabled(has_event and self._window.current_attendee() is not None)

    def _load_check_ins(self) -> None:
        loaded = self._window.loaded
        if loaded is None:
            return
        db, timezone = loaded.db, loaded.event.timezone
        operation = Operation(lambda: checked_in_at(db), parent=self)
        operation.on_success(lambda found: self._window.model.set_check_ins(found, timezone)).run_on(self._window.lane)

    # ---- checking in at the desk -------------------------------------------------------------

    def _on_check_in_action_triggered(self) -> None:
        attendee = self._window.current_attendee()
        if attendee is not None:
            self.check_in(attendee.id)

    def check_in(self, attendee_id: str) -> None:
        """The selected person checks in at the entrance; the verdict shows in the status bar."""
        holder = self._desk_station
        if holder is None:
            return

        def work():
            return holder.get().admit(attendee_id, method="manual", direction=Direction.IN), holder.pending(), holder.online()

        operation = Operation(work, parent=self)
        operation.on_success(self._on_checked_in)
        operation.on_user_error(lambda error: self._window.show_error(str(error)))
        operation.run_on(self._window.lane)

    def _on_window_walk_in_added(self, attendee, check_in: bool) -> None:
        if check_in:
            self.check_in(attendee.id)

    def _on_window_badges_printed(self, _attendee_ids: list) -> None:
        """A badge printed offline queued its print line: the banner's count says so."""
        holder = self._desk_station
        if holder is None or not holder.shared or not self._window.offline:
            return
        operation = Operation(lambda: (holder.online(), holder.pending()), parent=self)
        operation.on_success(lambda state: self._window.live.set_check_in_queue(*state))
        operation.run_on(self._window.lane)

    def _on_checked_in(self, outcome: tuple[ScanResult, int, bool]) -> None:
        result, pending, online = outcome
        self._show_scan(result)
        if self._desk_station is not None and self._desk_station.shared:
            self._window.live.set_check_in_queue(online and not result.record.offline, pending)
        name = result.attendee.full_name if result.attendee is not None else ""
        text = self.tr("{verdict} — {name}: {reason}").format(verdict=headline(result), name=name, reason=str(result.message))
        if result.record.offline:
            text = self.tr("{verdict} (decided offline, sent when the network is back)").format(verdict=text)
        self._window.statusBar().showMessage(shown(text), 15_000)
        if result.attendee is not None:
            notice, kind = self.notice_text(result)
            self._window.desk.detail_panel.show_notice(result.attendee.id, notice, kind)
            current = self._window.current_attendee()
            if current is not None and current.id == result.attendee.id:
                self._window.show_current_attendee(current)  # the history gains the check-in
        self.checked_in.emit(result)

    def notice_text(self, result: ScanResult) -> tuple[str, str]:
        """What the detail panel says of a check-in, and its colour ("done", "warning", "failed")."""
        timezone = self._window.loaded.event.timezone if self._window.loaded is not None else "UTC"
        at = journal_format.event_time(result.scanned_at, timezone).strftime("%H:%M")
        station = result.record.station or self.tr("this desk")
        if result.verdict is Verdict.ACCEPTED:
            text, kind = self.tr("✓ Checked in at {time} at {station}.").format(time=at, station=station), "done"
        else:
            kind = "warning" if result.verdict is Verdict.WARNING else "failed"
            text = self.tr("{verdict} ({time}, {station}): {reason}").format(
                verdict=headline(result), time=at, station=station, reason=str(result.message))
        if result.record.offline:
            text = self.tr("{verdict} (decided offline, sent when the network is back)").format(verdict=text)
        return text, kind

    def _show_scan(self, result: ScanResult) -> None:
        """A check-in at the entrance, here or at the station: the table shows when."""
        if result.first_entry and result.checkpoint.is_entrance and result.attendee is not None:
            self._window.model.set_check_in(result.attendee.id, result.scanned_at)

    def _on_window_changes_applied(self, found) -> None:
        if self.station_window is not None:
            self.station_window.apply_changes(found)

    def _on_station_undone(self, undone: Undone) -> None:
        if undone.attendee is not None:
            timezone = self._window.loaded.event.timezone if self._window.loaded is not None else "UTC"
            at = journal_format.event_time(undone.annulment.at, timezone).strftime("%H:%M")
            self._window.desk.detail_panel.show_notice(undone.attendee.id, self.tr(
                "↶ Scan undone at {time} at {station}: this person is no longer counted as arrived there.").format(
                time=at, station=undone.annulment.station or self.tr("the station")), "warning")
        if undone.annulled.checkpoint_id == ENTRANCE and undone.annulled.moves:
            self._load_check_ins()  # the first entry may now be an earlier one, or none

    # ---- the station window ------------------------------------------------------------------

    def open_station(self) -> StationSetupDialog | None:
        """Ask which door the station guards (and the rest of its setup), then open it."""
        loaded = self._window.loaded
        if loaded is None:
            return None
        if self.station_window is not None:
            self.station_window.raise_()
            self.station_window.activateWindow()
        return self._setup_dialog(self.station_window or self._window)

    def _setup_dialog(self, parent) -> StationSetupDialog:
        loaded = self._window.loaded
        config = self.station_window.config if self.station_window is not None else self.settings.config()
        dialog = StationSetupDialog(self._window.lane, loaded.db, loaded.sessions, loaded.event.timezone, config, self._backend, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.rules_requested.connect(lambda checkpoint_id: self.open_rules(checkpoint_id, dialog))
        dialog.accepted.connect(lambda: self._on_setup_accepted(dialog.config()))
        dialog.open()
        return dialog

    def _on_setup_accepted(self, config) -> None:
        self.settings.set_config(config)
        if self.station_window is not None:
            self.station_window.apply_config(config)
            return
        loaded = self._window.loaded
        station = StationWindow(
            self._window.lane, loaded.db, loaded.event, loaded.sessions, self._window.model.all_attendees(), config,
            self.settings, self._backend, self._window,
        )
        station.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        station.scanned.connect(self._show_scan)
        station.undone.connect(self._on_station_undone)
        station.attendee_added.connect(self._window.apply_attendee)
        station.badges_printed.connect(self._window.record_badges_printed)
        station.setup_requested.connect(lambda: self._setup_dialog(station))
        station.rules_requested.connect(lambda checkpoint_id: self.open_rules(checkpoint_id, station))
        station.destroyed.connect(self._on_station_destroyed)
        self.station_window = station
        station.show()
        station.activateWindow()

    def _on_station_destroyed(self) -> None:
        self.station_window = None

    def open_rules(self, checkpoint_id: str, parent) -> DoorRulesDialog:
        loaded = self._window.loaded
        dialog = DoorRulesDialog(self._window.lane, loaded.db, checkpoint_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _close_station(self) -> None:
        if self.station_window is not None:
            self.station_window.close()
            self.station_window = None

    # ---- language ----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Doors"))
        self.open_station_action.setText(self.tr("Open a check-in &station…"))
        self.check_in_action.setText(self.tr("&Check the selected attendee in"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False
