"""Turning cell text into attendee values: countries, states, languages, emails, product names.

Lists repeat the same few countries and states thousands of times, so each reader keeps the answer
for every distinct text it has seen.
"""
from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from checkin.domain.countries import RECOGNISED_LANGUAGES, country_code
from checkin.domain.model import SessionKind, Status
from checkin.domain.text import fold
from checkin.importing.pretix import order_states
from checkin.importing.sessions import guess_kind, session_title
from checkin.importing.vocabulary import STATUS_WORDS

_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")
_PRODUCT_SEPARATORS = (" – ", " — ", " - ")
# Spreadsheet exporters (pretix, Excel, our own) put an apostrophe before text that a spreadsheet
# would otherwise run as a formula: "'==QAwd…" (a signed pretix ticket), "'+32 2 555…".
_PROTECTED = ("'=", "'+", "'-", "'@", "'|", "'%", "'\t", "'\r")


def unprotected(cell: str) -> str:
    """The cell as it was before an exporter protected it from being read as a formula."""
    return cell[1:] if cell.startswith(_PROTECTED) else cell


class ValueReader:
    """Remembers every distinct country, state and language it has looked up during one import.

    ``whole_titles``: sessions keep the product's name as the registration system wrote it
    ("Workshop B: Safer streets", as pretix's door app and the organiser call it).
    """

    def __init__(self, whole_titles: bool = False) -> None:
        self.whole_titles = whole_titles
        self._countries: dict[str, str | None] = {}
        self._statuses: dict[str, Status | None] = {}
        self._languages: dict[str, str | None] = {}
        self._products: dict[str, tuple[str, SessionKind | None]] = {}

    def country(self, text: str) -> str | None:
        """ISO code, or None when the text names no country we know."""
        try:
            return self._countries[text]
        except KeyError:
            code = self._countries[text] = country_code(text)
            return code

    def status(self, text: str) -> Status | None:
        try:
            return self._statuses[text]
        except KeyError:
            key = fold(text)
            status = self._statuses[text] = STATUS_WORDS.get(key) or order_states().get(key)
            return status

    def language(self, text: str) -> str | None:
        try:
            return self._languages[text]
        except KeyError:
            code = self._languages[text] = _language_names().get(fold(text))
            return code

    def product(self, text: str) -> tuple[str, SessionKind | None]:
        """(category, None) for a main ticket, (session title, kind) for a workshop or visit add-on.

        pretix writes "Product – Variation": "Main conference – Speaker" is a Speaker's ticket,
        "Workshop – Night-time economy" the workshop of that name.
        """
        try:
            return self._products[text]
        except KeyError:
            pass
        kind = guess_kind(text)
        if kind is SessionKind.OTHER:
            result = (_variation(text), None)
        elif self.whole_titles:
            result = (" ".join(text.split()), kind)
        else:
            result = (session_title(text), kind)
        self._products[text] = result
        return result


def _variation(product: str) -> str:
    for separator in _PRODUCT_SEPARATORS:
        if separator in product:
            return product.rsplit(separator, 1)[1].strip()
    return product


def clean_email(text: str) -> str:
    text = text.strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text


def is_valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    """Folded language names in the list languages ("anglais", "englisch", "english", "en") → code."""
    names: dict[str, str] = {}
    for lang in RECOGNISED_LANGUAGES:
        names[lang] = lang
        for display in RECOGNISED_LANGUAGES:
            try:
                name = Locale(display).languages.get(lang)
            except UnknownLocaleError:
                continue
            if name:
                names.setdefault(fold(name), lang)
    # Any other two-letter language code CLDR knows ("sv", "pl") is taken as it is.
    for code in Locale("en").languages:
        if len(code) == 2:
            names.setdefault(code, code)
    return names
