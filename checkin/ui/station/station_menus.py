"""The station window's actions: menus for finding them, buttons for the door, a shortcut for each."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QPushButton


class StationMenus(QObject):
    """Builds the menu bar of ``window``; each action calls the slot given for it."""

    def __init__(self, window: QMainWindow, slots: dict[str, Callable]):
        super().__init__(window)

        def action(name: str, shortcut, checkable: bool = False) -> QAction:
            made = QAction(window, checkable=checkable)
            made.triggered.connect(slots[name])
            made.setShortcut(QKeySequence(shortcut))
            # Works from any widget of the window, the scan field included.
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(made)  # still reachable when the menu bar is hidden (full screen)
            return made

        self.setup = action("setup", "Ctrl+Shift+S")
        self.rules = action("rules", "Ctrl+Shift+R")
        self.close = action("close", QKeySequence.StandardKey.Close)
        self.undo = action("undo", QKeySequence.StandardKey.Undo)
        self.find = action("find", QKeySequence.StandardKey.Find)
        self.walk_in = action("walk_in", QKeySequence.StandardKey.New)
        self.back = action("back", Qt.Key.Key_Escape)
        self.full_screen = action("full_screen", Qt.Key.Key_F11)
        self.mute = action("mute", "Ctrl+M", checkable=True)

        bar = window.menuBar()
        self.station_menu = bar.addMenu("")
        self.station_menu.addActions([self.setup, self.rules])
        self.station_menu.addSeparator()
        self.station_menu.addAction(self.close)
        self.scan_menu = bar.addMenu("")
        self.scan_menu.addActions([self.undo, self.find, self.walk_in, self.back])
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.full_screen, self.mute])

        # Buttons never take the focus: the scan field keeps it, so the next scan always lands there.
        self._buttons = {made: QPushButton() for made in (self.undo, self.mute, self.full_screen)}
        for made, button in self._buttons.items():
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setCheckable(made.isCheckable())
            button.clicked.connect(made.trigger)
            made.toggled.connect(button.setChecked)

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons.values())

    def button(self, made: QAction) -> QPushButton:
        return self._buttons[made]

    def retranslate(self) -> None:
        texts = {
            self.setup: self.tr("&Set up this station…"),
            self.rules: self.tr("Door &rules…"),
            self.close: self.tr("&Close the station"),
            self.undo: self.tr("&Undo the last scan"),
            self.find: self.tr("Check in by &name"),
            self.walk_in: self.tr("Register a &walk-in…"),
            self.back: self.tr("&Back to scanning"),
            self.full_screen: self.tr("&Full screen"),
            self.mute: self.tr("&Mute the sounds"),
        }
        for made, text in texts.items():
            made.setText(text)
        self.station_menu.setTitle(self.tr("&Station"))
        self.scan_menu.setTitle(self.tr("S&can"))
        self.view_menu.setTitle(self.tr("&View"))
        labels = {
            self.undo: self.tr("Undo"), self.mute: self.tr("Mute"), self.full_screen: self.tr("Full screen"),
        }
        for made, button in self._buttons.items():
            shortcut = made.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setText(self.tr("{action} ({shortcut})").format(action=labels[made], shortcut=shortcut))
            button.setToolTip(made.text().replace("&", ""))
