"""The desk itself: search field, filters, the attendee table with its count, and the detail panel."""
from __future__ import annotations

from datetime import datetime
from typing import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin import i18n
from checkin.domain.model import Attendee, Session, Status
from checkin.ui.attendee_columns import Column
from checkin.ui.attendee_model import ATTENDEE_ROLE, MISSING, AttendeeTableModel
from checkin.ui.detail_panel import AttendeeDetailPanel
from checkin.ui.labels import status_label
from checkin.ui.language import ui_language
from checkin.ui.plain_text import shown

_COLUMN_WIDTHS = {
    Column.FAMILY_NAME: 125, Column.GIVEN_NAME: 105, Column.CITY: 95, Column.COUNTRY: 100,
    Column.CATEGORY: 125, Column.STATUS: 80, Column.SESSIONS: 64, Column.BADGE: 56,
}
# Every weekday of every month at a two-digit hour: the widest check-in time the desk can show.
_SAMPLE_TIMES = tuple(datetime(2026, month, day, 23, 58) for month in range(1, 13) for day in range(22, 29))

_SHORTCUT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


def number(value: int) -> str:
    """``value`` with the UI language's digit grouping (100,000 / 100 000)."""
    return QLocale().toString(value)


def _filter_combo(minimum_characters: int) -> QComboBox:
    combo = QComboBox()
    # Long session titles must not push the search field off the window.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(minimum_characters)
    return combo


