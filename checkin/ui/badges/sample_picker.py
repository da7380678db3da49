"""Choosing whose badge the designer previews: the longest name, a Greek one, a Cyrillic one, or a search."""
from __future__ import annotations

import unicodedata
from typing import Sequence

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from checkin.domain.model import Attendee
from checkin.domain.search import SearchIndex, attendee_search_text
from checkin.ui.plain_text import shown

MAX_RESULTS = 30


def _script_of(text: str, script: str) -> bool:
    return any(unicodedata.name(ch, "").startswith(script) for ch in text if ch.isalpha())


def sample_attendees(attendees: Sequence[Attendee]) -> list[tuple[str, Attendee]]:
    """The names that test a badge hardest, each with what makes it a test: (kind, attendee)."""
    samples: list[tuple[str, Attendee]] = []
    active = [a for a in attendees if a.status.is_active] or list(attendees)
    if not active:
        return samples
    samples.append(("longest", max(active, key=lambda a: (len(a.full_name), a.id))))
    longest_org = max(active, key=lambda a: (len(a.organisation), a.id))
    if longest_org.organisation:
        samples.append(("organisation", longest_org))
    for kind, script in (("greek", "GREEK"), ("cyrillic", "CYRILLIC")):
        found = next((a for a in active if _script_of(a.full_name, script)), None)
        if found is not None:
            samples.append((kind, found))
    return samples


class SamplePickerPanel(QWidget):
    """A combo of sample attendees and a search box that fills it with matches; emits ``attendee_chosen(id)``."""

    attendee_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._attendees: list[Attendee] = []
        self._index: SearchIndex | None = None
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(28)
        self.combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textEdited.connect(lambda _text: self._search_timer.start())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 3)
        row.addWidget(self.search_edit, 2)
        self._retranslate()

    def set_attendees(self, attendees: Sequence[Attendee]) -> None:
        self._attendees = list(attendees)
        self._index = SearchIndex([attendee_search_text(a) for a in self._attendees])
        self._show_samples()

    def current_attendee_id(self) -> str | None:
        return self.combo.currentData()

    def _kind_text(self, kind: str) -> str:
        texts = {
            "longest": self.tr("Longest name"),
            "organisation": self.tr("Longest organisation"),
            "greek": self.tr("Greek name"),
            "cyrillic": self.tr("Cyrillic name"),
        }
        return texts[kind]

    def _show_samples(self) -> None:
        chosen = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        for kind, attendee in sample_attendees(self._attendees):
            self.combo.addItem(self.tr("{kind}: {name}").format(kind=self._kind_text(kind), name=shown(attendee.full_name)), attendee.id)
        self.combo.blockSignals(False)
        index = self.combo.findData(chosen) if chosen else -1
        self.combo.setCurrentIndex(max(index, 0))
        self._on_combo_current_index_changed(self.combo.currentIndex())

    def _on_search_timer_timeout(self) -> None:
        query = self.search_edit.text().strip()
        rows = self._index.search(query) if self._index is not None else None
        if rows is None:
            self._show_samples()
            return
        self.combo.blockSignals(True)
        self.combo.clear()
        for row in rows[:MAX_RESULTS]:
            a = self._attendees[row]
            self.combo.addItem(shown(" — ".join(part for part in (a.full_name, a.organisation) if part)), a.id)
        if not rows:
            self.combo.addItem(self.tr("Nobody matches “{query}”").format(query=shown(query)), None)
        self.combo.blockSignals(False)
        self.combo.setCurrentIndex(0)
        self._on_combo_current_index_changed(0)

    def _on_combo_current_index_changed(self, _index: int) -> None:
        attendee_id = self.combo.currentData()
        if attendee_id:
            self.attendee_chosen.emit(attendee_id)

    def _retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search an attendee…"))
        if self._attendees and not self.search_edit.text().strip():
            self._show_samples()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
