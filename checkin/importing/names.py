"""Splitting a name written in one cell into given and family name, as lists actually write them."""
from __future__ import annotations

from checkin.domain.text import fold
from checkin.importing.vocabulary import NAME_PARTICLES


def clean_name(text: str) -> str:
    """One space between words, none around: cells often carry doubled or trailing spaces."""
    return " ".join(text.split())


def joined_key(first_key: str, last_key: str) -> str:
    return f"{first_key} {last_key}" if first_key and last_key else first_key or last_key


def name_key(first: str, last: str) -> str:
    """The folded name two records must share to be taken for the same person."""
    return joined_key(fold(first), fold(last))


def _is_capitals(word: str) -> bool:
    """"DURAND", "MÜLLER", "O'NEILL", "VAN": a family name written in capitals (not an initial "J.")."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def split_full_name(text: str) -> tuple[str, str]:
    """(given, family) from "Given Family", "FAMILY Given", "Given FAMILY" or "Family, Given".

    Particles stay with the family name: "Jan van der Berg" → ("Jan", "van der Berg"),
    "María de la Cruz" → ("María", "de la Cruz"). A single word is taken as the family name, the
    name a badge and a desk list print largest.
    """
    text = clean_name(text)
    if not text:
        return "", ""
    if "," in text:
        family, _, given = text.partition(",")
        return clean_name(given), clean_name(family)
    words = text.split(" ")
    if len(words) == 1:
        return "", text
    capitals = [_is_capitals(word) for word in words]
    if any(capitals) and not all(capitals):
        if capitals[0]:
            count = capitals.index(False)
            if all(not c for c in capitals[count:]):
                return " ".join(words[count:]), " ".join(words[:count])
        elif capitals[-1]:
            start = len(words) - capitals[::-1].index(False)
            if all(not c for c in capitals[:start]):
                return " ".join(words[:start]), " ".join(words[start:])
    for index in range(1, len(words) - 1):
        if words[index].lower() in NAME_PARTICLES:
            return " ".join(words[:index]), " ".join(words[index:])
    return " ".join(words[:-1]), words[-1]
