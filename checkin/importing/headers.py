"""Recognising column headers in six languages, and finding the header row under any title rows."""
from __future__ import annotations

import re
from typing import Sequence

from checkin.domain.text import fold
from checkin.importing.fields import Field
from checkin.importing.pretix import lists_attendees
from checkin.importing.vocabulary import HEADER_PREFIXES, HEADER_SYNONYMS, SESSION_LIST_HEADERS
from checkin.importing.sessions import guess_kind
from checkin.domain.model import SessionKind

_ASIDE = re.compile(r"\(.*?\)|\[.*?\]|\*+")
_HEADER_SCAN_ROWS = 30
_PRETIX_ATTENDEES = 10


def recognise_header(header: str) -> Field | None:
    """The field a header names ("Prénom", "E-Mail-Adresse", "Attendee name: Given name"), or None."""
    if not header or not header.strip():
        return None
    candidates = [header, _ASIDE.sub(" ", header)]
    if ":" in header:
        before, _, after = header.rpartition(":")
        candidates += [after, before]
    for candidate in candidates:
        key = fold(candidate)
        if not key:
            continue
        field = HEADER_SYNONYMS.get(key)
        if field is not None:
            return field
        words = key.split(" ")
        while len(words) > 1 and words[0] in HEADER_PREFIXES:
            words = words[1:]
            field = HEADER_SYNONYMS.get(" ".join(words))
            if field is not None:
                return field
    return None


def is_session_header(header: str) -> bool:
    """A header that names a session or a choice of sessions ("Atelier …", "Visite", "Workshops")."""
    key = fold(_ASIDE.sub(" ", header))
    return bool(key) and (key in SESSION_LIST_HEADERS or guess_kind(header) is not SessionKind.OTHER)


def header_score(cells: Sequence[str]) -> int:
    """How many different person fields a row's cells name: a header row names several, data rows few."""
    fields = {recognise_header(cell) for cell in cells if cell}
    fields.discard(None)
    fields.discard(Field.IGNORE)
    if len(fields) >= 2 and lists_attendees(cells):
        return len(fields) + _PRETIX_ATTENDEES  # beats the Orders sheet of a pretix workbook
    return len(fields)


def find_header_row(rows: Sequence[Sequence[str]]) -> int | None:
    """Index of the header among the first rows: the first row naming most fields (at least two),
    else the first row filled at least half as wide as the widest one. None if every row is blank."""
    scan = [(i, row) for i, row in enumerate(rows[:_HEADER_SCAN_ROWS]) if any(row)]
    if not scan:
        return None
    best_index, best_score = None, 1
    for index, row in scan:
        score = header_score(row)
        if score > best_score:
            best_index, best_score = index, score
    if best_index is not None:
        return best_index
    widest = max(sum(1 for cell in row if cell) for _i, row in scan)
    for index, row in scan:
        if sum(1 for cell in row if cell) >= max(2, (widest + 1) // 2):
            return index
    return scan[0][0]
