"""The organiser's PDF documents: sign-in sheets, certificates of attendance and the summary report."""
from __future__ import annotations

from pathlib import Path

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.reports import labels
from checkin.reports.files import check_destination
from checkin.reports.sheets import SessionSheet, render_sign_in_sheets
from checkin.services.exports import event_logo, find_session, load_data, page_frame
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
