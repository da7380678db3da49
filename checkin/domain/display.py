"""Text that came from outside (a registration list, a scanner, a keyboard), made safe to show.

A name is data, never layout: direction overrides, invisible characters and terminal escape codes
inside it must not change what a screen, a badge or a terminal shows. A right-to-left override
(U+202E) would show "evil" as "live" on the door's panel; an ESC in a name would recolour or
rewrite a terminal. Letters are never touched, so Arabic and Hebrew names still read right to left
by the ordinary bidirectional rules of the screen.
"""
from __future__ import annotations

import re

# The longest first name, last name, organisation… a person can give (at import and in the edit
# dialog). Longer ones are refused at the edit and cut at import; what is already stored still shows.
NAME_MAX_LENGTH = 200

ELLIPSIS = "…"

# Control characters (C0, DEL, C1), line and paragraph separators, and every format character
# (Unicode category Cf): bidi embeddings, overrides, isolates and marks, zero-width spaces, the
# byte order mark, soft hyphen, invisible operators, interlinear annotations and tag characters.
# tests/domain/test_display.py checks this list against the running Python's Unicode database.
_HIDDEN = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f]"
)

# Zero-width non-joiner and joiner spell Persian words and Indic conjuncts and join emoji
# (👩‍🔬); between ASCII characters they only hide differences ("Bob" and "B‍ob"), so only there do they go.
_JOINERS = "\u200c\u200d"
_LINE_BREAKS = "\n\r\u0085\u2028\u2029"


def _is_joined(text: str, at: int) -> bool:
    before = text[at - 1] if at > 0 else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    return bool(before) and bool(after) and not (before.isascii() or after.isascii())


def shown(text: str, *, multiline: bool = False) -> str:
    """``text`` as a screen or a badge shows it: no direction controls nor invisible characters;
    control characters and line breaks become spaces (``multiline``: line breaks stay, as "\\n").

    >>> shown("\\u202elive")
    'live'
    >>> shown("Ana\\x1b[31m Ruiz")
    'Ana [31m Ruiz'
    """
    if not text or (text.isascii() and text.isprintable()):
        return text
    if multiline:
        text = text.replace("\r\n", "\n")

    def replace(match: re.Match[str]) -> str:
        ch = match.group()
        if ch in _JOINERS:
            return ch if _is_joined(text, match.start()) else ""
        if ch in _LINE_BREAKS:
            return "\n" if multiline else " "
        if ch == "\t" or ch < "\x20" or "\x7f" <= ch <= "\x9f":
            return " "
        return ""

    return _HIDDEN.sub(replace, text)


def _escape(ch: str) -> str:
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def for_terminal(text: str, keep: str = "") -> str:
    """``text`` safe to print on a terminal: control, direction and invisible characters written as
    visible escapes (ESC as ``\\x1b``, a right-to-left override as ``\\u202e``), except those in ``keep``
    (the newlines and tabs the command itself lays its output out with).

    >>> for_terminal("\\x1b[2JAna\\tRuiz")
    '\\\\x1b[2JAna\\\\x09Ruiz'
    """
    if text.isascii() and text.isprintable():
        return text

    def replace(match: re.Match[str]) -> str:
        ch = match.group()
        if ch in keep or (ch in _JOINERS and _is_joined(text, match.start())):
            return ch
        return _escape(ch)

    return _HIDDEN.sub(replace, text)


def json_safe(encoded: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``, which escapes only C0 controls) with
    DEL, C1 controls and invisible characters escaped as well, so that ``cat`` on it is safe too.

    These characters can only occur inside JSON strings, where ``\\uXXXX`` stands for them exactly."""
    if encoded.isascii():
        return encoded

    def replace(match: re.Match[str]) -> str:
        code = ord(match.group())
        if code < 0x20:  # the layout's own line breaks: json.dumps has escaped those inside strings
            return match.group()
        if code < 0x10000:
            return f"\\u{code:04x}"
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"

    return _HIDDEN.sub(replace, encoded)


def clipped(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, an ellipsis showing where when it was cut."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + ELLIPSIS
