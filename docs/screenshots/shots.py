"""What both screenshot scripts share: their own user folders, waiting for the window, saving a grab."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

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


def save(widget: QWidget, name: str) -> None:
    settle()
    path = HERE / name
    widget.grab().save(str(path))
    print(path)
