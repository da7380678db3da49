"""The station window's live side: counters and lists kept up with other stations, and the offline banner.

Other stations scan into the same database: the counters are polled, and the presence lists read
again when they moved. On a shared server the window's :class:`ResilientStation` says when it goes
offline or back online (with what waits to be sent); the banner across the window says so.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

from checkin.services.scanning import ScanResult
from checkin.sync.upload import SentCounts
from checkin.ui.station.config import POLL_INTERVAL_MS
from checkin.ui.station.offline_banner import BannerState, OfflineBanner
from checkin.ui.station.scan_flow import StationFlow

# A door that scanned in the last second is busy: its counters are read every 10 s, not every 2 s.
BUSY_S = 1.0
BUSY_POLL_S = 10.0


class StationLive(QObject):
    """Drives ``window``'s counters, presence lists and offline banner for its current flow."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.banner = OfflineBanner()
        self._offline_pending = 0  # records waiting to be sent, as last reported while offline
        self._poll_timer = QTimer(self, interval=POLL_INTERVAL_MS)
        self._poll_timer.timeout.connect(self.poll)
        self._report_stale = True
        self._report_due = 0.0  # time.monotonic() before which the lists are not read again
        self._last_counters = None
        self._last_scan_at = 0.0  # time.monotonic() of the last code received
        self._counted_at = 0.0  # … and of the last counters read

    def attach(self, flow: StationFlow) -> None:
        flow.connection_changed.connect(self._on_flow_connection_changed)
        flow.pending_changed.connect(self._on_flow_pending_changed)
        flow.counters_changed.connect(self._on_flow_counters_changed)

    def start(self) -> None:
        """The door is open: read everything now, then keep polling."""
        self._report_stale, self._report_due, self._last_counters = True, 0.0, None
        self.poll()
        self._poll_timer.start()

    def stop(self) -> None:
        self._poll_timer.stop()

    # ---- what the window tells it -------------------------------------------------------------

    def note_scan(self) -> None:
        self._last_scan_at = time.monotonic()

    def note_scanned(self, result: ScanResult) -> None:
        if result.record.offline and self.banner.state != BannerState.OFFLINE:
            self._on_flow_connection_changed(False, self._offline_pending)
        if result.record.moves:
            self._report_stale = True

    def note_undone(self) -> None:
        self._report_stale = True

    # ---- counters and lists -------------------------------------------------------------------

    def poll(self) -> None:
        """Other stations scan into the same database: read the counters, and the lists when they moved.

        The lists read the whole attendee list (seconds at 100,000 people), and scans wait behind
        them on the lane: they are read again at most once in 20 times the last read took."""
        flow, lists = self._window.flow, self._window.presence_lists
        if flow is None:
            return
        now = time.monotonic()
        # While people are scanning, their own verdicts move the counters; reading every door's
        # figures (17 ms at 100,000 attendees) would make the next scan wait behind it.
        busy = now - self._last_scan_at < BUSY_S and now - self._counted_at < BUSY_POLL_S
        if not busy:
            self._counted_at = now
            flow.refresh_counters()
        if self._report_stale and lists.isVisible() and time.monotonic() >= self._report_due:
            self._report_stale = False
            self._report_due = time.monotonic() + 20 * flow.report_seconds
            flow.refresh_report()

    def apply_changes(self, found) -> None:
        """Another station changed something (a :class:`checkin.services.changes.Changes`): people
        edited or added become findable by name, and a scan anywhere refreshes the counters and lists."""
        manual, flow = self._window.manual_panel, self._window.flow
        if found.all_attendees is not None:
            manual.model.merge_attendees(found.all_attendees, {})
        for attendee in found.attendees:
            manual.apply_attendee(attendee)
        if found.scanned and flow is not None:
            self._report_stale = True
            self._counted_at = time.monotonic()
            flow.refresh_counters()

    def _on_flow_counters_changed(self, counters) -> None:
        if counters != self._last_counters:
            self._report_stale = True
        self._last_counters = counters

    # ---- offline ------------------------------------------------------------------------------

    def _on_flow_connection_changed(self, online: bool, pending: int, sent: SentCounts | None = None) -> None:
        """The shared database stopped answering (scans go on, on this laptop), or answers again
        (``sent``: what went up meanwhile, by kind)."""
        if not online:
            self._offline_pending = pending
            self.banner.show_offline(self._offline_text(pending))
        elif self.banner.state == BannerState.OFFLINE:
            self._offline_pending = 0
            self.banner.show_sent(sent)

    def _on_flow_pending_changed(self, pending: int) -> None:
        if self.banner.state == BannerState.OFFLINE:
            self._offline_pending = pending
            self.banner.show_offline(self._offline_text(pending))

    def _offline_text(self, pending: int) -> str:
        return self.tr("Offline — scans are kept on this laptop and sent when the network is back ({count} waiting)").format(
            count=pending)
