"""Badge codes: layout-safe letters, round trips, and forged or altered codes told apart without a database."""
from __future__ import annotations

import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checkin.domain.codes import (
    ALPHABET,
    CODE_LENGTH,
    MAX_LENGTH,
    MAX_SERIAL,
    VERSION,
    CodeKind,
    display,
    make_code,
    normalise,
    parse_code,
)

secrets_ = st.binary(min_size=32, max_size=32)
attendee_ids = st.uuids(version=4).map(str)
serials = st.integers(min_value=0, max_value=MAX_SERIAL)


@given(secrets_, attendee_ids, serials)
def test_a_code_reads_back_to_its_attendee_and_serial(secret, attendee_id, serial):
    code = make_code(secret, attendee_id, serial)
    assert len(code) == CODE_LENGTH <= MAX_LENGTH
    assert code[0] == VERSION
    assert set(code) <= set(ALPHABET)
    check = parse_code(secret, code)
    assert check.kind is CodeKind.VALID
    assert check.serial == serial
    assert check.matches(attendee_id)
    assert check.attendee_key == attendee_id.replace("-", "")[:18]


@given(secrets_, attendee_ids, serials, st.data())
@settings(max_examples=300)
def test_every_single_letter_alteration_is_caught(secret, attendee_id, serial, data):
    code = make_code(secret, attendee_id, serial)
    position = data.draw(st.integers(min_value=0, max_value=len(code) - 1))
    letter = data.draw(st.sampled_from([c for c in ALPHABET + "AQZ7" if c != code[position]]))
    altered = code[:position] + letter + code[position + 1 :]
    check = parse_code(secret, altered)
    assert check.kind is not CodeKind.VALID
    # Only a changed version letter or a letter outside the alphabet makes it "not ours"; anything else is forged.
    if position > 0 and letter in ALPHABET:
        assert check.kind is CodeKind.FORGED


@given(secrets_, secrets_, attendee_ids, serials)
def test_a_code_signed_for_another_event_is_forged(secret, other, attendee_id, serial):
    if secret != other:
        assert parse_code(other, make_code(secret, attendee_id, serial)).kind is CodeKind.FORGED


@given(st.text(alphabet=ALPHABET, min_size=CODE_LENGTH - 1, max_size=CODE_LENGTH - 1))
def test_made_up_codes_in_the_right_shape_are_forged(tail):
    assert parse_code(b"k" * 32, VERSION + tail).kind is CodeKind.FORGED


def test_scanner_case_spaces_and_dashes_do_not_matter():
    secret, attendee_id = b"s" * 32, str(uuid.uuid4())
    code = make_code(secret, attendee_id, 2)
    for typed in (code.lower(), display(code), "-".join(display(code).split()), f"  {code}\n"):
        assert normalise(typed) == code
        assert parse_code(secret, typed).kind is CodeKind.VALID


@pytest.mark.parametrize(
    "text",
    [
        "n8vwq2hkx7mdp3rcz4tyb9ejs6ufag5k",  # a pretix ticket secret
        '{"i":[2,"events.example.org","AAECAwQFBgcICQoLDA0ODw=="]}',  # an Indico ticket
        "https://example.org/t/7f3a9c",
        "",
        "C" + "B" * (CODE_LENGTH - 1),  # another version letter
        VERSION + "B" * CODE_LENGTH,  # too long
    ],
)
def test_other_systems_codes_are_not_ours(text):
    assert parse_code(b"k" * 32, text).kind is CodeKind.NOT_OURS


def test_only_layout_safe_letters_and_a_version_2_qr():
    from checkin.badges.qr import matrix

    assert ALPHABET == "BCDEFGHIJKLNOPRSTUVX"
    code = make_code(b"x" * 32, str(uuid.uuid4()), MAX_SERIAL)
    assert len(matrix(code)) == 25  # version 2: keeps 1.2 mm modules within a 40 mm square


def test_serial_beyond_the_budget_is_refused():
    with pytest.raises(ValueError):
        make_code(b"x" * 32, str(uuid.uuid4()), MAX_SERIAL + 1)
