"""Where the window writes its log: a rotating file in the user's log folder, for support."""
from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


def log_file() -> Path:
    return Path(user_log_dir("Check-in Desk", appauthor=False)) / "checkin-desk.log"


def configure_logging() -> Path:
    """Log warnings and errors (with tracebacks) to the log file and to stderr."""
    path = log_file()
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()  # a read-only home must not stop the desk
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    if not any(type(h) is logging.StreamHandler for h in root.handlers):
        console = logging.StreamHandler()
        console.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(console)
    root.setLevel(logging.INFO)
    return path
