"""pretix's exports told apart by the header rows its exporters write, in every European language
pretix's interface speaks, and the meaning of each of their columns.

``pretix_words.json`` holds those header rows as pretix itself wrote them (made by
``tests/pretix/make_exports.py`` from an installed pretix), so a check-in list exported from a
French, German or Italian pretix is read the same as an English one, even where a translation
writes two columns the same way (Italian "Stato" is both the order's state and the address's).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from checkin.domain.model import SessionKind, Status
from checkin.domain.text import fold
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.importing.fields import Field
from checkin.importing.mapping import ColumnMapping, ColumnRole

_WORDS = Path(__file__).with_name("pretix_words.json")

CHECKIN_LIST = "checkin_list"
ORDER_POSITIONS = "order_positions"
PROFILE_CHECKIN_LIST = "pretix"
PROFILE_ORDER_POSITIONS = "pretix-order-positions"
SOURCE = "pretix"

# What each column of the two attendee exports means, by pretix's English header (the same
# column in every language: the exporters write them in one order).
_ROLES: dict[str, dict[str, Field]] = {
    CHECKIN_LIST: {
        "Order code": Field.ORDER_CODE,
        "Attendee name": Field.FULL_NAME,
        "Attendee name: Given name": Field.FIRST_NAME,
        "Attendee name: Family name": Field.LAST_NAME,
        "Product": Field.PRODUCT,
        "Paid": Field.PAID,
        "Secret": Field.TICKET_CODE,
        "Email": Field.EMAIL,
        "Company": Field.ORGANISATION,
        "Requires special attention": Field.NOTES,
        "Comment": Field.NOTES,
        "Check-in text": Field.NOTES,
        "City": Field.CITY,
        "Country": Field.COUNTRY,
    },
    ORDER_POSITIONS: {
        "Order code": Field.ORDER_CODE,
        "Position ID": Field.POSITION_ID,
        "Status": Field.STATUS,
        "Email": Field.BUYER_EMAIL,  # the order's: the buyer's, not the attendee's
        "Product": Field.PRODUCT,
        "Variation": Field.VARIATION,
        "Attendee name": Field.FULL_NAME,
        "Attendee name: Given name": Field.FIRST_NAME,
        "Attendee name: Family name": Field.LAST_NAME,
        "Attendee email": Field.EMAIL,
        "Attendee company": Field.ORGANISATION,
        "City": Field.CITY,
        "Country": Field.COUNTRY,
        "Ticket secret": Field.TICKET_CODE,
        "Order comment": Field.NOTES,
        "Add-on to position ID": Field.ADDON_TO,
        "Invoice address company": Field.ORGANISATION,  # after the attendee's own company
    },
}
_NAME_HEADER = "Attendee name"
# A file must hold this share of an export's columns to be taken for it: pretix leaves some out
# (the secret, "Paid", the seat columns of older versions) and adds one per question asked.
_NEEDED_SHARE = 0.7

# pretix's other exports, and what the organiser should export instead.
_OTHER_EXPORTS: dict[str, str] = {
    "orders": QT_TRANSLATE_NOOP("Import", "“{name}” is the Orders sheet of pretix's Order data export: one row per order, without the attendees. Import the check-in list (Export › Check-in list, with “Include QR-code secret”) or the Order data export's “Order positions” sheet instead."),
    "order_fees": QT_TRANSLATE_NOOP("Import", "“{name}” is the Order fees sheet of pretix's Order data export: fees, not attendees. Import the check-in list (Export › Check-in list, with “Include QR-code secret”) or the Order data export's “Order positions” sheet instead."),
    "valid_codes": QT_TRANSLATE_NOOP("Import", "“{name}” is pretix's list of valid check-in codes: codes without names. Import the check-in list (Export › Check-in list, with “Include QR-code secret”) instead."),
    "checkin_log": QT_TRANSLATE_NOOP("Import", "“{name}” is pretix's check-in log: scans made in pretix, not attendees. Import the check-in list (Export › Check-in list, with “Include QR-code secret”) instead."),
}


@dataclass(frozen=True)
class _Export:
    kind: str
    language: str
    keys: tuple[str, ...]  # folded headers, in pretix's order
    english: tuple[str, ...]  # the same columns' English headers


@lru_cache(maxsize=1)
def _words() -> dict:
    return json.loads(_WORDS.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _exports() -> tuple[_Export, ...]:
    exports = []
    for kind, by_language in _words()["exports"].items():
        english = tuple(by_language["en"])
        for language, headers in by_language.items():
            exports.append(_Export(kind, language, tuple(fold(h) for h in headers), english))
    return tuple(exports)


@lru_cache(maxsize=1)
def _name_parts() -> dict[str, Field]:
    parts = {fold(text): Field.IGNORE for text in _words()["name_parts"]["other"]}
    parts.update({fold(text): Field.LAST_NAME for text in _words()["name_parts"]["family"]})
    parts.update({fold(text): Field.FIRST_NAME for text in _words()["name_parts"]["given"]})
    return parts


@lru_cache(maxsize=1)
def order_states() -> dict[str, Status]:
    """pretix's order and position states ("bezahlt", "annulé", "in attesa") in every language."""
    states = {}
    for key, status in (("canceled", Status.CANCELLED), ("pending", Status.PENDING), ("paid", Status.REGISTERED)):
        for text in _words()["statuses"][key]:
            states.setdefault(fold(text), status)
    return states


