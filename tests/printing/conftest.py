"""A real CUPS print queue for the printing tests: a PDF printer (cups-pdf) writing into a temp folder.

See cups_queue.py for what it needs and does. Without CUPS the tests are skipped on a developer's
machine but fail in CI (CI=true), so CI can never pass without them.
"""
from __future__ import annotations

import os

import pytest

from tests.printing.cups_queue import CupsSetupFailed, CupsUnavailable, pdf_queue, running_scheduler

# One queue per test session: several sessions (developers, CI jobs) may share one scheduler.
QUEUE = f"BadgePDF-{os.getpid()}"


def _unavailable(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}, but CI must run the printing tests (see .ci/run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def cups_scheduler():
    """A running CUPS scheduler: the system's, or one started for the session."""
    try:
        with running_scheduler():
            yield
    except CupsUnavailable as reason:
        _unavailable(str(reason))
    except CupsSetupFailed as failure:
        pytest.fail(str(failure))


@pytest.fixture(scope="session")
def cups_pdf_printer(cups_scheduler):
    """The BadgePDF queue, printing into a fresh folder; removed at the end of the session."""
    try:
        with pdf_queue(QUEUE, "Badge PDF printer (tests)") as queue:
            yield queue
    except CupsUnavailable as reason:
        _unavailable(str(reason))
    except CupsSetupFailed as failure:
        pytest.fail(str(failure))


@pytest.fixture
def badge_printer(cups_pdf_printer):
    """The test queue, ready and empty before and after each test (tests pause and refuse it)."""
    cups_pdf_printer.resume()
    cups_pdf_printer.clear()
    yield cups_pdf_printer
    cups_pdf_printer.resume()
    cups_pdf_printer.clear()
