"""The attendee columns an export can carry, their values, and checking a chosen list of them."""
from __future__ import annotations

from typing import Callable, Sequence

from checkin.domain.countries import country_name
from checkin.domain.model import Attendee
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.reports import labels
from checkin.reports.table import Column

# What an export shows of each person when no columns are chosen.
DEFAULT_FIELDS: tuple[str, ...] = ("last_name", "first_name", "organisation", "city", "country", "category")
SCAN_LOG_FIELDS: tuple[str, ...] = ("last_name", "first_name", "organisation")


class FieldValues:
    """Turns attendees into field values for one document: countries named and sessions titled in its language."""

    def __init__(self, language: str, session_titles: dict[str, str]):
        self.language = language
        self.session_titles = session_titles
        self._countries: dict[str, str] = {}
        self._getters: dict[str, Callable[[Attendee], str]] = {
            "country": self._country,
            "status": lambda a: labels.label(labels.STATUSES, a.status, language),
            "walk_in": lambda a: labels.tr(language, labels.YES) if a.walk_in else "",
            "sessions": self._sessions,
            "country_code": lambda a: a.country,
            # Joined as the import splits them, so a list exported and imported again keeps them.
            "ticket_codes": lambda a: "; ".join(a.ticket_codes),
        }

    def _country(self, a: Attendee) -> str:
        if not a.country:
            return ""
        name = self._countries.get(a.country)
        if name is None:
            name = self._countries[a.country] = country_name(a.country, self.language)
        return name

    def _sessions(self, a: Attendee) -> str:
        titles = [self.session_titles[sid] for sid in a.session_ids if sid in self.session_titles]
        return "; ".join(titles)

    def getter(self, key: str) -> Callable[[Attendee], str]:
        special = self._getters.get(key)
        if special is not None:
            return special
        return lambda a: getattr(a, key)

    def columns(self, keys: Sequence[str]) -> list[Column]:
        return [Column(key, labels.tr(self.language, labels.FIELD_HEADERS[key])) for key in keys]


def check_fields(keys: Sequence[str]) -> tuple[str, ...]:
    """The chosen field keys, in order and without repeats; a clear error for an unknown one."""
    unknown = [key for key in keys if key not in labels.FIELD_HEADERS]
    if unknown:
        raise UserError(
            Message(
                "Reports",
                QT_TRANSLATE_NOOP("Reports", "There is no column called “{name}”. The columns are: {known}."),
                {"name": unknown[0], "known": ", ".join(labels.FIELD_HEADERS)},
            )
        )
    if not keys:
        raise UserError(Message("Reports", QT_TRANSLATE_NOOP("Reports", "Choose at least one column.")))
    return tuple(dict.fromkeys(keys))
