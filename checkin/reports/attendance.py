"""The attendance exports as tables: the matrix of first check-ins, the scan log, no-shows and walk-ins.

Pure: the export service reads the event into :class:`AttendanceData` in one unit of work, and these
functions shape it. Times come out in the event's time zone.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Sequence
from zoneinfo import ZoneInfo

from checkin.domain.model import Attendee, Event, Session
from checkin.domain.scan_log import ScanRecord
from checkin.domain.text import fold
from checkin.domain.verdicts import ENTRANCE
from checkin.i18n import QT_TRANSLATE_NOOP, Message
from checkin.reports import labels
from checkin.reports.fields import FieldValues
from checkin.reports.table import Column, ExportTable, Kind, Value


@dataclass(frozen=True)
class AttendanceData:
    """What the exports need from the event, read at one moment."""

    event: Event
    sessions: list[Session]  # programme order
    attendees: list[Attendee]  # family-name order
    first_in: dict[str, dict[str, datetime]]  # checkpoint id → attendee id → first entry (aware UTC)
    scans: list[ScanRecord] | None = None  # the whole log, oldest first, when the export needs it

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.event.timezone)

    @property
    def language(self) -> str:
        return labels.document_language(self.event)

    def session(self, session_id: str) -> Session:
        return next(s for s in self.sessions if s.id == session_id)

    def checkpoint_title(self, checkpoint_id: str) -> str:
        if checkpoint_id == ENTRANCE:
            return labels.tr(self.language, labels.ENTRANCE)
        found = next((s for s in self.sessions if s.id == checkpoint_id), None)
        return found.title if found is not None else checkpoint_id


def family_order(people: Sequence[Attendee]) -> list[Attendee]:
    """Family-name order as people read it: accents and case ignored, "Żółkiewski" among the Z."""
    return sorted(people, key=lambda a: (fold(a.last_name), fold(a.first_name), a.id))


def _values(data: AttendanceData, fields: Sequence[str]) -> tuple[FieldValues, list[Column], list]:
    values = FieldValues(data.language, {s.id: s.title for s in data.sessions})
    return values, values.columns(fields), [values.getter(key) for key in fields]


def _local(moment: datetime | None, zone: ZoneInfo) -> datetime | None:
    return None if moment is None else moment.astimezone(zone)


def _titled(data: AttendanceData, text: str, columns: list[Column], rows: list, checkpoint_id: str | None) -> ExportTable:
    """The table, titled in the event's language and subtitled with the checkpoint it is limited to."""
    subtitle = data.checkpoint_title(checkpoint_id) if checkpoint_id else ""
    return ExportTable(Message("Reports", text).in_language(data.language), columns, rows, subtitle)


def attendance_table(data: AttendanceData, fields: Sequence[str], session_id: str | None = None) -> ExportTable:
    """One row per attendee, their fields, then the first check-in at the entrance and at each session.

    With ``session_id``: only the people registered for that session or who came in to it, and
    only the entrance and that session as check-in columns.
    """
    _, columns, getters = _values(data, fields)
    sessions = [data.session(session_id)] if session_id else data.sessions
    checkpoints = [ENTRANCE] + [s.id for s in sessions]
    columns += [Column(cp, data.checkpoint_title(cp), Kind.MINUTE, group="checkpoints") for cp in checkpoints]
    people = data.attendees
    if session_id:
        came = data.first_in.get(session_id, {})
        people = [a for a in people if (a.status.is_active and session_id in a.session_ids) or a.id in came]
    else:
        arrived = data.first_in.get(ENTRANCE, {})
        people = [a for a in people if a.status.is_active or a.id in arrived]
    zone = data.zone
    times = [data.first_in.get(cp, {}) for cp in checkpoints]
    rows: list[Sequence[Value]] = []
    for a in people:
        rows.append([get(a) for get in getters] + [_local(t.get(a.id), zone) for t in times])
    return _titled(data, QT_TRANSLATE_NOOP("Reports", "Attendance"), columns, rows, session_id)


