"""The attendee table's columns: what each shows for an attendee, and the key it sorts by."""
from __future__ import annotations

from enum import IntEnum
from datetime import datetime
from typing import Any

from checkin.domain.countries import country_name
from checkin.domain.model import Attendee, Status
from checkin.domain.text import fold
from checkin.ui import journal_format
from checkin.ui.attendee_search import name_key
from checkin.ui.labels import status_label
from checkin.ui.language import ui_language


class Column(IntEnum):
    FAMILY_NAME = 0
    GIVEN_NAME = 1
    ORGANISATION = 2
    CITY = 3
    COUNTRY = 4
    CATEGORY = 5
    STATUS = 6
    SESSIONS = 7
    BADGE = 8  # how many times the badge was printed
    CHECKED_IN = 9  # when the person first came in at the entrance


_STATUS_ORDER = {status: i for i, status in enumerate(Status)}


class ColumnTexts:
    """Cell texts and sort keys in the current UI language; ``printed`` counts badges per attendee,
    ``checked_in`` says when each arrived (shown on the event's clock, ``timezone``)."""

    def __init__(self):
        self.printed: dict[str, int] = {}
        self.checked_in: dict[str, datetime] = {}
        self.timezone = "Europe/Brussels"
        self._country_names: dict[str, str] = {}
        self._status_labels: dict[Status, str] = {}

    def retranslate(self) -> None:
        self._country_names = {}
        self._status_labels = {}

    def country(self, code: str) -> str:
        name = self._country_names.get(code)
        if name is None:
            name = self._country_names[code] = country_name(code, ui_language())
        return name

    def display(self, column: Column, a: Attendee) -> str:
        if column == Column.FAMILY_NAME:
            return a.last_name
        if column == Column.GIVEN_NAME:
            return a.first_name
        if column == Column.ORGANISATION:
            return a.organisation
        if column == Column.CITY:
            return a.city
        if column == Column.COUNTRY:
            return self.country(a.country)
        if column == Column.CATEGORY:
            return a.category
        if column == Column.STATUS:
            label = self._status_labels.get(a.status)
            if label is None:
                label = self._status_labels[a.status] = status_label(a.status)
            return label
        if column == Column.BADGE:
            # ✓ once printed; ✓ ×3 when reprinted (a lost badge, a corrected name).
            printed = self.printed.get(a.id, 0)
            return "" if not printed else "✓" if printed == 1 else f"✓ ×{printed}"
        if column == Column.CHECKED_IN:
            at = self.checked_in.get(a.id)
            return "" if at is None else journal_format.entry_time(at, self.timezone)
        # A count: full session titles do not fit a column; the tooltip and the panel list them.
        return str(len(a.session_ids)) if a.session_ids else ""

    def sort_key(self, column: Column, a: Attendee) -> Any:
        if column == Column.FAMILY_NAME:
            return name_key(a)
        if column == Column.GIVEN_NAME:
            return fold(a.first_name)
        if column == Column.ORGANISATION:
            return fold(a.organisation)
        if column == Column.CITY:
            return fold(a.city)
        if column == Column.COUNTRY:
            return fold(self.country(a.country))
        if column == Column.CATEGORY:
            return fold(a.category)
        if column == Column.STATUS:
            return _STATUS_ORDER[a.status]
        if column == Column.BADGE:
            return self.printed.get(a.id, 0)
        if column == Column.CHECKED_IN:
            at = self.checked_in.get(a.id)
            return (1, at.timestamp()) if at is not None else (0, 0.0)
        return len(a.session_ids)
