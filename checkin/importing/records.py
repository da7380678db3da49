"""Applying a column mapping to a table: one record per person, every problem row reported by number.

Rows of the same person are merged (see ``duplicates``): a pretix order's ticket positions, and
rows a list repeats. Two people who only share a name stay two people.
"""
from __future__ import annotations

import re
from operator import itemgetter
from typing import Any, Callable

from checkin.domain.display import NAME_MAX_LENGTH, clipped
from checkin.domain.model import SessionKind, Status
from checkin.domain.text import fold
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.importing.batch import ImportBatch, PersonRecord, SessionSpec
from checkin.importing.duplicates import Deduplicator
from checkin.importing.fields import Field, field_label
from checkin.importing.mapping import ColumnMapping
from checkin.importing.pretix import PROFILE_ORDER_POSITIONS
from checkin.importing.names import clean_name, joined_key, split_full_name
from checkin.importing.sessions import choice_separator, guess_kind, mark_value, session_key, session_title, split_choices
from checkin.importing.summary import ImportCancelled, Problem
from checkin.importing.table import SourceTable
from checkin.importing.values import ValueReader, clean_email, is_valid_email
from checkin.importing.vocabulary import TITLED_SESSION_HEADERS

_CHECK_EVERY = 2000
_UNSEEN = object()
_UNTIDY = re.compile(r"\s\s|[\t\n\r\xa0]")
# Plain text fields: value = the first non-empty cell among the columns mapped to them.
_TEXT_FIELDS = (Field.ORGANISATION, Field.POSITION, Field.CITY, Field.CATEGORY)
# How our own exports list a person's several ticket codes in one cell (checkin.reports.fields).
CODES_SEPARATOR = "; "
_BUYERS_EMAIL = QT_TRANSLATE_NOOP("Import", "Email: the buyer's address; pretix has no email of this attendee's own.")
_TOO_LONG = QT_TRANSLATE_NOOP("Import", "The {field} is {length} characters long; it was imported cut to {limit} characters. Check it.")


def _problem(row: int, text: str, **params) -> Problem:
    return Problem(row, Message("Import", text, params))


class _Columns:
    """The mapping compiled, once, into a getter per purpose: itemgetter for one column (C speed,
    the common case), the first non-empty cell for several."""

    def __init__(self, table: SourceTable, mapping: ColumnMapping, sessions: dict[str, SessionSpec]):
        cols = mapping.columns_for
        self.first, self.last = _name_getter(table, cols(Field.FIRST_NAME)), _name_getter(table, cols(Field.LAST_NAME))
        self.full = _getter(cols(Field.FULL_NAME))
        self.text = [(f.value, _getter(cols(f))) for f in _TEXT_FIELDS if cols(f)]
        self.email, self.country = _getter(cols(Field.EMAIL)), _getter(cols(Field.COUNTRY))
        self.language = _getter(cols(Field.BADGE_LANGUAGE))
        self.status, self.paid = _getter(cols(Field.STATUS)), _getter(cols(Field.PAID))
        self.source_id, self.order = _getter(cols(Field.SOURCE_ID)), _getter(cols(Field.ORDER_CODE))
        self.product, self.variation = _getter(cols(Field.PRODUCT)), _getter(cols(Field.VARIATION))
        self.buyer_email = _getter(cols(Field.BUYER_EMAIL))
        # pretix's Order data export: add-on rows name the ticket they belong to by its position id.
        self.position_id, self.addon_to = _getter(cols(Field.POSITION_ID)), _getter(cols(Field.ADDON_TO))
        self.codes = cols(Field.TICKET_CODE)
        self.notes = [(i, table.column_name(i)) for i in cols(Field.NOTES)]
        self.marks: list[tuple[int, str, str]] = []
        for i in cols(Field.SESSION_MARK):
            role = mapping.roles[i]
            title = " ".join((role.session or session_title(table.column_name(i))).split())
            key = session_key(title)
            sessions.setdefault(key, SessionSpec(title, role.kind))
            self.marks.append((i, key, table.column_name(i)))
        self.lists = [
            (i, mapping.roles[i].kind, choice_separator(table.column(i))) for i in cols(Field.SESSION_LIST)
        ]
        self.titled = {i for i in cols(Field.SESSION_LIST) if fold(table.headers[i]) in TITLED_SESSION_HEADERS}

    def fields(self) -> frozenset[str]:
        present = {"first_name", "last_name"}
        present.update(name for name, _get in self.text)
        for name, column in (
            ("email", self.email or self.buyer_email), ("country", self.country), ("badge_language", self.language),
            ("status", self.status or self.paid), ("notes", self.notes), ("category", self.product or self.variation),
        ):
            if column:
                present.add(name)
        return frozenset(present)


