"""Display names for the core's codes (statuses, session kinds, attendee fields), in the UI language."""
from __future__ import annotations

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCoreApplication

from checkin.domain.model import SessionKind, Status


def status_label(status: Status) -> str:
    if status is Status.REGISTERED:
        return QCoreApplication.translate("Labels", "Registered")
    if status is Status.PENDING:
        return QCoreApplication.translate("Labels", "Pending")
    if status is Status.CANCELLED:
        return QCoreApplication.translate("Labels", "Cancelled")
    return QCoreApplication.translate("Labels", "Withdrawn")


def session_kind_label(kind: SessionKind) -> str:
    if kind is SessionKind.PLENARY:
        return QCoreApplication.translate("Labels", "Plenary")
    if kind is SessionKind.WORKSHOP:
        return QCoreApplication.translate("Labels", "Workshop")
    if kind is SessionKind.SITE_VISIT:
        return QCoreApplication.translate("Labels", "Site visit")
    if kind is SessionKind.MEETING:
        return QCoreApplication.translate("Labels", "Meeting")
    return QCoreApplication.translate("Labels", "Other")


def field_label(name: str) -> str:
    """The label of an attendee field, as the edit dialog and the journal show it."""
    labels = {
        "first_name": QCoreApplication.translate("Labels", "Given name"),
        "last_name": QCoreApplication.translate("Labels", "Family name"),
        "organisation": QCoreApplication.translate("Labels", "Organisation"),
        "position": QCoreApplication.translate("Labels", "Position"),
        "city": QCoreApplication.translate("Labels", "City"),
        "country": QCoreApplication.translate("Labels", "Country"),
        "category": QCoreApplication.translate("Labels", "Category"),
        "email": QCoreApplication.translate("Labels", "Email"),
        "badge_language": QCoreApplication.translate("Labels", "Badge language"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "notes": QCoreApplication.translate("Labels", "Notes"),
        "session_ids": QCoreApplication.translate("Labels", "Sessions"),
    }
    return labels.get(name, name)


def language_name(code: str) -> str:
    """A language's own name ("Français"), as people pick their badge language."""
    try:
        name = Locale.parse(code).get_display_name(code) or code
    except (UnknownLocaleError, ValueError):
        return code
    return name[:1].upper() + name[1:]