def scan_log_table(data: AttendanceData, fields: Sequence[str], checkpoint_id: str | None = None) -> ExportTable:
    """Every scan, oldest first, annulments included and each annulled scan marked with when it was undone."""
    lang = data.language
    people = {a.id: a for a in data.attendees}
    _, field_columns, getters = _values(data, fields)
    columns = [
        Column("at", labels.tr(lang, QT_TRANSLATE_NOOP("Reports", "Time")), Kind.SECOND),
        Column("checkpoint", labels.tr(lang, QT_TRANSLATE_NOOP("Reports", "Checkpoint"))),
        Column("direction", labels.tr(lang, QT_TRANSLATE_NOOP("Reports", "Direction"))),
        Column("verdict", labels.tr(lang, QT_TRANSLATE_NOOP("Reports", "Verdict"))),
        Column("reason", labels.tr(lang, QT_TRANSLATE_NOOP("Reports", "Reason"))),
        Column("station", labels.tr(lang, QT_TRANSLATE_NOOP("Reports", "Station"))),
        Column("operator", labels.tr(lang, QT_TRANSLATE_NOOP("Reports", "Operator"))),
        *field_columns,
        Column("code", labels.tr(lang, QT_TRANSLATE_NOOP("Reports", "Scanned code"))),
        Column("annulled_at", labels.tr(lang, QT_TRANSLATE_NOOP("Reports", "Annulled at")), Kind.SECOND),
        Column("annuls", labels.tr(lang, QT_TRANSLATE_NOOP("Reports", "Annuls the scan of")), Kind.SECOND),
    ]
    scans = [s for s in data.scans or () if checkpoint_id is None or s.checkpoint_id == checkpoint_id]
    by_id = {s.id: s for s in data.scans or ()}
    annulled_at = {s.annuls: s.at for s in scans if s.annuls}
    zone = data.zone
    titles: dict[str, str] = {}
    rows: list[Sequence[Value]] = []
    for scan in scans:
        who = people.get(scan.attendee_id) if scan.attendee_id else None
        annulled = by_id.get(scan.annuls) if scan.annuls else None
        if scan.checkpoint_id not in titles:
            titles[scan.checkpoint_id] = data.checkpoint_title(scan.checkpoint_id)
        rows.append(
            [
                _local(scan.at, zone),
                titles[scan.checkpoint_id],
                labels.label(labels.DIRECTIONS, scan.direction.value, lang),
                labels.label(labels.VERDICTS, scan.verdict, lang),
                labels.label(labels.REASONS, scan.reason, lang),
                scan.station,
                scan.operator,
                *([get(who) for get in getters] if who is not None else [None] * len(getters)),
                scan.code,
                _local(annulled_at.get(scan.id), zone),
                _local(annulled.at, zone) if annulled is not None else None,
            ]
        )
    return _titled(data, QT_TRANSLATE_NOOP("Reports", "Scan log"), columns, rows, checkpoint_id)


def no_shows_table(data: AttendanceData, fields: Sequence[str], session_id: str | None = None) -> ExportTable:
    """Active people registered beforehand who never came in (to the event, or to the session).

    For a session, the time they checked in at the entrance says whether they came to the event at all.
    """
    _, columns, getters = _values(data, fields)
    arrived = data.first_in.get(ENTRANCE, {})
    zone = data.zone
    if session_id:
        came = data.first_in.get(session_id, {})
        people = [a for a in data.attendees if a.status.is_active and session_id in a.session_ids and a.id not in came]
        columns.append(Column(ENTRANCE, data.checkpoint_title(ENTRANCE), Kind.MINUTE))
        rows = [[get(a) for get in getters] + [_local(arrived.get(a.id), zone)] for a in people]
    else:
        people = [a for a in data.attendees if a.status.is_active and not a.walk_in and a.id not in arrived]
        rows = [[get(a) for get in getters] for a in people]
    return _titled(data, QT_TRANSLATE_NOOP("Reports", "No-shows"), columns, rows, session_id)


def walk_ins_table(data: AttendanceData, fields: Sequence[str], session_id: str | None = None) -> ExportTable:
    """People registered on site (for the event), or who came in to a session they were not registered for."""
    lang = data.language
    _, columns, getters = _values(data, fields)
    zone = data.zone
    if session_id:
        came = data.first_in.get(session_id, {})
        people = [a for a in data.attendees if a.id in came and session_id not in a.session_ids]
        columns.append(Column(session_id, data.checkpoint_title(session_id), Kind.MINUTE))
        rows = [[get(a) for get in getters] + [_local(came[a.id], zone)] for a in people]
    else:
        arrived = data.first_in.get(ENTRANCE, {})
        people = [a for a in data.attendees if a.walk_in]
        columns += [
            Column("created_at", labels.tr(lang, QT_TRANSLATE_NOOP("Reports", "Registered on site at")), Kind.MINUTE),
            Column(ENTRANCE, data.checkpoint_title(ENTRANCE), Kind.MINUTE),
        ]
        rows = [[get(a) for get in getters] + [_local(a.created_at, zone), _local(arrived.get(a.id), zone)] for a in people]
    return _titled(data, QT_TRANSLATE_NOOP("Reports", "Walk-ins"), columns, rows, session_id)