Getter = Callable[[list[str]], str]


def _getter(columns: list[int]) -> Getter | None:
    if not columns:
        return None
    if len(columns) == 1:
        return itemgetter(columns[0])

    def first_filled(cells: list[str]) -> str:
        for index in columns:
            if cells[index]:
                return cells[index]
        return ""

    return first_filled


def _name_getter(table: SourceTable, columns: list[int]) -> Getter | None:
    """Names from one or more columns ("Vorname", "Zweiter Vorname"), spaces tidied where needed."""
    if not columns:
        return None
    if len(columns) == 1 and not any(_UNTIDY.search(cell) for cell in table.column(columns[0])):
        return itemgetter(columns[0])

    def joined(cells: list[str]) -> str:
        return clean_name(" ".join(cells[i] for i in columns if cells[i]))

    return joined


class _Builder:
    def __init__(self, table: SourceTable, mapping: ColumnMapping):
        self.table = table
        self.sessions: dict[str, SessionSpec] = {}
        self.c = _Columns(table, mapping, self.sessions)
        self.values = ValueReader(whole_titles=mapping.source == "pretix")
        # pretix gives a cancelled ticket a new secret nobody holds: the person keeps the one on
        # their ticket, and the door says "cancelled" instead of "unknown code".
        self.void_cancelled_codes = mapping.profile == PROFILE_ORDER_POSITIONS
        self.problems: list[Problem] = list(Problem(p.row, p.message) for p in table.problems)
        self.code_rows: dict[str, int] = {}
        # Lists repeat the same organisations and choices thousands of times: folded once each.
        self.org_keys: dict[str, str] = {}
        self.choice_keys: dict[tuple[int, str], list[str]] = {}
        self.product_keys: dict[str, str] = {}
        self.name_keys: dict[str, str] = {}
        self.marks: dict[str, bool | None] = {}  # cell → mark_value(cell): a column holds few distinct marks

    def record(self, number: int, cells: list[str]) -> PersonRecord | None:
        c = self.c
        first = c.first(cells) if c.first else ""
        last = c.last(cells) if c.last else ""
        if not first and not last and c.full:
            first, last = split_full_name(c.full(cells))
        if not first and not last:
            self.problems.append(_problem(number, QT_TRANSLATE_NOOP("Import", "This row has no name; it was not imported.")))
            return None
        values: dict[str, Any] = {"first_name": first, "last_name": last}
        for name, get in c.text:
            text = get(cells)
            if text:
                values[name] = text
        if any(len(text) > NAME_MAX_LENGTH for text in values.values()):
            # A name is kept, cut, rather than its row refused: the person exists, and the desk can
            # correct the name; a refused row would be someone missing at the door.
            self._limit(number, values)
            first, last = values["first_name"], values["last_name"]
        keys = self.name_keys  # names.name_key, each part folded once: names recur across a list
        first_key = keys.get(first)
        if first_key is None:
            first_key = keys[first] = fold(first)
        last_key = keys.get(last)
        if last_key is None:
            last_key = keys[last] = fold(last)
        record = PersonRecord(number, values, [], [], name_key=joined_key(first_key, last_key))
        if c.email and (text := c.email(cells)):
            self._email(record, text)
        if c.buyer_email and "email" not in values and (text := c.buyer_email(cells)):
            self._email(record, text)
            if "email" in values:
                values["notes"] = str(Message("Import", _BUYERS_EMAIL))
        if c.country and (text := c.country(cells)):
            self._country(record, text)
        if c.language and (text := c.language(cells)):
            self._language(record, text)
        if c.status and (text := c.status(cells)):
            self._status(record, text)
        elif c.paid and (text := c.paid(cells)):
            self._paid(record, text)
        if c.product and (text := self._product_text(cells)):
            self._product(record, text)
        if c.notes:
            self._notes(record, cells)
        if c.codes and not (self.void_cancelled_codes and not values.get("status", Status.REGISTERED).is_active):
            self._codes(record, cells)
        if c.marks or c.lists:
            self._sessions(record, cells)
        if c.source_id:
            record.source_id = c.source_id(cells)
        organisation = values.get("organisation")
        if organisation:
            org_key = self.org_keys.get(organisation)
            if org_key is None:
                org_key = self.org_keys[organisation] = fold(organisation)
            record.org_key = org_key
        return record

    def _limit(self, number: int, values: dict[str, Any]) -> None:
        for name, text in values.items():
            if len(text) > NAME_MAX_LENGTH:
                values[name] = clipped(text, NAME_MAX_LENGTH)
                self.problems.append(_problem(number, _TOO_LONG, field=field_label(Field(name)).lower(), length=len(text),
                                              limit=NAME_MAX_LENGTH))

    def _email(self, record: PersonRecord, text: str) -> None:
        email = clean_email(text) if text[:7].lower() == "mailto:" else text
        if not email:
            return
        if not is_valid_email(email):
            self.problems.append(_problem(record.row, QT_TRANSLATE_NOOP("Import", "“{value}” does not look like an email address; it was imported as it is. Check it."), value=email))
        record.values["email"] = email
        record.email_key = email.lower()

    def _country(self, record: PersonRecord, text: str) -> None:
        code = self.values.country(text)
        if code:
            record.values["country"] = code
        else:
            self.problems.append(_problem(record.row, QT_TRANSLATE_NOOP("Import", "“{value}” is not a country we know; the person was imported without a country."), value=text))

    def _language(self, record: PersonRecord, text: str) -> None:
        code = self.values.language(text)
        if code:
            record.values["badge_language"] = code
        else:
            self.problems.append(_problem(record.row, QT_TRANSLATE_NOOP("Import", "“{value}” is not a language we know; the badge language was left empty."), value=text))

    def _status(self, record: PersonRecord, text: str) -> None:
        status = self.values.status(text)
        if status is None:
            self.problems.append(_problem(record.row, QT_TRANSLATE_NOOP("Import", "“{value}” is not a registration state we know; the status was left as it was."), value=text))
        else:
            record.values["status"] = status

    def _paid(self, record: PersonRecord, text: str) -> None:
        paid = mark_value(text)
        if paid is not None:
            record.values["status"] = Status.REGISTERED if paid else Status.PENDING

    def _product_text(self, cells: list[str]) -> str:
        """The product as pretix's check-in list writes it: "Conference ticket – Day pass"."""
        product = self.c.product(cells)
        variation = self.c.variation(cells) if self.c.variation else ""
        return f"{product} – {variation}" if product and variation else product

    def _product(self, record: PersonRecord, text: str) -> None:
        name, kind = self.values.product(text)
        if kind is None:
            record.values.setdefault("category", name)  # a Category column says it better
        else:
            self._add_session(record, name, kind)

    def add_on(self, holder: PersonRecord, cells: list[str]) -> None:
        """An add-on row of pretix's Order data export: its workshop or visit, and its secret, go
        to the holder of the ticket it belongs to; a cancelled add-on gives neither."""
        c = self.c
        if c.status and (text := c.status(cells)):
            status = self.values.status(text)
            if status is not None and not status.is_active:
                return
        if c.product and (text := self._product_text(cells)):
            title, kind = self.values.product(text)
            if kind is None:  # an add-on that names no kind of session (a dinner): still one
                title, kind = " ".join(text.split()), SessionKind.OTHER
            self._add_session(holder, title, kind)
        if c.codes:
            self._codes(holder, cells)

    def _notes(self, record: PersonRecord, cells: list[str]) -> None:
        notes = []
        for index, header in self.c.notes:
            text = cells[index]
            if not text:
                continue
            mark = mark_value(text)
            if mark is None:
                notes.append(text)
            elif mark:
                notes.append(header)  # "Requires special attention: Yes" says it by its header
        if notes:
            if "notes" in record.values:
                notes.append(record.values["notes"])
            record.values["notes"] = "; ".join(notes)

    def _codes(self, record: PersonRecord, cells: list[str]) -> None:
        for index in self.c.codes:
            for code in cells[index].split(CODES_SEPARATOR) if CODES_SEPARATOR in cells[index] else (cells[index],):
                self._code(record, code)

    def _code(self, record: PersonRecord, code: str) -> None:
        if not code or code in record.codes:
            return
        first_row = self.code_rows.setdefault(code, record.row)
        if first_row != record.row:
            self.problems.append(_problem(record.row, QT_TRANSLATE_NOOP("Import", "Ticket code {code} is already on row {first}; it was not given to this person too."), code=code, first=first_row))
            return
        record.codes.append(code)

    def _sessions(self, record: PersonRecord, cells: list[str]) -> None:
        marks = self.marks
        for index, key, header in self.c.marks:
            cell = cells[index]
            if not cell:
                continue
            mark = marks.get(cell, _UNSEEN)
            if mark is _UNSEEN:
                mark = marks[cell] = mark_value(cell)
            if mark:
                if key not in record.sessions:
                    record.sessions.append(key)
            elif mark is None:
                self.problems.append(
                    _problem(record.row, QT_TRANSLATE_NOOP("Import", "“{value}” in column “{column}” is neither a mark nor blank; the person was not registered for “{session}”."),
                             value=cells[index], column=header, session=self.sessions[key].title)
                )
        for index, kind, separator in self.c.lists:
            cell = cells[index]
            if not cell:
                continue
            keys = self.choice_keys.get((index, cell))
            if keys is None:
                keys = self.choice_keys[(index, cell)] = self._choices(cell, kind, separator, index in self.c.titled)
            for key in keys:
                if key not in record.sessions:
                    record.sessions.append(key)

    def _choices(self, cell: str, kind: SessionKind, separator: str | None, titled: bool = False) -> list[str]:
        """Session keys for one distinct cell of a choices column (cells repeat: worked out once)."""
        keys = []
        for choice in split_choices(cell, separator):
            guessed = guess_kind(choice)
            title = choice if titled else session_title(choice)
            key = self._session(title, kind if guessed is SessionKind.OTHER else guessed)
            if key:
                keys.append(key)
        return keys

    def _session(self, title: str, kind: SessionKind) -> str:
        key = session_key(title)
        if key:
            self.sessions.setdefault(key, SessionSpec(title, kind))
        return key

    def _add_session(self, record: PersonRecord, title: str, kind: SessionKind) -> None:
        key = self.product_keys.get(title)
        if key is None:
            key = self.product_keys[title] = self._session(title, kind)
        if key and key not in record.sessions:
            record.sessions.append(key)


