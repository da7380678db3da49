"""The desk window's menus and their actions (texts, shortcuts), kept apart from what they do."""
from __future__ import annotations

import os
from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow

from checkin.translations import LANGUAGES
from checkin.ui.settings import is_url
from checkin.ui.shared_database_dialog import show_shared_database_dialog


class DeskMenus(QObject):
    """Builds the menu bar of ``window``; each action calls the slot given for it."""

    def __init__(self, window: QMainWindow, slots: dict[str, Callable], open_recent: Callable[[str], None]):
        super().__init__(window)
        self._window = window
        self._open_recent = open_recent
        self.recent_events: Callable[[], list[str]] = list

        def action(name: str, shortcut=None) -> QAction:
            made = QAction(window)
            made.triggered.connect(slots[name])
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            return made

        self.new_event = action("new_event", "Ctrl+Shift+N")
        self.open_event = action("open_event", QKeySequence.StandardKey.Open)
        # The shared-database dialog opens the event through the same path as a recent event.
        self.open_url = QAction(window)
        self.open_url.triggered.connect(lambda: show_shared_database_dialog(window, self._open_recent))
        self.import_list = action("import_list", "Ctrl+I")
        self.close_event = action("close_event", QKeySequence.StandardKey.Close)
        self.quit = action("quit", QKeySequence.StandardKey.Quit)
        self.find = action("find", QKeySequence.StandardKey.Find)
        self.walk_in = action("walk_in", QKeySequence.StandardKey.New)
        self.edit = action("edit", "Ctrl+E")
        self.about = action("about")
        self.language_group = QActionGroup(window)
        self.languages: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            language = QAction(name, window, checkable=True)  # each language in its own name, never translated
            language.triggered.connect(lambda _checked=False, code=code: slots["language"](code))
            self.language_group.addAction(language)
            self.languages[code] = language

        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_event, self.open_event, self.open_url])
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_list)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.close_event, self.quit])
        self.attendees_menu = bar.addMenu("")
        self.attendees_menu.addActions([self.find, self.walk_in, self.edit])
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(list(self.languages.values()))
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_events()
        for location in recent:
            label = location if is_url(location) else os.path.basename(location)
            item = self.recent_menu.addAction(label.replace("&", "&&"))
            item.setToolTip(location)
            item.triggered.connect(lambda _checked=False, loc=location: self._open_recent(loc))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent events")).setEnabled(False)

    def set_event_open(self, has_event: bool, has_attendee: bool) -> None:
        for item in (self.import_list, self.close_event, self.find, self.walk_in):
            item.setEnabled(has_event)
        self.edit.setEnabled(has_event and has_attendee)

    def retranslate(self, language: str) -> None:
        texts = {
            self.new_event: self.tr("&New event…"),
            self.open_event: self.tr("&Open event…"),
            self.open_url: self.tr("&Shared database…"),
            self.import_list: self.tr("&Import registration list…"),
            self.close_event: self.tr("&Close event"),
            self.quit: self.tr("&Quit"),
            self.find: self.tr("&Find"),
            self.walk_in: self.tr("Add &walk-in…"),
            self.edit: self.tr("&Edit…"),
            self.about: self.tr("&About Check-in Desk"),
        }
        for item, text in texts.items():
            item.setText(text)
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.attendees_menu.setTitle(self.tr("&Attendees"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.languages.get(language, self.languages["en"]).setChecked(True)
