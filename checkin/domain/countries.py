"""Countries: recognising a name in any of the list's languages, naming one in a badge language.

Territory names come from the Unicode CLDR through Babel, so "Allemagne", "Deutschland", "Germany"
and "DE" all give DE, and DE can be printed as "Allemagne" on a French badge.
"""
from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError

from checkin.domain.text import fold

# Languages whose country names an imported list may use.
RECOGNISED_LANGUAGES = ("en", "fr", "de", "es", "it", "nl", "pt", "pl", "cs", "el", "ru", "uk")

# Names people write that CLDR does not list as a territory name.
_ALIASES = {
    "uk": "GB", "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "holland": "NL", "czech republic": "CZ", "republique tcheque": "CZ", "tchequie": "CZ",
    "the netherlands": "NL", "pays bas": "NL", "macedonia": "MK", "north macedonia": "MK",
    "turkiye": "TR", "kosovo": "XK", "moldova": "MD", "russia": "RU", "slovak republic": "SK",
}


def _is_country(code: str) -> bool:
    # Two upper-case letters; CLDR also lists regions ("150") and groupings ("EU", "UN", "EZ").
    return len(code) == 2 and code.isalpha() and code not in {"EU", "EZ", "UN", "QO", "ZZ"}


@lru_cache(maxsize=1)
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    english = Locale("en")
    for code in english.territories:
        if _is_country(code):
            table[code.lower()] = code
    for lang in RECOGNISED_LANGUAGES:
        try:
            locale = Locale(lang)
        except UnknownLocaleError:
            continue
        for code, name in locale.territories.items():
            if _is_country(code):
                table.setdefault(fold(name), code)
    for name, code in _ALIASES.items():
        table.setdefault(name, code)
    return table


def country_code(text: str) -> str | None:
    """ISO 3166 alpha-2 for a country name or code in any recognised language, or None."""
    if not text or not text.strip():
        return None
    key = fold(text)
    return _lookup().get(key)


def country_name(code: str, language: str = "en") -> str:
    """The country's name in ``language`` ("DE", "fr" → "Allemagne"); the code itself if unknown."""
    if not code:
        return ""
    try:
        return Locale.parse(language).territories.get(code.upper(), code)
    except (UnknownLocaleError, ValueError):
        return Locale("en").territories.get(code.upper(), code)
