"""Scanner bursts in every window of the application: never typed into a field, always handled or refused.

A keyboard-wedge scanner types into whatever has the focus: the desk's search box, a walk-in form,
the edit dialog, the import dialog, a message box. ``ScanRouter`` gives every top-level window the
application shows a :class:`ScannerInputFilter` of its own (a window that made its own, like the
station, keeps it), so a burst is recognised wherever it lands and its keys and its Enter reach no
widget. The burst then goes to the *owner*: the first window, from the one that received it up
through its parents, with a ``receive_scan(burst)`` method (the desk finds the person, the station
scans). A dialog that received it says, where the eye is, that the scan went to the window behind
and that nothing in the form changed. Without an owner (the start screen with no event open, say)
the scan is refused with a message.

Windows are picked up when they get the keyboard focus (``QGuiApplication.focusWindowChanged``),
which is before any key can reach them; no application-wide event filter is needed.
"""
from __future__ import annotations

from typing import Literal

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel, QMessageBox, QWidget

from checkin.scanning.keymaps import ScanCodeTable
from checkin.scanning.wedge import KeyBurst
from checkin.ui.scanning.scanner_input import PLATFORM, ROUTED, ScannerInputFilter

# A person's key is held at most this long before it reaches the field (a scanner's next key comes
# within 3–16 ms; a person's after 100 ms or more), short enough that typing shows no lag.
ROUTER_HOLD_MS = 45
NOTICE_MS = 12_000  # how long a dialog says where its scan went
_NOTICE_STYLE = ("QLabel { background: #fff4ce; color: #4d3b00; border: 1px solid #e3c35a; border-radius: 4px;"
                 " padding: 6px 10px; font-weight: 600; }")


def scan_owner(window: QWidget) -> QWidget | None:
    """The window whose scan path takes a burst received in ``window``: itself or its nearest parent
    with ``receive_scan``."""
    widget: QWidget | None = window
    while widget is not None:
        if callable(getattr(widget, "receive_scan", None)):
            return widget
        widget = widget.parentWidget()
    return None


class ScanNotice(QLabel):
    """A line at the top of a dialog saying what happened to a scan it received: the first row of its
    layout (pushing the form down, hiding none of it), or over its top edge when it has no box layout.
    It goes away by itself after a while."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("scanNotice")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(_NOTICE_STYLE)
        self.hide()
        layout = window.layout()
        self._in_layout = isinstance(layout, QBoxLayout)
        if self._in_layout:
            layout.insertWidget(0, self)
        else:
            self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._timer = QTimer(self, singleShot=True, interval=NOTICE_MS)
        self._timer.timeout.connect(self.hide)

    def show_text(self, text: str) -> None:
        self.setText(text)
        if not self._in_layout:
            self.setFixedWidth(max(self.parentWidget().width() - 16, 120))
            self.adjustSize()
            self.move(8, 8)
            self.raise_()
        self.show()
        self._timer.start()


class ScanRouter(QObject):
    """One per application (see :func:`install_scan_router`). ``routed(window, owner, burst)`` after a
    burst went to ``owner``; ``refused(window, burst)`` when no window could take it."""

    routed = Signal(object, object, object)
    refused = Signal(object, object)

    def __init__(self, app: QApplication, *, table: ScanCodeTable | None | Literal["platform"] = PLATFORM,
                 hold_ms: int = ROUTER_HOLD_MS):
        super().__init__(app)
        self.table = table
        self.hold_ms = hold_ms
        app.focusWindowChanged.connect(self._on_focus_window_changed)
        self._on_focus_window_changed(QGuiApplication.focusWindow())

    def _on_focus_window_changed(self, handle: QWindow | None) -> None:
        if handle is None:
            return
        window = next((w for w in QApplication.topLevelWidgets() if w.windowHandle() is handle), None)
        if window is not None:
            self.watch(window)

    def watch(self, window: QWidget) -> ScannerInputFilter:
        """The filter catching bursts in ``window`` (made now unless it has one)."""
        existing = window.findChild(ScannerInputFilter, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if existing is not None:
            return existing
        made = ScannerInputFilter(window, table=self.table, hold_ms=self.hold_ms)
        made.setObjectName(ROUTED)  # a filter the window makes for itself later replaces this one
        made.scanned.connect(lambda burst, window=window: self.route(window, burst))
        return made

    def route(self, window: QWidget, burst: KeyBurst) -> None:
        """Hand ``burst``, received in ``window``, to its owner; or refuse it, saying so in ``window``."""
        if not shiboken6.isValid(window):
            return
        owner = scan_owner(window)
        if owner is None:
            self._refuse(window)
            self.refused.emit(window, burst)
            return
        owner.receive_scan(burst)
        if owner is not window:
            self.notice(window).show_text(self.tr(
                "A code was scanned while this window was open. It went to the window behind "
                "(“{title}”); nothing here was changed.").format(title=owner.windowTitle()))
        self.routed.emit(window, owner, burst)

    @staticmethod
    def notice(window: QWidget) -> ScanNotice:
        found = window.findChild(ScanNotice, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return found if found is not None else ScanNotice(window)

    def _refuse(self, window: QWidget) -> None:
        text = self.tr("A code was scanned, but this window cannot use it. Open the event's desk or a check-in "
                       "station, then scan again.")
        if isinstance(window, QMessageBox):
            return  # a message box saying so already: one is enough
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Scan not used"), text, QMessageBox.StandardButton.Ok, window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def install_scan_router(table: ScanCodeTable | None | Literal["platform"] = PLATFORM) -> ScanRouter:
    """The application's router, made on first call."""
    app = QApplication.instance()
    router = app.findChild(ScanRouter, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return router if router is not None else ScanRouter(app, table=table)
