"""The words of exports and reports (headers, statuses, verdicts, reasons), in the document's language."""
from __future__ import annotations

from checkin.domain.model import Event, Status
from checkin.domain.scan_log import ANNULMENT, UNDO_REASON
from checkin.domain.verdicts import Direction, Reason, Verdict
from checkin.i18n import QT_TRANSLATE_NOOP, translate_in

CONTEXT = "Reports"

FIELD_HEADERS: dict[str, str] = {
    "last_name": QT_TRANSLATE_NOOP("Reports", "Family name"),
    "first_name": QT_TRANSLATE_NOOP("Reports", "Given name"),
    "organisation": QT_TRANSLATE_NOOP("Reports", "Organisation"),
    "position": QT_TRANSLATE_NOOP("Reports", "Position"),
    "city": QT_TRANSLATE_NOOP("Reports", "City"),
    "country": QT_TRANSLATE_NOOP("Reports", "Country"),
    "country_code": QT_TRANSLATE_NOOP("Reports", "Country code"),
    "category": QT_TRANSLATE_NOOP("Reports", "Category"),
    "email": QT_TRANSLATE_NOOP("Reports", "Email"),
    "badge_language": QT_TRANSLATE_NOOP("Reports", "Badge language"),
    "status": QT_TRANSLATE_NOOP("Reports", "Status"),
    "source": QT_TRANSLATE_NOOP("Reports", "Source"),
    "source_id": QT_TRANSLATE_NOOP("Reports", "Source ID"),
    "notes": QT_TRANSLATE_NOOP("Reports", "Notes"),
    "walk_in": QT_TRANSLATE_NOOP("Reports", "Walk-in"),
    "sessions": QT_TRANSLATE_NOOP("Reports", "Registered sessions"),
    "ticket_codes": QT_TRANSLATE_NOOP("Reports", "Ticket codes"),
    "id": QT_TRANSLATE_NOOP("Reports", "Attendee ID"),
}

ENTRANCE = QT_TRANSLATE_NOOP("Reports", "Entrance")
YES = QT_TRANSLATE_NOOP("Reports", "yes")

STATUSES = {
    Status.REGISTERED: QT_TRANSLATE_NOOP("Reports", "registered"),
    Status.PENDING: QT_TRANSLATE_NOOP("Reports", "pending"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("Reports", "cancelled"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("Reports", "withdrawn"),
}

DIRECTIONS = {
    Direction.IN.value: QT_TRANSLATE_NOOP("Reports", "in"),
    Direction.OUT.value: QT_TRANSLATE_NOOP("Reports", "out"),
}

VERDICTS = {
    Verdict.ACCEPTED.value: QT_TRANSLATE_NOOP("Reports", "accepted"),
    Verdict.WARNING.value: QT_TRANSLATE_NOOP("Reports", "let in with a warning"),
    Verdict.REJECTED.value: QT_TRANSLATE_NOOP("Reports", "refused"),
    ANNULMENT: QT_TRANSLATE_NOOP("Reports", "annulment"),
}

REASONS = {
    Reason.OK.value: "",
    Reason.ALREADY_CHECKED_IN.value: QT_TRANSLATE_NOOP("Reports", "already checked in"),
    Reason.UNKNOWN_CODE.value: QT_TRANSLATE_NOOP("Reports", "unknown code"),
    Reason.FORGED_CODE.value: QT_TRANSLATE_NOOP("Reports", "forged code"),
    Reason.REVOKED_CODE.value: QT_TRANSLATE_NOOP("Reports", "replaced badge"),
    Reason.CANCELLED.value: QT_TRANSLATE_NOOP("Reports", "registration cancelled"),
    Reason.NOT_REGISTERED.value: QT_TRANSLATE_NOOP("Reports", "not registered for the session"),
    Reason.SESSION_FULL.value: QT_TRANSLATE_NOOP("Reports", "session full"),
    Reason.OUTSIDE_TIME_WINDOW.value: QT_TRANSLATE_NOOP("Reports", "outside the session's hours"),
    Reason.NOT_ARRIVED.value: QT_TRANSLATE_NOOP("Reports", "not checked in at the entrance"),
    Reason.EXIT_WITHOUT_ENTRY.value: QT_TRANSLATE_NOOP("Reports", "exit without an entry"),
    Reason.AMBIGUOUS.value: QT_TRANSLATE_NOOP("Reports", "several people match"),
    UNDO_REASON: QT_TRANSLATE_NOOP("Reports", "undone at the station"),
}


def document_language(event: Event) -> str:
    """Reports are written in the event's first language."""
    return event.languages[0] if event.languages else "en"


def tr(language: str, text: str) -> str:
    """A marked string of this module (or any "Reports" string) in ``language``."""
    return translate_in(language, CONTEXT, text) if text else ""


def label(table: dict[str, str], key: str, language: str) -> str:
    """The word for ``key`` in one of the tables above; an unknown key (a newer version's) as it is."""
    source = table.get(key)
    return key if source is None else tr(language, source)
