"""Folding text into search keys: case-, accent- and script-insensitive, so "zolkiewski" finds Żółkiewski."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters NFKD does not decompose into a base letter plus a mark.
_SPECIAL = {
    "ł": "l", "đ": "d", "ð": "d", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th",
    "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n", "ĸ": "k", "ſ": "s", "ŀ": "l",
    "’": "'", "‘": "'",
}

# Greek and Cyrillic to Latin, close to what people type when they only have a Latin keyboard.
_TRANSLIT = {
    # Greek (after accents are stripped)
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
    # Cyrillic (Russian, Ukrainian, Bulgarian, Serbian, Macedonian, Belarusian)
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "ђ": "dj", "е": "e", "ё": "e",
    "є": "ie", "ж": "zh", "з": "z", "ѕ": "dz", "и": "i", "і": "i", "ї": "i", "й": "i", "ј": "j",
    "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "ћ": "c", "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "џ": "dz", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}

# Greek "ου" is written "ou" in Latin letters ("Κωνσταντίνου" → "konstantinou").
_GREEK_DIGRAPH = re.compile("[οΟ][υύΥΎ]")


def _digraph(match: re.Match[str]) -> str:
    return "ou"


_NON_ALNUM = re.compile(r"[^0-9a-z@.]+")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    low = ch.lower()
    if low in _SPECIAL:
        return _SPECIAL[low]
    decomposed = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    return "".join(_TRANSLIT.get(c, _SPECIAL.get(c, c)) for c in decomposed)


def fold(text: str) -> str:
    """Lower-case ASCII form of ``text`` with words separated by single spaces.

    >>> fold("Lefèvre-Dupré, Żółkiewski")
    'lefevre dupre zolkiewski'
    """
    if not text:
        return ""
    if text.isascii():
        folded = text.lower()
    else:
        folded = "".join(_fold_char(ch) for ch in _GREEK_DIGRAPH.sub(_digraph, text))
    return _NON_ALNUM.sub(" ", folded).strip(" .")


def fold_words(text: str) -> list[str]:
    return fold(text).split()
