"""Printing badges: render them, hand the PDF to a print queue, follow the job, log every badge printed.

A badge counts as printed only when the print system reports the job done: each one then gets a
journal line of kind "print" (who, when, which desk, layout, printer, job, copies, whether it was a
reprint). A job that fails is removed from the queue and logged as "print_failed", so the printed
and reprint counts (from the journal) never include a badge that did not come out.
"""
from __future__ import annotations

import os
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from checkin.badges.layout import Layout
from checkin.badges.layout_store import load_layout
from checkin.badges.stock import get_stock
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.printing.backend import CONTEXT, PrintBackend, PrintJob
from checkin.services.badges import BadgeSelection, default_layout_name, render_badges, select_attendees
from checkin.storage import badge_repository as badges_repo
from checkin.storage import repositories as repo
from checkin.storage.database import Database

PRINT_KIND = badges_repo.PRINT_KIND
PRINT_FAILED_KIND = "print_failed"
# Seconds without progress before a job is given up: short at the desk, where someone waits.
DESK_TIMEOUT = 30.0
BATCH_TIMEOUT = 120.0


@dataclass(frozen=True)
class PrintOutcome:
    """A print that came out: what, where, and how many of the badges had been printed before."""

    printer: str
    layout: str
    job_id: str
    attendee_ids: tuple[str, ...]
    pages: int
    copies: int
    reprints: int
    timings: dict[str, float] = field(default_factory=dict, compare=False)  # seconds per step


class PrintFailed(UserError):
    """The badges did not print (and were logged as "print_failed"); the message says why and what to do."""

    def __init__(self, message: Message, printer: str, attendee_ids: tuple[str, ...]):
        super().__init__(message)
        self.printer = printer
        self.attendee_ids = attendee_ids


@dataclass(frozen=True)
class _Batch:
    layout: Layout
    attendee_ids: tuple[str, ...]
    pdf: Path
    pages: int


def _m(text: str, **params) -> Message:
    return Message(CONTEXT, text, params)


def _render(db: Database, layout: str | Layout | None, selection: BadgeSelection, cut_marks: bool | None) -> _Batch:
    if not isinstance(layout, Layout):
        layout = load_layout(layout or default_layout_name(db))
    people = select_attendees(db, selection)
    if not people:
        raise UserError(
            _m(QT_TRANSLATE_NOOP("Printing", "No attendee matches this selection, so there is nothing to print. Change the filters."))
        )
    ids = tuple(a.id for a in people)
    # Render exactly the attendees chosen above, in that order, so the journal matches the paper.
    handle, name = tempfile.mkstemp(prefix="checkin-badges-", suffix=".pdf")
    os.close(handle)
    pdf = Path(name)
    try:
        result = render_badges(db, pdf, layout, BadgeSelection(ids=ids, sort=selection.sort), cut_marks=cut_marks)
    except BaseException:
        pdf.unlink(missing_ok=True)
        raise
    return _Batch(layout, ids, pdf, result.pages)


def _log(db: Database, kind: str, attendee_ids: Sequence[str], station: str, operator: str, **data) -> int:
    """Journal one line per badge; returns how many had been printed before (the reprints)."""
    with db.unit() as s:
        before = badges_repo.printed_counts(s) if kind == PRINT_KIND else {}
        reprints = 0
        for attendee_id in attendee_ids:
            extra = {}
            if kind == PRINT_KIND:
                extra["reprint"] = before.get(attendee_id, 0) > 0
                reprints += extra["reprint"]
            repo.append_journal(s, repo.journal_entry(kind, attendee_id, station, operator, **data, **extra))
    return reprints


def _job_title(db: Database, ids: tuple[str, ...]) -> str:
    if len(ids) == 1:
        with db.unit() as s:
            attendee = repo.get_attendee(s, ids[0])
        if attendee is not None:
            return str(_m(QT_TRANSLATE_NOOP("Printing", "Badge: {name}"), name=attendee.full_name))
    return str(_m(QT_TRANSLATE_NOOP("Printing", "Badges ({count})"), count=len(ids)))


def print_badges(
    db: Database,
    printer: str,
    *,
    backend: PrintBackend,
    layout: str | Layout | None = None,
    selection: BadgeSelection = BadgeSelection(),
    copies: int = 1,
    station: str = "",
    operator: str = "",
    timeout: float = BATCH_TIMEOUT,
    cancelled: threading.Event | None = None,
    on_submitted: Callable[[PrintJob], None] | None = None,
    cut_marks: bool | None = None,
) -> PrintOutcome:
    """Print the selected badges on ``printer`` and wait until the print system has them.

    ``on_submitted(job)`` is called as soon as the queue has accepted the job (the desk shows
    "sent"); setting ``cancelled`` stops waiting and removes the job. Raises PrintFailed (a
    UserError) when the badges did not print, after logging them as "print_failed".
    """
    if copies < 1:
        raise UserError(_m(QT_TRANSLATE_NOOP("Printing", "The number of copies must be at least 1.")))
    timings: dict[str, float] = {}
    started = time.perf_counter()
    batch = _render(db, layout, selection, cut_marks)
    timings["render"] = time.perf_counter() - started
    media = get_stock(batch.layout.stock).media
    details = {"layout": batch.layout.name, "printer": printer, "copies": copies}

    def failed(message: Message, job_id: str = "") -> PrintFailed:
        _log(db, PRINT_FAILED_KIND, batch.attendee_ids, station, operator, **details, job_id=job_id, reason=message.english())
        return PrintFailed(message, printer, batch.attendee_ids)

    try:
        backend.check_ready(printer)
        job = backend.submit(batch.pdf, printer, media, copies, _job_title(db, batch.attendee_ids))
    except UserError as error:
        raise failed(error.message) from None
    finally:
        batch.pdf.unlink(missing_ok=True)  # the queue keeps its own copy from here on
    timings["submitted"] = time.perf_counter() - started
    if on_submitted is not None:
        on_submitted(job)
    outcome = backend.wait(job, timeout, cancelled)
    timings["completed"] = time.perf_counter() - started
    if not outcome.ok:
        raise failed(outcome.message, job.job_id)
    reprints = _log(db, PRINT_KIND, batch.attendee_ids, station, operator, **details, job_id=job.job_id)
    return PrintOutcome(printer, batch.layout.name, job.job_id, batch.attendee_ids, batch.pages, copies, reprints, timings)


def print_one(
    db: Database,
    attendee_id: str,
    printer: str,
    *,
    backend: PrintBackend,
    layout: str | Layout | None = None,
    copies: int = 1,
    station: str = "",
    operator: str = "",
    timeout: float = DESK_TIMEOUT,
    cancelled: threading.Event | None = None,
    on_submitted: Callable[[PrintJob], None] | None = None,
) -> PrintOutcome:
    """Print one attendee's badge at the desk (no cut marks); see :func:`print_badges`."""
    return print_badges(
        db,
        printer,
        backend=backend,
        layout=layout,
        selection=BadgeSelection(ids=(attendee_id,)),
        copies=copies,
        station=station,
        operator=operator,
        timeout=timeout,
        cancelled=cancelled,
        on_submitted=on_submitted,
        cut_marks=False,
    )

