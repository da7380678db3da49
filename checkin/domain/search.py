"""Search as you type over many attendees: accent-free word-start match, then substring, then fuzzy.

Every attendee's searchable text is folded (see ``text.fold``) once. A query word first matches
the start of words (a sorted vocabulary and ``bisect`` give the range in O(log n)); failing that, any
part of a word (C-speed ``str.find`` over the distinct words joined into one string); failing that,
the words of the list within a small edit distance (RapidFuzz), so "zolkievski" still finds Żółkiewski.

Building is the expensive part for 100,000 people, so it does as little per word occurrence as
possible: each distinct raw word is folded once, words map to row lists, and the one- and two-letter
word starts (the first keystrokes, which match half the list) have their rows ready.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from itertools import accumulate, filterfalse, groupby
from typing import Collection, Sequence

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from checkin.domain.text import fold

_PRECOMPUTED_PREFIX = 2  # word starts up to this length have their rows ready
_SUBSTRING_MIN_LENGTH = 3
_FUZZY_MIN_LENGTH = 4
_FUZZY_MAX_LENGTH = 24
_SPLIT_EXTRA = re.compile(r"[@.]")
_DIGIT = re.compile(r"[0-9]")
_CODE = re.compile(r"[^@]*[0-9][^@]*")  # a ticket code or id: has a digit and is not an email


def _is_code(word: str) -> bool:
    return _CODE.fullmatch(word) is not None


def _max_distance(token: str) -> int:
    return 1 if len(token) < 7 else 2


def _words_of(folded: str) -> set[str]:
    """The words of an email or dotted code, and each of their parts: "example" finds x@example.org."""
    words = set(folded.split())
    for word in list(words):
        if "@" in word or "." in word:
            words.update(_SPLIT_EXTRA.split(word))
    words.discard("")
    return words


class _Words:
    """Words joined into one string, so ``str.find`` looks for a fragment in all of them at C speed."""

    def __init__(self, words: list[str]):
        self.words = words
        self.text = "\n" + "\n".join(words) + "\n"
        # starts[i] is where words[i] begins; the extra last entry is where the text ends.
        self.starts = list(accumulate(map(len, words), lambda at, n: at + n + 1, initial=1))

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
        folded_of: dict[str, str] = {}
        rows_of_raw: dict[str, list[int]] = {}
        for row, text in enumerate(texts):
            for raw in text.split():
                rows = rows_of_raw.get(raw)
                if rows is None:
                    rows_of_raw[raw] = [row]
                    folded_of[raw] = fold(raw)
                elif rows[-1] != row:
                    rows.append(row)
        self._size = len(texts)

        # Several raw spellings ("Lefèvre", "LEFEVRE", "Lefèvre-Dupré") can give the same word;
        # most words come from one, and share its row list rather than copy it.
        words: dict[str, Collection[int]] = {}
        for raw, rows in rows_of_raw.items():
            folded = folded_of[raw]
            for word in _words_of(folded) if "@" in folded or "." in folded else folded.split():
                have = words.get(word)
                if have is None:
                    words[word] = rows
                elif isinstance(have, set):
                    have.update(rows)
                else:
                    words[word] = set(have).union(rows)
        # Tuples of plain ints drop out of the garbage collector's sight; 200,000 lists would make
        # every full collection, and so some keystroke, noticeably slower.
        self._words = {word: tuple(rows) if isinstance(rows, list) else rows for word, rows in words.items()}
        self._vocabulary = sorted(words)
        self._prefixes = self._word_start_table()
        # Letters typed in are looked for inside names, places and emails, not inside ticket codes,
        # whose random letter runs would match anything; a fragment with a digit is looked for in both.
        self._text_words = _Words(list(filterfalse(_is_code, self._vocabulary)))
        self._code_words = _Words(list(filter(_is_code, self._vocabulary)))
        # Fuzzy matching only makes sense on name-like words, not emails or ticket codes.
        self._fuzzy_words = [w for w in self._text_words.words if len(w) <= _FUZZY_MAX_LENGTH and w.isalpha()]
        self._prefix_cache: dict[int, dict[str, list[str]]] = {}

    def _word_start_table(self) -> dict[str, set[int]]:
        """Rows for every word start of up to _PRECOMPUTED_PREFIX letters, each shorter one from the longer."""
        words = self._words
        table: dict[str, set[int]] = {}
        for start, group in groupby(self._vocabulary, key=lambda w: w[:_PRECOMPUTED_PREFIX]):
            table[start] = set().union(*(words[w] for w in group))
        for n in range(_PRECOMPUTED_PREFIX - 1, 0, -1):
            # The vocabulary is sorted, so the longer starts ("la", "le"…) of "l" come in a row.
            longer = sorted(start for start in table if len(start) == n + 1)
            for start, group in groupby(longer, key=lambda s: s[:n]):
                table[start] = set().union(words.get(start, ()), *(table[s] for s in group))
        return table

    def __len__(self) -> int:
        return self._size

    def _word_start_rows(self, token: str) -> Collection[int]:
        if len(token) <= _PRECOMPUTED_PREFIX:
            return self._prefixes.get(token, ())
        vocab = self._vocabulary
        lo = bisect_left(vocab, token)
        hi = bisect_right(vocab, token + "\uffff", lo)
        if hi - lo == 1:
            return self._words[vocab[lo]]
        words = self._words
        return set().union(*(words[vocab[i]] for i in range(lo, hi)))

    def _substring_rows(self, token: str) -> set[int]:
        found = self._text_words.containing(token)
        if _DIGIT.search(token):
            found += self._code_words.containing(token)
        words = self._words
        return set().union(*(words[w] for w in found))

    def _word_starts_of_length(self, n: int) -> dict[str, list[str]]:
        if n not in self._prefix_cache:
            table: dict[str, list[str]] = defaultdict(list)
            for word in self._fuzzy_words:
                if len(word) > n:
                    table[word[:n]].append(word)
            self._prefix_cache[n] = dict(table)
        return self._prefix_cache[n]

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
        starts = self._word_starts_of_length(len(token))
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
