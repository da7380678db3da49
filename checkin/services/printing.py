"""Printing badges: render them, hand the PDF to a print queue, follow the job, log every badge printed.

A badge counts as printed only when the print system reports the job done: each one then gets a
journal line of kind "print" (who, when, which desk, layout, printer, job, copies, whether it was a
reprint). A job that fails is removed from the queue and logged as "print_failed", so the printed
and reprint counts (from the journal) never include a badge that did not come out.

Three steps, so that the window can run the database parts on its database lane and the waiting
on a pool thread: :func:`prepare_print` (database, rendering), :func:`send_print` (printer only)
and :func:`record_print` (database). :func:`print_badges` and :func:`print_one` do all three.
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
class PreparedPrint:
    """Badges rendered into a temporary PDF, ready for a printer (the file goes once it is sent)."""

    layout: str
    stock: str
    media: str
    attendee_ids: tuple[str, ...]
    pdf: Path
    pages: int
    title: str  # the job's name in the printer queue
    render_seconds: float = 0.0

    def discard(self) -> None:
        self.pdf.unlink(missing_ok=True)


@dataclass(frozen=True)
class Delivery:
    """What happened at the printer: the job and whether it came out, or why not."""

    printer: str
    copies: int
    job_id: str = ""
    message: Message | None = None  # None: printed
    timings: dict[str, float] = field(default_factory=dict, compare=False)  # seconds to "submitted", "completed"

    @property
    def ok(self) -> bool:
        return self.message is None


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
    timings: dict[str, float] = field(default_factory=dict, compare=False)


class PrintFailed(UserError):
    """The badges did not print (and were logged as "print_failed"); the message says why and what to do."""

    def __init__(self, message: Message, printer: str, attendee_ids: tuple[str, ...]):
        super().__init__(message)
        self.printer = printer
        self.attendee_ids = attendee_ids


def _m(text: str, **params) -> Message:
    return Message(CONTEXT, text, params)


def prepare_print(
    db: Database,
    layout: str | Layout | None = None,
    selection: BadgeSelection = BadgeSelection(),
    cut_marks: bool | None = None,
) -> PreparedPrint:
    """Render the selected badges into a temporary PDF (UserError when nobody is selected)."""
    started = time.perf_counter()
    if not isinstance(layout, Layout):
        layout = load_layout(layout or default_layout_name(db))
    people = select_attendees(db, selection)
    if not people:
        raise UserError(
            _m(QT_TRANSLATE_NOOP("Printing", "No attendee matches this selection, so there is nothing to print. Change the filters."))
        )
    ids = tuple(a.id for a in people)
    if len(people) == 1:
        title = str(_m(QT_TRANSLATE_NOOP("Printing", "Badge: {name}"), name=people[0].full_name))
    else:
        title = str(_m(QT_TRANSLATE_NOOP("Printing", "Badges ({count})"), count=len(people)))
    handle, name = tempfile.mkstemp(prefix="checkin-badges-", suffix=".pdf")
    os.close(handle)
    pdf = Path(name)
    try:
        # Exactly the attendees chosen above, in that order, so that the journal matches the paper.
        result = render_badges(db, pdf, layout, BadgeSelection(ids=ids, sort=selection.sort), cut_marks=cut_marks)
    except BaseException:
        pdf.unlink(missing_ok=True)
        raise
    stock = get_stock(layout.stock)
    return PreparedPrint(layout.name, stock.id, stock.media, ids, pdf, result.pages, title, time.perf_counter() - started)


def send_print(
    prepared: PreparedPrint,
    printer: str,
    *,
    backend: PrintBackend,
    copies: int = 1,
    timeout: float = BATCH_TIMEOUT,
    cancelled: threading.Event | None = None,
    on_submitted: Callable[[PrintJob], None] | None = None,
) -> Delivery:
    """Check the printer, hand it the PDF, and follow the job; no database. Deletes the PDF.

    ``on_submitted(job)`` is called as soon as the queue has accepted the job; setting
    ``cancelled`` stops waiting and removes the job. Printer problems come back as a Delivery
    with a message, not as an exception.
    """
    if copies < 1:
        raise UserError(_m(QT_TRANSLATE_NOOP("Printing", "The number of copies must be at least 1.")))
    started = time.perf_counter()
    try:
        backend.check_ready(printer)
        job = backend.submit(prepared.pdf, printer, prepared.media, copies, prepared.title)
    except UserError as error:
        return Delivery(printer, copies, message=error.message)
    finally:
        prepared.discard()  # the queue keeps its own copy from here on
    submitted = time.perf_counter() - started
    if on_submitted is not None:
        on_submitted(job)
    outcome = backend.wait(job, timeout, cancelled)
    timings = {"submitted": submitted, "completed": time.perf_counter() - started}
    return Delivery(printer, copies, job.job_id, outcome.message, timings)


def record_print(
    db: Database, prepared: PreparedPrint, delivery: Delivery, station: str = "", operator: str = "", station_id: str = ""
) -> PrintOutcome:
    """Journal the badges as printed, or as failed and raise PrintFailed with the reason."""
    details = {"layout": prepared.layout, "printer": delivery.printer, "job_id": delivery.job_id, "copies": delivery.copies}
    if not delivery.ok:
        _log(db, PRINT_FAILED_KIND, prepared.attendee_ids, station, operator, station_id, **details, reason=delivery.message.english())
        raise PrintFailed(delivery.message, delivery.printer, prepared.attendee_ids)
    reprints = _log(db, PRINT_KIND, prepared.attendee_ids, station, operator, station_id, **details)
    timings = {"render": prepared.render_seconds, **{k: prepared.render_seconds + v for k, v in delivery.timings.items()}}
    return PrintOutcome(delivery.printer, prepared.layout, delivery.job_id, prepared.attendee_ids, prepared.pages,
                        delivery.copies, reprints, timings)


def _log(db: Database, kind: str, attendee_ids: Sequence[str], station: str, operator: str, station_id: str, **data) -> int:
    """Journal one line per badge; returns how many had been printed before (the reprints)."""
    with db.unit() as s:
        before = badges_repo.printed_counts(s) if kind == PRINT_KIND else {}
        reprints = 0
        for attendee_id in attendee_ids:
            extra = {}
            if kind == PRINT_KIND:
                extra["reprint"] = before.get(attendee_id, 0) > 0
                reprints += extra["reprint"]
            repo.append_journal(s, repo.journal_entry(kind, attendee_id, station, operator, station_id=station_id, **data, **extra))
    return reprints


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
    station_id: str = "",
    timeout: float = BATCH_TIMEOUT,
    cancelled: threading.Event | None = None,
    on_submitted: Callable[[PrintJob], None] | None = None,
    cut_marks: bool | None = None,
) -> PrintOutcome:
    """Print the selected badges on ``printer`` and wait until the print system has them.

    Raises PrintFailed (a UserError) when the badges did not print, after logging them as
    "print_failed"; see :func:`send_print` for ``on_submitted`` and ``cancelled``.
    """
    prepared = prepare_print(db, layout, selection, cut_marks)
    delivery = send_print(prepared, printer, backend=backend, copies=copies, timeout=timeout, cancelled=cancelled,
                          on_submitted=on_submitted)
    return record_print(db, prepared, delivery, station, operator, station_id)


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
    station_id: str = "",
    timeout: float = DESK_TIMEOUT,
    cancelled: threading.Event | None = None,
    on_submitted: Callable[[PrintJob], None] | None = None,
) -> PrintOutcome:
    """Print one attendee's badge at the desk (no cut marks); see :func:`print_badges`."""
    return print_badges(
        db, printer, backend=backend, layout=layout, selection=BadgeSelection(ids=(attendee_id,)), copies=copies,
        station=station, operator=operator, station_id=station_id, timeout=timeout, cancelled=cancelled, on_submitted=on_submitted,
        cut_marks=False,
    )
