"""The most people inside each session at once: replayed from the scan log once, then kept up to date.

Replaying a plenary's 100,000 entries and exits takes a few hundred milliseconds and the dashboard
asks every few seconds, so each database keeps, per checkpoint, the replay's result and the
checkpoint's scan counter (which every scan and every undo there increments). A later call:

- counter unchanged: the peak stands;
- counter moved by n, and exactly n scans there later than any counted before, none of them an
  annulment: they are played on from where the replay ended (each accepted entry +1, each accepted
  exit -1, exits first at the same instant, as the replay orders them);
- anything else (an undo, a scan that arrived late from another desk with an earlier time, one
  committed while the replay ran): the log is replayed again.
"""
from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass
from datetime import datetime

from checkin.domain.scan_log import ANNULMENT
from checkin.domain.verdicts import Direction
from checkin.storage import report_repository as report_repo
from checkin.storage.database import Database


@dataclass(frozen=True, slots=True)
class _Known:
    version: int  # the checkpoint's scan counter when this was computed
    peak: int
    inside: int  # at the end of the scans seen
    # No scan at the checkpoint that was counted is later than this: the whole log's latest time when
    # it was replayed, or the latest scan played on since.
    last_at: datetime | None


class _PeakCache:
    def __init__(self):
        self.lock = threading.Lock()
        self.known: dict[str, _Known] = {}


_caches: "weakref.WeakKeyDictionary[Database, _PeakCache]" = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def _replayed(s, checkpoint_id: str, version: int) -> _Known:
    replay = report_repo.replay_peak(s, checkpoint_id)
    # Read after the replay: a scan committed in between is then not "later", the count of later
    # scans falls short of the counter next time, and the log is replayed again.
    return _Known(version, replay.peak, replay.inside, report_repo.latest_scan_time(s))


def _played_on(s, checkpoint_id: str, version: int, known: _Known) -> _Known | None:
    """``known`` carried forward over the scans since, or None if they cannot simply be added."""
    if known.last_at is None or version < known.version:
        return None
    newer = report_repo.scans_after(s, checkpoint_id, known.last_at)
    if len(newer) != version - known.version or any(verdict == ANNULMENT for _at, _d, _m, verdict in newer):
        return None
    steps = sorted((at, 1 if direction == Direction.IN.value else -1) for at, direction, moved, _v in newer if moved)
    inside, peak = known.inside, known.peak
    for _at, step in steps:
        inside += step
        peak = max(peak, inside)
    return _Known(version, peak, inside, newer[-1][0] if newer else known.last_at)


def session_peaks(db: Database, s, checkpoint_ids: list[str]) -> dict[str, int]:
    """Checkpoint id → the most people inside at once so far, within the unit of work ``s``."""
    with _caches_lock:
        cache = _caches.setdefault(db, _PeakCache())
    versions = report_repo.checkpoint_versions(s)
    peaks = {}
    for checkpoint_id in checkpoint_ids:
        version = versions.get(checkpoint_id)
        if version is None:  # never scanned at
            peaks[checkpoint_id] = 0
            continue
        with cache.lock:
            known = cache.known.get(checkpoint_id)
        if known is None or known.version != version:
            known = (known is not None and _played_on(s, checkpoint_id, version, known)) or _replayed(s, checkpoint_id, version)
            with cache.lock:
                cache.known[checkpoint_id] = known
        peaks[checkpoint_id] = known.peak
    return peaks
