"""The organiser's live dashboard: headline tiles, the arrivals curve, categories, sessions and site visits.

A window of its own (several can be open, one on a projector), reading its event through a
:class:`DashboardRefresher`; applying a refresh only sets texts, hands the charts their few
numbers and lets the two small table models say which cells changed.
"""
from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.domain.model import Event
from checkin.ui.dashboard.arrivals_chart import ArrivalsChart
from checkin.ui.dashboard.category_bars import CategoryBar, CategoryBars
from checkin.ui.dashboard.kpi_tile import KpiTile
from checkin.ui.dashboard.look import ARRIVED, GOOD, GRID, NEARLY_FULL, OVER, base_points, count_of, percent, scaled, text_on
from checkin.ui.dashboard.refresher import DashboardRefresher
from checkin.ui.dashboard.session_models import SessionTableModel, VisitTableModel
from checkin.ui.dashboard.snapshot import DashboardSnapshot, event_days, event_today, event_zone
from checkin.ui.dashboard.stations_panel import StationsPanel
from checkin.ui.desk_page import number
from checkin.ui.journal_format import day_text
from checkin.ui.plain_text import shown
from checkin.ui.screen_fit import open_at

HEADING_FACTOR = 1.25
TITLE_FACTOR = 1.6


def _day_name(day: date) -> str:
    return day_text(datetime.combine(day, time()))


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class DashboardWindow(QWidget):
    """The live dashboard of the event at ``location`` (a file or database URL).

    It starts reading as soon as it is made and stops when closed. :meth:`refresh_now` reads at
    once (connect a station's scan signal to it); ``snapshot_shown(DashboardSnapshot)`` follows
    every refresh that changed something on screen.
    """

    snapshot_shown = Signal(object)

    def __init__(self, location: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.location = location
        self.opened_event: Event | None = None
        self.snapshot: DashboardSnapshot | None = None
        self._days_for: date | None = None  # the "today" the day chooser was filled for

        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.day_label = QLabel()
        self.day_combo = QComboBox()
        self.day_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day_combo.currentIndexChanged.connect(self._on_day_combo_current_index_changed)
        self.updated_label = QLabel()
        self.updated_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label = QLabel()
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setAutoFillBackground(True)
        problem_palette = self.problem_label.palette()
        problem_palette.setColor(QPalette.ColorRole.Window, OVER)
        problem_palette.setColor(QPalette.ColorRole.WindowText, text_on(OVER))
        self.problem_label.setPalette(problem_palette)
        self.problem_label.hide()

        self.arrived_tile = KpiTile(ARRIVED)
        self.expected_tile = KpiTile(GRID.darker(150))
        self.walk_in_tile = KpiTile(NEARLY_FULL.darker(130))
        self.inside_tile = KpiTile(GOOD)
        self.curve = ArrivalsChart()
        self.categories = CategoryBars()
        self.session_model = SessionTableModel(self)
        self.session_table = _table(self.session_model)
        self.visit_model = VisitTableModel(self)
        self.visit_table = _table(self.visit_model)
        self.stations_panel = StationsPanel(_table)
        self.stations_panel.hide()  # shown once the event has stations (a shared database) or conflicts
        self.curve_heading, self.categories_heading = QLabel(), QLabel()
        self.sessions_heading, self.visits_heading = QLabel(), QLabel()

        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.day_label)
        header.addWidget(self.day_combo)
        header.addSpacing(24)
        header.addWidget(self.updated_label)
        tiles = QHBoxLayout()
        for tile in (self.arrived_tile, self.expected_tile, self.walk_in_tile, self.inside_tile):
            tiles.addWidget(tile)
        grid = QGridLayout()
        grid.addWidget(self.curve_heading, 0, 0)
        grid.addWidget(self.categories_heading, 0, 1)
        grid.addWidget(self.curve, 1, 0)
        grid.addWidget(self.categories, 1, 1)
        grid.addWidget(self.sessions_heading, 2, 0)
        grid.addWidget(self.visits_heading, 2, 1)
        grid.addWidget(self.session_table, 3, 0)
        grid.addWidget(self.visit_table, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 5)
        grid.addWidget(self.stations_panel, 4, 0, 1, 2)
        grid.setRowStretch(3, 4)
        self._grid = grid
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.problem_label)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)

        self.refresher = DashboardRefresher(location, self)
        self.refresher.opened.connect(self._on_refresher_opened)
        self.refresher.refreshed.connect(self._on_refresher_refreshed)
        self.refresher.stations_read.connect(self._on_refresher_stations_read)
        self.refresher.failed.connect(self._on_refresher_failed)
        self.refresher.recovered.connect(self.problem_label.hide)
        open_at(self, 1600, 1000)
        self._apply_fonts()
        self._retranslate()
        self.refresher.start()

    def refresh_now(self, full: bool = False) -> None:
        """Read the numbers now rather than at the next tick: right after this machine scanned, or
        with ``full`` after an edit to someone already on the list."""
        self.refresher.refresh(full)

    # ---- the refresher's results -------------------------------------------------------------

    def _on_refresher_opened(self, event: Event) -> None:
        self.opened_event = event
        self._fill_days(event_today(event))
        self._retranslate()

    def _on_refresher_failed(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.show()

    def _on_refresher_refreshed(self, snapshot: DashboardSnapshot) -> None:
        self.snapshot = snapshot
        if snapshot.now.date() != self._days_for:
            self._fill_days(snapshot.now.date())  # past midnight: "today" is another day
        self._show_snapshot()
        self.snapshot_shown.emit(snapshot)

    def _on_refresher_stations_read(self, stations, read_at) -> None:
        if self.opened_event is None:
            return
        self.stations_panel.show_stations(stations, read_at, event_zone(self.opened_event))
        self._show_stations_panel()

    def _show_stations_panel(self) -> None:
        """The stations and conflicts panel when it has something to say; hidden, it leaves its room
        to the session tables (a hidden row's stretch would keep it empty)."""
        shown = self.stations_panel.has_content
        self.stations_panel.setVisible(shown)
        self._grid.setRowStretch(4, 3 if shown else 0)

    def _show_snapshot(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        stats = snapshot.stats
        self.arrived_tile.set_texts(
            self.tr("Arrived"), count_of(stats.arrived, stats.registered),
            self.tr("{percent} of registered people").format(percent=percent(stats.total.share)),
        )
        self.expected_tile.set_texts(self.tr("Still expected"), number(stats.no_shows), self.tr("registered, not arrived yet"))
        self.walk_in_tile.set_texts(self.tr("Walk-ins"), number(stats.walk_ins), self.tr("registered on the spot"))
        self.inside_tile.set_texts(self.tr("Inside now"), number(snapshot.inside), self.tr("checked in and not gone out"))
        self.curve.set_slots(snapshot.curve, snapshot.now if snapshot.is_today else None)
        self.categories.set_bars([CategoryBar(c.category, c.tally.registered, c.tally.arrived) for c in stats.categories])
        zone = ZoneInfo(stats.timezone)
        self.session_model.set_rows(snapshot.sessions, zone)
        self.visit_model.set_rows(snapshot.site_visits, zone)
        self.stations_panel.show_conflicts(snapshot.conflicts, zone)
        self._show_stations_panel()
        self.updated_label.setText(self.tr("Updated at {time}").format(time=f"{snapshot.now:%H:%M:%S}"))
        self._update_headings()

    # ---- the day shown -----------------------------------------------------------------------

    def _fill_days(self, today: date) -> None:
        """The event's days in the chooser, today's entry following today; the choice is kept."""
        if self.opened_event is None:
            return
        self._days_for = today
        chosen = self.refresher.day
        self.day_combo.blockSignals(True)  # refilling is not choosing
        self.day_combo.clear()
        days = event_days(self.opened_event, today)
        for day in days:
            if day == today:
                self.day_combo.addItem(self.tr("Today, {day}").format(day=_day_name(day)), None)
            else:
                self.day_combo.addItem(_day_name(day), day)
        self.day_combo.setCurrentIndex(days.index(chosen if chosen in days else today))
        self.day_combo.blockSignals(False)

    def _on_day_combo_current_index_changed(self, index: int) -> None:
        if index >= 0:
            self.refresher.set_day(self.day_combo.itemData(index))

    def _update_headings(self) -> None:
        snapshot = self.snapshot
        if snapshot is not None and not snapshot.is_today:
            day = _day_name(snapshot.stats.day)
            self.curve_heading.setText(self.tr("Arrivals per quarter hour, {day}").format(day=day))
            self.sessions_heading.setText(self.tr("Sessions, {day}").format(day=day))
            self.visits_heading.setText(self.tr("Site visits, {day}").format(day=day))
        else:
            self.curve_heading.setText(self.tr("Arrivals per quarter hour, today"))
            self.sessions_heading.setText(self.tr("Today's sessions"))
            self.visits_heading.setText(self.tr("Today's site visits"))
        self.categories_heading.setText(self.tr("Arrived by category"))

    # ---- language and size -------------------------------------------------------------------

    def _retranslate(self) -> None:
        name = shown(self.opened_event.name if self.opened_event is not None else self.location)
        self.setWindowTitle(self.tr("Attendance — {event}").format(event=name))
        self.title_label.setText(name)
        self.day_label.setText(self.tr("Day:"))
        if self._days_for is not None:
            self._fill_days(self._days_for)
        self.session_model.retranslate()
        self.visit_model.retranslate()
        if self.snapshot is None:
            waiting = self.tr("Reading the numbers…")
            for tile, caption in ((self.arrived_tile, self.tr("Arrived")), (self.expected_tile, self.tr("Still expected")),
                                  (self.walk_in_tile, self.tr("Walk-ins")), (self.inside_tile, self.tr("Inside now"))):
                tile.set_texts(caption, "—", waiting)
            self.updated_label.clear()
            self._update_headings()
        else:
            self._show_snapshot()

    def _apply_fonts(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(base_points(self.width(), self.height()))
        self.setFont(font)  # children follow: tiles, charts and tables all grow with the window

    def _on_font_changed(self) -> None:
        font = self.font()
        self.title_label.setFont(scaled(font, TITLE_FACTOR, bold=True))
        for heading in (self.curve_heading, self.categories_heading, self.sessions_heading, self.visits_heading):
            heading.setFont(scaled(font, HEADING_FACTOR, bold=True))
        self.stations_panel.set_heading_font(scaled(font, HEADING_FACTOR, bold=True))
        row_height = round(self.fontMetrics().height() * 1.6)
        for table in (self.session_table, self.visit_table, self.stations_panel.station_table, self.stations_panel.conflict_table):
            table.horizontalHeader().setFont(font)  # the header keeps its first font otherwise
            table.verticalHeader().setDefaultSectionSize(row_height)
            table.verticalHeader().setMinimumSectionSize(row_height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fonts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._on_font_changed()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.refresher.stop()
        super().closeEvent(event)
