"""Codes a desk scans, made the way each issuing system makes them, and an ``is_known`` over them."""
from __future__ import annotations

import base64
import json
import random
import uuid

from checkin.domain.codes import make_code, parse_code

SECRET = b"event secret for the keyboard-wedge tests"
PRETIX_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def badge_code(rng: random.Random) -> str:
    return make_code(SECRET, str(uuid.UUID(int=rng.getrandbits(128), version=4)), rng.randrange(256))


def sample_codes(seed: int | str) -> dict[str, str]:
    """One code of each kind: our badge, pretix secrets, an Indico ticket, a registration id, a URL."""
    rng = random.Random(seed)
    ticket = uuid.UUID(int=rng.getrandbits(128), version=4)
    return {
        "badge": badge_code(rng),
        "pretix": "".join(rng.choice(PRETIX_ALPHABET) for _ in range(32)),
        "pretix_signed": base64.b64encode(rng.randbytes(48)).decode() + "==",
        "pretix_urlsafe": base64.urlsafe_b64encode(rng.randbytes(40)).decode(),
        "indico": json.dumps({"i": [2, "indico.example.org", base64.b64encode(ticket.bytes).decode()]}, separators=(",", ":")),
        "registration_id": f"2025-{rng.randrange(10**6):06d}",
        "url": f"https://tickets.example.org/t/{rng.randbytes(16).hex()}?lang=fr",
    }


def known(*codes: str):
    """``is_known`` as a scan service gives it: badge codes that verify, other codes on the list."""
    listed = set(codes)

    def is_known(text: str) -> bool:
        return parse_code(SECRET, text).is_valid or text in listed

    return is_known
