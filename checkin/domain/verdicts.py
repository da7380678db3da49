"""The door's rules: from who scanned, where and when, to one verdict with one reason.

Pure: the scan service gathers the facts (the attendee, their presence at this checkpoint and at
the entrance, how many people are inside) inside one transaction and asks :func:`decide`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from checkin.domain.model import Attendee, Session

# The checkpoint id of the event's entrance; every other checkpoint is a session's id.
ENTRANCE = "entrance"

# A session without an end time is open this long after its start.
_DEFAULT_LENGTH = timedelta(hours=3)


class Verdict(StrEnum):
    ACCEPTED = "accepted"
    WARNING = "warning"  # let in, but staff should look
    REJECTED = "rejected"


class Reason(StrEnum):
    OK = "ok"
    ALREADY_CHECKED_IN = "already_checked_in"
    UNKNOWN_CODE = "unknown_code"
    FORGED_CODE = "forged_code"
    REVOKED_CODE = "revoked_code"
    CANCELLED = "cancelled"
    NOT_REGISTERED = "not_registered"
    SESSION_FULL = "session_full"
    OUTSIDE_TIME_WINDOW = "outside_time_window"
    NOT_ARRIVED = "not_arrived"
    EXIT_WITHOUT_ENTRY = "exit_without_entry"
    AMBIGUOUS = "ambiguous"


class Direction(StrEnum):
    IN = "in"
    OUT = "out"


class DirectionMode(StrEnum):
    """What a station records: entries, exits, or both (each scan toggles the person in or out)."""

    IN = "in"
    OUT = "out"
    BOTH = "both"


class Reentry(StrEnum):
    """What a second entry at the same checkpoint gives."""

    ACCEPT = "accept"
    WARN = "warn"
    REJECT = "reject"


@dataclass(frozen=True, slots=True)
class CheckpointRules:
    """The organiser's choices for one checkpoint."""

    reentry: Reentry = Reentry.ACCEPT
    allow_unregistered: bool = False  # unregistered people may take free places
    tolerance_minutes: int = 15  # doors open this long before the start, and close this long after the end
    require_arrival: bool = True  # a session scan before the entrance check-in is a warning

    @staticmethod
    def default_for(session: Session | None) -> "CheckpointRules":
        # People leave the venue and come back all day; a second entry into a workshop is worth a look.
        return CheckpointRules(reentry=Reentry.ACCEPT if session is None else Reentry.WARN)


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A door: the event entrance (``session`` is None) or a session's room, bus or site."""

    id: str
    session: Session | None
    rules: CheckpointRules

    @property
    def is_entrance(self) -> bool:
        return self.session is None


@dataclass(frozen=True, slots=True)
class Presence:
    """Where one attendee stands at one checkpoint."""

    inside: bool
    first_in_at: datetime | None
    first_in_station: str = ""
    entries: int = 0


@dataclass(frozen=True, slots=True)
class ScanFacts:
    """Everything the rules need about one scan of a known, current code."""

    attendee: Attendee
    checkpoint: Checkpoint
    direction: Direction
    now: datetime
    presence: Presence | None  # at this checkpoint; None if never seen here
    arrived: bool  # checked in at the entrance (always True at the entrance itself)
    inside_count: int  # people inside this checkpoint now


@dataclass(frozen=True, slots=True)
class Decision:
    verdict: Verdict
    reason: Reason
    moves: bool  # the scan moves the person in or out (counts towards presence)

    @property
    def lets_through(self) -> bool:
        return self.verdict is not Verdict.REJECTED


def rejected(reason: Reason) -> Decision:
    return Decision(Verdict.REJECTED, reason, moves=False)


def direction_for(mode: DirectionMode, presence: Presence | None) -> Direction:
    """The direction of a scan at a station: fixed, or the opposite of where the person stands."""
    if mode is DirectionMode.BOTH:
        return Direction.OUT if presence is not None and presence.inside else Direction.IN
    return Direction(mode.value)


def time_window(session: Session, tolerance_minutes: int) -> tuple[datetime, datetime] | None:
    """When the doors of a session are open, or None if the session has no start time."""
    if session.starts_at is None:
        return None
    tolerance = timedelta(minutes=max(0, tolerance_minutes))
    ends = session.ends_at or session.starts_at + _DEFAULT_LENGTH
    return session.starts_at - tolerance, ends + tolerance


def decide(facts: ScanFacts) -> Decision:
    """One verdict and one reason; the first rule that refuses wins, warnings come last."""
    if facts.direction is Direction.OUT:
        # Nobody is kept in: an exit is recorded even for a registration cancelled since the
        # entry, or the person would hold a place (and show as inside) for ever.
        return _decide_exit(facts)
    if not facts.attendee.status.is_active:
        return rejected(Reason.CANCELLED)
    if facts.attendee.missing_from_source:
        # Left the registration list (cancelled in pretix, removed from the spreadsheet): no
        # longer registered for the event, at the entrance or any session, whatever a door allows.
        return rejected(Reason.NOT_REGISTERED)
    return _decide_entry(facts)


def _decide_exit(facts: ScanFacts) -> Decision:
    if facts.presence is None or not facts.presence.inside:
        # Let them out, but staff should know the entry was never scanned.
        return Decision(Verdict.WARNING, Reason.EXIT_WITHOUT_ENTRY, moves=False)
    return Decision(Verdict.ACCEPTED, Reason.OK, moves=True)


def _decide_entry(facts: ScanFacts) -> Decision:
    checkpoint, presence = facts.checkpoint, facts.presence
    rules = checkpoint.rules
    session = checkpoint.session
    registered = session is None or session.id in facts.attendee.session_ids
    if not registered and not rules.allow_unregistered:
        return rejected(Reason.NOT_REGISTERED)
    if session is not None:
        window = time_window(session, rules.tolerance_minutes)
        if window is not None and not window[0] <= facts.now <= window[1]:
            return rejected(Reason.OUTSIDE_TIME_WINDOW)
    seen_before = presence is not None and presence.first_in_at is not None
    if seen_before and rules.reentry is Reentry.REJECT:
        return rejected(Reason.ALREADY_CHECKED_IN)
    already_inside = presence is not None and presence.inside
    capacity = session.capacity if session is not None else None
    if capacity is not None and not already_inside and facts.inside_count >= capacity:
        return rejected(Reason.SESSION_FULL)
    if seen_before:
        verdict = Verdict.ACCEPTED if rules.reentry is Reentry.ACCEPT and not already_inside else Verdict.WARNING
        return Decision(verdict, Reason.ALREADY_CHECKED_IN, moves=not already_inside)
    if not registered:
        return Decision(Verdict.WARNING, Reason.NOT_REGISTERED, moves=True)
    if session is not None and rules.require_arrival and not facts.arrived:
        return Decision(Verdict.WARNING, Reason.NOT_ARRIVED, moves=True)
    return Decision(Verdict.ACCEPTED, Reason.OK, moves=True)
