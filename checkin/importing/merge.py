"""Planning a (re-)import: who in the file is someone already in the event, what changes, who is new,
and who is no longer on the list. Pure: the service writes the plan in one transaction."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable

from checkin.domain.model import Attendee, Session, new_id
from checkin.domain.text import fold
from checkin.i18n import QT_TRANSLATE_NOOP, Message
from checkin.importing.names import name_key
from checkin.importing.batch import ImportBatch, PersonRecord
from checkin.importing.sessions import session_key
from checkin.importing.summary import ImportCancelled, Problem

_CHECK_EVERY = 5000
# A list of this many people of which not one is in the new file is another list, not a list
# everyone left; with fewer, it may really be that everyone changed.
_DIFFERENT_LIST_MIN = 5
# A person added by hand at the desk may later turn up on the list: the list then owns them.
_ADOPTABLE_SOURCES = ("", "walk-in")


@dataclass
class MergePlan:
    new_sessions: list[Session] = field(default_factory=list)
    added: list[Attendee] = field(default_factory=list)
    updated: list[tuple[Attendee, Attendee]] = field(default_factory=list)  # (before, after)
    unchanged: int = 0
    missing: list[Attendee] = field(default_factory=list)  # from this source, not in the file
    # People no longer on the list lose the registrations the list gave them (the list's sessions),
    # so sessions stop counting them; those the desk added stay. attendee id → registrations kept.
    unlisted: dict[str, tuple[str, ...]] = field(default_factory=dict)
    released: dict[str, list[str]] = field(default_factory=dict)  # left the list: codes they keep
    listed_sessions: set[str] = field(default_factory=set)  # sessions whose registrations follow the list
    registrations: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def newly_missing(self) -> list[str]:
        return [a.id for a in self.missing if not a.missing_from_source]


def _name_words(first: str, last: str) -> set[str]:
    return set(name_key(first, last).split())


class _Existing:
    """The event's attendees indexed once by every key a file row may match on."""

    def __init__(self, attendees: list[Attendee]):
        self.by_source: dict[tuple[str, str], Attendee] = {}
        self.by_code: dict[str, Attendee] = {}
        self.by_email: dict[str, list[Attendee]] = defaultdict(list)
        self.by_name: dict[str, list[Attendee]] = defaultdict(list)
        self.by_id = {a.id: a for a in attendees}
        for a in attendees:
            if a.source_id:
                self.by_source.setdefault((a.source, a.source_id), a)
            for code in a.ticket_codes:
                self.by_code[code] = a
            if a.email:
                self.by_email[a.email.lower()].append(a)
            self.by_name[name_key(a.first_name, a.last_name)].append(a)
        self.matched: set[str] = set()

    def match(self, record: PersonRecord, source: str, unique_email: bool, file_has_org: bool) -> Attendee | None:
        """The same person by source id, then ticket code, then email, then name and organisation."""
        candidate = self.by_source.get((source, record.source_id)) if record.source_id else None
        if candidate is not None and candidate.id not in self.matched and _plausible(candidate, record):
            return candidate
        for code in record.codes:
            candidate = self.by_code.get(code)
            if candidate is not None and candidate.id not in self.matched and _plausible(candidate, record):
                return candidate
        if record.email_key and unique_email:
            candidates = [a for a in self.by_email.get(record.email_key, ()) if a.id not in self.matched]
            # A shared office mailbox is not a person: the names must still have a word in common.
            if len(candidates) == 1 and _name_words(candidates[0].first_name, candidates[0].last_name) & set(record.name_key.split()):
                return candidates[0]
        for a in self.by_name.get(record.name_key, ()):
            if a.id in self.matched:
                continue
            if a.email and record.email_key and a.email.lower() != record.email_key:
                continue
            if file_has_org and record.org_key and a.organisation and fold(a.organisation) != record.org_key:
                continue
            return a
        return None


def _plausible(a: Attendee, record: PersonRecord) -> bool:
    """An id or code match is trusted unless name and email both say it is someone else: a list
    whose "ID" is a row counter, a ticket passed on to a colleague."""
    names_differ = not (_name_words(a.first_name, a.last_name) & set(record.name_key.split()))
    emails_differ = bool(a.email and record.email_key and a.email.lower() != record.email_key)
    return not (names_differ and emails_differ)


def merged_notes(stored: str, incoming: str) -> str:
    """Notes from the list join what the desk wrote; nothing anyone wrote is dropped."""
    if not stored or stored in incoming:
        return incoming
    if incoming in stored:
        return stored
    return f"{stored}\n{incoming}"


def _codes_message(code: str, owner: Attendee) -> Message:
    return Message(
        "Import",
        QT_TRANSLATE_NOOP("Import", "Ticket code {code} already belongs to {name}, who is not on this row; it was left with them."),
        {"code": code, "name": owner.full_name},
    )


