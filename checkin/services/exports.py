"""Exporting attendance: read the event once, shape the table, write XLSX, CSV or PDF in the event's language."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from enum import StrEnum
from pathlib import Path
from typing import Callable, Sequence
from zoneinfo import ZoneInfo

from babel.dates import format_date

from checkin.badges.content import event_dates
from checkin.domain.model import Event
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.importing.sessions import session_called
from checkin.reports import attendance, labels, pdf
from checkin.reports.attendance import AttendanceData
from checkin.reports.csv_file import check_delimiter, write_csv
from checkin.reports.fields import DEFAULT_FIELDS, SCAN_LOG_FIELDS, check_fields
from checkin.reports.files import check_destination
from checkin.reports.pdf_table import write_table_pdf
from checkin.reports.table import ExportTable
from checkin.reports.xlsx import write_xlsx
from checkin.storage import event_repository as event_repo
from checkin.storage import report_repository as report_repo
from checkin.storage import repositories as repo
from checkin.storage import scan_repository as scans_repo
from checkin.storage.database import Database

Progress = Callable[[Message], None]


class ExportKind(StrEnum):
    ATTENDANCE = "attendance"
    SCANS = "scans"
    NO_SHOWS = "no-shows"
    WALK_INS = "walk-ins"


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"
    PDF = "pdf"


@dataclass(frozen=True)
class ExportRequest:
    kind: ExportKind
    format: ExportFormat
    path: Path
    fields: Sequence[str] | None = None  # attendee columns; None = the kind's default
    session: str | None = None  # a session title: limit the export to it
    delimiter: str = ","  # CSV only


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


_BUILDERS = {
    ExportKind.ATTENDANCE: attendance.attendance_table,
    ExportKind.SCANS: attendance.scan_log_table,
    ExportKind.NO_SHOWS: attendance.no_shows_table,
    ExportKind.WALK_INS: attendance.walk_ins_table,
}


def load_data(db: Database, with_scans: bool = False) -> AttendanceData:
    """The event, its programme, its people in family-name order and their first entries, in one unit of work."""
    with db.unit() as s:
        event = event_repo.get_event(s)
        sessions = repo.list_sessions(s)
        people = attendance.family_order(repo.list_attendees(s))
        first_in = report_repo.first_entries(s)
        scans = scans_repo.scans(s) if with_scans else None
    return AttendanceData(event, sessions, people, first_in, scans)


def event_logo(db: Database) -> bytes | None:
    with db.unit() as s:
        return event_repo.event_logo(s)


def find_session(data: AttendanceData, title: str) -> str:
    """The id of the session called ``title`` (see ``session_called``)."""
    session = session_called(data.sessions, title)
    if session is not None:
        return session.id
    raise UserError(
        Message(
            "Reports",
            QT_TRANSLATE_NOOP("Reports", "There is no session called “{title}”. The sessions are: {titles}."),
            {"title": title, "titles": "; ".join(s.title for s in data.sessions) or "–"},
        )
    )


def exported_at_text(event: Event, language: str, now: datetime | None = None) -> str:
    """"Exported on 20 March 2026 at 12:05 with Check-in Desk", in the event's time zone and language."""
    local = (now or datetime.now(timezone.utc)).astimezone(ZoneInfo(event.timezone))
    return Message(
        "Reports",
        QT_TRANSLATE_NOOP("Reports", "Exported on {date} at {time} with Check-in Desk"),
        {"date": format_date(local.date(), "long", locale=language), "time": local.strftime("%H:%M")},
    ).in_language(language)


def page_frame(event: Event, logo: bytes | None, title: str, subtitle: str = "") -> pdf.PageFrame:
    """The running header and footer of the event's report PDFs."""
    language = labels.document_language(event)
    right = " · ".join(part for part in (event_dates(event.starts_on, event.ends_on, language), event.venue) if part)
    return pdf.PageFrame(
        event_name=event.name,
        title=title,
        subtitle=subtitle,
        right=right,
        footer=exported_at_text(event, language),
        page_of=pdf.page_of_text(language),
        logo=pdf.logo_reader(logo),
    )


def _about(data: AttendanceData, table: ExportTable) -> list[tuple[str, str]]:
    lang = data.language

    def t(text: str) -> str:
        return Message("Reports", text).in_language(lang)

    rows = [
        (t(QT_TRANSLATE_NOOP("Reports", "Event")), data.event.name),
        (t(QT_TRANSLATE_NOOP("Reports", "Dates")), event_dates(data.event.starts_on, data.event.ends_on, lang)),
        (t(QT_TRANSLATE_NOOP("Reports", "Venue")), data.event.venue),
        (t(QT_TRANSLATE_NOOP("Reports", "Document")), " – ".join(part for part in (table.title, table.subtitle) if part)),
        (t(QT_TRANSLATE_NOOP("Reports", "Rows")), str(len(table.rows))),
        (t(QT_TRANSLATE_NOOP("Reports", "Times are in")), data.event.timezone),
        (t(QT_TRANSLATE_NOOP("Reports", "Exported")), exported_at_text(data.event, lang)),
    ]
    return [(label, value) for label, value in rows if value]


def _say(progress: Progress | None, text: str) -> None:
    if progress is not None:
        progress(Message("Reports", text))


def export(db: Database, request: ExportRequest, progress: Progress | None = None) -> ExportResult:
    """Write one attendance export; nothing is left at ``request.path`` if it fails."""
    kind, fmt = ExportKind(request.kind), ExportFormat(request.format)
    if fmt is ExportFormat.CSV:
        check_delimiter(request.delimiter)
    path = check_destination(request.path)
    fields = check_fields(request.fields) if request.fields is not None else (SCAN_LOG_FIELDS if kind is ExportKind.SCANS else DEFAULT_FIELDS)
    _say(progress, QT_TRANSLATE_NOOP("Reports", "Reading the event…"))
    data = load_data(db, with_scans=kind is ExportKind.SCANS)
    session_id = find_session(data, request.session) if request.session else None
    table = _BUILDERS[kind](data, fields, session_id)
    _say(progress, QT_TRANSLATE_NOOP("Reports", "Writing the file…"))
    if fmt is ExportFormat.XLSX:
        about_title = Message("Reports", QT_TRANSLATE_NOOP("Reports", "About")).in_language(data.language)
        write_xlsx(table, path, _about(data, table), about_title)
    elif fmt is ExportFormat.CSV:
        write_csv(table, path, request.delimiter)
    else:
        write_table_pdf(table, path, page_frame(data.event, event_logo(db), table.title, table.subtitle), data.language)
    return ExportResult(path, len(table.rows))
