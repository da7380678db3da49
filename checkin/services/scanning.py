"""Checking people in at a door: one scan, one transaction, one verdict, committed before it is shown."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Sequence
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError

from checkin.domain.model import Attendee, Session, new_id
from checkin.domain.scan_log import ANNULMENT, UNDO_REASON, ScanRecord, replay
from checkin.domain.verdicts import (
    ENTRANCE,
    Checkpoint,
    CheckpointRules,
    Direction,
    DirectionMode,
    Presence,
    Reason,
    ScanFacts,
    Verdict,
    decide,
    direction_for,
    rejected,
)
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.importing.sessions import session_called
from checkin.services.badges import Resolution, ResolveKind, resolve_in
from checkin.services.scan_messages import verdict_message
from checkin.storage import event_repository as event_repo
from checkin.storage import repositories as repo
from checkin.storage import scan_repository as scans_repo
from checkin.storage.database import Database
from checkin.storage.tables import utcnow
from checkin.storage import failures

# Called inside a scan's (or an annulment's) transaction with the record just written: the offline
# path (checkin.sync) queues the record for upload in the same commit, so none is lost or doubled.
RecordHook = Callable[[object, ScanRecord], None]

_CODE_REASONS = {
    ResolveKind.FORGED: Reason.FORGED_CODE,
    ResolveKind.REVOKED: Reason.REVOKED_CODE,
    ResolveKind.UNKNOWN: Reason.UNKNOWN_CODE,
    ResolveKind.NOT_OURS: Reason.UNKNOWN_CODE,
}


@dataclass(frozen=True, slots=True)
class ScanResult:
    """A scan's outcome, as the station shows it and the CLI prints it."""

    record: ScanRecord
    verdict: Verdict
    reason: Reason
    message: Message
    checkpoint: Checkpoint
    attendee: Attendee | None
    previous: Presence | None  # where the person stood here before this scan
    first_entry: bool  # the person's first entry at this checkpoint

    @property
    def direction(self) -> Direction:
        return self.record.direction

    @property
    def scanned_at(self) -> datetime:
        return self.record.at


@dataclass(frozen=True, slots=True)
class Undone:
    """An annulled scan and what the annulment record says."""

    annulled: ScanRecord
    annulment: ScanRecord
    attendee: Attendee | None


def _no_such_session(title: str) -> UserError:
    return UserError(
        Message(
            "Scanning",
            QT_TRANSLATE_NOOP("Scanning", "There is no session called “{title}”. `checkin sessions` lists them."),
            {"title": title},
        )
    )


def find_checkpoint_id(db: Database, session_title: str | None) -> str:
    """The checkpoint of a session, found by its title (see ``session_called``), or the entrance for None."""
    if not session_title:
        return ENTRANCE
    with db.unit() as s:
        session = session_called(repo.list_sessions(s), session_title)
    if session is None:
        raise _no_such_session(session_title)
    return session.id


def checkpoint_for(db: Database, checkpoint_id: str) -> Checkpoint:
    with db.unit() as s:
        return _checkpoint(s, checkpoint_id)


def _checkpoint(s, checkpoint_id: str) -> Checkpoint:
    session: Session | None = None
    if checkpoint_id != ENTRANCE:
        session = next((x for x in repo.list_sessions(s) if x.id == checkpoint_id), None)
        if session is None:
            raise _no_such_session(checkpoint_id)
    rules = scans_repo.checkpoint_rules(s, checkpoint_id) or CheckpointRules.default_for(session)
    return Checkpoint(checkpoint_id, session, rules)


def set_rules(db: Database, checkpoint_id: str, rules: CheckpointRules) -> None:
    """The organiser's choices for a door; every station guarding it follows them from its next scan."""
    with db.unit() as s:
        scans_repo.set_checkpoint_rules(s, checkpoint_id, rules)


# The width of the scan log's station and operator columns (PostgreSQL refuses longer values).
_NAME_LIMIT = 100


