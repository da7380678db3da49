"""Pausing Python's cyclic garbage collector while a bulk load makes many long-lived objects.

Loading 100,000 attendees, building their search index or importing a large list each makes
about a million small objects that stay alive; the collector's repeated passes over them while
they are being made cost about a third of the time and find almost nothing. Pauses nest and may
overlap across threads (the database lane and the search builder): the collector runs again when
the last one ends.
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
def collector_paused(sweep_young: bool = False) -> Iterator[None]:
    """Pause the collector for the block. ``sweep_young`` sweeps the young generations once at the
    end, on this thread, so the first collection after a big build does not land on a keystroke."""
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
            resume = _pauses == 0 and _was_enabled
            if resume:
                gc.enable()
        if resume and sweep_young:
            gc.collect(1)
