"""Listing, editing and adding attendees, with every change written to the journal."""
from __future__ import annotations

from dataclasses import dataclass

from checkin.domain.display import NAME_MAX_LENGTH
from checkin.domain.model import EDITABLE_FIELDS, Attendee, JournalEntry, Session, SessionKind, Status, new_id
from checkin.domain.countries import country_code
from checkin.domain.scan_log import ScanRecord
from checkin.gc_pause import collector_paused
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.importing.fields import Field, field_label
from checkin.storage import repositories as repo
from checkin.storage import scan_repository as scans_repo
from checkin.storage.database import Database


@dataclass(frozen=True)
class SessionWithCount:
    session: Session
    registered: int


def list_attendees(db: Database) -> list[Attendee]:
    """Everyone, ordered by family name; 100,000 load without the collector's interruptions."""
    with collector_paused(), db.unit() as s:
        return repo.list_attendees(s)


def get_attendee(db: Database, attendee_id: str) -> Attendee:
    with db.unit() as s:
        found = repo.get_attendee(s, attendee_id)
    if found is None:
        raise UserError(Message("Attendees", QT_TRANSLATE_NOOP("Attendees", "This attendee no longer exists. Refresh the list.")))
    return found


def sessions(db: Database) -> list[Session]:
    """The programme, without registration counts (cheaper: the desk's filters need only this)."""
    with db.unit() as s:
        return repo.list_sessions(s)


def journal_for(db: Database, attendee_id: str) -> list[JournalEntry]:
    """One attendee's history (edits, imports, prints, and their scans as "scan" lines), oldest first."""
    with db.unit() as s:
        entries = repo.journal_for(s, attendee_id) + [_scan_entry(scan) for scan in scans_repo.scans(s, attendee_id)]
    return sorted(entries, key=lambda e: e.at)


def _scan_entry(scan: ScanRecord) -> JournalEntry:
    data = {
        "checkpoint_id": scan.checkpoint_id,
        "direction": scan.direction.value,
        "verdict": scan.verdict,
        "reason": scan.reason,
        "method": scan.method,
    }
    return JournalEntry(scan.id, scan.at, "scan", scan.attendee_id, scan.station, scan.operator, data)


def list_sessions(db: Database) -> list[SessionWithCount]:
    with db.unit() as s:
        counts = repo.registered_counts(s)
        return [SessionWithCount(session, counts.get(session.id, 0)) for session in repo.list_sessions(s)]


def validated_fields(changes: dict) -> dict:
    clean = {}
    for key, value in changes.items():
        if key not in EDITABLE_FIELDS and key != "session_ids":
            raise ValueError(f"not an editable field: {key}")
        if key == "status":
            value = Status(value)
        elif key == "country":
            text = (value or "").strip()
            code = country_code(text) if text else ""
            if code is None:
                raise UserError(
                    Message("Attendees", QT_TRANSLATE_NOOP("Attendees", "“{country}” is not a country we know. Use its name or its two-letter code (BE, FR…)."), {"country": text})
                )
            value = code
        elif key == "session_ids":
            value = tuple(value)
        elif isinstance(value, str):
            value = value.strip()
        clean[key] = value
    return clean


# The fields a name-length limit applies to (the notes may be longer).
_LIMITED_FIELDS = ("first_name", "last_name", "organisation", "position", "city", "category", "email")


def require_sane_lengths(clean: dict, before: Attendee | None = None) -> None:
    """Refuse a name (or organisation, city…) longer than NAME_MAX_LENGTH; on an edit, only a value
    that changes: a longer one stored before (an older import) does not block editing the rest."""
    for key in _LIMITED_FIELDS:
        value = clean.get(key)
        if not isinstance(value, str) or len(value) <= NAME_MAX_LENGTH:
            continue
        if before is not None and getattr(before, key) == value:
            continue
        raise UserError(Message("Attendees", QT_TRANSLATE_NOOP(
            "Attendees", "The {field} is {length} characters long; at most {limit} fit on badges and lists. Shorten it."),
            {"field": field_label(Field(key)).lower(), "length": len(value), "limit": NAME_MAX_LENGTH}))


def require_name(a: Attendee) -> None:
    if not (a.first_name or a.last_name):
        raise UserError(Message("Attendees", QT_TRANSLATE_NOOP("Attendees", "An attendee needs at least a given or a family name.")))


def update_attendee(
    db: Database, attendee_id: str, changes: dict, operator: str = "", station: str = "", station_id: str = ""
) -> Attendee:
    """Apply ``changes`` (editable fields, or ``session_ids``) and journal what changed from what."""
    clean = validated_fields(changes)
    with db.unit() as s:
        before = repo.get_attendee(s, attendee_id)
        if before is None:
            raise UserError(Message("Attendees", QT_TRANSLATE_NOOP("Attendees", "This attendee no longer exists. Refresh the list.")))
        after = before.with_changes(**clean)
        require_name(after)
        require_sane_lengths(clean, before)
        diff = {
            key: [_plain(getattr(before, key)), _plain(getattr(after, key))]
            for key in clean
            if getattr(before, key) != getattr(after, key)
        }
        if not diff:
            return before
        repo.update_attendee(s, after)
        repo.append_journal(s, repo.journal_entry("edit", attendee_id, station, operator, station_id=station_id, changes=diff))
        return repo.get_attendee(s, attendee_id)


def add_walk_in(
    db: Database, fields: dict, operator: str = "", station: str = "", station_id: str = "", attendee_id: str | None = None
) -> Attendee:
    """Register someone who was not on the list. ``attendee_id`` is for a caller that made the id
    up front (a station that may redo the walk-in offline, so both copies are one person)."""
    clean = validated_fields(fields)
    attendee = Attendee(id=attendee_id or new_id(), source="walk-in", walk_in=True).with_changes(**clean)
    require_name(attendee)
    require_sane_lengths(clean)
    with db.unit() as s:
        repo.insert_attendees(s, [attendee])
        repo.append_journal(
            s,
            repo.journal_entry("walk_in", attendee.id, station, operator, station_id=station_id, name=attendee.full_name),
        )
        return repo.get_attendee(s, attendee.id)


def add_session(db: Database, title: str, kind: SessionKind = SessionKind.OTHER, **fields) -> Session:
    title = title.strip()
    if not title:
        raise UserError(Message("Sessions", QT_TRANSLATE_NOOP("Sessions", "A session needs a title.")))
    with db.unit() as s:
        if any(existing.title == title for existing in repo.list_sessions(s)):
            raise UserError(Message("Sessions", QT_TRANSLATE_NOOP("Sessions", "There is already a session called “{title}”."), {"title": title}))
        return repo.add_session(s, Session(id=new_id(), title=title, kind=kind, **fields))


def _plain(value):
    if isinstance(value, Status):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value
