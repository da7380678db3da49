"""Search as you type over many attendees: accent-free word-start match, then substring, then fuzzy.

Every attendee's searchable text is folded (see ``text.fold``) once. A query word first matches
the start of words (a sorted vocabulary and ``bisect`` give the range in O(log n)); failing that, any
part of a word (C-speed ``str.find`` over one joined string); failing that, the words of the list
within a small edit distance (RapidFuzz), so "zolkievski" still finds Żółkiewski.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from functools import lru_cache
from typing import Sequence

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from checkin.domain.text import fold

_PRECOMPUTED_PREFIX = 3  # word starts up to this length have their row sets ready
_FUZZY_MIN_LENGTH = 4
_SPLIT_EXTRA = re.compile(r"[@.]")


def _max_distance(token: str) -> int:
    return 1 if len(token) < 7 else 2


class SearchIndex:
    """Rows are positions in the sequence given at construction; results come back in that order."""

    def __init__(self, texts: Sequence[str]):
        folded = [fold(t) for t in texts]
        self._rows = folded
        starts = []
        pos = 1
        for text in folded:
            starts.append(pos)
            pos += len(text) + 1
        self._starts = starts
        self._haystack = "\n" + "\n".join(folded) + "\n"
        words: dict[str, list[int]] = defaultdict(list)
        for row, text in enumerate(folded):
            row_words = set(text.split())
            # An email or a dotted code also answers to each of its parts: "example" finds x@example.org.
            for word in list(row_words):
                if "@" in word or "." in word:
                    row_words.update(part for part in _SPLIT_EXTRA.split(word) if part)
            for word in row_words:
                words[word].append(row)
        self._words = dict(words)
        self._vocabulary = sorted(self._words)
        prefixes: dict[str, set[int]] = defaultdict(set)
        for word, rows in self._words.items():
            for n in range(1, min(_PRECOMPUTED_PREFIX, len(word)) + 1):
                prefixes[word[:n]].update(rows)
        self._prefixes = {p: frozenset(rows) for p, rows in prefixes.items()}
        # Fuzzy matching only makes sense on name-like words, not emails or ticket codes.
        self._fuzzy_words = [w for w in self._vocabulary if len(w) <= 24 and w.isalpha()]
        self._prefix_cache: dict[int, dict[str, list[str]]] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def _word_start_rows(self, token: str) -> set[int]:
        if len(token) <= _PRECOMPUTED_PREFIX:
            return set(self._prefixes.get(token, ()))
        vocab = self._vocabulary
        lo = bisect_left(vocab, token)
        hi = bisect_right(vocab, token + "\uffff", lo)
        rows: set[int] = set()
        for i in range(lo, hi):
            rows.update(self._words[vocab[i]])
        return rows

    def _substring_rows(self, token: str) -> set[int]:
        haystack, starts = self._haystack, self._starts
        found: set[int] = set()
        find = haystack.find
        pos = find(token)
        while pos != -1:
            row = bisect_right(starts, pos) - 1
            found.add(row)
            next_start = starts[row + 1] if row + 1 < len(starts) else len(haystack)
            pos = find(token, next_start)
        return found

    def _word_starts_of_length(self, n: int) -> dict[str, list[str]]:
        if n not in self._prefix_cache:
            table: dict[str, list[str]] = defaultdict(list)
            for word in self._fuzzy_words:
                if len(word) > n:
                    table[word[:n]].append(word)
            self._prefix_cache[n] = dict(table)
        return self._prefix_cache[n]

    def _fuzzy_rows(self, token: str) -> set[int]:
        if len(token) < _FUZZY_MIN_LENGTH:
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

    def search(self, query: str) -> list[int] | None:
        """Rows matching every word of ``query``, in index order; None for an empty query (all rows)."""
        tokens = sorted(set(fold(query).split()), key=len, reverse=True)
        if not tokens:
            return None
        result: set[int] | None = None
        for token in tokens:
            rows = self._word_start_rows(token)
            if not rows and len(token) >= _PRECOMPUTED_PREFIX:
                rows = self._substring_rows(token)
            if not rows:
                rows = self._fuzzy_rows(token)
            result = rows if result is None else result & rows
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