def plan_merge(
    existing: list[Attendee],
    sessions: list[Session],
    batch: ImportBatch,
    cancelled: Callable[[], bool] | None = None,
    listed_before: Iterable[str] = (),
) -> MergePlan:
    """``listed_before``: ids of sessions earlier imports from the same source listed. Their
    registrations follow the list even when no row names them any more (a workshop everyone
    left); registrations for other sessions (added at the desk) are left alone."""
    plan = MergePlan()
    session_ids: dict[str, str] = {session_key(s.title): s.id for s in sessions}
    for key, spec in batch.sessions.items():
        if key not in session_ids:
            created = Session(id=new_id(), title=spec.title, kind=spec.kind)
            plan.new_sessions.append(created)
            session_ids[key] = created.id
    still_there = {s.id for s in sessions}
    known_ids = {session_ids[key] for key in batch.sessions} | (set(listed_before) & still_there)
    plan.listed_sessions = known_ids

    index = _Existing(existing)
    email_counts = Counter(r.email_key for r in batch.people if r.email_key) if existing else Counter()
    file_has_org = "organisation" in batch.fields
    pairs: list[tuple[PersonRecord, Attendee | None]] = []
    for done, record in enumerate(batch.people):
        if cancelled is not None and done % _CHECK_EVERY == 0 and cancelled():
            raise ImportCancelled()
        match = index.match(record, batch.source, email_counts[record.email_key] == 1, file_has_org) if existing else None
        if match is not None:
            index.matched.add(match.id)
        pairs.append((record, match))

    matched_ids = index.matched
    codes = _assign_codes(pairs, index, batch.source, plan)
    added = plan.added
    for (record, match), kept in zip(pairs, codes):
        registered = tuple(map(session_ids.__getitem__, record.sessions))
        plan.registrations += len(registered)
        if match is None:
            added.append(
                Attendee(id=new_id(), source=batch.source, source_id=record.source_id,
                         ticket_codes=tuple(kept), session_ids=registered, **record.values)
            )
        else:
            after = _updated(match, record, batch, kept, registered, known_ids)
            if after == match:
                plan.unchanged += 1
            else:
                plan.updated.append((match, after))

    same_source = [a for a in existing if a.source == batch.source]
    plan.missing = [a for a in same_source if a.id not in matched_ids]
    if len(same_source) >= _DIFFERENT_LIST_MIN and len(plan.missing) == len(same_source):
        # Not one of them is in the file: another list from the same kind of source (the speakers'
        # spreadsheet after the participants'), not everyone cancelling at once.
        plan.missing = []
        plan.problems.append(
            Problem(None, Message("Import", QT_TRANSLATE_NOOP("Import", "None of the {count} people imported earlier from this kind of list ({source}) are in this file, so it looks like a different list: they were not marked as no longer on the list."), {"count": len(same_source), "source": batch.source}))
        )
    for a in plan.missing:
        kept = tuple(sid for sid in a.session_ids if sid not in known_ids)
        if len(kept) != len(a.session_ids):
            plan.unlisted[a.id] = kept
    plan.problems.sort(key=lambda p: (p.row is None, p.row or 0))
    return plan


def _assign_codes(pairs: list[tuple[PersonRecord, Attendee | None]], index: _Existing, source: str, plan: MergePlan) -> list[list[str]]:
    """The ticket codes each record may have.

    A code may move to another person of the file, or away from someone who left this list (a
    ticket given to someone else). A code held by someone the file does not speak for (another
    source, a walk-in), or by someone whose row gives no codes and so keeps theirs, stays put.
    """
    if not index.by_code:  # nobody holds a code yet (a first import): nothing can clash
        return [record.codes for record, _match in pairs]
    matched = index.matched
    held = {code for record, match in pairs if match is not None and not record.codes for code in match.ticket_codes}
    released: dict[str, set[str]] = defaultdict(set)
    assigned = []
    for record, match in pairs:
        kept = []
        for code in record.codes:
            owner = index.by_code.get(code)
            if owner is None or (match is not None and owner.id == match.id) or (owner.id in matched and code not in held):
                kept.append(code)
            elif owner.id not in matched and owner.source == source:
                released[owner.id].add(code)
                kept.append(code)
            else:
                plan.problems.append(Problem(record.row, _codes_message(code, owner)))
        assigned.append(kept)
    for owner_id, codes in released.items():
        owner = index.by_id[owner_id]
        plan.released[owner_id] = [code for code in owner.ticket_codes if code not in codes]
    return assigned


def _updated(
    a: Attendee,
    record: PersonRecord,
    batch: ImportBatch,
    codes: list[str],
    session_ids: tuple[str, ...],
    known_ids: set[str],
) -> Attendee:
    """``a`` with what the file says; an empty cell or a missing column never erases anything."""
    changes: dict = {}
    for key, value in record.values.items():
        if key == "notes":
            value = merged_notes(a.notes, value)
        if getattr(a, key) != value:
            changes[key] = value
    if a.source in _ADOPTABLE_SOURCES and a.source != batch.source:
        changes["source"] = batch.source
    if (changes.get("source", a.source) == batch.source and record.source_id
            and record.source_id != a.source_id):
        changes["source_id"] = record.source_id
    if codes and set(codes) != set(a.ticket_codes):
        changes["ticket_codes"] = tuple(codes)
    wanted = _in_step(a.session_ids, session_ids, known_ids)
    if set(wanted) != set(a.session_ids):
        changes["session_ids"] = wanted
    if a.missing_from_source:
        changes["missing_from_source"] = False
    return replace(a, **changes) if changes else a


def _in_step(current: Iterable[str], from_file: tuple[str, ...], known_ids: set[str]) -> tuple[str, ...]:
    """Registrations for the file's sessions follow the file; others (added at the desk) stay."""
    kept = [sid for sid in current if sid not in known_ids]
    return tuple(kept + [sid for sid in from_file if sid not in kept])
