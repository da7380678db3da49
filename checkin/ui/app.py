"""Starting the window: the application object, its look, the language, and the first event shown."""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from checkin.ui.badge_actions import DeskBadgeActions
from checkin.ui.dashboard.desk_actions import DeskDashboardActions
from checkin.ui.desk_window import DeskWindow
from checkin.ui.language import LanguageSwitcher, system_language
from checkin.ui.logs import configure_logging
from checkin.ui.reports.export_actions import DeskReportActions
from checkin.ui.settings import DeskSettings
from checkin.ui.station.desk_actions import DeskStationActions
from checkin.ui.event_file_actions import DeskEventFileActions
from checkin.ui.screen_fit import install_screen_fit

ACCENT = QColor("#2762b0")


def _apply_look(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    if QGuiApplication.styleHints().colorScheme() != Qt.ColorScheme.Dark:
        palette.setColor(QPalette.ColorRole.Window, QColor("#f4f5f7"))
        palette.setColor(QPalette.ColorRole.Button, QColor("#f8f9fa"))
        palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f3f6fb"))
        palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, ACCENT)
    app.setPalette(palette)
    # Linux desktops without settings fall back to an ugly default; Noto Sans covers every script
    # on a European attendee list (Polish, Greek, Cyrillic…). Windows and macOS keep their own.
    if sys.platform.startswith("linux") and "Noto Sans" in QFontDatabase.families():
        font = QFont("Noto Sans", 10)
        app.setFont(font)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("Check-in Desk")
    QCoreApplication.setApplicationName("Check-in Desk")
    QGuiApplication.setApplicationDisplayName("Check-in Desk")
    _apply_look(app)
    install_screen_fit(app)
    return app


def create_desk_window(settings: DeskSettings, languages: LanguageSwitcher) -> DeskWindow:
    """The main window with the parts that plug into it (badge printing, door stations, the dashboard)."""
    window = DeskWindow(settings, languages)
    window.badge_actions = DeskBadgeActions(window)
    window.station_actions = DeskStationActions(window)
    window.dashboard_actions = DeskDashboardActions(window)
    window.report_actions = DeskReportActions(window)
    window.event_file_actions = DeskEventFileActions(window)
    return window


def run_app(db: str | None = None, language: str | None = None) -> int:
    """Open the window on ``db`` (a file or URL), else on the last event, else on the start screen."""
    configure_logging()
    app = create_application()
    settings = DeskSettings()
    languages = LanguageSwitcher()
    languages.apply(language or settings.language() or system_language())
    window = create_desk_window(settings, languages)
    window.show()
    first = db or settings.last_event()
    if first:
        window.open_event(first)
    return app.exec()
