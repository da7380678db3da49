"""At the desk a scanned or typed badge or ticket code means "find this person".

The search index knows names, places and ticket codes, but not badge codes (they are issued in the
badge table and change when a badge is reissued), so a badge code typed into the search box, or any
code a scanner sends to the desk window, is looked up on the database lane with the same resolution
the doors use. The person found is shown alone in the table, selected, with a line in the detail
panel saying that Ctrl+Return checks them in; a code that belongs to no one says so instead of
inviting a walk-in.
"""
from __future__ import annotations

import logging
from typing import Sequence

from PySide6.QtCore import QObject, Signal

from checkin.domain.codes import ALPHABET, CODE_LENGTH, VERSION, normalise
from checkin.services.badges import Resolution, ResolveKind, resolve_code
from checkin.ui.workers import Operation

log = logging.getLogger(__name__)


def looks_like_badge_code(text: str) -> bool:
    """``text`` has the shape of one of our badge codes (whether it verifies is for the lane to say)."""
    code = normalise(text)
    return len(code) == CODE_LENGTH and code[0] == VERSION and all(letter in ALPHABET for letter in code)


class DeskCodeFinder(QObject):
    """``found(attendee_id, code, scanned)`` once a code's owner is shown; ``not_found(code, text)``
    with the sentence shown under the table otherwise."""

    found = Signal(str, str, bool)
    not_found = Signal(str, str)

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        window.desk.search_edit.textChanged.connect(self._on_search_text_changed)

    def _on_search_text_changed(self, text: str) -> None:
        if looks_like_badge_code(text) and self._window.model.code_owner(text) is None:
            self.find([text.strip()], scanned=False)

    def find(self, readings: Sequence[str], scanned: bool) -> None:
        """Look the code up (each reading of a scan in turn, best first) and show its owner."""
        loaded = self._window.loaded
        readings = [r.strip() for r in readings if r and r.strip()]
        if loaded is None or not readings:
            return
        db = loaded.db

        def work() -> tuple[str, Resolution]:
            first = None
            for reading in readings:
                resolution = resolve_code(db, reading)
                if resolution.attendee is not None:
                    return reading, resolution
                first = first or (reading, resolution)
            return first

        operation = Operation(work, parent=self)
        operation.on_success(lambda pair: self._on_resolved(*pair, scanned=scanned))
        operation.on_user_error(lambda error: self._window.show_error(str(error)))
        operation.run_on(self._window.lane)

    def _on_resolved(self, code: str, resolution: Resolution, scanned: bool) -> None:
        desk, attendee = self._window.desk, resolution.attendee
        if attendee is None or self._window.model.attendee(attendee.id) is None:
            text = self._problem_text(code, resolution)
            desk.show_code(code, None, text)
            self.not_found.emit(code, text)
            return
        self._window.model.set_code_owner(code, attendee.id)
        desk.show_code(code, attendee.id, "")
        panel = desk.detail_panel
        if resolution.kind is ResolveKind.REVOKED:
            panel.show_notice(attendee.id, self.tr(
                "This badge was replaced by a newer one: it no longer opens the doors. Check the person, "
                "then print a new badge (Ctrl+P)."), "warning")
        elif scanned:
            panel.show_notice(attendee.id, self.tr("Badge scanned: {name}. Ctrl+Return checks them in.")
                              .format(name=attendee.full_name), "hint")
        self.found.emit(attendee.id, code, scanned)

    def _problem_text(self, code: str, resolution: Resolution) -> str:
        if resolution.kind is ResolveKind.FORGED:
            return self.tr("“{code}” is not a valid badge of this event (altered, damaged or mistyped). "
                           "Search by name instead.").format(code=code)
        return self.tr("No one at this event has the code “{code}”. Search by name before registering a walk-in: "
                       "the person may be on the list.").format(code=code)
