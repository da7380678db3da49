"""Detecting a list's column mapping: which system exported it (pretix, Indico or a spreadsheet kept by
hand) and what each column means, with a confidence the mapping dialog can show."""
from __future__ import annotations

import re
from dataclasses import dataclass

from checkin.domain.model import SessionKind
from checkin.domain.text import fold
from checkin.importing.fields import Field
from checkin.importing.headers import is_session_header, recognise_header
from checkin.importing.mapping import ColumnMapping, ColumnRole
from checkin.importing.pretix import pretix_mapping
from checkin.importing.sessions import guess_kind, is_mark_column, session_title
from checkin.importing.table import SourceTable
from checkin.importing.vocabulary import AMBIGUOUS_HEADERS, STATUS_WORDS


@dataclass(frozen=True)
class Profile:
    """A system's export, told apart by headers only it writes."""

    name: str
    source: str
    signature: frozenset[str]  # folded headers
    needed: int  # how many of them must be there
    required: frozenset[str] = frozenset()  # and at least one of these


PROFILES: tuple[Profile, ...] = (
    Profile(
        "pretix",
        "pretix",
        frozenset({
            "order code", "attendee name", "attendee name given name", "attendee name family name",
            "product", "secret", "automatically checked in", "voucher code", "requires special attention",
            "seat id", "checked out",
        }),
        3,
        frozenset({"order code", "secret"}),
    ),
    Profile(
        "indico",
        "indico",
        frozenset({
            "id", "name", "email address", "registration state", "registration date", "checked in",
            "affiliation", "tags",
        }),
        3,
        frozenset({"registration state", "registration date"}),
    ),
)
SPREADSHEET = Profile("spreadsheet", "spreadsheet", frozenset(), 0)
_MULTI_WORD_SHARE = 0.6
_SAMPLE_ROWS = 5000
_WORDED_SHARE = 0.8
_LETTERS = re.compile(r"[^\W\d_]")


def _sample(table: SourceTable, index: int) -> list[str]:
    """The cells detection looks at: enough rows to judge a column, not all of a huge list."""
    return table.sound_column(index)[:_SAMPLE_ROWS]


def detect_profile(headers: list[str]) -> Profile:
    keys = {fold(header) for header in headers}
    best, best_hits = SPREADSHEET, 0
    for profile in PROFILES:
        hits = len(keys & profile.signature)
        if hits >= profile.needed and hits > best_hits and (not profile.required or keys & profile.required):
            best, best_hits = profile, hits
    return best


def suggested_role(field: Field, header: str) -> ColumnRole:
    """The role for a column the user gives ``field`` in the mapping dialog: session columns get
    the title and kind their header suggests ("Atelier Mobilité" → workshop "Mobilité")."""
    if field is Field.SESSION_MARK:
        return ColumnRole(field, session_title(header), guess_kind(header))
    if field in (Field.SESSION_LIST, Field.PRODUCT):
        return ColumnRole(field, "", guess_kind(header))
    return ColumnRole(field)


def _session_role(header: str, values: list[str]) -> ColumnRole | None:
    """A session column, told by its header and its cells: marks mean one session, names a list."""
    kind = guess_kind(header)
    if is_session_header(header):
        names_one = session_title(header) != " ".join(header.split())  # "Atelier Mobilité", not "Workshops"
        if is_mark_column(values) or (names_one and not any(values)):
            return ColumnRole(Field.SESSION_MARK, session_title(header), kind)
        if _names_things(values):
            return ColumnRole(Field.SESSION_LIST, "", kind)
        return None  # "Visit date", "Workshop fee": about sessions, but not a choice of them
    if header and is_mark_column(values, ticks_only=True):
        # "Dinner" or "Économie de la nuit" ticked with X: a session even without a kind word.
        return ColumnRole(Field.SESSION_MARK, session_title(header), kind)
    return None


def _ambiguous(header: str, values: list[str]) -> Field | None:
    choices = AMBIGUOUS_HEADERS.get(fold(header))
    if choices is None:
        return None
    filled = [v for v in values if v]
    states = sum(1 for v in filled if fold(v) in STATUS_WORDS)
    return choices[0] if filled and states >= 0.5 * len(filled) else choices[1]


def _names_things(values: list[str]) -> bool:
    """Cells that read like session titles (words), not dates, prices or codes."""
    filled = [v for v in values if v]
    worded = sum(1 for v in filled if len(_LETTERS.findall(v)) >= 3)
    return worded >= _WORDED_SHARE * len(filled)


def _mostly_multi_word(values: list[str]) -> bool:
    filled = [v for v in values if v]
    return bool(filled) and sum(1 for v in filled if " " in v.strip()) >= _MULTI_WORD_SHARE * len(filled)


def _holds_given_names(full: list[str], given: list[str]) -> bool:
    """Whether the "name" column repeats the given name, as a full name does."""
    pairs = [(f.casefold(), g.casefold()) for f, g in zip(full, given) if f and g]
    return not pairs or sum(1 for f, g in pairs if g in f) >= 0.5 * len(pairs)


def detect_mapping(table: SourceTable) -> ColumnMapping:
    """The detected meaning of every column, the profile, and a confidence from 0 to 1."""
    exported = pretix_mapping(table.headers, table.name)  # pretix's own exports, in any of its languages
    if exported is not None:
        return exported
    profile = detect_profile(table.headers)
    roles: list[ColumnRole] = []
    recognised: list[bool] = []
    for index, header in enumerate(table.headers):
        field = recognise_header(header) or _ambiguous(header, _sample(table, index))
        role = None
        if field is not None:
            role = ColumnRole(field, "", guess_kind(header) if field is Field.PRODUCT else SessionKind.OTHER)
        else:
            role = _session_role(header, _sample(table, index))
        recognised.append(role is not None)
        roles.append(role or ColumnRole(Field.IGNORE))

    fields = [role.field for role in roles]
    # "Nom" or "Nome" alone, holding "DURAND Hélène": the whole name, not one part of it.
    for lone, other in ((Field.LAST_NAME, Field.FIRST_NAME), (Field.FIRST_NAME, Field.LAST_NAME)):
        if lone in fields and other not in fields and Field.FULL_NAME not in fields:
            index = fields.index(lone)
            if _mostly_multi_word(_sample(table, index)):
                roles[index] = ColumnRole(Field.FULL_NAME)
                fields[index] = Field.FULL_NAME

    # German and Dutch lists write "Name" / "Naam" for the family name next to "Vorname" / "Voornaam".
    if Field.FULL_NAME in fields and Field.FIRST_NAME in fields and Field.LAST_NAME not in fields:
        full, first = fields.index(Field.FULL_NAME), fields.index(Field.FIRST_NAME)
        if not _holds_given_names(_sample(table, full), _sample(table, first)):
            roles[full] = ColumnRole(Field.LAST_NAME)
            fields[full] = Field.LAST_NAME

    named = [i for i, header in enumerate(table.headers) if header]
    confidence = sum(1 for i in named if recognised[i]) / len(named) if named else 0.0
    if not any(f in (Field.FIRST_NAME, Field.LAST_NAME, Field.FULL_NAME) for f in fields):
        confidence *= 0.5
    if profile is not SPREADSHEET:
        confidence = min(1.0, confidence + 0.1)
    return ColumnMapping(
        headers=tuple(table.headers),
        roles=tuple(roles),
        profile=profile.name,
        source=profile.source,
        confidence=round(confidence, 2),
        recognised=tuple(recognised),
    )
