"""Search as you type over many attendees: accent-free word-start match, then substring, then fuzzy.

Every attendee's searchable text is folded (see ``text.fold``) once. A query word first matches
the start of words (a sorted vocabulary and ``bisect`` give the range in O(log n)); failing that, any
part of a word (C-speed ``str.find`` over the distinct words joined into one string); failing that,
the words of the list within a small edit distance (RapidFuzz), so "zolkievski" still finds Żółkiewski.

Building is the expensive part for 100,000 people, so it does as little per word occurrence as
possible: each distinct raw word is folded once and words map to row tuples. The first keystroke
matches half the list, so every first letter has its rows ready; two-letter starts are kept once
asked for.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from itertools import accumulate, filterfalse, groupby, repeat
from operator import add, itemgetter
from typing import Collection, Sequence

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from checkin.domain.text import fold
from checkin.gc_pause import collector_paused

_SUBSTRING_MIN_LENGTH = 3
_FUZZY_MIN_LENGTH = 4
_FUZZY_MAX_LENGTH = 24
_SPLIT_EXTRA = re.compile(r"[@.]")
_DIGIT = re.compile(r"[0-9]")


def _max_distance(token: str) -> int:
    return 1 if len(token) < 7 else 2


def _fold_word(raw: str) -> str:
    # Ticket codes are most of the distinct words; plain ASCII letters and digits only need lowering.
    return raw.lower() if raw.isascii() and raw.isalnum() else fold(raw)


def _raw_word_rows(texts: Sequence[str]) -> tuple[dict[str, list[int]], dict[str, str]]:
    """Each distinct whitespace-separated word as written → its rows, and → its folded form."""
    rows_of_raw: dict[str, list[int]] = {}
    rows_of = rows_of_raw.get  # this loop runs once per word of every row: no lookups it can spare
    for row, text in enumerate(texts):
        for raw in text.split():
            rows = rows_of(raw)
            if rows is None:
                rows_of_raw[raw] = [row]
            elif rows[-1] != row:
                rows.append(row)
    return rows_of_raw, {raw: _fold_word(raw) for raw in rows_of_raw}


def _word_rows(rows_of_raw: dict[str, list[int]], folded_of: dict[str, str]) -> dict[str, Collection[int]]:
    """Folded word → rows. An email or a dotted code also answers to each of its parts ("example"
    finds x@example.org); an email's domain is split once for all the addresses that share it."""
    words: dict[str, Collection[int]] = {}

    def note(word: str, rows: Collection[int]) -> None:
        # Several raw spellings ("Lefèvre", "LEFEVRE", "Lefèvre-Dupré") can give the same word;
        # most words come from one, and share its row list rather than copy it.
        have = words.get(word)
        if have is None:
            words[word] = rows
        elif isinstance(have, set):
            have.update(rows)
        else:
            words[word] = set(have).union(rows)

    domains: dict[str, list[list[int]]] = defaultdict(list)
    for raw, rows in rows_of_raw.items():
        for word in folded_of[raw].split():
            note(word, rows)
            if "@" in word:
                local, _, domain = word.partition("@")
                for part in local.split("."):
                    if part:
                        note(part, rows)
                domains[domain].append(rows)
            elif "." in word:
                for part in word.split("."):
                    if part:
                        note(part, rows)
    for domain, lists in domains.items():
        rows = set().union(*lists)
        for part in _SPLIT_EXTRA.split(domain):
            if part:
                note(part, rows)
    return words


class _Words:
    """Words joined into one string, so ``str.find`` looks for a fragment in all of them at C speed."""

    def __init__(self, words: list[str]):
        self.words = words
        self.text = "\n" + "\n".join(words) + "\n"
        # starts[i] is where words[i] begins; the extra last entry is where the text ends.
        self.starts = list(accumulate(map(add, map(len, words), repeat(1)), initial=1))

    def containing(self, fragment: str) -> list[str]:
        text, starts, words = self.text, self.starts, self.words
        found = []
        pos = text.find(fragment)
        while pos != -1:
            i = bisect_right(starts, pos) - 1
            found.append(words[i])
            pos = text.find(fragment, starts[i + 1])
        return found