def _identify(keys: list[str]) -> _Export | None:
    present = set(keys)
    best, best_share = None, 0.0
    for export in _exports():
        wanted = set(export.keys)
        share = len(present & wanted) / len(wanted)
        # A file of other columns that happens to hold "Secret" and "Product" is not pretix's.
        if share >= _NEEDED_SHARE and share > best_share and len(present & wanted) >= 4:
            best, best_share = export, share
    return best


def _align(keys: list[str], export: _Export) -> list[int | None]:
    """For each column of the file, its column in pretix's export: in pretix's order first (two
    columns may share a header), then anywhere unused (a spreadsheet may have moved one)."""
    used: set[int] = set()
    found: list[int | None] = []
    at = 0
    for key in keys:
        index = next((i for i in range(at, len(export.keys)) if export.keys[i] == key and i not in used), None)
        if index is None:
            index = next((i for i, k in enumerate(export.keys) if k == key and i not in used), None)
        else:
            at = index + 1
        if index is not None:
            used.add(index)
        found.append(index)
    return found


def lists_attendees(cells: list[str]) -> bool:
    """A header row of pretix's check-in list or Order data positions export (in any language):
    the sheet to read in an Order data workbook, whose Orders sheet comes first."""
    export = _identify([fold(cell) for cell in cells if cell])
    return export is not None and export.kind in _ROLES


def pretix_mapping(headers: list[str], name: str) -> ColumnMapping | None:
    """The mapping of a pretix check-in list or Order data positions export, None for any other
    file. Raises UserError for a pretix export without attendees, saying which one to use."""
    keys = [fold(header) for header in headers]
    export = _identify(keys)
    if export is None:
        return None
    if export.kind in _OTHER_EXPORTS:
        raise UserError(Message("Import", _OTHER_EXPORTS[export.kind], {"name": name}))
    meanings = _ROLES[export.kind]
    name_key = export.keys[export.english.index(_NAME_HEADER)]
    roles, recognised = [], []
    for header, key, index in zip(headers, keys, _align(keys, export)):
        if index is not None:
            field = meanings.get(export.english[index], Field.IGNORE)
        else:
            field = _name_part(key, name_key)
        kind = SessionKind.OTHER
        roles.append(ColumnRole(field or Field.IGNORE, "", kind))
        recognised.append(index is not None or field is not None)
    return ColumnMapping(
        headers=tuple(headers),
        roles=tuple(roles),
        profile=PROFILE_CHECKIN_LIST if export.kind == CHECKIN_LIST else PROFILE_ORDER_POSITIONS,
        source=SOURCE,
        confidence=1.0,
        recognised=tuple(recognised),
    )


def _name_part(key: str, name_key: str) -> Field | None:
    """A name part of another name scheme than given/family ("Attendee name: Title", "…: Middle
    name"); None for a column pretix does not write (a question's answers)."""
    if not key.startswith(name_key + " "):
        return None
    return _name_parts().get(key[len(name_key) + 1:], Field.IGNORE)
