"""The organiser's PDF documents: sign-in sheets, certificates of attendance and the summary report."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from checkin.domain.model import Event
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.reports import labels
from checkin.reports.attendance import AttendanceData
from checkin.reports.certificates import Certificate, write_certificate_files, write_certificates_pdf
from checkin.reports.files import cannot_write, check_destination
from checkin.reports.sheets import SessionSheet, render_sign_in_sheets
from checkin.reports.summary import render_summary
from checkin.services.exports import event_logo, find_session, load_data, page_frame
from checkin.services.statistics import arrival_curves, event_stats
from checkin.storage import event_repository as event_repo
from checkin.storage.database import Database


def _require_pdf(path: Path) -> Path:
    if Path(path).suffix.lower() != ".pdf":
        raise UserError(
            Message("Reports", QT_TRANSLATE_NOOP("Reports", "This document is a PDF: give a file name ending in .pdf, not “{name}”."), {"name": Path(path).name})
        )
    return check_destination(path)


def sign_in_sheets(db: Database, path: Path, session: str | None = None) -> int:
    """Write the sign-in sheet of the session titled ``session`` (or of every session); returns the sheets written."""
    path = _require_pdf(path)
    data = load_data(db)
    if not data.sessions:
        raise UserError(Message("Reports", QT_TRANSLATE_NOOP("Reports", "The event has no sessions yet, so there is no sign-in sheet to print.")))
    chosen = [data.session(find_session(data, session))] if session else data.sessions
    sheets = [
        SessionSheet(s, [a for a in data.attendees if a.status.is_active and s.id in a.session_ids])
        for s in chosen
    ]
    language = data.language
    title = labels.tr(language, QT_TRANSLATE_NOOP("Reports", "Sign-in sheet"))
    frame = page_frame(data.event, event_logo(db), title)
    render_sign_in_sheets(path, sheets, frame, data.event, language)
    return len(sheets)


def attendance_certificates(data: AttendanceData) -> list[Certificate]:
    """A certificate for everyone who came in anywhere, in family-name order, with the sessions they attended."""
    result = []
    for a in data.attendees:
        entered = [(s, data.first_in[s.id][a.id]) for s in data.sessions if a.id in data.first_in.get(s.id, {})]
        seen = [times[a.id] for times in data.first_in.values() if a.id in times]
        if seen:
            result.append(Certificate(a, entered, min(seen)))
    return result


@dataclass(frozen=True)
class Written:
    count: int  # certificates
    paths: list[Path]  # files


def certificates(db: Database, out: Path, progress=None) -> Written:
    """Certificates of attendance: into one PDF if ``out`` ends in .pdf, else one PDF per person in the folder ``out``.

    ``progress(done, total)`` follows the per-person files.
    """
    out = Path(out).expanduser().absolute()
    data = load_data(db)
    certs = attendance_certificates(data)
    if not certs:
        raise UserError(Message("Reports", QT_TRANSLATE_NOOP("Reports", "Nobody has checked in yet, so there is no certificate to write.")))
    logo = event_logo(db)
    if out.suffix.lower() == ".pdf":
        write_certificates_pdf(check_destination(out), certs, data.event, logo, data.language)
        return Written(len(certs), [out])
    if out.exists() and not out.is_dir():
        raise cannot_write(out, str(Message("Reports", QT_TRANSLATE_NOOP("Reports", "it is a file, not a folder"))))
    if not out.parent.is_dir():
        raise cannot_write(out, str(Message("Reports", QT_TRANSLATE_NOOP("Reports", "the folder does not exist"))))
    try:
        out.mkdir(exist_ok=True)
    except OSError as exc:
        raise cannot_write(out, exc.strerror or str(exc)) from exc
    return Written(len(certs), write_certificate_files(out, certs, data.event, logo, data.language, progress))


def _event_days(event: Event, today: date) -> list[date]:
    """The days of the event (at most a fortnight), or today for an event without dates."""
    if event.starts_on is None:
        return [today]
    last = event.ends_on or event.starts_on
    days = [event.starts_on + timedelta(days=n) for n in range((last - event.starts_on).days + 1)]
    return days[:14]


def summary_report(db: Database, path: Path) -> None:
    """The summary report PDF: totals, each day's arrivals, sessions against capacity, categories, countries, cities."""
    path = _require_pdf(path)
    stats = event_stats(db)
    with db.unit() as s:
        event = event_repo.get_event(s)
    curves = arrival_curves(db, _event_days(event, stats.day))
    language = labels.document_language(event)
    title = labels.tr(language, QT_TRANSLATE_NOOP("Reports", "Summary report"))
    render_summary(path, stats, curves, event, page_frame(event, event_logo(db), title), language)