def _check_name_length(name: str, text: str) -> None:
    if len(name) > _NAME_LIMIT:
        raise UserError(Message("Scanning", text, {"name": name, "limit": _NAME_LIMIT}))


class Station:
    """A check-in station guarding one checkpoint: the entrance, a workshop room, a site-visit bus."""

    def __init__(
        self,
        db: Database,
        checkpoint_id: str = ENTRANCE,
        mode: DirectionMode = DirectionMode.IN,
        station: str = "",
        operator: str = "",
        station_id: str = "",
        offline: bool = False,
        on_recorded: RecordHook | None = None,
    ):
        """``offline``: the records are decisions made against a station's replica (checkin.sync);
        ``on_recorded(orm_session, record)`` runs in each record's transaction."""
        _check_name_length(station, QT_TRANSLATE_NOOP("Scanning", "The station name “{name}” is longer than {limit} characters. Choose a shorter one."))
        _check_name_length(operator, QT_TRANSLATE_NOOP("Scanning", "The operator name “{name}” is longer than {limit} characters. Choose a shorter one."))
        if db.read_only:
            raise UserError(failures.read_only_message())
        self.db = db
        self.mode = mode
        self.station = station
        self.operator = operator
        self.station_id = station_id
        self.offline = offline
        self._on_recorded = on_recorded
        with db.unit() as s:
            self.checkpoint = _checkpoint(s, checkpoint_id)
            self._secret = event_repo.event_secret(s)
            self._zone = ZoneInfo(event_repo.get_event(s).timezone)

    # ---- scanning ----------------------------------------------------------------------------

    def scan(
        self,
        text: str | Sequence[str],
        method: str = "scanner",
        direction: Direction | None = None,
        now: datetime | None = None,
        scan_id: str | None = None,
    ) -> ScanResult:
        """Decide and durably record one scan. ``text`` may be several readings of one scan (a
        keyboard-wedge scan typed under a foreign layout); the one that is a known code wins.
        ``scan_id``: the record's id when the caller made it up front (a retried upload is then
        recognised); a new one otherwise."""
        candidates = [text] if isinstance(text, str) else [t for t in text if t]
        raw = candidates[0].strip() if candidates else ""
        return self._record(lambda s: self._resolve(s, candidates), raw, method, direction, now, scan_id)

    def admit(
        self,
        attendee_id: str,
        method: str = "manual",
        direction: Direction | None = None,
        now: datetime | None = None,
        scan_id: str | None = None,
    ) -> ScanResult:
        """Check a person in (or out) without a code: found by name on the station or at the desk."""

        def resolve(s):
            attendee = repo.get_attendee(s, attendee_id)
            if attendee is None:
                raise UserError(Message("Attendees", QT_TRANSLATE_NOOP("Attendees", "This attendee no longer exists. Refresh the list.")))
            return attendee, None, None, ()

        return self._record(resolve, "", method, direction, now, scan_id)

    def _resolve(self, s, candidates: Sequence[str]):
        """(attendee, refusing reason, badge revoked_at, ambiguous names) for the scanned readings."""
        resolutions: list[Resolution] = [resolve_in(s, self._secret, text) for text in candidates]
        if not resolutions:
            return None, Reason.UNKNOWN_CODE, None, ()
        known = [r for r in resolutions if r.attendee is not None]
        people = {r.attendee.id: r.attendee for r in known}
        if len(people) > 1:
            return None, Reason.AMBIGUOUS, None, tuple(a.full_name for a in people.values())
        best = known[0] if known else resolutions[0]
        if best.kind is not ResolveKind.VALID:
            revoked_at = best.badge.revoked_at if best.badge is not None else None
            return best.attendee, _CODE_REASONS[best.kind], revoked_at, ()
        return best.attendee, None, None, ()

    def _record(self, resolve, raw: str, method: str, direction: Direction | None, now: datetime | None, scan_id: str | None) -> ScanResult:
        scan_id = scan_id or new_id()
        try:
            return self._record_once(resolve, raw, method, direction, now, scan_id)
        except IntegrityError:
            # Another desk created this checkpoint's lock row or the person's first entry in the
            # same instant; the retry sees it and decides again (e.g. already checked in).
            return self._record_once(resolve, raw, method, direction, now, scan_id)

    def _record_once(self, resolve, raw: str, method: str, direction: Direction | None, now: datetime | None, scan_id: str) -> ScanResult:
        cp_id = self.checkpoint.id
        with self.db.unit() as s:
            rules = scans_repo.lock_checkpoint(s, cp_id, self.checkpoint.rules)
            checkpoint = Checkpoint(cp_id, self.checkpoint.session, rules)
            self.checkpoint = checkpoint
            at = now or utcnow()
            attendee, refusal, revoked_at, ambiguous = resolve(s)
            previous, at_entrance = scans_repo.presence_here_and_at_entrance(s, attendee.id, cp_id) if attendee is not None else (None, None)
            moving = direction or direction_for(self.mode, previous)
            inside = 0
            if refusal is not None:
                decision = rejected(refusal)
            else:
                capacity = checkpoint.session.capacity if checkpoint.session is not None else None
                inside = scans_repo.inside_count(s, cp_id) if capacity is not None else 0
                arrived = checkpoint.is_entrance or at_entrance is not None
                decision = decide(ScanFacts(attendee, checkpoint, moving, at, previous, arrived, inside))
            record = ScanRecord(
                id=scan_id,
                at=at,
                checkpoint_id=cp_id,
                direction=moving,
                code=raw,
                method=method,
                attendee_id=attendee.id if attendee is not None else None,
                verdict=decision.verdict.value,
                reason=decision.reason.value,
                moves=decision.moves,
                station=self.station,
                operator=self.operator,
                station_id=self.station_id,
                offline=self.offline,
            )
            scans_repo.insert_scan(s, record)
            if decision.moves:
                scans_repo.record_move(s, record, previous)
            if self._on_recorded is not None:
                self._on_recorded(s, record)
        message = verdict_message(decision, checkpoint, moving, self._zone, at, attendee, previous, inside, revoked_at, ambiguous)
        first = decision.moves and moving is Direction.IN and previous is None
        return ScanResult(record, decision.verdict, decision.reason, message, checkpoint, attendee, previous, first)

    # ---- undo --------------------------------------------------------------------------------

    def undo_last(self, now: datetime | None = None) -> Undone | None:
        """Annul this station's last scan at its checkpoint (kept in the log, with its annulment); None
        if none is left. Only this checkpoint's: its lock is the one held, and its counters are the
        ones the station shows, even when the same station name was used at another door."""
        with self.db.unit() as s:
            scans_repo.lock_checkpoint(s, self.checkpoint.id, self.checkpoint.rules)
            last = scans_repo.last_undoable_scan(s, self.station, self.checkpoint.id)
            if last is None:
                return None
            annulment = ScanRecord(
                id=new_id(),
                at=now or utcnow(),
                checkpoint_id=last.checkpoint_id,
                direction=last.direction,
                code=last.code,
                method=last.method,
                attendee_id=last.attendee_id,
                verdict=ANNULMENT,
                reason=UNDO_REASON,
                moves=False,
                station=self.station,
                operator=self.operator,
                annuls=last.id,
                station_id=self.station_id,
                offline=self.offline,
            )
            scans_repo.insert_scan(s, annulment)
            if self._on_recorded is not None:
                self._on_recorded(s, annulment)
            if last.moves and last.attendee_id is not None:
                remaining = scans_repo.live_scans(s, last.attendee_id, last.checkpoint_id)
                scans_repo.replace_presence(s, last.attendee_id, last.checkpoint_id, replay(remaining))
            attendee = repo.get_attendee(s, last.attendee_id) if last.attendee_id else None
        return Undone(last, annulment, attendee)
