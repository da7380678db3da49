"""The printer this desk uses for each badge stock, remembered in a small JSON file.

A JSON file in the user's config folder (platformdirs), not QSettings, so that the command line and
the window share it. One desk, one computer: a label printer for label stock, the office printer
for A4 sheets; and the layout the desk prints on demand.
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path

from platformdirs import user_config_dir

log = logging.getLogger(__name__)

APP_DIR_NAME = "checkin-desk"  # the same folder name as the layouts' user data folder
FILE_NAME = "printers.json"


def choices_path() -> Path:
    return Path(user_config_dir(APP_DIR_NAME, appauthor=False)) / FILE_NAME


def _load() -> dict:
    path = choices_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        # A damaged file only costs the remembered choices; the desk picks printers again.
        log.warning("Ignoring unreadable printer choices in %s: %s", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


def desk_layout() -> str | None:
    """The layout this desk prints on demand (a label layout at a desk with a label printer)."""
    value = _load().get("desk_layout")
    return value if isinstance(value, str) and value else None


def remember_desk_layout(name: str) -> None:
    _update(lambda data: data.__setitem__("desk_layout", name))


def printer_for_stock(stock_id: str) -> str | None:
    """The printer last used for ``stock_id`` on this desk, if any."""
    value = _load().get("stocks", {}).get(stock_id)
    return value if isinstance(value, str) and value else None


def remember_printer(stock_id: str, printer: str) -> None:
    """Remember ``printer`` for ``stock_id``."""

    def change(data: dict) -> None:
        stocks = data.get("stocks")
        data["stocks"] = {**(stocks if isinstance(stocks, dict) else {}), stock_id: printer}

    _update(change)


def _update(change) -> None:
    """Apply ``change`` to the stored choices; the file is replaced whole, never half-written."""
    data = _load()
    before = json.dumps(data, sort_keys=True)
    change(data)
    if json.dumps(data, sort_keys=True) == before:
        return
    path = choices_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".printers-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
