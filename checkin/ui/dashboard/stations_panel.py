"""The organiser's view of the stations (name, last seen, queue, last sync) and of conflicts after sync.

Stations come from the event's ``station`` table, conflicts from :func:`checkin.sync.conflicts.find_conflicts`,
both read on the dashboard's own lane. A station not heard from for :data:`STALE_AFTER` is greyed:
it is switched off, or offline with scans the others cannot see yet. A conflict is one person let in
at one door by desks that were offline at the time: counted once, listed here so someone can check.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any, Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QGridLayout, QHeaderView, QLabel, QTableView, QWidget

from checkin.services.machine import StationInfo
from checkin.sync.conflicts import Conflict
from checkin.ui.dashboard.look import NEARLY_FULL, OVER
from checkin.ui.desk_page import number
from checkin.ui.plain_text import shown, tooltip

_Index = QModelIndex | QPersistentModelIndex
STALE_AFTER = timedelta(minutes=2)


class StationColumn(IntEnum):
    NAME = 0
    LAST_SEEN = 1
    PENDING = 2
    LAST_SYNC = 3


class ConflictColumn(IntEnum):
    WHO = 0
    DOOR = 1
    SCANS = 2


def _clock(at: datetime | None, zone: ZoneInfo) -> str:
    return f"{at.astimezone(zone):%H:%M:%S}" if at is not None else "—"


class _RowsModel(QAbstractTableModel):
    """A read-only table of rows under translated headers; subclasses give ``columns`` and ``data``."""

    columns: type[IntEnum]

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._headers: list[str] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None


class StationTableModel(_RowsModel):
    """The event's stations, most recently seen first; stale ones greyed, a waiting queue in amber."""

    columns = StationColumn

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: tuple[StationInfo, ...] = ()
        self._now: datetime | None = None
        self._zone = ZoneInfo("UTC")
        self._headers: list[str] = []
        self.retranslate()

    def set_stations(self, stations: Sequence[StationInfo], now: datetime, zone: ZoneInfo) -> None:
        self.beginResetModel()
        self._rows, self._now, self._zone = tuple(stations), now, zone
        self.endResetModel()

    def is_stale(self, row: int) -> bool:
        return self._now is not None and self._now - self._rows[row].last_seen_at > STALE_AFTER

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        station, column = self._rows[index.row()], StationColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == StationColumn.NAME:
                return shown(station.name) or self.tr("(unnamed)")
            if column == StationColumn.LAST_SEEN:
                return _clock(station.last_seen_at, self._zone)
            if column == StationColumn.PENDING:
                return number(station.pending) if station.pending else "—"
            return _clock(station.last_sync_at, self._zone)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.is_stale(index.row()):
                return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            if column == StationColumn.PENDING and station.pending:
                return QBrush(NEARLY_FULL.darker(140))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.is_stale(index.row()):
                return self.tr("Not heard from since {time}: switched off, or offline with scans still to send.").format(
                    time=_clock(station.last_seen_at, self._zone))
            if station.pending:
                return self.tr("Made offline (scans, walk-ins) and waiting to be sent: {count}.").format(
                    count=number(station.pending))
        if role == Qt.ItemDataRole.TextAlignmentRole and column != StationColumn.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        self._headers = [self.tr("Station"), self.tr("Last seen"), self.tr("Waiting to send"), self.tr("Last sync")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)


