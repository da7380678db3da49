"""Fixtures for the tests on pretix's own exports: the files tests/pretix/make_exports.py made with
pretix, what pretix held when it wrote them (truth.json), and a fresh event file per test."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from checkin.services.event import new_event

EXPORTS = Path(__file__).resolve().parent / "exports"
TRUTH = json.loads((EXPORTS / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture
def event_db(tmp_path):
    db, _event = new_event(tmp_path / "event.checkin", "Security, Democracy and Cities 2025", date(2025, 11, 19), date(2025, 11, 21))
    yield db
    db.dispose()


@pytest.fixture
def event_path(tmp_path):
    path = tmp_path / "event.checkin"
    db, _event = new_event(path, "Security, Democracy and Cities 2025", date(2025, 11, 19), date(2025, 11, 21))
    db.dispose()
    return path
