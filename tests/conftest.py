"""Test-wide setup: offscreen Qt, user folders and settings isolated per test, a real PostgreSQL server."""
from __future__ import annotations

import os
import tempfile
import threading

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the real user's settings, recent events or saved layouts, even at import time.
_SESSION_HOME = tempfile.mkdtemp(prefix="checkin-tests-home-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = os.path.join(_SESSION_HOME, _var.lower())
os.environ["CHECKIN_LANG"] = "en"

pytest_plugins = ["tests.postgres"]


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory, monkeypatch):
    """Each test gets empty config/data/cache folders, for platformdirs and for QSettings."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        yield home
        return
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(home / "qsettings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "qsettings"))
    yield home


@pytest.fixture(autouse=True)
def no_leftover_threads():
    """A test must not leave Python threads running (workers, watchers) behind it."""
    before = set(threading.enumerate())
    yield
    leftover = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    for thread in leftover:
        thread.join(timeout=5)
    still = [t.name for t in leftover if t.is_alive()]
    assert not still, f"threads left running: {still}"
