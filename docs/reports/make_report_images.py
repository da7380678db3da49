"""Render the organiser's PDFs of the demo event to PNG, in an English and a French event.

    .venv/bin/python docs/reports/make_report_images.py

The demo event (700 people, Brussels, 20–22 March 2026) gets its first day scanned through the real
door service: arrivals through the morning, the opening plenary, the afternoon workshops, the evening
site visit out and back, a few walk-ins and an undone scan. Then each document is written with the
event's first language set to English, then French, and its first page (two for the report) is
rendered with pdftoppm at 60 dpi next to this script.
"""
from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from checkin.domain.model import SessionKind  # noqa: E402
from checkin.domain.verdicts import ENTRANCE, DirectionMode  # noqa: E402
from checkin.services import attendees as attendee_service  # noqa: E402
from checkin.services import badges, documents  # noqa: E402
from checkin.services.demo import create_demo_event  # noqa: E402
from checkin.services.demo_programme import FIRST_DAY, TIMEZONE  # noqa: E402
from checkin.services.exports import ExportRequest, export  # noqa: E402
from checkin.services.scanning import Station  # noqa: E402
from checkin.storage import event_repository as event_repo  # noqa: E402
from checkin.translations import install_document_languages  # noqa: E402

ZONE = ZoneInfo(TIMEZONE)
WALK_INS = (("Ana", "Ferreira", "Lisboa", "PT"), ("Tomasz", "Wiśniewski", "Łódź", "PL"), ("Eleni", "Kosta", "Patra", "GR"))


def local(day: date, clock: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), ZONE).astimezone(timezone.utc)


def script_first_day(path: Path):
    db, _summary = create_demo_event(path)
    rng = random.Random(2026)
    day = FIRST_DAY
    people = [a for a in attendee_service.list_attendees(db) if a.status.is_active]
    sessions = [s.session for s in attendee_service.list_sessions(db)]
    codes = badges.ensure_codes(db)
    desk = Station(db, ENTRANCE, DirectionMode.IN, station="Desk 1", operator="Léa")
    came = rng.sample(people, round(len(people) * 0.82))
    peak = local(day, "09:05")
    times = sorted(max(local(day, "07:50"), min(local(day, "12:30"), peak + timedelta(minutes=rng.gauss(0, 28)))) for _ in came)
    for person, at in zip(came, times):
        desk.scan(codes[person.id], now=at)
    desk.scan(codes[came[0].id], now=local(day, "10:02"))
    desk.undo_last(now=local(day, "10:03"))
    for first, last, city, country in WALK_INS:
        walk_in = attendee_service.add_walk_in(db, {"first_name": first, "last_name": last, "city": city, "country": country,
                                                    "category": "Local elected official"})
        desk.admit(walk_in.id, now=local(day, "10:15"))
    arrived = {p.id for p in came}
    for session in sessions:
        if session.starts_at.astimezone(ZONE).date() != day:
            continue
        door = Station(db, session.id, DirectionMode.BOTH, station=session.location[:30])
        going = [p for p in people if session.id in p.session_ids and p.id in arrived and rng.random() < 0.85]
        for n, person in enumerate(going):
            door.scan(codes[person.id], now=session.starts_at - timedelta(minutes=10) + timedelta(seconds=3 * n))
        if session.kind is SessionKind.SITE_VISIT:
            for n, person in enumerate(going[: len(going) - 3]):
                door.scan(codes[person.id], now=session.ends_at + timedelta(seconds=5 * n))
        elif session.kind is SessionKind.PLENARY:
            for n, person in enumerate(going[: len(going) // 3]):
                door.scan(codes[person.id], now=session.ends_at - timedelta(minutes=20) + timedelta(seconds=5 * n))
    return db


def render(pdf: Path, stem: str, pages: int = 1) -> None:
    for page in range(1, pages + 1):
        name = stem if pages == 1 else f"{stem}-{page}"
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf), str(HERE / name)],
                       check=True)


def main() -> int:
    install_document_languages()
    with tempfile.TemporaryDirectory(prefix="checkin-report-images-") as tmp:
        tmp = Path(tmp)
        db = script_first_day(tmp / "demo.checkin")
        workshop = next(s for s in (x.session for x in attendee_service.list_sessions(db)) if s.kind is SessionKind.WORKSHOP)
        for language in ("en", "fr"):
            with db.unit() as s:
                event_repo.update_event(s, languages=(language, "fr" if language == "en" else "en"))
            out = tmp / language
            out.mkdir()
            documents.summary_report(db, out / "report.pdf")
            render(out / "report.pdf", f"report-{language}", pages=2)
            documents.sign_in_sheets(db, out / "sheets.pdf", workshop.title)
            render(out / "sheets.pdf", f"sign-in-sheet-{language}")
            documents.certificates(db, out / "certificates.pdf")
            render(out / "certificates.pdf", f"certificate-{language}")
            export(db, ExportRequest("attendance", "pdf", out / "attendance.pdf"))
            render(out / "attendance.pdf", f"attendance-{language}")
            export(db, ExportRequest("scans", "pdf", out / "scans.pdf"))
            render(out / "scans.pdf", f"scan-log-{language}")
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