class DeskPage(QWidget):
    edit_requested = Signal(str)  # attendee id
    current_attendee_changed = Signal(object)  # Attendee or None

    def __init__(self, model: AttendeeTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self._sessions: list[Session] = []
        self._code_problem = ("", "")  # (code, why no one has it) for the count line, while it is searched

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(280)
        self.search_edit.textChanged.connect(self._apply_filter)
        self.search_edit.installEventFilter(self)
        self.category_combo = _filter_combo(14)
        self.session_combo = _filter_combo(18)
        self.status_combo = _filter_combo(12)
        for combo in (self.category_combo, self.session_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setWordWrap(True)  # a long sentence in French must not widen the window past the screen

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.FAMILY_NAME, Qt.SortOrder.AscendingOrder)
        rows = self.table.verticalHeader()
        rows.hide()
        # Fixed row heights: the view never measures 100,000 rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The organisation takes the room left; the other columns keep a readable width.
        columns.setSectionResizeMode(Column.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        columns.setMinimumSectionSize(60)
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in _COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        # Enter and double-clicks on a row only pick the person: editing has its own button (Ctrl+E),
        # checking in its own (Ctrl+Return), so no keystroke meant for the search changes a record.
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        model.modelReset.connect(self._on_model_reset)
        model.search_ready_changed.connect(lambda _ready: self._update_count())
        model.rowsInserted.connect(lambda *_: self._update_count())

        self.detail_panel = AttendeeDetailPanel()
        self.detail_panel.edit_requested.connect(self.edit_requested)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.category_combo, 1)
        filters.addWidget(self.session_combo, 1)
        filters.addWidget(self.status_combo, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1000, 340])  # on a 1366-pixel laptop the table keeps room for the organisation

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(8)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        # Esc anywhere on the desk starts a new search.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.clear_search)

        self.setTabOrder(self.search_edit, self.category_combo)
        self.setTabOrder(self.category_combo, self.session_combo)
        self.setTabOrder(self.session_combo, self.status_combo)
        self.setTabOrder(self.status_combo, self.table)
        self.setTabOrder(self.table, self.detail_panel.edit_button)
        self._retranslate()

    # ---- the event ----------------------------------------------------------------------------

    def set_event(self, sessions: Sequence[Session], timezone: str) -> None:
        """A newly opened event: fresh filters and an empty search."""
        self._sessions = list(sessions)
        self.detail_panel.set_event_context(sessions, timezone)
        self.refresh_choices()
        self.clear_filters()

    def refresh_choices(self) -> None:
        """Rebuild the filter menus (categories can appear with an edit), keeping what is chosen."""
        self._fill_combo(
            self.category_combo, self.tr("All categories"), [(c, c) for c in self.model.categories()]
        )
        self._fill_combo(self.session_combo, self.tr("All sessions"), [(s.title, s.id) for s in self._sessions])
        statuses = [(status_label(s), s.value) for s in Status]
        statuses.append((self.tr("Missing from the latest import"), MISSING))
        self._fill_combo(self.status_combo, self.tr("All statuses"), statuses)

    @staticmethod
    def _fill_combo(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(shown(text), value)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    # ---- filtering and selection --------------------------------------------------------------

    def _apply_filter(self) -> None:
        self.model.set_filter(
            self.search_edit.text(),
            category=self.category_combo.currentData(),
            session_id=self.session_combo.currentData(),
            status=self.status_combo.currentData(),
        )

    def clear_search(self) -> None:
        self.search_edit.clear()
        self.search_edit.setFocus()

    def clear_filters(self) -> None:
        for combo in (self.category_combo, self.session_combo, self.status_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._apply_filter()

    def show_code(self, code: str, attendee_id: str | None, problem: str) -> None:
        """Show the owner of a scanned or typed code alone in the table, selected (``attendee_id``), or
        ``problem`` under the table; the search box holds the code, selected, so typing replaces it."""
        self._code_problem = (code, problem)
        if self.search_edit.text() != code or any(c.currentIndex() for c in self._combos()):
            self.clear_filters()
            self.search_edit.blockSignals(True)
            self.search_edit.setText(code)
            self.search_edit.blockSignals(False)
            self._apply_filter()
        if attendee_id is not None:
            self.select_attendee(attendee_id)
        self._update_count()
        if not self.search_edit.hasFocus() and not self.table.hasFocus():
            self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _combos(self) -> tuple[QComboBox, ...]:
        return self.category_combo, self.session_combo, self.status_combo

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _on_model_reset(self) -> None:
        # After a new search the best match is selected, so its details show at once.
        if self.model.rowCount():
            self.select_position(0)
        else:
            self.current_attendee_changed.emit(None)
        self._update_count()

    def select_position(self, position: int) -> None:
        index = self.model.index(position, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def select_attendee(self, attendee_id: str) -> bool:
        position = self.model.position_of(attendee_id)
        if position is None:
            return False
        self.select_position(position)
        return True

    def top_attendee_id(self) -> str | None:
        """The person in the table's first visible row, to keep there while rows change."""
        position = self.table.rowAt(0)
        return self.model.attendee_at(position).id if 0 <= position < self.model.rowCount() else None

    def keep_at_top(self, attendee_id: str | None) -> None:
        """Scroll back so ``attendee_id`` is the first visible row again (rows inserted above it moved it)."""
        position = self.model.position_of(attendee_id) if attendee_id else None
        if position is not None and self.table.rowAt(0) != position:
            self.table.scrollTo(self.model.index(position, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def selected_attendee_ids(self) -> list[str]:
        """The selected rows' attendees (several with Shift/Ctrl, e.g. for printing their badges)."""
        rows = self.table.selectionModel().selectedRows()
        return [index.data(ATTENDEE_ROLE).id for index in rows]

    def current_attendee(self) -> Attendee | None:
        index = self.table.currentIndex()
        return index.data(ATTENDEE_ROLE) if index.isValid() else None

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_attendee_changed.emit(current.data(ATTENDEE_ROLE) if current.isValid() else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # From the search field, Down / Enter go to the results so the arrows pick a person; Enter
        # never does more (see the README's desk keys). Ctrl+Return is the check-in shortcut.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if plain and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.select_position(0)
                return True
        # Typing in the results starts a new search (the table's own jump-to-row would pick a
        # different person with each letter).
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            text = event.text()
            if text and text.isprintable() and not text.isspace() and not event.modifiers() & _SHORTCUT_MODIFIERS:
                self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
                self.search_edit.selectAll()
                QApplication.sendEvent(self.search_edit, QKeyEvent(event))
                return True
        return super().eventFilter(watched, event)

    # ---- texts --------------------------------------------------------------------------------

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        text = self.search_edit.text().strip()
        if self.model.search_pending:
            label = self.tr("Preparing the search…")
        elif total == 0:
            label = self.tr("No attendees yet. Import the registration list (File › Import registration list…).")
        elif shown == 0 and text and self._code_problem[1] and self._code_problem[0] == text:
            label = self._code_problem[1]
        elif shown == 0 and text:
            label = self.tr("No one matches “{text}”. Check the spelling, or add a walk-in (Ctrl+N).").format(text=text)
        elif shown == total:
            label = self.tr("1 attendee") if total == 1 else self.tr("{total} attendees").format(total=number(total))
        else:
            label = self.tr("{shown} of {total} attendees").format(shown=number(shown), total=number(total))
        self.count_label.setText(label)

    def _fit_checked_in_column(self) -> None:
        """Wide enough for any check-in time in the interface language ("mer. 30 sept. 23:58")."""
        metrics = self.table.fontMetrics()
        language = ui_language()
        widest = max(metrics.horizontalAdvance(i18n.day_time_text(at, language)) for at in _SAMPLE_TIMES)
        self.table.setColumnWidth(Column.CHECKED_IN, widest + 2 * self.table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin) + 12)

    def _retranslate(self) -> None:
        self._fit_checked_in_column()
        self.search_edit.setPlaceholderText(self.tr("Search name, organisation, city, email or code…"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.category_combo.setToolTip(self.tr("Show one category"))
        self.session_combo.setToolTip(self.tr("Show the people registered for one session"))
        self.status_combo.setToolTip(self.tr("Show one registration status"))
        self.refresh_choices()
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
