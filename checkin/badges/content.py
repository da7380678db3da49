"""What one badge says: an attendee's field values, resolved for the badge language, and the badge code."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from babel.dates import format_date, format_interval

from checkin.badges.layout import FIELDS
from checkin.domain.codes import display
from checkin.domain.countries import country_name
from checkin.domain.display import NAME_MAX_LENGTH, clipped, shown
from checkin.domain.model import Attendee, Event

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
SESSION_SEPARATOR = " · "


@dataclass(frozen=True, slots=True)
class BadgeContent:
    """Field name (see layout.FIELDS) → text, plus the code the QR holds and the category for colours."""

    code: str
    category: str
    values: dict[str, str]

    def text_for(self, field: str, template: str = "") -> str:
        """The text of a field, or ``template`` with its {placeholders} filled (unknown ones left blank)."""
        if field != "text":
            return self.values.get(field, "")
        return _PLACEHOLDER.sub(lambda match: self.values.get(match.group(1), ""), template)


def event_dates(starts_on: date | None, ends_on: date | None, language: str) -> str:
    """"20–22 March 2026" in the badge language; "" when the event has no dates."""
    if not starts_on:
        return ""
    locale = language or "en"
    if not ends_on or ends_on == starts_on:
        return format_date(starts_on, "long", locale=locale)
    return format_interval(starts_on, ends_on, "yMMMd", locale=locale)


def _clean(text: str) -> str:
    # Without direction overrides nor invisible characters (checkin.domain.display): a badge shows the
    # letters in their order. Cut to a length a badge can show at all (older, longer names), and NFC
    # so that a decomposed "e + combining acute" measures and renders as the single glyph "é".
    return unicodedata.normalize("NFC", " ".join(clipped(shown(text), NAME_MAX_LENGTH).split()))


def badge_content(
    attendee: Attendee,
    code: str,
    event: Event,
    session_titles: list[str],
    language: str,
    event_language: str,
) -> BadgeContent:
    """The badge of ``attendee``: country in ``language``, event-wide texts in ``event_language``."""
    country = country_name(attendee.country, language) if attendee.country else ""
    city = _clean(attendee.city)
    values = {
        "first_name": _clean(attendee.first_name),
        "last_name": _clean(attendee.last_name),
        "full_name": _clean(attendee.full_name),
        "organisation": _clean(attendee.organisation),
        "position": _clean(attendee.position),
        "city": city,
        "country": country,
        "city_country": ", ".join(part for part in (city, country) if part),
        "category": _clean(attendee.category),
        "sessions": SESSION_SEPARATOR.join(_clean(title) for title in session_titles),
        "event_name": _clean(event.name),
        "event_dates": event_dates(event.starts_on, event.ends_on, event_language),
        "code": display(code) if code else "",
    }
    assert set(values) == set(FIELDS)
    return BadgeContent(code=code, category=values["category"], values=values)