class ConflictTableModel(_RowsModel):
    """People let in twice at one door by desks that were offline: who, where, which stations and when."""

    columns = ConflictColumn

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: tuple[Conflict, ...] = ()
        self._zone = ZoneInfo("UTC")
        self._headers: list[str] = []
        self.retranslate()

    def set_conflicts(self, conflicts: Sequence[Conflict], zone: ZoneInfo) -> None:
        conflicts = tuple(conflicts)
        if conflicts == self._rows and zone == self._zone:
            return
        self.beginResetModel()
        self._rows, self._zone = conflicts, zone
        self.endResetModel()

    def scans_text(self, conflict: Conflict) -> str:
        parts = []
        for scan in conflict.scans:
            station = scan.station or self.tr("unnamed station")
            if scan.offline:
                parts.append(self.tr("{station} at {time} (offline)").format(station=station, time=_clock(scan.at, self._zone)))
            else:
                parts.append(self.tr("{station} at {time}").format(station=station, time=_clock(scan.at, self._zone)))
        return "\n".join(parts)  # one line per station: the row grows instead of cutting the times off

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        conflict, column = self._rows[index.row()], ConflictColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == ConflictColumn.WHO:
                text = conflict.attendee_name
            elif column == ConflictColumn.DOOR:
                text = conflict.checkpoint_title
            else:
                text = self.scans_text(conflict)
            return shown(text, multiline=True) if role == Qt.ItemDataRole.DisplayRole else tooltip(text)
        return None

    def retranslate(self) -> None:
        self._headers = [self.tr("Who"), self.tr("Door"), self.tr("Let in by")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(ConflictColumn) - 1))


class StationsPanel(QWidget):
    """Two headed tables side by side; hidden by the window while the event has no station and no conflict."""

    def __init__(self, make_table, parent: QWidget | None = None):
        super().__init__(parent)
        self.station_model = StationTableModel(self)
        self.conflict_model = ConflictTableModel(self)
        self.station_table: QTableView = make_table(self.station_model)
        self.conflict_table: QTableView = make_table(self.conflict_model)
        # The stations and times say what to check: they always fit their text (dates now carry the
        # weekday and month); the name takes what is left and wraps when a projector is narrow.
        header = self.conflict_table.horizontalHeader()
        header.setSectionResizeMode(ConflictColumn.WHO, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ConflictColumn.DOOR, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ConflictColumn.SCANS, QHeaderView.ResizeMode.ResizeToContents)
        self.conflict_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A printed dashboard has no tooltips: each row is as tall as its stations and times need.
        self.conflict_table.setWordWrap(True)
        self.conflict_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for table in (self.station_table, self.conflict_table):
            table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.stations_heading, self.conflicts_heading = QLabel(), QLabel()
        self.conflicts_note = QLabel()
        self.conflicts_note.setWordWrap(True)
        self.conflicts_note.setTextFormat(Qt.TextFormat.PlainText)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stations_heading, 0, 0)
        layout.addWidget(self.conflicts_heading, 0, 1)
        layout.addWidget(self.station_table, 1, 0, 2, 1)
        layout.addWidget(self.conflicts_note, 1, 1)
        layout.addWidget(self.conflict_table, 2, 1)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        layout.setRowStretch(2, 1)
        self._retranslate()

    @property
    def has_content(self) -> bool:
        return bool(self.station_model.rowCount() or self.conflict_model.rowCount())

    def show_stations(self, stations: Sequence[StationInfo], now: datetime, zone: ZoneInfo) -> None:
        self.station_model.set_stations(stations, now, zone)

    def show_conflicts(self, conflicts: Sequence[Conflict], zone: ZoneInfo) -> None:
        self.conflict_model.set_conflicts(conflicts, zone)
        self._update_note()

    def set_heading_font(self, font) -> None:
        for heading in (self.stations_heading, self.conflicts_heading):
            heading.setFont(font)

    def _update_note(self) -> None:
        count = self.conflict_model.rowCount()
        if count:
            if count == 1:
                text = self.tr("1 person let in twice at the same door by desks that were offline. They are counted "
                               "once; check with the stations named if in doubt.")
            else:
                text = self.tr("{count} people let in twice at the same door by desks that were offline. Each is "
                               "counted once; check with the stations named if in doubt.").format(count=number(count))
            self.conflicts_note.setText(text)
            palette = self.conflicts_note.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(OVER))
            self.conflicts_note.setPalette(palette)
        else:
            self.conflicts_note.setText(self.tr("None: no one was let in twice by desks that were offline."))
            self.conflicts_note.setPalette(QApplication.palette())
        self.conflict_table.setVisible(bool(count))

    def _retranslate(self) -> None:
        self.stations_heading.setText(self.tr("Stations"))
        self.conflicts_heading.setText(self.tr("Conflicts after sync"))
        self.station_model.retranslate()
        self.conflict_model.retranslate()
        self._update_note()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
