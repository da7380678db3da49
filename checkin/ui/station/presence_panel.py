"""The door's live numbers (arrived / expected, inside / capacity) and, where it matters, who is missing.

The lists are for a site visit (who is not on the bus yet, who has not come back) and for any
station recording both directions (who never came, who is still inside).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QLabel, QListView, QVBoxLayout, QWidget

from checkin.domain.model import Attendee, SessionKind
from checkin.domain.verdicts import Checkpoint, DirectionMode
from checkin.services.presence import Counters, PresenceReport
from checkin.ui.desk_page import number


def _person(a: Attendee) -> str:
    return " · ".join(part for part in (a.full_name, a.organisation) if part)


class CountersBar(QWidget):
    """Two big numbers with their captions."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._counters: Counters | None = None
        self._full = False
        self.arrived_caption, self.inside_caption = QLabel(), QLabel()
        self.arrived_value, self.inside_value = QLabel("–"), QLabel("–")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(0)
        for column, (caption, value) in enumerate(((self.arrived_caption, self.arrived_value), (self.inside_caption, self.inside_value))):
            font = value.font()
            font.setPixelSize(30)
            font.setBold(True)
            value.setFont(font)
            caption.setEnabled(False)  # the muted colour of a caption
            grid.addWidget(caption, 0, column)
            grid.addWidget(value, 1, column)
        self._retranslate()

    def show_counters(self, counters: Counters) -> None:
        self._counters = counters
        c = counters
        self.arrived_value.setText(f"{number(c.arrived)} / {number(c.expected)}")
        inside = number(c.inside) if c.capacity is None else f"{number(c.inside)} / {number(c.capacity)}"
        self.inside_value.setText(inside)
        full = c.capacity is not None and c.inside >= c.capacity
        if full != self._full:  # restyling costs more than the whole update: only when it changes
            self._full = full
            self.inside_value.setStyleSheet("QLabel { color: #b3261e; }" if full else "")
        self.setToolTip(self._tooltip())

    def counters(self) -> Counters | None:
        return self._counters

    def _tooltip(self) -> str:
        c = self._counters
        if c is None:
            return ""
        text = self.tr("{arrived} of {expected} expected people have come in; {inside} are inside now.").format(
            arrived=number(c.arrived), expected=number(c.expected), inside=number(c.inside))
        if c.capacity is not None:
            text += " " + self.tr("{free} of {capacity} places are free.").format(
                free=number(max(0, c.capacity - c.inside)), capacity=number(c.capacity))
        return text

    def _retranslate(self) -> None:
        self.arrived_caption.setText(self.tr("Arrived / expected"))
        self.inside_caption.setText(self.tr("Inside now"))
        self.setToolTip(self._tooltip())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class PresenceLists(QWidget):
    """Who is missing and who is not back (or still inside), in family-name order."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._site_visit = False
        self._report: PresenceReport | None = None
        self.missing_title, self.inside_title = QLabel(), QLabel()
        self.missing_model, self.inside_model = QStringListModel(self), QStringListModel(self)
        self.missing_view, self.inside_view = QListView(), QListView()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for title, view, model in ((self.missing_title, self.missing_view, self.missing_model),
                                   (self.inside_title, self.inside_view, self.inside_model)):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setBuddy(view)
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setUniformItemSizes(True)  # thousands of names at a big event's entrance
            view.setAlternatingRowColors(True)
            view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays on the scan and search fields
            column.addWidget(title)
            column.addWidget(view, 1)
        self._retranslate()

    @staticmethod
    def wanted(checkpoint: Checkpoint, mode: DirectionMode) -> bool:
        site_visit = checkpoint.session is not None and checkpoint.session.kind is SessionKind.SITE_VISIT
        return site_visit or mode is DirectionMode.BOTH

    def set_checkpoint(self, checkpoint: Checkpoint) -> None:
        self._site_visit = checkpoint.session is not None and checkpoint.session.kind is SessionKind.SITE_VISIT
        self._report = None
        self.missing_model.setStringList([])
        self.inside_model.setStringList([])
        self._retranslate()

    def show_report(self, report: PresenceReport) -> None:
        self._report = report
        self.missing_model.setStringList([_person(a) for a in report.missing])
        self.inside_model.setStringList([_person(a) for a, _p in report.inside])
        self._retranslate()

    def missing_names(self) -> list[str]:
        return self.missing_model.stringList()

    def inside_names(self) -> list[str]:
        return self.inside_model.stringList()

    def _retranslate(self) -> None:
        missing = len(self._report.missing) if self._report else 0
        inside = len(self._report.inside) if self._report else 0
        if self._site_visit:
            self.missing_title.setText(self.tr("&Missing, not scanned in yet: {count}").format(count=number(missing)))
            self.inside_title.setText(self.tr("&Not back yet: {count}").format(count=number(inside)))
        else:
            self.missing_title.setText(self.tr("&Missing, not come in yet: {count}").format(count=number(missing)))
            self.inside_title.setText(self.tr("&Still inside: {count}").format(count=number(inside)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
