"""Journal entries (edits, walk-ins, imports, later scans and prints) described in plain words."""
from __future__ import annotations

from datetime import datetime
from typing import Any, Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication

from checkin import i18n
from checkin.domain.countries import country_name
from checkin.domain.model import JournalEntry, Status
from checkin.domain.scan_log import ANNULMENT
from checkin.domain.verdicts import ENTRANCE, Direction, Reason
from checkin.services.scan_messages import reason_label, verdict_label
from checkin.ui.labels import field_label, language_name, status_label
from checkin.ui.language import ui_language


def event_time(at: datetime, timezone: str) -> datetime:
    """``at`` on the clocks of the event's place, as the desk lives it."""
    try:
        return at.astimezone(ZoneInfo(timezone))
    except (ZoneInfoNotFoundError, ValueError):
        return at.astimezone()


def day_text(at: datetime) -> str:
    """"Fri 20 Mar" / "ven. 20 mars": day before month, whatever the locale's short date says."""
    return i18n.day_text(at, ui_language())


def entry_time(at: datetime, timezone: str) -> str:
    """"Tue 8 Dec 08:31" / "mar. 8 déc. 08:31", on the event's clocks: how the desk writes a moment."""
    return i18n.day_time_text(event_time(at, timezone), ui_language())


def _value(field: str, value: Any, session_titles: Mapping[str, str]) -> str:
    if value in ("", None, []):
        return "—"
    if field == "status":
        try:
            return status_label(Status(value))
        except ValueError:
            return str(value)
    if field == "country":
        return country_name(str(value), ui_language())
    if field == "badge_language":
        return language_name(str(value))
    if field == "session_ids":
        return ", ".join(session_titles.get(sid, "?") for sid in value)
    return QCoreApplication.translate("JournalFormat", "“{value}”").format(value=value)  # French quotes are « »


def _change(field: str, before: Any, after: Any, session_titles: Mapping[str, str]) -> str:
    if field == "session_ids":
        added = [sid for sid in after or [] if sid not in (before or [])]
        removed = [sid for sid in before or [] if sid not in (after or [])]
        parts = [f"+ {session_titles.get(sid, '?')}" for sid in added]
        parts += [f"− {session_titles.get(sid, '?')}" for sid in removed]
        return _labelled(field, ", ".join(parts))
    return _labelled(field, f"{_value(field, before, session_titles)} → {_value(field, after, session_titles)}")


def _labelled(field: str, text: str) -> str:
    # Through the translation: French puts a space before the colon.
    return QCoreApplication.translate("JournalFormat", "{field}: {change}").format(field=field_label(field), change=text)


def describe(entry: JournalEntry, session_titles: Mapping[str, str]) -> str:
    """One line saying what happened, without the time (shown beside it)."""
    data = entry.data or {}
    if entry.kind == "edit":
        changes = data.get("changes", {})
        details = "; ".join(_change(f, pair[0], pair[1], session_titles) for f, pair in changes.items())
        if not details:
            return QCoreApplication.translate("JournalFormat", "Edited")
        return QCoreApplication.translate("JournalFormat", "Edited: {changes}").format(changes=details)
    if entry.kind == "walk_in":
        return QCoreApplication.translate("JournalFormat", "Registered at the desk as a walk-in")
    if entry.kind == "print":
        if data.get("reprint"):
            return QCoreApplication.translate("JournalFormat", "Badge reprinted")
        return QCoreApplication.translate("JournalFormat", "Badge printed")
    if entry.kind == "print_failed":
        return QCoreApplication.translate("JournalFormat", "Badge printing failed")
    if entry.kind == "badge_reissued":
        return QCoreApplication.translate("JournalFormat", "New badge code issued; the old badge no longer scans")
    if entry.kind == "scan":
        return _scan(data, session_titles)
    # Kinds added later describe themselves until they get a sentence of their own.
    details = ", ".join(f"{key}: {value}" for key, value in data.items() if value not in ("", None))
    return f"{entry.kind} ({details})" if details else entry.kind


def who(entry: JournalEntry) -> str:
    parts = [p for p in (entry.operator, entry.station) if p]
    return " · ".join(parts)


def _scan(data: Mapping[str, Any], session_titles: Mapping[str, str]) -> str:
    checkpoint = data.get("checkpoint_id", "")
    place = (
        QCoreApplication.translate("JournalFormat", "the entrance")
        if checkpoint == ENTRANCE
        else session_titles.get(checkpoint, "?")
    )
    if data.get("verdict") == ANNULMENT:
        return QCoreApplication.translate("JournalFormat", "Scan at {place} undone").format(place=place)
    if data.get("direction") == Direction.OUT.value:
        line = QCoreApplication.translate("JournalFormat", "Scanned out at {place}").format(place=place)
    else:
        line = QCoreApplication.translate("JournalFormat", "Scanned in at {place}").format(place=place)
    verdict = str(verdict_label(data.get("verdict", "")))
    if data.get("reason") and data.get("reason") != Reason.OK.value:
        verdict = QCoreApplication.translate("JournalFormat", "{verdict}: {reason}").format(verdict=verdict, reason=reason_label(data["reason"]))
    return f"{line} — {verdict}"
