"""Decoding QR codes from camera frames, photos and screenshots, and ignoring repeat reads."""
from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image

from checkin.i18n import UserError
from checkin.scanning.decode import Pixels, RepeatFilter, decode_frame, read_codes_from_file
from checkin.services.badges import ResolveKind, resolve_code
from tests.scanning.frames import SCENARIOS, phone

SEEDS = (0, 1)


def owners(db, texts: list[str]) -> list[str]:
    """The attendee each text resolves to at this desk (every text must be a valid code)."""
    resolutions = [resolve_code(db, text) for text in texts]
    assert all(r.kind is ResolveKind.VALID for r in resolutions), [r.kind for r in resolutions]
    return sorted(r.attendee.id for r in resolutions)


def luma(frame: Image.Image) -> Pixels:
    grey = frame.convert("L")
    return Pixels(grey.tobytes(), grey.width, grey.height)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_every_kind_of_frame_resolves_to_the_person_shown(scenario, seed, frames, badges, demo_db):
    texts = decode_frame(luma(frames(scenario, seed)))
    assert owners(demo_db, texts) == sorted(badges.expected_owners(scenario))


def test_frames_without_a_code_give_nothing(frames):
    empty = [s for s in SCENARIOS if not s.shows]
    assert empty, "the scenarios include frames with no code"
    for scenario in empty:
        for seed in SEEDS:
            assert decode_frame(luma(frames(scenario, seed))) == []
    blank = Image.new("L", (1280, 720), 128)
    assert decode_frame(luma(blank)) == []


def test_a_pil_image_is_decoded_as_it_is(frames, badges, demo_db):
    scenario = SCENARIOS[0]
    assert owners(demo_db, decode_frame(frames(scenario))) == badges.expected_owners(scenario)


def test_a_dark_mode_ticket_reads_through_the_inverted_pass(badges, demo_db):
    dark = phone("not a real code, only light on dark", dark_mode=True).convert("RGB")
    assert decode_frame(dark) == ["not a real code, only light on dark"]


def test_two_codes_in_one_frame_are_both_read_once(frames):
    two = next(s for s in SCENARIOS if len(s.shows) == 2)
    texts = decode_frame(luma(frames(two)))
    assert len(texts) == 2 and len(set(texts)) == 2


# ---- photos and screenshots (checkin scan --image) ---------------------------------------------


def test_a_photo_file_gives_its_codes(tmp_path, frames, badges, demo_db):
    scenario = next(s for s in SCENARIOS if s.name == "ticket on a phone")
    photo = tmp_path / "ticket.jpg"
    frames(scenario).save(photo, quality=80)
    assert owners(demo_db, read_codes_from_file(photo)) == badges.expected_owners(scenario)


def test_a_screenshot_with_a_transparent_background_is_read_over_white(tmp_path, badges):
    """A QR drawn in black on transparency: read naively, the background is black too and the code vanishes."""
    ticket = phone("dcb2x4gkyq6m3nwe8pr5vh7tfjsa9zu2")
    screenshot = Image.new("RGBA", ticket.size, (0, 0, 0, 0))
    mask = ticket.convert("L").point(lambda v: 255 if v < 128 else 0)
    screenshot.paste((0, 0, 0, 255), mask=mask)
    assert decode_frame(screenshot.convert("L")) == []  # what a careless reader would see
    path = tmp_path / "screenshot.png"
    screenshot.save(path)
    assert read_codes_from_file(path) == ["dcb2x4gkyq6m3nwe8pr5vh7tfjsa9zu2"]


