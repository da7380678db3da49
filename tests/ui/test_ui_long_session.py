"""A long desk session of Qt calls does not abort the interpreter.

PySide6 6.12.0 on Python 3.11 dropped a reference to None/True on every void call and
Signal.emit, aborting the app after a few thousand calls; pyproject.toml excludes it. This test
fails if a release with that bug is ever installed again.
"""
from __future__ import annotations

import subprocess
import sys

LONG_SESSION = """
from PySide6.QtCore import QObject, Signal
class Source(QObject):
    changed = Signal(int)
source = Source()
for i in range(200_000):
    source.setObjectName("desk")
    source.changed.emit(i)
print("survived")
"""


def test_a_long_session_of_qt_calls_does_not_abort_the_interpreter():
    result = subprocess.run([sys.executable, "-c", LONG_SESSION], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
