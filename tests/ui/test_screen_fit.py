"""Every window and dialog fits a small laptop's screen: 1366×768 and 1280×720, and 150 % scaling.

Each screen is an offscreen screen of that size (the offscreen platform's ``configfile`` option),
in a process of its own (tests/ui/screen_probe.py), since a Qt application has its screens from
the start.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = {"desk", "station", "dashboard", "designer", "station setup", "door rules", "attendee", "walk-in", "import",
           "batch print", "desk print", "export", "new event", "shared database"}


def probe(tmp_path: Path, width: int, height: int, scale: float, language: str = "en") -> list[dict]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    (tmp_path / "event").mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=str(scale),
               CHECKIN_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-m", "tests.ui.screen_probe", str(tmp_path / "event"), language],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-6000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


@pytest.mark.parametrize("width, height, scale, language", [
    (1366, 768, 1.0, "en"), (1366, 768, 1.0, "fr"), (1280, 720, 1.0, "fr"), (1366, 768, 1.5, "fr"), (1920, 1080, 1.5, "en"),
])
def test_every_window_opens_inside_the_screen_and_unsqueezed(tmp_path, width, height, scale, language):
    shown = probe(tmp_path, width, height, scale, language)
    assert {w["window"] for w in shown} == WINDOWS
    for w in shown:
        x, y, frame_width, frame_height = w["frame"]
        ax, ay, available_width, available_height = w["available"]
        assert (available_width, available_height) == (round(width / scale), round(height / scale)) or scale != 1.0
        assert ax <= x and ay <= y and x + frame_width <= ax + available_width and y + frame_height <= ay + available_height, w
        # Its layout has the room it needs: nothing squeezed or overlapping, the rest scrolls.
        needed_width, needed_height = w["needs"]
        assert needed_width <= frame_width and needed_height <= frame_height, w
        assert not w["cut"], w