def test_a_full_size_phone_photo_is_read(tmp_path, badges, demo_db):
    """A 12-megapixel photo of a badge lying on a table, as someone sends it from their phone."""
    photo = Image.new("RGB", (4032, 3024), (170, 160, 150))
    badge = badges.items["badge"].rotate(-35, expand=True, fillcolor=(170, 160, 150))
    photo.paste(badge.resize((badge.width * 3 // 2, badge.height * 3 // 2)), (1200, 400))
    path = tmp_path / "IMG_2041.JPG"
    photo.save(path, quality=90)
    assert owners(demo_db, read_codes_from_file(path)) == [badges.owners["badge"]]


def _error(path) -> str:
    with pytest.raises(UserError) as caught:
        read_codes_from_file(path)
    return str(caught.value)


def test_a_missing_file_says_so_and_what_to_do(tmp_path):
    message = _error(tmp_path / "nowhere.png")
    assert "There is no file" in message and "nowhere.png" in message and "Check the name" in message


def test_a_folder_is_not_a_picture(tmp_path):
    message = _error(tmp_path)
    assert "is a folder" in message and "photo or screenshot file" in message


def test_a_file_that_is_not_a_picture_says_so(tmp_path):
    notes = tmp_path / "badge.png"
    notes.write_text("name,email\nAnna,anna@example.org\n", encoding="utf-8")
    message = _error(notes)
    assert "is not a picture" in message and "PNG or JPEG" in message


def test_a_damaged_picture_says_so(tmp_path, frames):
    whole = tmp_path / "whole.png"
    frames(SCENARIOS[0]).save(whole)
    damaged = tmp_path / "damaged.png"
    damaged.write_bytes(whole.read_bytes()[: whole.stat().st_size // 3])
    message = _error(damaged)
    assert "damaged or incomplete" in message and "again" in message


def test_a_picture_without_a_code_says_so(tmp_path, frames):
    empty = next(s for s in SCENARIOS if not s.shows)
    path = tmp_path / "desk.png"
    frames(empty).save(path)
    message = _error(path)
    assert "No QR code was found" in message and "desk.png" in message and "type the code" in message


def test_a_picture_of_a_different_barcode_has_no_qr_code(tmp_path):
    """A photo of a Code 128 label (a parcel, a product) is not a QR code: the desk reads QR only."""

    bars = memoryview(zxingcpp.write_barcode_to_image(zxingcpp.create_barcode("HA112-2026", zxingcpp.BarcodeFormat.Code128), scale=4))
    label = Image.frombytes("L", (bars.shape[1], bars.shape[0]), bars.tobytes())
    assert [b.text for b in zxingcpp.read_barcodes(label)] == ["HA112-2026"]  # a readable barcode, just not a QR
    canvas = Image.new("L", (label.width + 80, label.height + 80), 255)
    canvas.paste(label, (40, 40))
    path = tmp_path / "label.png"
    canvas.save(path)
    assert "No QR code was found" in _error(path)


# ---- repeat reads ------------------------------------------------------------------------------


def test_a_code_held_in_view_counts_once():
    repeats = RepeatFilter(3.0)
    seen = [repeats.accept("BADGE", t / 30) for t in range(30 * 10)]  # 10 s at 30 frames a second
    assert seen.count(True) == 1 and seen[0]


def test_a_different_code_passes_at_once():
    repeats = RepeatFilter(3.0)
    assert repeats.accept("ANNA", 100.0)
    assert repeats.accept("BORIS", 100.1)
    assert not repeats.accept("ANNA", 100.2)


def test_a_code_that_left_and_came_back_after_the_window_counts_again():
    repeats = RepeatFilter(3.0)
    assert repeats.accept("ANNA", 10.0)
    assert not repeats.accept("ANNA", 12.5)  # back too soon: the same person still at the camera
    assert repeats.accept("ANNA", 16.0)  # unseen for 3.5 s
    assert not repeats.accept("ANNA", 16.1)


def test_forgetting_lets_the_next_read_through():
    repeats = RepeatFilter(3.0)
    repeats.accept("ANNA", 1.0)
    repeats.reset()
    assert repeats.accept("ANNA", 1.1)


def test_a_negative_window_is_refused():
    with pytest.raises(ValueError):
        RepeatFilter(-1)
