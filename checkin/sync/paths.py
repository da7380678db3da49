"""Where a station keeps its replicas: platformdirs' user data folder, or $CHECKIN_DATA_DIR (tests)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs

APP = "checkin-desk"
_SERVERS = "servers.json"


def data_dir() -> Path:
    override = os.environ.get("CHECKIN_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP))


def replicas_dir() -> Path:
    return data_dir() / "replicas"


def replica_path(event_id: str) -> Path:
    """The replica file of an event on this machine (it may not exist yet)."""
    return replicas_dir() / f"{event_id}.checkin"


def remember_server(server_url: str, event_id: str) -> None:
    """Note which event a server address holds, so a station started while the server is down finds its replica."""
    known = _servers()
    if known.get(server_url) == event_id:
        return
    known[server_url] = event_id
    folder = replicas_dir()
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / (_SERVERS + ".tmp")
    temporary.write_text(json.dumps(known, indent=1), encoding="utf-8")
    temporary.replace(folder / _SERVERS)


def known_event_id(server_url: str) -> str | None:
    """The event id last seen at this server address (URL without password), if any."""
    return _servers().get(server_url)


def _servers() -> dict[str, str]:
    try:
        return json.loads((replicas_dir() / _SERVERS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
