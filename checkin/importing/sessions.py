"""Sessions named in a list: guessing their kind, cleaning their titles, splitting lists of choices."""
from __future__ import annotations

import re
from typing import Iterable, Protocol, TypeVar

from checkin.domain.model import SessionKind
from checkin.domain.text import fold
from checkin.importing.vocabulary import MARK_NO, MARK_TICKS, MARK_YES, NO_CHOICE, SESSION_KIND_WORDS

# Longest phrases first, so "site visit" wins over "visit".
_KIND_PHRASES: tuple[tuple[str, SessionKind], ...] = tuple(
    sorted(
        ((phrase, kind) for kind, phrases in SESSION_KIND_WORDS.items() for phrase in phrases),
        key=lambda item: -len(item[0]),
    )
)
class _Titled(Protocol):
    title: str


S = TypeVar("S", bound=_Titled)
_SEPARATOR = re.compile(r"^\s*[:–—\-|/·]+\s*")
_LETTERS = re.compile(r"[^\W\d_]")
_ODD_MARKS_SHARE = 0.2


def guess_kind(text: str) -> SessionKind:
    """The session kind a title or header suggests ("Atelier Économie de la nuit" → WORKSHOP)."""
    padded = f" {fold(text)} "
    for phrase, kind in _KIND_PHRASES:
        if f" {phrase} " in padded:
            return kind
    return SessionKind.OTHER


_LONGEST_PHRASE = max(len(phrase.split()) for phrase, _kind in _KIND_PHRASES)
_PHRASES = frozenset(phrase for phrase, _kind in _KIND_PHRASES)


def _leading_kind_words(words: list[str]) -> int:
    """How many of ``words`` (original spelling) form a session-kind phrase at the start."""
    folded = [fold(word) for word in words[:_LONGEST_PHRASE]]
    for length in range(len(folded), 0, -1):
        if " ".join(folded[:length]) in _PHRASES:
            return length
    return 0


def session_title(text: str) -> str:
    """The title without a leading kind word when what remains can stand alone as a title.

    "Atelier Économie de la nuit" → "Économie de la nuit" and "Workshop – Night-time economy" →
    "Night-time economy", but "Atelier 2", "Visite guidée" and "Workshop" stay as they are: "2" or
    "guidée" would not tell anyone which session it is.
    """
    text = " ".join(text.split())
    words = text.split(" ")
    count = _leading_kind_words(words)
    if not count:
        return text
    rest = " ".join(words[count:])
    match = _SEPARATOR.match(rest)
    if match:
        rest = rest[match.end():]
    rest = rest.strip()
    # "Workshop: …" carries its separator on the kind word itself.
    separated = bool(match) or _SEPARATOR.match(words[count - 1][-1]) is not None
    if len(_LETTERS.findall(rest)) < 3:
        return text
    if not separated and not (rest[0].isupper() or rest[0].isdigit()):
        return text
    return rest


def session_key(title: str) -> str:
    """Two titles that differ only in case, accents or punctuation name the same session."""
    return fold(title)


def mark_value(cell: str) -> bool | None:
    """True for a mark that registers (X, yes, oui, 1, ✓…), False for a blank or no, None if unclear."""
    value = cell.strip().lower()
    if value in MARK_YES:
        return True
    if value in MARK_NO:
        return False
    return None


def is_mark_column(values: Iterable[str], ticks_only: bool = False) -> bool:
    """A column of marks and blanks, with at least one mark.

    Under a session header a few odd cells ("peut-être") are tolerated and reported row by row;
    without one (``ticks_only``) every cell must be a tick or blank.
    """
    yes = MARK_TICKS if ticks_only else MARK_YES
    marks = others = 0
    for cell in values:
        value = cell.strip().lower()
        if value in yes:
            marks += 1
        elif value not in MARK_NO:
            others += 1
    if ticks_only:
        return marks > 0 and others == 0
    return marks > others and others <= max(1, _ODD_MARKS_SHARE * (marks + others))


def choice_separator(values: Iterable[str]) -> str | None:
    """How a column lists several choices in one cell: ";", a line break, "," or not at all.

    Commas also occur inside session titles ("Safety, security and the night"), so a comma only
    separates when every piece it makes is a choice on its own: found alone in another cell, or
    written like a title (capital or digit first).
    """
    cells = [v for v in values if v]
    if any(";" in v for v in cells):
        return ";"
    if any("\n" in v for v in cells):
        return "\n"
    with_commas = [v for v in cells if "," in v]
    if not with_commas:
        return None
    whole = {v.strip() for v in cells if "," not in v}
    for cell in with_commas:
        pieces = [p.strip() for p in cell.split(",")]
        if not all(p and (p in whole or p[0].isupper() or p[0].isdigit()) for p in pieces):
            return None
    return ","


def split_choices(cell: str, separator: str | None) -> list[str]:
    """The distinct choices in one cell, in order, blanks and "none"-style marks dropped."""
    if not cell:
        return []
    pieces = cell.split(separator) if separator else [cell]
    seen: list[str] = []
    for piece in pieces:
        choice = " ".join(piece.split())
        if choice and choice.lower() not in NO_CHOICE and choice not in seen:
            seen.append(choice)
    return seen


def _without_kind(key: str) -> str:
    """A folded title without a leading kind phrase: "workshop b safer streets" → "b safer streets"."""
    words = key.split(" ")
    count = _leading_kind_words(words)
    return " ".join(words[count:]) if count < len(words) else key


def session_called(sessions: Iterable[S], title: str) -> S | None:
    """The one session a person means by ``title`` (a ``--session`` argument): the same title
    whatever its case, accents and punctuation, else the same without a leading kind word
    ("Atelier B : Safer streets" or "B: Safer streets" for "Workshop B: Safer streets"); None when
    none or several match."""
    wanted = session_key(title)
    sessions = list(sessions)
    for key_of in (session_key, lambda t: _without_kind(session_key(t))):
        target = wanted if key_of is session_key else _without_kind(wanted)
        found = [s for s in sessions if key_of(s.title) == target]
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None
