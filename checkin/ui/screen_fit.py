"""Windows that fit the screen they open on: sizes and minimums clamped to its free area.

A registration laptop is often 1366×768 or 1280×720, sometimes at 150 % scaling (then 911×512
logical pixels). A window opening taller than that hides its buttons under the task bar, and a
dialog with a fixed minimum wider than the screen cannot be closed with the mouse. Every window
asks here for the size it would like; it gets that, or what the screen's free area holds.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

# The title bar and borders a window manager adds around a window, which Qt only knows once the
# window is shown: kept free beside the window's own size.
DECORATION = QSize(16, 40)


def free_area(widget: QWidget) -> QRect:
    """The screen's area without task bars and docks, of the screen ``widget`` is (or will be) on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitting(widget: QWidget, width: int, height: int) -> QSize:
    """``width`` × ``height``, or as much of it as fits the free area with the window's frame."""
    area = free_area(widget)
    return QSize(min(width, area.width() - DECORATION.width()), min(height, area.height() - DECORATION.height()))


def open_at(window: QWidget, width: int, height: int) -> None:
    """Give a top-level window the size it would like, or what the screen holds, inside the free area."""
    window.resize(fitting(window, width, height))
    if window.isWindow() and not window.parentWidget():
        area = free_area(window)
        size = window.size()
        window.move(area.x() + (area.width() - size.width() - DECORATION.width()) // 2,
                    area.y() + max(0, (area.height() - size.height() - DECORATION.height()) // 2))


def keep_on_screen(window: QWidget) -> None:
    """After restoring a size saved on a bigger screen (or before a scaling change): make it fit again."""
    size = window.size()
    fitted = fitting(window, size.width(), size.height())
    frame = window.frameGeometry() if window.isVisible() else QRect(window.pos(), size + DECORATION)
    if fitted != size or not free_area(window).contains(frame):
        open_at(window, size.width(), size.height())


def limit_minimum(widget: QWidget, width: int = 0, height: int = 0) -> None:
    """A minimum size that the screen can always give."""
    fitted = fitting(widget, width, height)
    widget.setMinimumSize(max(0, fitted.width()), max(0, fitted.height()))


class ScreenFitFilter(QObject):
    """Every window, as it is shown: no larger than the screen's free area, and not squeezed below
    what its layout needs when the screen has the room. Qt opens a dialog with wrapping labels at
    two thirds of the screen's width at most, even when its contents need more (at 150 % on a
    1366-pixel laptop, the batch print dialog opened 180 pixels too narrow)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            needed = watched.minimumSizeHint().expandedTo(watched.size())
            fitted = fitting(watched, needed.width(), needed.height())
            if fitted != watched.size():
                watched.resize(fitted)
        return False


def install_screen_fit(app: QApplication) -> None:
    """Keep every window of ``app`` on its screen (see ScreenFitFilter); once per application."""
    if app.property("screen_fit") is None:
        fit = ScreenFitFilter(app)
        app.installEventFilter(fit)
        app.setProperty("screen_fit", fit)
