"""Item models of the day's sessions (registered, present now, peak, capacity, fill) and site visits (out, back)."""
from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any, Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from checkin.domain.model import Session
from checkin.services.statistics import SessionStats, SiteVisitStats
from checkin.ui.dashboard.look import fill_colour, percent, text_on
from checkin.ui.desk_page import number
from checkin.ui.plain_text import shown, tooltip

_Index = QModelIndex | QPersistentModelIndex
_NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def session_hours(session: Session, zone: ZoneInfo) -> str:
    """"14:30–16:30" on the event's clocks, or "" for a session without times."""

    def clock(at: datetime | None) -> str:
        return f"{at.astimezone(zone):%H:%M}" if at is not None else ""

    start, end = clock(session.starts_at), clock(session.ends_at)
    return f"{start}–{end}" if start and end else start


class _RowsModel(QAbstractTableModel):
    """Rows of one kind, replaced whole by :meth:`set_rows`; a refresh with the same sessions only
    tells the views which cells changed, so the view keeps its scroll position and selection."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: tuple = ()
        self._zone = ZoneInfo("UTC")
        self._headers: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self.retranslate()

    def set_rows(self, rows: Sequence, zone: ZoneInfo) -> None:
        rows = tuple(rows)
        same_sessions = [r.session.id for r in rows] == [r.session.id for r in self._rows] and zone == self._zone
        if same_sessions:
            if rows != self._rows:
                self._rows = rows
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._rows, self._zone = rows, zone
        self.endResetModel()

    def row_stats(self, row: int):
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft if section == 0 else _NUMBER_ALIGNMENT)
        return None

    def retranslate(self) -> None:
        """Headers and number formats in the interface language (called on a language change)."""
        self._headers = self._header_texts()
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1))

    def _header_texts(self) -> list[str]:
        raise NotImplementedError

    def _title(self, session: Session, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            hours = session_hours(session, self._zone)
            title = f"{hours}  {session.title}" if hours else session.title
            return shown(title) if role == Qt.ItemDataRole.DisplayRole else tooltip(title)
        return None


class SessionColumn(IntEnum):
    SESSION = 0
    REGISTERED = 1
    PRESENT = 2
    PEAK = 3
    CAPACITY = 4
    FILL = 5


class SessionTableModel(_RowsModel):
    """One row a session: its hours and title, registered, present now, peak, capacity, and the
    peak's share of the capacity on a green / amber / red background."""

    def _header_texts(self) -> list[str]:
        return [
            self.tr("Session"), self.tr("Registered"), self.tr("Present now"), self.tr("Peak"), self.tr("Capacity"),
            self.tr("Peak fill"),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        stats: SessionStats = self._rows[index.row()]
        column = SessionColumn(index.column())
        if column is SessionColumn.SESSION:
            return self._title(stats.session, role)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_NUMBER_ALIGNMENT)
        # No colour before anyone came: a green 0 % on every later session would draw the eye to nothing.
        fill = fill_colour(stats.fill) if column is SessionColumn.FILL and stats.peak else None
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                SessionColumn.REGISTERED: stats.registered, SessionColumn.PRESENT: stats.present,
                SessionColumn.PEAK: stats.peak, SessionColumn.CAPACITY: stats.capacity,
            }
            if column is SessionColumn.FILL:
                return percent(stats.fill)
            value = values[column]
            return "—" if value is None else number(value)
        if role == Qt.ItemDataRole.BackgroundRole and fill is not None:
            return QBrush(fill)
        if role == Qt.ItemDataRole.ForegroundRole and fill is not None:
            return QBrush(text_on(fill))
        if role == Qt.ItemDataRole.FontRole and column in (SessionColumn.PRESENT, SessionColumn.FILL):
            return self._bold
        return None


class VisitColumn(IntEnum):
    VISIT = 0
    REGISTERED = 1
    OUT = 2
    BACK = 3


class VisitTableModel(_RowsModel):
    """One row a site visit: registered, out on the visit now, back from it."""

    def _header_texts(self) -> list[str]:
        return [self.tr("Site visit"), self.tr("Registered"), self.tr("Out now"), self.tr("Back")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        stats: SiteVisitStats = self._rows[index.row()]
        column = VisitColumn(index.column())
        if column is VisitColumn.VISIT:
            return self._title(stats.session, role)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_NUMBER_ALIGNMENT)
        if role == Qt.ItemDataRole.DisplayRole:
            values = {VisitColumn.REGISTERED: stats.registered, VisitColumn.OUT: stats.out, VisitColumn.BACK: stats.back}
            return number(values[column])
        if role == Qt.ItemDataRole.FontRole and column is VisitColumn.OUT and stats.out:
            return self._bold  # people still out are the ones to count on the way back
        return None
