"""Printing real badges through a real CUPS PDF printer, and the journal that counts them."""
from __future__ import annotations

import subprocess

import pytest

from checkin.printing.cups import CupsBackend
from checkin.services.badges import BadgeSelection, SortKey, printed_counts, render_badges
from checkin.services.printing import PRINT_FAILED_KIND, PRINT_KIND, PrintFailed, print_badges, print_one
from checkin.storage import repositories as repo
from tests.badges.people import PEOPLE, seed_event
from tests.printing.helpers import attendees_on, page_count

pytestmark = pytest.mark.cups


@pytest.fixture
def event(tmp_path):
    db, people = seed_event(tmp_path / "forum.checkin")
    yield db, people
    db.dispose()


def _journal(db, attendee_id: str, kind: str):
    with db.unit() as s:
        return [e for e in repo.journal_for(s, attendee_id) if e.kind == kind]


def test_a_batch_prints_every_badge_and_each_qr_code_names_the_right_person(event, badge_printer, tmp_path):
    db, people = event
    speakers = [a for a in people if a.category == "Speaker"]
    submitted = []
    outcome = print_badges(
        db, badge_printer.name, backend=CupsBackend(), layout="classic-a6-4up",
        selection=BadgeSelection(category="Speaker", sort=SortKey.FAMILY),
        station="Desk 1", operator="amelie", on_submitted=submitted.append,
    )
    assert [job.job_id for job in submitted] == [outcome.job_id]
    assert sorted(outcome.attendee_ids) == sorted(a.id for a in speakers)
    assert outcome.pages == 1 and outcome.reprints == 0  # 3 speakers, 4 per A4 sheet

    # Text is checked on the PDF we sent (CUPS rewrites it with Ghostscript) …
    source = tmp_path / "source.pdf"
    render_badges(db, source, "classic-a6-4up", BadgeSelection(ids=outcome.attendee_ids))
    text = subprocess.run(["pdftotext", str(source), "-"], capture_output=True, text=True, check=True).stdout
    for a in speakers:
        assert a.first_name in text
    # … and the QR codes on what the printer got.
    printed = badge_printer.output_for(outcome.job_id)
    assert page_count(printed) == 1
    workdir = tmp_path / "raster"
    workdir.mkdir()
    assert sorted(attendees_on(printed, workdir, db)) == sorted(a.id for a in speakers)

    for a in speakers:
        [entry] = _journal(db, a.id, PRINT_KIND)
        assert entry.station == "Desk 1" and entry.operator == "amelie"
        assert entry.data == {"layout": "classic-a6-4up", "printer": badge_printer.name, "job_id": outcome.job_id, "copies": 1, "reprint": False}
    assert printed_counts(db) == {a.id: 1 for a in speakers}


def test_printing_a_badge_again_counts_as_a_reprint(event, badge_printer, tmp_path):
    db, people = event
    greek = next(a for a in people if a.first_name == "Αικατερίνη")
    first = print_one(db, greek.id, badge_printer.name, backend=CupsBackend(), layout="label-62-brother-ql")
    again = print_one(db, greek.id, badge_printer.name, backend=CupsBackend(), layout="label-62-brother-ql", copies=2)
    assert (first.reprints, again.reprints) == (0, 1)
    assert [e.data["reprint"] for e in _journal(db, greek.id, PRINT_KIND)] == [False, True]
    assert printed_counts(db) == {greek.id: 2}
    assert _journal(db, greek.id, PRINT_KIND)[1].data["copies"] == 2
    # cups-pdf writes one file whatever the copies (a real printer repeats it): one badge here.
    label = badge_printer.output_for(again.job_id)
    info = subprocess.run(["pdfinfo", str(label)], capture_output=True, text=True, check=True).stdout
    assert "175 x 283 pts" in info, "62 × 100 mm label media"
    workdir = tmp_path / "raster"
    workdir.mkdir()
    assert attendees_on(label, workdir, db) == [greek.id]


def test_a_paused_printer_fails_clearly_counts_nothing_and_a_retry_prints(event, badge_printer, tmp_path):
    db, people = event
    cyrillic = next(a for a in people if a.first_name == "Олександра")
    badge_printer.pause("Out of labels")
    with pytest.raises(PrintFailed) as caught:
        print_one(db, cyrillic.id, badge_printer.name, backend=CupsBackend(), station="Desk 2")
    assert "is paused (Out of labels)" in caught.value.message.english()
    assert printed_counts(db) == {}
    [failure] = _journal(db, cyrillic.id, PRINT_FAILED_KIND)
    assert "Out of labels" in failure.data["reason"] and failure.station == "Desk 2"
    assert badge_printer.name not in badge_printer.waiting_jobs()

    badge_printer.resume()
    outcome = print_one(db, cyrillic.id, badge_printer.name, backend=CupsBackend(), station="Desk 2")
    assert printed_counts(db) == {cyrillic.id: 1}
    workdir = tmp_path / "raster"
    workdir.mkdir()
    assert attendees_on(badge_printer.output_for(outcome.job_id), workdir, db) == [cyrillic.id]


def test_a_printer_that_refuses_jobs_fails_clearly_and_counts_nothing(event, badge_printer):
    db, people = event
    badge_printer.refuse("Closed for the night")
    with pytest.raises(PrintFailed) as caught:
        print_badges(db, badge_printer.name, backend=CupsBackend(), selection=BadgeSelection(category="Press"))
    assert "is set to refuse new prints (Closed for the night)" in caught.value.message.english()
    assert printed_counts(db) == {}
    press = [a for a in people if a.category == "Press"]
    assert [len(_journal(db, a.id, PRINT_FAILED_KIND)) for a in press] == [1] * len(press)


def test_an_unknown_printer_says_which_printers_exist(event, badge_printer):
    db, people = event
    with pytest.raises(PrintFailed) as caught:
        print_one(db, people[0].id, "Brother_QL_Desk9", backend=CupsBackend())
    text = caught.value.message.english()
    assert "There is no printer called “Brother_QL_Desk9”" in text and badge_printer.name in text
    assert printed_counts(db) == {}


def test_an_empty_selection_prints_and_logs_nothing(event, badge_printer):
    db, people = event
    with pytest.raises(Exception) as caught:
        print_badges(db, badge_printer.name, backend=CupsBackend(), selection=BadgeSelection(category="Nobody"))
    assert "No attendee matches this selection" in str(caught.value)
    assert not isinstance(caught.value, PrintFailed)
    assert all(not _journal(db, a.id, PRINT_FAILED_KIND) for a in people)
    assert len(PEOPLE) == len(people)
