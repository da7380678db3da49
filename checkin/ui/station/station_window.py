"""The check-in station window: the scan field that always has the focus, the verdict, the counters.

Codes arrive from a keyboard-wedge scanner (its burst caught wherever the focus is, or typed into
the scan field and Enter), the webcam, or by name from the manual search. Each goes to
:class:`StationFlow` (the database lane); the verdict replaces the panel when it comes back, with
its sound, and the panel says Ready again by itself. Nothing here waits: no modal box ever stands
between a scan and the next.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from checkin.domain.model import Attendee, Event, Session
from checkin.domain.verdicts import ENTRANCE, Checkpoint, DirectionMode, Verdict
from checkin.i18n import UserError
from checkin.printing.backend import PrintBackend
from checkin.scanning.wedge import KeyBurst, readings
from checkin.services.scanning import ScanResult, Undone
from checkin.storage.database import Database
from checkin.ui.attendee_dialog import AttendeeDialog
from checkin.ui.scanning.camera import CameraPanel
from checkin.ui.scanning.scan_routing import install_scan_router
from checkin.ui.scanning.scanner_input import ScannerInputFilter
from checkin.ui.screen_fit import keep_on_screen, open_at
from checkin.ui.station.config import StationConfig, StationSettings
from checkin.ui.station.history_strip import HistoryStrip
from checkin.ui.station.manual_panel import ManualCheckInPanel
from checkin.ui.station.presence_panel import CountersBar, PresenceLists
from checkin.ui.station.printing import StationPrinting
from checkin.ui.station.result_panel import ResultPanel
from checkin.ui.station.scan_flow import StationFlow
from checkin.ui.station.sounds import VerdictSounds
from checkin.ui.plain_text import shown
from checkin.ui.station.station_live import StationLive
from checkin.ui.station.station_menus import StationMenus
from checkin.ui.workers import DatabaseLane

# A verdict normally comes back in a few milliseconds; past this the panel says "Checking…".
SLOW_SCAN_MS = 400


class StationWindow(QMainWindow):
    """Signals for the desk: ``scanned(ScanResult)``, ``undone(Undone)``, ``attendee_added(Attendee)``,
    ``badges_printed(list of ids)``, ``setup_requested()``, ``rules_requested(checkpoint id)``."""

    scanned = Signal(object)
    undone = Signal(object)
    attendee_added = Signal(object)
    badges_printed = Signal(list)
    setup_requested = Signal()
    rules_requested = Signal(str)

    def __init__(self, lane: DatabaseLane, db: Database, event: Event, sessions: Sequence[Session],
                 attendees: Sequence[Attendee], config: StationConfig, settings: StationSettings,
                 backend: PrintBackend, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self._lane = lane
        self._db = db
        self._event = event
        self._sessions = list(sessions)
        self._settings = settings
        self._undo_armed = False
        self.flow: StationFlow | None = None
        self.config = config

        self.door_label = QLabel()
        font = self.door_label.font()
        font.setPixelSize(24)
        font.setBold(True)
        self.door_label.setFont(font)
        self.door_label.setWordWrap(True)
        self.door_label.setTextFormat(Qt.TextFormat.PlainText)
        self.station_label = QLabel()
        self.station_label.setTextFormat(Qt.TextFormat.PlainText)  # the station's and operator's names
        self.station_label.setEnabled(False)
        self.counters_bar = CountersBar()
        self.live = StationLive(self)
        self.offline_banner = self.live.banner
        self.result_panel = ResultPanel()
        self.manual_panel = ManualCheckInPanel()
        self.manual_panel.set_attendees(attendees, sessions)
        self.manual_panel.check_in_requested.connect(self._on_manual_check_in_requested)
        self.manual_panel.walk_in_requested.connect(self.register_walk_in)
        self.presence_lists = PresenceLists()
        self.history = HistoryStrip(event.timezone)
        self.scan_caption = QLabel()
        self.scan_edit = QLineEdit()
        self.scan_edit.returnPressed.connect(self._on_scan_edit_return_pressed)
        self.scan_edit.installEventFilter(self)
        self.manual_panel.search_edit.installEventFilter(self)
        self.scan_caption.setBuddy(self.scan_edit)
        # A scanner's burst is caught whatever has the focus (the name search too); typing goes on.
        self.scanner = ScannerInputFilter(self)
        self.scanner.scanned.connect(self.receive_scan)
        install_scan_router()  # and in this window's dialogs: a burst there is a scan here (receive_scan)
        self.camera_panel: CameraPanel | None = None
        self.sounds = VerdictSounds(settings.muted(), self)
        self.printing = StationPrinting(lane, db, backend, self)
        self.printing.printed.connect(lambda attendee_id: self.badges_printed.emit([attendee_id]))
        # Offline, a badge (a walk-in's) is read from this laptop's replica and its print queued.
        self.printing.worker.target = lambda: self.flow.holder.print_target()
        self.menus = StationMenus(self, {
            "setup": self.setup_requested.emit, "rules": lambda: self.rules_requested.emit(self.config.checkpoint_id),
            "close": self.close, "undo": self.undo_last_scan, "find": self.manual_panel.focus_search,
            "walk_in": lambda: self.register_walk_in(self.manual_panel.search_edit.text().strip()),
            "back": self.back_to_scanning, "full_screen": self.toggle_full_screen, "mute": self._on_mute_toggled,
        })
        self.menus.mute.setChecked(self.sounds.muted)

        self._ready_timer = QTimer(self, singleShot=True)
        self._ready_timer.timeout.connect(self._show_ready)
        self._slow_timer = QTimer(self, singleShot=True, interval=SLOW_SCAN_MS)
        self._slow_timer.timeout.connect(self._on_slow_timer_timeout)
        self._last_code = ""

        self._build_layout()
        self._retranslate()
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            open_at(self, 1360, 860)
        else:
            keep_on_screen(self)
        self.apply_config(config)

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.door_label)
        titles.addWidget(self.station_label)
        header.addLayout(titles, 1)
        header.addWidget(self.counters_bar)
        side = self._side = QVBoxLayout()
        side.addWidget(self.manual_panel, 3)
        side.addWidget(self.presence_lists, 2)
        middle = QHBoxLayout()
        middle.setSpacing(14)
        middle.addWidget(self.result_panel, 3)
        middle.addLayout(side, 1)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_caption)
        scan_row.addWidget(self.scan_edit, 1)
        for button in self.menus.buttons():
            scan_row.addWidget(button)
        column = QVBoxLayout()
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(10)
        column.addWidget(self.offline_banner)
        column.addLayout(header)
        column.addLayout(middle, 1)
        column.addLayout(scan_row)
        column.addWidget(self.history)
        column.addWidget(self.printing.notice)
        central = QWidget()
        central.setLayout(column)
        self.setCentralWidget(central)
        self.setTabOrder(self.scan_edit, self.manual_panel.search_edit)

    # ---- setting up -------------------------------------------------------------------------------

    def apply_config(self, config: StationConfig) -> None:
        """Guard a door (again): a fresh Station on the lane, counters and lists for that door."""
        if config.station != self.config.station:
            self.history.clear()  # Undo annuls this station name's last scan: show that name's scans
        self.config = config
        self.printing.configure(config.station, config.operator, config.station_id)
        if self.flow is not None:
            self.flow.close()
            self.flow.deleteLater()
        flow = self.flow = StationFlow(self._lane, self._db, config, self)
        self.live.attach(flow)
        flow.opened.connect(self._on_flow_opened)
        flow.scanned.connect(self._on_flow_scanned)
        flow.failed.connect(self._on_flow_failed)
        flow.undone.connect(self._on_flow_undone)
        flow.counters_changed.connect(self.counters_bar.show_counters)
        flow.report_changed.connect(self.presence_lists.show_report)
        self.presence_lists.hide()
        self._show_camera(config.camera)
        self._update_titles()
        self._show_ready()
        flow.open()
        self.back_to_scanning()

    def _show_camera(self, wanted: bool) -> None:
        """The webcam panel above the name search; hidden, it lets the camera go."""
        if wanted and self.camera_panel is None:
            self.camera_panel = CameraPanel(self._settings.store)
            self.camera_panel.code_read.connect(lambda text: self.submit_scan([text], "camera"))
            self._side.insertWidget(0, self.camera_panel, 2)
        if self.camera_panel is not None:
            self.camera_panel.setVisible(wanted)

    def _on_flow_opened(self, checkpoint: Checkpoint) -> None:
        self.presence_lists.set_checkpoint(checkpoint)
        self.presence_lists.setVisible(PresenceLists.wanted(checkpoint, self.config.mode))
        self._update_titles()
        self._show_ready()
        self.live.start()

    # ---- scanning -----------------------------------------------------------------------------

    def submit_scan(self, readings: Sequence[str], method: str = "scanner") -> None:
        """A code was received (every reading of it, best first): record it, show its verdict."""
        readings = [r for r in readings if r and r.strip()]
        if not readings or self.flow is None:
            return
        self._undo_armed = False
        self.live.note_scan()
        self._last_code = readings[0].strip()
        self.flow.scan(readings, method)
        self._slow_timer.start()

    def receive_scan(self, burst: KeyBurst) -> None:
        """A scanner's burst caught in one of this station's dialogs (a walk-in form): a scan here."""
        self.submit_scan(readings(burst), "scanner")

    def _on_scan_edit_return_pressed(self) -> None:
        text = self.scan_edit.text()
        self.scan_edit.clear()
        self.submit_scan([text], "scanner")

    def _on_manual_check_in_requested(self, attendee_id: str) -> None:
        if self.flow is not None:
            self._undo_armed = False
            self.flow.admit(attendee_id, "manual")
            self._slow_timer.start()
        self.manual_panel.clear()
        self.back_to_scanning()

    def _on_flow_scanned(self, result: ScanResult) -> None:
        self._slow_timer.stop()
        self.result_panel.show_result(result)
        self.result_panel.repaint()  # the verdict first; the strip, the counters and the desk follow
        self.live.note_scanned(result)
        self.sounds.play(result.verdict)
        self.history.add(result)
        self._ready_timer.start(self.config.ready_seconds * 1000)
        if self.config.auto_print and result.first_entry and result.checkpoint.is_entrance and result.attendee is not None:
            self.printing.print_badge(result.attendee)
        self.scanned.emit(result)

    def _on_flow_failed(self, error: UserError, code: str) -> None:
        self._slow_timer.stop()
        self.result_panel.show_failure(error, code)
        self.sounds.play(Verdict.REJECTED)
        # A failure stays until the next scan: the code on screen must not vanish unread.
        self._ready_timer.stop()

    def _on_slow_timer_timeout(self) -> None:
        if self.flow is not None and self.flow.waiting:
            self.result_panel.show_pending(self._last_code)

    def _show_ready(self) -> None:
        self._undo_armed = False
        self.result_panel.show_ready(self._door_line())

    # ---- undo ---------------------------------------------------------------------------------

    def undo_last_scan(self) -> None:
        """First press: ask, in the panel. Second press: annul the station's last scan."""
        if self.flow is None:
            return
        if not self._undo_armed:
            self._undo_armed = True
            latest = self.history.latest()
            what = (latest.who or self.tr("The last scan")) if latest is not None else self.tr("This station's last scan")
            self.result_panel.show_undo_question(what)
            self._ready_timer.start(self.config.ready_seconds * 2000)
            return
        self._undo_armed = False
        self.flow.undo_last()

    def _on_flow_undone(self, undone: Undone | None) -> None:
        self.result_panel.show_undone(undone)
        self._ready_timer.start(self.config.ready_seconds * 1000)
        if undone is not None:
            self.history.mark_undone(undone.annulled.id)
            if self.camera_panel is not None:
                self.camera_panel.forget_codes()  # the same badge may be shown again at once
            self.live.note_undone()
            if self.flow is not None:
                self.flow.refresh_counters()
            self.undone.emit(undone)

    # ---- walk-ins -----------------------------------------------------------------------------

    def register_walk_in(self, searched: str = "") -> AttendeeDialog:
        """The desk's walk-in dialog; once saved the person is checked in here and their badge printed."""
        categories = sorted({a.category for a in self.manual_panel.model.all_attendees() if a.category})
        # Through this door's station (the one open when saving): queued on this laptop while offline.
        dialog = AttendeeDialog(self._lane, self._db, self._sessions, categories, self._event.languages, None, self,
                                timezone=self._event.timezone, session_counts=self.manual_panel.model.session_counts(),
                                save_walk_in=lambda fields: self.flow.holder.add_walk_in(fields))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if searched:
            dialog.prefill(last_name=searched)
        if self.config.checkpoint_id != ENTRANCE:
            for row in range(dialog.sessions_list.count()):
                item = dialog.sessions_list.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == self.config.checkpoint_id:
                    item.setCheckState(Qt.CheckState.Checked)  # a walk-in at this door comes for this session
        dialog.saved.connect(self._on_walk_in_saved)
        dialog.finished.connect(lambda _result: self.back_to_scanning())
        dialog.open()
        return dialog

    def _on_walk_in_saved(self, attendee: Attendee) -> None:
        self.manual_panel.apply_attendee(attendee)
        self.attendee_added.emit(attendee)
        if self.flow is not None:
            self.flow.admit(attendee.id, "manual")
        self.printing.print_badge(attendee)

    def apply_changes(self, found) -> None:
        """Another station changed something (a :class:`checkin.services.changes.Changes`); see StationLive."""
        self.live.apply_changes(found)

    # ---- keyboard, view, language -------------------------------------------------------------

    def back_to_scanning(self) -> None:
        """Esc: leave the search and put the cursor back in the scan field."""
        self.manual_panel.clear()
        self.scan_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.menuBar().setVisible(not self.isFullScreen())

    def _on_mute_toggled(self, muted: bool) -> None:
        self.sounds.muted = muted
        self._settings.set_muted(muted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Ctrl+Z in a line edit undoes its typing; here it must reach the Undo action instead.
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(QKeySequence.StandardKey.Undo):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _door_title(self) -> str:
        checkpoint = self.flow.checkpoint if self.flow is not None else None
        if checkpoint is not None and checkpoint.session is not None:
            return checkpoint.session.title
        if self.config.checkpoint_id == ENTRANCE:
            return self.tr("Entrance of the event")
        return next((s.title for s in self._sessions if s.id == self.config.checkpoint_id), "")

    def _mode_text(self) -> str:
        return {
            DirectionMode.IN: self.tr("Entries"),
            DirectionMode.OUT: self.tr("Exits"),
            DirectionMode.BOTH: self.tr("Entries and exits"),
        }[self.config.mode]

    def _door_line(self) -> str:
        return f"{self._door_title()} · {self._mode_text()}"

    def _update_titles(self) -> None:
        door = shown(self._door_title())
        self.door_label.setText(door)
        station = " · ".join(p for p in (self._mode_text(), self.config.station, self.config.operator) if p)
        self.station_label.setText(shown(station))
        self.setWindowTitle(self.tr("{door} — Check-in station").format(door=door))

    def _retranslate(self) -> None:
        self.scan_caption.setText(self.tr("&Code:"))
        self.scan_edit.setPlaceholderText(self.tr("Scan a badge, or type its code and press Enter"))
        self.scan_edit.setAccessibleName(self.tr("Scan field"))
        self.menus.retranslate()
        self._update_titles()
        if self.result_panel.state.value == "ready":
            self._show_ready()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        for timer in (self._ready_timer, self._slow_timer):
            timer.stop()
        self.live.stop()
        if self.flow is not None:
            self.flow.close()
        self.printing.stop()
        if not self.isFullScreen():
            self._settings.set_geometry(self.saveGeometry())
        super().closeEvent(event)
