"""The desk window's live side: other stations' changes applied in place, and the offline banner.

A :class:`ChangeWatcher` polls the event every second; what another station changed (scans, edits,
walk-ins, prints) is applied to the rows in place, keeping the selection, the search and the scroll
position. When the event's database stops answering (as the watcher or the desk's own check-ins
find) an orange banner says so, with the check-ins waiting to be sent, then that it is back.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from checkin.sync.upload import SentCounts
from checkin.ui.change_watcher import ChangeWatcher
from checkin.ui.event_loading import LoadedEvent
from checkin.ui.station.offline_banner import BannerState, OfflineBanner


class DeskLive(QObject):
    """Watches ``window``'s open event; emits the window's ``changes_applied`` and ``reachable_changed``."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.banner = OfflineBanner()
        self.watcher: ChangeWatcher | None = None
        self._unreachable = False  # the watcher cannot read the event's database
        self._queue_offline = False  # the desk's check-ins are decided on this laptop's replica
        self._queued = 0  # … and this many wait to be sent
        self._sent = SentCounts()  # what the desk's station sent since the banner went orange

    def watch(self, loaded: LoadedEvent) -> None:
        self.watcher = ChangeWatcher(loaded.db, self._window)
        self.watcher.changed.connect(self._on_watcher_changed)
        self.watcher.reachable_changed.connect(self._on_watcher_reachable_changed)
        self.watcher.start()

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.deleteLater()
            self.watcher = None
        self._unreachable = self._queue_offline = False
        self._queued, self._sent = 0, SentCounts()
        self.banner.clear()

    # ---- offline ------------------------------------------------------------------------------

    @property
    def offline(self) -> bool:
        """The event's database does not answer (as the watcher or the desk's last check-in found)."""
        return self._unreachable or self._queue_offline

    def _on_watcher_reachable_changed(self, reachable: bool) -> None:
        self._unreachable = not reachable
        self._update_banner()
        self._window.reachable_changed.emit(reachable)

    def set_check_in_queue(self, online: bool, pending: int, sent: SentCounts | None = None) -> None:
        """The desk's check-ins are decided on the server (``online``) or on this laptop, with
        ``pending`` records waiting to be sent; ``sent``: what its station sent on coming back."""
        if sent:
            # Kept until the banner turns green: the watcher may notice the server a moment later.
            self._sent += sent
        self._queue_offline, self._queued = not online, pending
        self._update_banner()

    def _update_banner(self) -> None:
        banner, loaded = self.banner, self._window.loaded
        if self.offline:
            if loaded is not None and loaded.db.is_sqlite:
                text = self.tr("The event file cannot be read — check the disk or network share that holds it. "
                               "Nothing can be saved until it answers again.")
            else:
                text = self.tr("Offline — check-ins and walk-ins are kept on this laptop and sent when the network "
                               "is back ({count} waiting). Editing waits until then.").format(count=self._queued)
            banner.show_offline(text)
        elif banner.state == BannerState.OFFLINE:
            sent, self._sent = self._sent, SentCounts()
            banner.show_sent(sent, check_ins=True)

    def refuse_while_offline(self) -> bool:
        """Say why a change cannot be made now, if the database does not answer; True if refused."""
        if not self.offline:
            return False
        self._window.show_error(self.tr(
            "The event database does not answer, so this change cannot be saved now; nothing was changed. "
            "Check the network (cable or Wi-Fi), then try again once the orange banner is gone."
        ))
        return True

    # ---- other stations' changes ---------------------------------------------------------------

    def _on_watcher_changed(self, found) -> None:
        """Show what another station changed, row by row; what the desk is looking at stays put."""
        window = self._window
        if window.loaded is None:
            return
        desk, model = window.desk, window.model
        top = desk.top_attendee_id()
        if found.all_attendees is not None:
            model.merge_attendees(found.all_attendees, found.all_printed or {})
        for attendee in found.attendees:
            if model.attendee(attendee.id) is None:
                model.add_attendee(attendee)
            else:
                model.update_attendee(attendee)
        if found.all_check_ins is not None:
            model.set_check_ins(found.all_check_ins, window.loaded.event.timezone)
        for attendee_id, at in found.check_ins.items():
            if model.checked_in_at(attendee_id) != at:
                model.set_check_in(attendee_id, at)
        for attendee_id, count in found.printed.items():
            model.set_print_count(attendee_id, count)
        if found.attendees or found.all_attendees is not None:
            desk.refresh_choices()
        desk.keep_at_top(top)
        current = desk.current_attendee()
        if current is not None and (current.id in found.touched or found.all_attendees is not None):
            window.show_current_attendee(current)  # the panel and the history show the new state
        window.changes_applied.emit(found)
