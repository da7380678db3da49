"""The attendee table's item model: every attendee in memory, searched, filtered and sorted by itself.

A QSortFilterProxyModel would ask ``data()`` of 100,000 rows on every keystroke; this model instead
keeps the full list, a search index over it (:mod:`attendee_search`) and a list of visible row
numbers, so a new filter costs one index lookup plus a list comprehension. Sorting uses one key per
row and column, computed once; an edit or a walk-in changes one row and one key, never the lot.
"""
from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from checkin.domain.codes import normalise
from checkin.domain.model import Attendee, Session
from checkin.domain.text import fold
from checkin.ui.attendee_columns import Column, ColumnTexts
from checkin.ui.attendee_search import AttendeeSearch, SearchData, build_search_data
from checkin.ui.workers import run_in_pool
from checkin.ui.plain_text import shown, tooltip


ATTENDEE_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's Attendee

MISSING = "missing"  # a status filter value: people missing from the latest import


class AttendeeTableModel(QAbstractTableModel):
    search_ready_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._attendees: list[Attendee] = []
        self._row_of_id: dict[str, int] = {}
        self._session_titles: dict[str, str] = {}
        self._session_rank: dict[str, int] = {}
        self._categories: set[str] = set()
        self._texts = ColumnTexts()
        self._search = AttendeeSearch()
        self._generation = 0
        self._keys: dict[Column, list] = {}
        self._order: list[int] = []  # every row, in the current sort order
        self._rank: list[int] = []  # row → its position in _order
        self._visible: list[int] = []
        self._sort = (Column.FAMILY_NAME, Qt.SortOrder.AscendingOrder)
        self._filter: tuple[str, str | None, str | None, str | None] = ("", None, None, None)
        # Badge codes are not in the search index (they live in the badge table): normalised code →
        # attendee id, for the codes the desk has looked up (scanned, or typed in the search).
        self._code_owners: dict[str, str] = {}
        self._headers: list[str] = []
        self._inactive_brush = QBrush()
        self._flag_brush = QBrush()
        self._warning_icon = None
        self.retranslate()

    # ---- loading and changing rows -------------------------------------------------------------

    def set_attendees(
        self, attendees: Sequence[Attendee], sessions: Sequence[Session], print_counts: dict[str, int] | None = None
    ) -> None:
        """Show a freshly loaded list; searching becomes available once its index is built."""
        self.beginResetModel()
        self._generation += 1
        self._texts.printed = dict(print_counts or {})
        self._attendees = list(attendees)
        self._row_of_id = {a.id: row for row, a in enumerate(self._attendees)}
        self._session_titles = {s.id: s.title for s in sessions}
        self._session_rank = {s.id: i for i, s in enumerate(sessions)}
        self._categories = {a.category for a in self._attendees if a.category}
        self._search.reset()
        self._keys = {}
        self._order = list(range(len(self._attendees)))  # the database's order until keys exist
        self._rank = list(self._order)
        self._visible = self._filtered_rows()
        self.endResetModel()
        self.search_ready_changed.emit(False)
        # Started from the event loop, after the view has painted the rows: building the index
        # holds the interpreter lock for seconds and would make the first paint wait for it.
        QTimer.singleShot(0, self, lambda generation=self._generation: self._build_search(generation))

    def _build_search(self, generation: int) -> None:
        if generation != self._generation:
            return
        snapshot = list(self._attendees)
        run_in_pool(
            lambda: build_search_data(snapshot), lambda data: self._on_search_data(generation, data), receiver=self
        )

    def _on_search_data(self, generation: int, data: SearchData) -> None:
        if generation != self._generation:
            return  # a newer list has been loaded meanwhile
        self._search.install(data, self._attendees)
        self._keys.pop(Column.FAMILY_NAME, None)
        self._resort()
        if self._filter[0]:
            self._refilter()
        self.search_ready_changed.emit(True)

    @property
    def search_ready(self) -> bool:
        return self._search.ready

    def update_attendee(self, attendee: Attendee) -> None:
        """Show an edited attendee in place (it keeps its position until the next sort or filter)."""
        row = self._row_of_id[attendee.id]
        self._attendees[row] = attendee
        if attendee.category:
            self._categories.add(attendee.category)
        self._row_changed(row)
        position = self.position_of(attendee.id)
        if position is not None:
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(Column) - 1))

    def add_attendee(self, attendee: Attendee) -> int | None:
        """Add a new attendee (a walk-in); returns its position if the current filter shows it."""
        row = len(self._attendees)
        self._attendees.append(attendee)
        self._row_of_id[attendee.id] = row
        if attendee.category:
            self._categories.add(attendee.category)
        self._row_changed(row)
        self._order.append(row)
        self._rank.append(len(self._order) - 1)
        if not self._filtered_rows([row]):
            return None
        position = self._insert_position(row)
        self.beginInsertRows(QModelIndex(), position, position)
        self._visible.insert(position, row)
        self.endInsertRows()
        return position

    def add_prints(self, attendee_ids: Sequence[str]) -> None:
        """Count one more printed badge for each of ``attendee_ids`` and show it."""
        for attendee_id in attendee_ids:
            self._texts.printed[attendee_id] = self._texts.printed.get(attendee_id, 0) + 1
            row = self._row_of_id.get(attendee_id)
            if row is None:
                continue
            keys = self._keys.get(Column.BADGE)
            if keys is not None:
                keys[row] = self._texts.printed[attendee_id]
            position = self.position_of(attendee_id)
            if position is not None:
                self.dataChanged.emit(self.index(position, Column.BADGE), self.index(position, Column.BADGE))

    def set_print_count(self, attendee_id: str, count: int) -> None:
        """Show that ``attendee_id``'s badge has been printed ``count`` times (another desk printed it)."""
        if self._texts.printed.get(attendee_id, 0) == count:
            return
        self._texts.printed[attendee_id] = count
        row = self._row_of_id.get(attendee_id)
        keys = self._keys.get(Column.BADGE)
        if row is not None and keys is not None:
            keys[row] = count
        position = self.position_of(attendee_id)
        if position is not None:
            self.dataChanged.emit(self.index(position, Column.BADGE), self.index(position, Column.BADGE))

    def merge_attendees(self, attendees: Sequence[Attendee], print_counts: dict[str, int]) -> None:
        """Bring the list up to date with a fresh read, changing only the rows that differ: the
        selection, the filter and the scroll position stay (unlike :meth:`set_attendees`)."""
        for attendee in attendees:
            known = self.attendee(attendee.id)
            if known is None:
                self.add_attendee(attendee)
            elif known != attendee:
                self.update_attendee(attendee)
        for attendee_id in set(self._texts.printed) | set(print_counts):
            self.set_print_count(attendee_id, print_counts.get(attendee_id, 0))

    def set_check_ins(self, checked_in: dict, timezone: str) -> None:
        """When each attendee first came in at the entrance (attendee id → datetime), replacing what was shown."""
        self._texts.checked_in = dict(checked_in)
        self._texts.timezone = timezone
        self._keys.pop(Column.CHECKED_IN, None)
        if self._visible:
            self.dataChanged.emit(self.index(0, Column.CHECKED_IN), self.index(len(self._visible) - 1, Column.CHECKED_IN))

    def set_check_in(self, attendee_id: str, at) -> None:
        """One attendee came in (``at``) or their check-in was undone (None)."""
        if at is None:
            self._texts.checked_in.pop(attendee_id, None)
        else:
            self._texts.checked_in[attendee_id] = at
        row = self._row_of_id.get(attendee_id)
        keys = self._keys.get(Column.CHECKED_IN)
        if row is not None and keys is not None:
            keys[row] = self._texts.sort_key(Column.CHECKED_IN, self._attendees[row])
        position = self.position_of(attendee_id)
        if position is not None:
            self.dataChanged.emit(self.index(position, Column.CHECKED_IN), self.index(position, Column.CHECKED_IN))

    def checked_in_at(self, attendee_id: str):
        return self._texts.checked_in.get(attendee_id)

    def print_count(self, attendee_id: str) -> int:
        return self._texts.printed.get(attendee_id, 0)

    def _row_changed(self, row: int) -> None:
        attendee = self._attendees[row]
        for column, keys in self._keys.items():
            value = self._texts.sort_key(column, attendee)
            if row < len(keys):
                keys[row] = value
            else:
                keys.append(value)
        self._search.row_changed(row, self._attendees)

    def _insert_position(self, row: int) -> int:
        """Where ``row`` belongs among the visible rows in the current sort order."""
        column, order = self._sort
        keys = self._column_keys(column)
        key = keys[row]
        descending = order == Qt.SortOrder.DescendingOrder
        lo, hi = 0, len(self._visible)
        while lo < hi:
            mid = (lo + hi) // 2
            other = keys[self._visible[mid]]
            before = other > key if descending else other < key
            if before or other == key:
                lo = mid + 1
            else:
                hi = mid
        return lo

    # ---- filtering ----------------------------------------------------------------------------

    def set_filter(
        self, text: str = "", category: str | None = None, session_id: str | None = None, status: str | None = None
    ) -> None:
        """Show the rows matching ``text`` (search as you type) and the chosen category, session and
        status (a Status value, or MISSING for people missing from the latest import)."""
        self._filter = (text.strip(), category or None, session_id or None, status or None)
        self._refilter()

    def set_code_owner(self, code: str, attendee_id: str) -> None:
        """``code`` (a badge code, as scanned or typed) belongs to ``attendee_id``: searching it shows them."""
        self._code_owners[normalise(code)] = attendee_id
        if normalise(self._filter[0]) == normalise(code):
            self._refilter()

    def code_owner(self, code: str) -> str | None:
        return self._code_owners.get(normalise(code))

    def _refilter(self) -> None:
        self.beginResetModel()
        self._visible = self._filtered_rows()
        self.endResetModel()

    @property
    def search_pending(self) -> bool:
        """A search text is set but the index is still being built (shown as soon as it is)."""
        return bool(self._filter[0]) and not self._search.ready

    def _filtered_rows(self, candidates: list[int] | None = None) -> list[int]:
        """The rows passing the filter, in sort order; or those of ``candidates`` that pass it."""
        text, category, session_id, status = self._filter
        owner = self._row_of_id.get(self._code_owners.get(normalise(text), "")) if text else None
        if owner is not None:
            found = [owner]
        else:
            found = self._search.search(text, self._rank) if text else None
        if candidates is not None:
            rows = candidates
            if found is not None:
                found_set = set(found)
                rows = [r for r in rows if r in found_set]
        else:
            rows = found if found is not None else list(self._order)
        people = self._attendees
        if category is not None:
            rows = [r for r in rows if people[r].category == category]
        if session_id is not None:
            rows = [r for r in rows if session_id in people[r].session_ids]
        if status == MISSING:
            rows = [r for r in rows if people[r].missing_from_source]
        elif status is not None:
            rows = [r for r in rows if people[r].status == status]
        return rows

    # ---- sorting ------------------------------------------------------------------------------

    def _column_keys(self, column: Column) -> list:
        if column == Column.FAMILY_NAME and self._search.ready:
            return self._search.name_keys
        keys = self._keys.get(column)
        if keys is None:
            # Many rows share an organisation, a city or a category: fold each value once.
            memo: dict[Any, Any] = {}
            keys = []
            for a in self._attendees:
                value = (a.last_name, a.first_name) if column == Column.FAMILY_NAME else self._texts.display(column, a)
                key = memo.get(value)
                if key is None:
                    key = memo[value] = self._texts.sort_key(column, a)
                keys.append(key)
            self._keys[column] = keys
        return keys

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort = (Column(column), order)
        self._resort()

    def _resort(self) -> None:
        column, order = self._sort
        keys = self._column_keys(column)
        order_rows = list(range(len(self._attendees)))
        if column != Column.FAMILY_NAME:
            # Ties (same city, same category) stay in name order.
            names = self._column_keys(Column.FAMILY_NAME)
            order_rows.sort(key=names.__getitem__)
        order_rows.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self._order = order_rows
        rank = [0] * len(order_rows)
        for position, row in enumerate(order_rows):
            rank[row] = position
        self._rank = rank
        self._relayout(sorted(self._visible, key=rank.__getitem__))

    def _relayout(self, visible: list[int]) -> None:
        """Reorder the visible rows keeping the selection and current row where they were."""
        self.layoutAboutToBeChanged.emit()
        old_indexes = self.persistentIndexList()
        old_rows = [self._visible[i.row()] for i in old_indexes]
        self._visible = visible
        if old_indexes:
            position = {row: i for i, row in enumerate(visible)}
            new_indexes = [
                self.index(position[row], i.column()) if row in position else QModelIndex()
                for i, row in zip(old_indexes, old_rows)
            ]
            self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    # ---- what the view asks -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if row >= len(self._visible):
            return None
        a = self._attendees[self._visible[row]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(self._texts.display(Column(column), a))
        if role == ATTENDEE_ROLE:
            return a
        if role == Qt.ItemDataRole.ForegroundRole:
            if not a.status.is_active:
                return self._flag_brush if column == Column.STATUS else self._inactive_brush
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATUS and a.missing_from_source:
            return self._warning_icon
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.SESSIONS, Column.BADGE, Column.CHECKED_IN):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.SESSIONS and a.session_ids:
                return tooltip("\n".join(self._session_title_list(a)))
            if column == Column.STATUS and a.missing_from_source:
                return self.tr("Missing from the latest import")
            if column == Column.BADGE:
                printed = self._texts.printed.get(a.id, 0)
                return self.tr("Badge printed %n time(s)", "", printed) if printed else self.tr("Badge not printed yet")
        return None

    def _session_title_list(self, a: Attendee) -> list[str]:
        ids = sorted(a.session_ids, key=lambda sid: self._session_rank.get(sid, 0))
        return [self._session_titles[sid] for sid in ids if sid in self._session_titles]

    def retranslate(self) -> None:
        """Headers, status labels and country names in the current UI language."""
        self._headers = [
            self.tr("Family name"),
            self.tr("Given name"),
            self.tr("Organisation"),
            self.tr("City"),
            self.tr("Country"),
            self.tr("Category"),
            self.tr("Status"),
            self.tr("Sessions"),
            self.tr("Badge"),
            self.tr("Checked in"),
        ]
        self._texts.retranslate()
        self._keys.pop(Column.COUNTRY, None)
        palette = QApplication.palette()
        self._inactive_brush = QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        self._flag_brush = QBrush(QColor("#b3261e"))
        self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._visible:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._visible) - 1, len(Column) - 1))

    # ---- for the window -----------------------------------------------------------------------

    def attendee_at(self, position: int) -> Attendee:
        return self._attendees[self._visible[position]]

    def position_of(self, attendee_id: str) -> int | None:
        """The attendee's position among the visible rows, or None if filtered out or unknown."""
        row = self._row_of_id.get(attendee_id)
        if row is None:
            return None
        try:
            return self._visible.index(row)
        except ValueError:
            return None

    def attendee(self, attendee_id: str) -> Attendee | None:
        row = self._row_of_id.get(attendee_id)
        return None if row is None else self._attendees[row]

    def all_attendees(self) -> list[Attendee]:
        return list(self._attendees)

    def total_count(self) -> int:
        return len(self._attendees)

    def session_counts(self) -> dict[str, int]:
        """Session id → how many active attendees (not cancelled or withdrawn) are registered for it."""
        counts: dict[str, int] = {}
        for a in self._attendees:
            if a.status.is_active:
                for session_id in a.session_ids:
                    counts[session_id] = counts.get(session_id, 0) + 1
        return counts

    def categories(self) -> list[str]:
        return sorted(self._categories, key=fold)
