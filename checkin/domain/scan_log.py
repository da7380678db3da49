"""Scans as records, and where a person stands once a run of scans (minus the annulled ones) is replayed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from checkin.domain.verdicts import Direction, Presence

# The verdict an annulment row carries in the scan log.
ANNULMENT = "annulment"
UNDO_REASON = "undo"


@dataclass(frozen=True, slots=True)
class ScanRecord:
    """One line of the scan log, as stored."""

    id: str
    at: datetime
    checkpoint_id: str
    direction: Direction
    code: str
    method: str
    attendee_id: str | None
    verdict: str  # a Verdict value, or ANNULMENT
    reason: str  # a Reason value, or UNDO_REASON
    moves: bool
    station: str = ""
    operator: str = ""
    annuls: str | None = None
    station_id: str = ""  # the machine that scanned (its name may change, its id does not)
    offline: bool = False  # decided against a station's replica while the shared database was unreachable

    @property
    def is_annulment(self) -> bool:
        return self.verdict == ANNULMENT


@dataclass(frozen=True, slots=True)
class Replayed:
    """A presence rebuilt from the log, with the scans that made it."""

    presence: Presence
    first_scan_id: str
    last_at: datetime


def replay(scans: Iterable[ScanRecord]) -> Replayed | None:
    """Where a person stands at one checkpoint after these scans (oldest first), or None if never in.

    Annulled scans must already be left out. Used when a scan is undone, so presence always agrees
    with the log.
    """
    inside = False
    first: ScanRecord | None = None
    entries = 0
    last_at = None
    for scan in scans:
        if not scan.moves:
            continue
        if scan.direction is Direction.IN:
            inside = True
            entries += 1
            first = first or scan
        else:
            inside = False
        last_at = scan.at
    if first is None:
        return None
    return Replayed(Presence(inside, first.at, first.station, entries), first.id, last_at)