def apply_mapping(
    table: SourceTable,
    mapping: ColumnMapping,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportBatch:
    """Read every row through ``mapping`` into person records, merging rows of the same person."""
    if tuple(mapping.headers) != tuple(table.headers):
        mapping = mapping.fitted_to(table.headers)
    if not mapping.has_names:
        raise UserError(
            Message("Import", QT_TRANSLATE_NOOP("Import", "No column holds the names. Choose which column is the given name, the family name or the full name."))
        )
    builder = _Builder(table, mapping)
    dedup = Deduplicator()
    people: list[PersonRecord] = []
    skipped = 0
    total = len(table.rows)
    order_of = builder.c.order
    position_of, addon_to = builder.c.position_id, builder.c.addon_to
    holders: dict[tuple[str, str], PersonRecord] = {}
    add_ons: list[tuple[int, list[str]]] = []
    for done, (number, cells) in enumerate(zip(table.row_numbers, table.rows)):
        if done % _CHECK_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done, total)
        if addon_to is not None and addon_to(cells):
            add_ons.append((number, cells))
            continue
        record = builder.record(number, cells)
        if record is None:
            skipped += 1
            continue
        order = order_of(cells) if order_of else ""
        if not dedup.place(record, order, builder.problems):
            people.append(record)
        elif order:
            record = dedup.by_group[(order, record.name_key or record.email_key)]
        if position_of is not None:
            holders[(order, position_of(cells))] = record
    for number, cells in add_ons:
        order, parent = order_of(cells) if order_of else "", addon_to(cells)
        holder = holders.get((order, parent))
        if holder is None:
            builder.problems.append(_problem(number, QT_TRANSLATE_NOOP("Import", "This row is an add-on to position {position} of order {order}, which is not in the file; it was not imported."), position=parent, order=order))
            skipped += 1
            continue
        builder.add_on(holder, cells)
    if progress is not None:
        progress(total, total)
    builder.problems.sort(key=lambda p: (p.row is None, p.row or 0))
    return ImportBatch(
        source=mapping.source,
        profile=mapping.profile,
        people=people,
        sessions=builder.sessions,
        fields=builder.c.fields(),
        has_ticket_codes=bool(builder.c.codes),
        rows=total,
        skipped=skipped,
        problems=builder.problems,
    )
