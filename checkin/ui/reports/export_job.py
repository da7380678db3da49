"""What the export dialog asks for, as data, and running it on its own connection to the event.

The job runs on a pool thread and only reads the event: it opens the event itself (as the dashboard
does), so a minute-long export never holds up check-ins queued on the desk's database lane.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Callable, Sequence

from checkin.i18n import Message
from checkin.services import documents
from checkin.services.event import open_event
from checkin.services.exports import ExportFormat, ExportKind, ExportRequest, export


class Document(StrEnum):
    """Everything the dialog can write: the four tables and the three PDF documents."""

    ATTENDANCE = ExportKind.ATTENDANCE.value
    SCANS = ExportKind.SCANS.value
    NO_SHOWS = ExportKind.NO_SHOWS.value
    WALK_INS = ExportKind.WALK_INS.value
    SHEETS = "sheets"
    CERTIFICATES = "certificates"
    REPORT = "report"

    @property
    def is_table(self) -> bool:
        return self.value in {kind.value for kind in ExportKind}

    @property
    def takes_session(self) -> bool:
        return self.is_table or self is Document.SHEETS


@dataclass(frozen=True)
class ExportJob:
    location: str  # the event file or database URL
    document: Document
    path: Path  # a file, or a folder for certificates one file per person
    format: ExportFormat = ExportFormat.PDF
    session: str | None = None
    fields: Sequence[str] | None = None
    delimiter: str = ","


@dataclass(frozen=True)
class ExportOutcome:
    path: Path  # what was written: the file, or the folder of certificates
    count: int  # rows, sheets or certificates
    is_folder: bool = False


def run_job(job: ExportJob, stage: Callable[[Message], None], step: Callable[[int, int], None]) -> ExportOutcome:
    """Write what ``job`` asks for; ``stage`` and ``step`` report progress from the worker thread."""
    db, _event = open_event(job.location)
    try:
        if job.document.is_table:
            request = ExportRequest(ExportKind(job.document.value), job.format, job.path, job.fields, job.session, job.delimiter)
            result = export(db, request, stage)
            return ExportOutcome(result.path, result.rows)
        if job.document is Document.SHEETS:
            return ExportOutcome(job.path, documents.sign_in_sheets(db, job.path, job.session))
        if job.document is Document.CERTIFICATES:
            written = documents.certificates(db, job.path, step)
            return ExportOutcome(job.path, written.count, is_folder=job.path.suffix.lower() != ".pdf")
        documents.summary_report(db, job.path)
        return ExportOutcome(job.path, 1)
    finally:
        db.dispose()
