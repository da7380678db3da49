"""What every printing backend offers: the system's printers, sending a PDF, following the job.

Two backends implement it: CUPS through its command-line tools (Linux, macOS; ``cups.py``) and, on
Windows, QPrinter fed with pages rendered by QtPdf (``checkin.ui.printing``). The services only see
this interface, so the desk, the batch dialog and the CLI print the same way everywhere.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError

CONTEXT = "Printing"


@dataclass(frozen=True, slots=True)
class Printer:
    """A print queue as the system shows it."""

    name: str
    description: str = ""
    location: str = ""
    is_default: bool = False
    enabled: bool = True  # False: the queue is paused (CUPS "disabled"/stopped)
    accepting: bool = True  # False: the queue refuses new jobs
    message: str = ""  # the system's last word on the printer ("Out of labels", "Connecting…")
    reasons: tuple[str, ...] = ()  # machine-readable printer-state-reasons, e.g. "media-empty-error"
    busy_with: str = ""  # the id of the job it is printing now, if any

    @property
    def label(self) -> str:
        return self.description or self.name


@dataclass(frozen=True, slots=True)
class PrintJob:
    """A job the print system has accepted."""

    printer: str
    job_id: str  # the system's id ("BadgePDF-12"); "" when the system gives none (Windows)
    title: str = ""


@dataclass(frozen=True, slots=True)
class JobOutcome:
    """How a job ended: printed (``ok``), or why not, as a sentence for the user."""

    ok: bool
    message: Message | None = None

    @staticmethod
    def done() -> "JobOutcome":
        return JobOutcome(True)

    @staticmethod
    def failed(message: Message) -> "JobOutcome":
        return JobOutcome(False, message)


class PrintBackend(Protocol):
    def list_printers(self) -> list[Printer]:
        """The system's printers, default first. Raises UserError when the print system is down."""

    def check_ready(self, printer: str) -> Printer:
        """The printer, if it exists and can take a job now; otherwise a UserError saying what to do."""

    def submit(self, pdf: Path, printer: str, media: str, copies: int, title: str) -> PrintJob:
        """Hand ``pdf`` to the print system; returns once it has accepted the job (or raises UserError)."""

    def wait(self, job: PrintJob, timeout: float, cancelled: threading.Event | None = None) -> JobOutcome:
        """Follow ``job`` until it is printed, fails, makes no progress for ``timeout`` seconds, or
        ``cancelled`` is set. A printer busy printing counts as progress: a long batch on a slow
        office printer is not given up while it prints.

        A job that did not print is removed from the queue before this returns, so that it cannot
        come out later behind the journal's back (a retry would then print the badge twice).
        """

    def cancel(self, job: PrintJob) -> None:
        """Remove the job from the queue so that it does not print later (no error if it is gone)."""


def _m(text: str, **params) -> Message:
    return Message(CONTEXT, text, params)


def no_such_printer(printer: str, known: list[str]) -> UserError:
    if known:
        return UserError(
            _m(
                QT_TRANSLATE_NOOP("Printing", "There is no printer called “{printer}”. Printers on this computer: {known}. Choose one of them."),
                printer=printer,
                known=", ".join(known),
            )
        )
    return UserError(
        _m(
            QT_TRANSLATE_NOOP("Printing", "There is no printer called “{printer}”, and no printer is set up on this computer. Add one in the system's printer settings, or save the badges as a PDF."),
            printer=printer,
        )
    )


def cancelled_outcome() -> JobOutcome:
    return JobOutcome.failed(_m(QT_TRANSLATE_NOOP("Printing", "Printing was cancelled; the job was removed from the printer queue.")))


def timed_out_outcome(printer: str, seconds: float, status: str) -> JobOutcome:
    detail = f" ({status})" if status else ""
    return JobOutcome.failed(
        _m(
            QT_TRANSLATE_NOOP("Printing", "{printer} made no progress with the job for {seconds} seconds{detail}. The job was removed from the queue; check the printer, then retry."),
            printer=printer,
            seconds=round(seconds),
            detail=detail,
        )
    )
