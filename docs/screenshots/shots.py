"""What the screenshot scripts share: their own user folders, waiting for the window, saving a grab, a staged clock."""
from __future__ import annotations

import os
import tempfile
from contextlib import ExitStack, contextmanager
from datetime import datetime, time, timezone
from pathlib import Path
from unittest import mock
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent

# Layouts saved and printers remembered while taking screenshots stay out of the user's own folders.
_HOME = tempfile.mkdtemp(prefix="checkin-shots-home-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_HOME, _var.lower())

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402


def settle(condition=lambda: True, timeout_ms: int = 30_000) -> None:
    """Run the event loop until ``condition()`` holds, then a little longer for painting."""
    waited = 0
    while not condition():
        if waited > timeout_ms:
            raise TimeoutError("the window did not reach the expected state")
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        waited += 50
    loop = QEventLoop()
    QTimer.singleShot(400, loop.quit)
    loop.exec()


def laptop(window: QWidget) -> None:
    """The size a window opens at on a 1366×768 laptop, the screen the pictures are taken for
    (``xvfb-run -s "-screen 0 1366x768x24"``): what it asks for, within the screen's free area."""
    from checkin.ui.screen_fit import fitting

    window.resize(fitting(window, 1366, 768))


def save(widget: QWidget, name: str) -> None:
    settle()
    path = HERE / name
    widget.grab().save(str(path))
    print(path)


# Every module that reads the time through storage.tables.utcnow, and the two that call datetime.now.
_UTCNOW_USERS = ("checkin.storage.tables", "checkin.storage.station_repository", "checkin.storage.event_repository",
                 "checkin.services.scanning", "checkin.services.badges", "checkin.services.changes",
                 "checkin.sync.resilient", "checkin.sync.outbox", "checkin.sync.offline", "checkin.ui.dashboard.refresher")
_DATETIME_USERS = ("checkin.services.statistics", "checkin.ui.dashboard.snapshot")


@contextmanager
def staged_clock(starts_at: time = time(10, 25), zone: str = "Europe/Brussels"):
    """The product's clock from ``starts_at`` this morning where the demo event is, ticking at the
    real pace: the pictures show a morning at the doors whenever they are taken. Yields its utcnow."""
    where = ZoneInfo(zone)
    offset = datetime.combine(datetime.now(where).date(), starts_at, where) - datetime.now(timezone.utc)

    class _Clock(datetime):
        @classmethod
        def now(cls, tz=None):
            real = datetime.now(timezone.utc) + offset
            return real.astimezone(tz) if tz is not None else real.astimezone().replace(tzinfo=None)

    def utcnow() -> datetime:
        return datetime.now(timezone.utc) + offset

    with ExitStack() as stack:
        for name in _UTCNOW_USERS:
            stack.enter_context(mock.patch(f"{name}.utcnow", utcnow))
        for name in _DATETIME_USERS:
            stack.enter_context(mock.patch(f"{name}.datetime", _Clock))
        yield utcnow
