"""The CUPS backend against a real scheduler and a real cups-pdf queue."""
from __future__ import annotations

import subprocess
import threading

import pytest
from reportlab.lib.pagesizes import A6
from reportlab.pdfgen import canvas

from checkin.i18n import UserError
from checkin.printing.cups import CupsBackend

pytestmark = pytest.mark.cups


@pytest.fixture
def two_pages(tmp_path):
    path = tmp_path / "two.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A6)
    for text in ("first page", "second page"):
        pdf.drawString(40, 200, text)
        pdf.showPage()
    pdf.save()
    return path


def _pdfinfo(path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout


def test_printers_are_listed_with_the_test_queue(badge_printer):
    printers = {p.name: p for p in CupsBackend().list_printers()}
    assert badge_printer.name in printers
    assert printers[badge_printer.name].description == "Badge PDF printer (tests)"
    assert printers[badge_printer.name].enabled and printers[badge_printer.name].accepting


def test_a_job_is_printed_on_the_stock_media(badge_printer, two_pages):
    backend = CupsBackend()
    backend.check_ready(badge_printer.name)
    job = backend.submit(two_pages, badge_printer.name, "A6", 1, "Badges test")
    assert job.job_id.startswith(f"{badge_printer.name}-")
    assert backend.wait(job, timeout=60).ok
    info = _pdfinfo(badge_printer.output_for(job.job_id))
    assert "Pages:           2" in info
    assert "297 x 419 pts" in info, "A6 media reached the printer"


def test_a_paused_printer_is_refused_before_sending(badge_printer):
    badge_printer.pause("Out of labels")
    with pytest.raises(UserError) as caught:
        CupsBackend().check_ready(badge_printer.name)
    text = caught.value.message.english()
    assert "is paused (Out of labels)" in text
    assert f"Resume the print queue “{badge_printer.name}”" in text
    assert "cupsenable" not in text, "no command lines for the desk staff"


def test_a_printer_paused_without_a_reason_does_not_say_paused_twice(badge_printer):
    badge_printer.pause("Paused")
    with pytest.raises(UserError) as caught:
        CupsBackend().check_ready(badge_printer.name)
    text = caught.value.message.english()
    assert "is paused." in text and "(Paused)" not in text


def test_a_job_stuck_on_a_paused_printer_fails_and_leaves_the_queue(badge_printer, two_pages):
    backend = CupsBackend()
    badge_printer.pause("Out of labels")
    job = backend.submit(two_pages, badge_printer.name, "A6", 1, "Stuck badge")
    outcome = backend.wait(job, timeout=30)
    assert not outcome.ok
    assert "Out of labels" in outcome.message.english()
    assert job.job_id not in badge_printer.waiting_jobs(), "the failed job cannot print later by surprise"


def test_cancelling_while_waiting_removes_the_job(badge_printer, two_pages):
    backend = CupsBackend()
    job = backend.submit(two_pages, badge_printer.name, "A6", 1, "Held badge")
    subprocess.run(["lp", "-i", job.job_id, "-H", "indefinite"], check=True, capture_output=True)
    stop = threading.Event()
    stop.set()
    outcome = backend.wait(job, timeout=30, cancelled=stop)
    assert not outcome.ok and "cancelled" in outcome.message.english()
    assert job.job_id not in badge_printer.waiting_jobs()


def test_a_held_job_is_reported(badge_printer, two_pages):
    backend = CupsBackend()
    job = backend.submit(two_pages, badge_printer.name, "A6", 1, "Held badge")
    subprocess.run(["lp", "-i", job.job_id, "-H", "indefinite"], check=True, capture_output=True)
    outcome = backend.wait(job, timeout=30)
    assert not outcome.ok and "on hold" in outcome.message.english()
    assert job.job_id not in badge_printer.waiting_jobs()


def test_a_refusing_printer_says_so(badge_printer, two_pages):
    badge_printer.refuse("Closed for the night")
    with pytest.raises(UserError) as caught:
        CupsBackend().submit(two_pages, badge_printer.name, "A6", 1, "Refused")
    assert "is set to refuse new prints (Closed for the night)" in caught.value.message.english()


def test_an_unknown_printer_is_named_with_the_ones_that_exist(badge_printer, two_pages):
    for attempt in (lambda b: b.check_ready("NoSuchPrinter"), lambda b: b.submit(two_pages, "NoSuchPrinter", "A6", 1, "x")):
        with pytest.raises(UserError) as caught:
            attempt(CupsBackend())
        text = caught.value.message.english()
        assert "There is no printer called “NoSuchPrinter”" in text and badge_printer.name in text


def test_an_unreachable_scheduler_is_reported_as_such(cups_scheduler, tmp_path, two_pages):
    backend = CupsBackend(environ={"CUPS_SERVER": str(tmp_path / "no-cupsd.sock")})
    for attempt in (lambda: backend.list_printers(), lambda: backend.submit(two_pages, "BadgePDF", "A6", 1, "x")):
        with pytest.raises(UserError) as caught:
            attempt()
        assert "The print system (CUPS) is not running" in caught.value.message.english()
