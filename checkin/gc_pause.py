"""Pausing Python's cyclic garbage collector while a bulk load makes many long-lived objects.

Loading 100,000 attendees, building their search index or importing a large list each makes
about a million small objects that stay alive; the collector's repeated passes over them while
they are being made cost about a third of the time and find almost nothing. When the last pause
ends, what survived is frozen (``gc.freeze``): no later collection scans it again, so the first
allocation after opening an event does not pay a 0.3-second full collection. Frozen objects are
still freed by reference counting when dropped (attendees and index entries hold no cycles).
Pauses nest and may overlap across threads (the database lane and the search builder).
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_pauses = 0
_was_enabled = True


@contextmanager
def collector_paused() -> Iterator[None]:
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.freeze()
                gc.enable()
