"""A 100,000-attendee event exports whole: every row in the CSV and in the XLSX, times in place."""
from __future__ import annotations

import csv
from datetime import datetime, timedelta, timezone

import openpyxl
from sqlalchemy import insert

from checkin.domain.verdicts import ENTRANCE
from checkin.services.demo import demo_sessions, generate_attendees
from checkin.services.event import new_event
from checkin.services.exports import ExportRequest, export
from checkin.storage import repositories as repo
from checkin.storage.tables import PresenceRow

PEOPLE = 100_000


def test_a_100000_attendee_attendance_export(tmp_path):
    sessions = demo_sessions()
    people = generate_attendees(PEOPLE, seed=7, sessions=sessions)
    db, _event = new_event(tmp_path / "big.checkin", "Big Forum", sessions[0].starts_at.date(), timezone="Europe/Brussels")
    opening = datetime(2026, 3, 20, 7, 0, tzinfo=timezone.utc)  # 08:00 in Brussels
    arrived = [a for a in people[::2] if a.status.is_active]
    with db.unit() as s:
        for session in sessions:
            repo.add_session(s, session)
        repo.insert_attendees(s, people)
        # Presence written directly: what 50,000 entrance scans leave behind, one second apart.
        s.execute(insert(PresenceRow), [
            {"attendee_id": a.id, "checkpoint_id": ENTRANCE, "inside": True, "first_in_at": opening + timedelta(seconds=i),
             "first_in_station": "Desk", "first_scan_id": f"scan-{i}", "last_at": opening + timedelta(seconds=i), "entries": 1}
            for i, a in enumerate(arrived)
        ])
    expected_rows = sum(1 for a in people if a.status.is_active)
    first_local = datetime(2026, 3, 20, 8, 0)
    last_local = first_local + timedelta(seconds=len(arrived) - 1)

    csv_path = tmp_path / "attendance.csv"
    assert export(db, ExportRequest("attendance", "csv", csv_path)).rows == expected_rows
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == expected_rows + 1
    entrance = rows[0].index("Entrance")
    assert sorted(r[entrance] for r in rows[1:] if r[entrance])[-1] == f"{last_local:%Y-%m-%d %H:%M}"

    xlsx_path = tmp_path / "attendance.xlsx"
    assert export(db, ExportRequest("attendance", "xlsx", xlsx_path)).rows == expected_rows
    sheet = openpyxl.load_workbook(xlsx_path, read_only=True).worksheets[0]
    header = next(sheet.iter_rows(max_row=1, values_only=True))
    column = header.index("Entrance")
    body = list(sheet.iter_rows(min_row=2, values_only=True))
    # Streaming readers give a row up to its last filled cell only.
    times = [row[column] for row in body if len(row) > column and row[column] is not None]
    assert len(body) == expected_rows and len(times) == len(arrived)
    assert (min(times), max(times)) == (first_local, last_local)
    db.dispose()