class SearchIndex:
    """Rows are positions in the sequence given at construction; results come back in that order."""

    def __init__(self, texts: Sequence[str]):
        with collector_paused():
            self._build(texts)

    def _build(self, texts: Sequence[str]) -> None:
        self._size = len(texts)
        words = _word_rows(*_raw_word_rows(texts))
        # Tuples of plain ints drop out of the garbage collector's sight; 200,000 lists would make
        # every full collection, and so some keystroke, noticeably slower.
        self._words = {word: tuple(rows) if isinstance(rows, list) else rows for word, rows in words.items()}
        self._vocabulary = sorted(words)
        self._first_letters = self._first_letter_table()
        self._two_letters: dict[str, Collection[int]] = {}  # the second keystroke's, kept once asked for
        # Letters typed in are looked for inside names, places and emails, not inside ticket codes,
        # whose random letter runs would match anything; a fragment with a digit is looked for in both.
        codes = [word for word in filter(_DIGIT.search, self._vocabulary) if "@" not in word]
        self._text_words = _Words(list(filterfalse(set(codes).__contains__, self._vocabulary)))
        self._code_words = _Words(codes)
        # Fuzzy matching only makes sense on name-like words, not emails or ticket codes.
        self._fuzzy_words = [w for w in self._text_words.words if len(w) <= _FUZZY_MAX_LENGTH and w.isalpha()]
        self._misspelt_starts = self._misspelt_start_table()

    def _first_letter_table(self) -> dict[str, set[int]]:
        """Rows for every first letter of a word: the first keystroke, which matches half the list."""
        words = self._words
        return {
            letter: set().union(*(words[w] for w in group))
            for letter, group in groupby(self._vocabulary, key=itemgetter(0))
        }

    def _misspelt_start_table(self) -> dict[int, dict[str, tuple[str, ...]]]:
        """For each length a query word may have, the starts of that length of longer name-like words."""
        table = {}
        for n in range(_FUZZY_MIN_LENGTH, _FUZZY_MAX_LENGTH):
            longer = [word for word in self._fuzzy_words if len(word) > n]
            table[n] = {start: tuple(group) for start, group in groupby(longer, key=itemgetter(slice(n)))}
        return table

    def __len__(self) -> int:
        return self._size

    def _word_start_rows(self, token: str) -> Collection[int]:
        if len(token) == 1:
            return self._first_letters.get(token, ())
        if len(token) == 2 and token in self._two_letters:
            return self._two_letters[token]
        vocab, words = self._vocabulary, self._words
        lo = bisect_left(vocab, token)
        hi = bisect_right(vocab, token + "\uffff", lo)
        rows = words[vocab[lo]] if hi - lo == 1 else set().union(*(words[vocab[i]] for i in range(lo, hi)))
        if len(token) == 2:
            self._two_letters[token] = rows
        return rows

    def _substring_rows(self, token: str) -> set[int]:
        found = self._text_words.containing(token)
        if _DIGIT.search(token):
            found += self._code_words.containing(token)
        words = self._words
        return set().union(*(words[w] for w in found))

    def _fuzzy_rows(self, token: str) -> set[int]:
        if len(token) < _FUZZY_MIN_LENGTH or len(token) > _FUZZY_MAX_LENGTH:
            return set()
        limit = _max_distance(token)
        rows: set[int] = set()
        for word, _dist, _i in process.extract(
            token, self._fuzzy_words, scorer=Levenshtein.distance, score_cutoff=limit, limit=30
        ):
            rows.update(self._words[word])
        if rows:
            return rows
        # A misspelt start of a longer word ("zolkievs" for Żółkiewski).
        starts = self._misspelt_starts.get(len(token), {})
        for start, _dist, _i in process.extract(
            token, list(starts), scorer=Levenshtein.distance, score_cutoff=limit, limit=30
        ):
            for word in starts[start]:
                rows.update(self._words[word])
        return rows

    def _rows(self, token: str) -> Collection[int]:
        rows = self._word_start_rows(token)
        if not rows and len(token) >= _SUBSTRING_MIN_LENGTH:
            rows = self._substring_rows(token)
        if not rows:
            rows = self._fuzzy_rows(token)
        return rows

    def search(self, query: str) -> list[int] | None:
        """Rows matching every word of ``query``, in index order; None for an empty query (all rows)."""
        # The longest word is usually the rarest: start from it and narrow down.
        tokens = sorted(set(fold(query).split()), key=len, reverse=True)
        if not tokens:
            return None
        result: set[int] | None = None
        for token in tokens:
            rows = self._rows(token)
            if result is None:
                if len(tokens) == 1:
                    return sorted(rows)
                result = set(rows)
            else:
                result.intersection_update(rows)
            if not result:
                return []
        return sorted(result)


def attendee_search_text(attendee) -> str:
    """What a desk may type to find someone: names, organisation, city, email, country, codes."""
    parts = [
        attendee.first_name,
        attendee.last_name,
        attendee.organisation,
        attendee.city,
        attendee.email,
        attendee.country,
        attendee.category,
        *attendee.ticket_codes,
    ]
    return " ".join(p for p in parts if p)
