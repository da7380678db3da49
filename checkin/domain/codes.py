"""Badge codes: signed, keyboard-layout-safe codes that a desk can check without the database.

A badge code is what the QR code on a badge holds and what a keyboard-wedge scanner types. It is
made only of the 20 letters that came through every European keyboard layout intact
(``BCDEFGHIJKLNOPRSTUVX``, see the field notes), compared case-insensitively.

Layout of a code (29 letters, so the QR stays a version-2 symbol, 25×25 modules, at level Q):

    position 0      the version letter, ``B`` for this format
    positions 1–28  28 base-20 digits of one 121-bit number (20**28 ≥ 2**121, 4.32 bits a letter)

Bit budget of the 121-bit number, most significant first:

    72 bits  attendee key: the top 72 bits of the attendee's random UUID (68 random bits once the
             UUID's version nibble is discounted: two of 10,000 attendees share a key with a
             probability of about 10**-13)
     8 bits  reissue serial, 0–255: a lost badge or a corrected name makes a new code
    41 bits  signature: HMAC-SHA256 over the version, key and serial with the event's secret,
             truncated. A made-up or altered code passes with a probability of 2**-41 (one in
             2.2 trillion), so a desk knows it is forged without asking the database.

A code that verifies but is missing from a desk's copy of the list was made for this event after the
copy was taken: valid, just unknown locally. QR version 2 at level Q holds 29 alphanumeric
characters, exactly this code; the qr module asserts it.
"""
from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

ALPHABET = "BCDEFGHIJKLNOPRSTUVX"
VERSION = "B"
MAX_LENGTH = 32

KEY_BITS = 72
SERIAL_BITS = 8
MAC_BITS = 41
PAYLOAD_BITS = KEY_BITS + SERIAL_BITS + MAC_BITS
PAYLOAD_LETTERS = 28
CODE_LENGTH = 1 + PAYLOAD_LETTERS
MAX_SERIAL = (1 << SERIAL_BITS) - 1

assert len(ALPHABET) ** PAYLOAD_LETTERS >= 1 << PAYLOAD_BITS
assert CODE_LENGTH <= MAX_LENGTH

_BASE = len(ALPHABET)
_DIGIT = {letter: value for value, letter in enumerate(ALPHABET)}
_MAC_DOMAIN = b"checkin-desk badge code "
# Scanners and people add these; they never belong to a code.
_SEPARATORS = str.maketrans("", "", " -\t\r\n_.")


class CodeKind(StrEnum):
    VALID = "valid"  # signed with this event's secret
    FORGED = "forged"  # looks like one of ours, but the signature does not match
    NOT_OURS = "not_ours"  # another format: wrong version letter, length or letters


@dataclass(frozen=True, slots=True)
class CodeCheck:
    """What a scanned text is, from the text and the event secret alone."""

    kind: CodeKind
    code: str  # the normalised text
    attendee_key: str = ""  # 18 hex digits: the start of the attendee's id without dashes
    serial: int = 0

    @property
    def is_valid(self) -> bool:
        return self.kind is CodeKind.VALID

    def matches(self, attendee_id: str) -> bool:
        """Whether this code was made for ``attendee_id`` (compares the key with the id's start)."""
        return bool(self.attendee_key) and attendee_id.replace("-", "").lower().startswith(self.attendee_key)


@dataclass(frozen=True, slots=True)
class Badge:
    """One issued badge code and its state."""

    code: str
    attendee_id: str
    serial: int
    issued_at: datetime
    revoked_at: datetime | None = None
    revoked_reason: str = ""

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


def normalise(text: str) -> str:
    """Upper-case and without spaces, dashes or other separators: how codes are compared."""
    return text.translate(_SEPARATORS).upper()


def attendee_key(attendee_id: str) -> int:
    """The top 72 bits of the attendee's UUID."""
    return uuid.UUID(attendee_id).int >> (128 - KEY_BITS)


def _signature(secret: bytes, key: int, serial: int) -> int:
    message = _MAC_DOMAIN + VERSION.encode() + key.to_bytes(KEY_BITS // 8, "big") + bytes([serial])
    digest = hmac.new(secret, message, hashlib.sha256).digest()
    return int.from_bytes(digest[:8], "big") >> (64 - MAC_BITS)


def _to_letters(number: int) -> str:
    letters = []
    for _ in range(PAYLOAD_LETTERS):
        number, digit = divmod(number, _BASE)
        letters.append(ALPHABET[digit])
    return "".join(reversed(letters))


def make_code(secret: bytes, attendee_id: str, serial: int) -> str:
    """The badge code for ``attendee_id``'s ``serial``-th badge, signed with the event ``secret``."""
    if not 0 <= serial <= MAX_SERIAL:
        raise ValueError(f"badge serial {serial} outside 0..{MAX_SERIAL}")
    key = attendee_key(attendee_id)
    number = (key << (SERIAL_BITS + MAC_BITS)) | (serial << MAC_BITS) | _signature(secret, key, serial)
    return VERSION + _to_letters(number)


def parse_code(secret: bytes, text: str) -> CodeCheck:
    """Tell a valid code from a forged or altered one, and both from other systems' codes."""
    code = normalise(text)
    if len(code) != CODE_LENGTH or code[0] != VERSION or any(letter not in _DIGIT for letter in code):
        return CodeCheck(CodeKind.NOT_OURS, code)
    number = 0
    for letter in code[1:]:
        number = number * _BASE + _DIGIT[letter]
    if number >> PAYLOAD_BITS:
        # 20**28 exceeds 2**121: the top values are never made, so such a code was made up.
        return CodeCheck(CodeKind.FORGED, code)
    mac = number & ((1 << MAC_BITS) - 1)
    serial = (number >> MAC_BITS) & MAX_SERIAL
    key = number >> (SERIAL_BITS + MAC_BITS)
    if not hmac.compare_digest(mac.to_bytes(6, "big"), _signature(secret, key, serial).to_bytes(6, "big")):
        return CodeCheck(CodeKind.FORGED, code)
    return CodeCheck(CodeKind.VALID, code, f"{key:0{KEY_BITS // 4}x}", serial)


def display(code: str) -> str:
    """The code in groups people can read out and type: ``B CDEF GHIJ …`` (normalise() undoes it)."""
    return code[0] + " " + " ".join(code[i : i + 4] for i in range(1, len(code), 4))
