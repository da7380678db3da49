"""Importing a registration list into the event: read, map, merge and write in one transaction.

Runs off the GUI thread: ``progress(done, total)`` reports as it goes (``total`` is 0 while the file
is still being read) and ``cancelled()`` is asked now and then; when it says yes the import raises
ImportCancelled and writes nothing. A failure of any kind writes nothing either.
"""
from __future__ import annotations

import os
from contextlib import contextmanager, nullcontext
from typing import Callable, Iterator

from sqlalchemy import text

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.gc_pause import collector_paused
from checkin.importing.detect import detect_mapping
from checkin.importing.mapping import ColumnMapping
from checkin.importing.merge import MergePlan, plan_merge
from checkin.importing.reader import read_table
from checkin.importing.batch import ImportBatch
from checkin.importing.records import apply_mapping
from checkin.importing.summary import ImportCancelled, ImportSummary, MissingPerson
from checkin.importing.table import SourceTable
from checkin.storage import repositories as repo
from checkin.storage import backup
from checkin.storage.bulk_lock import bulk_writer
from checkin.storage.database import Database

__all__ = ["ImportCancelled", "ImportSummary", "import_file", "import_table"]

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_WRITE_CHUNK = 5000
_IMPORT_CACHE_KIB = -131072  # negative: KiB, so at most 128 MiB, used only as pages are read


def import_file(
    db: Database,
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    mapping: ColumnMapping | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    operator: str = "",
    station: str = "",
    encoding: str | None = None,
    max_mb: float | None = None,
) -> ImportSummary:
    """Read ``path`` (CSV or XLSX) and import it with ``mapping``, or with the detected one.

    ``encoding`` reads a CSV file in that encoding instead of the detected one; files over
    ``max_mb`` megabytes (default: $CHECKIN_IMPORT_MAX_MB, else 200) are refused.
    """
    if progress is not None:
        progress(0, 0)
    with collector_paused():
        table = read_table(path, sheet, cancelled, encoding=encoding, max_mb=max_mb)
        if mapping is None:
            mapping = detect_mapping(table)
        return import_table(
            db, table, mapping, dry_run=dry_run, progress=progress, cancelled=cancelled, operator=operator, station=station
        )


@contextmanager
def _roomy_sqlite_cache(s, db: Database) -> Iterator[None]:
    """A bigger SQLite page cache while a large list is written: its indexes then stay in memory
    instead of spilling to the write-ahead log mid-transaction (a tenth of the write time)."""
    if not db.is_sqlite:
        yield
        return
    previous = s.execute(text("PRAGMA cache_size")).scalar_one()
    s.execute(text(f"PRAGMA cache_size={_IMPORT_CACHE_KIB}"))
    try:
        yield
    finally:
        s.execute(text(f"PRAGMA cache_size={int(previous)}"))


def import_table(
    db: Database,
    table: SourceTable,
    mapping: ColumnMapping,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    operator: str = "",
    station: str = "",
) -> ImportSummary:
    """Merge a table already read (e.g. after the mapping dialog) into the event.

    The same person is found by source id, ticket code, email, then name and organisation, and
    updated; new people are added; people from the same source who are no longer listed are flagged
    ``missing_from_source``, never deleted. With ``dry_run`` the summary is computed and nothing is
    written.
    """
    with collector_paused():
        return _import(db, table, mapping, dry_run, progress, cancelled, operator, station)


def _import(
    db: Database,
    table: SourceTable,
    mapping: ColumnMapping,
    dry_run: bool,
    progress: Progress | None,
    cancelled: Cancelled | None,
    operator: str,
    station: str,
) -> ImportSummary:
    rows = len(table.rows)
    total = 2 * rows

    def row_progress(done: int, _rows: int) -> None:
        if progress is not None:
            progress(done, total)

    batch = apply_mapping(table, mapping, row_progress, cancelled)
    if not batch.people:
        raise UserError(
            Message("Import", QT_TRANSLATE_NOOP("Import", "No one could be imported from “{name}”: no row has a name. Check the column meanings, or that this is the registration list."), {"name": table.name})
        )
    with bulk_writer(db) if not dry_run else nullcontext():
        if not dry_run and _holds_people(db):
            backup.snapshot(db, "before-import")  # undoable: File › Restore from backup…
        return _plan_and_write(db, table, batch, dry_run, rows, total, progress, cancelled, operator, station)


def _holds_people(db: Database) -> bool:
    with db.unit() as s:
        return s.execute(text("SELECT 1 FROM attendee LIMIT 1")).first() is not None


def _plan_and_write(
    db: Database,
    table: SourceTable,
    batch: ImportBatch,
    dry_run: bool,
    rows: int,
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
    operator: str,
    station: str,
) -> ImportSummary:
    with db.unit() as s:
        listed_before = {
            session_id
            for entry in repo.journal_of_kind(s, "import")
            if entry.data.get("source") == batch.source
            for session_id in entry.data.get("session_ids", ())
        }
        plan = plan_merge(repo.list_attendees(s), repo.list_sessions(s), batch, cancelled, listed_before)
        summary = _summary(table, batch, plan, dry_run)
        if dry_run:
            return summary
        with _roomy_sqlite_cache(s, db):
            _write(s, plan, rows, total, progress, cancelled)
        repo.append_journal(
            s,
            repo.journal_entry(
                "import", None, station, operator,
                file=table.name, profile=batch.profile, source=batch.source,
                problems=len(summary.problems), session_ids=sorted(plan.listed_sessions), **summary.counts(),
            ),
        )
    if progress is not None:
        progress(total, total)
    return summary


def _summary(table: SourceTable, batch: ImportBatch, plan: MergePlan, dry_run: bool) -> ImportSummary:
    problems = sorted(batch.problems + plan.problems, key=lambda p: (p.row is None, p.row or 0))
    return ImportSummary(
        file=table.name,
        profile=batch.profile,
        source=batch.source,
        format=table.format,
        encoding=table.encoding,
        encoding_sure=table.encoding_sure,
        delimiter=table.delimiter,
        sheet=table.sheet,
        rows=batch.rows,
        added=len(plan.added),
        updated=len(plan.updated),
        unchanged=plan.unchanged,
        skipped=batch.skipped,
        missing_from_source=len(plan.missing),
        sessions_created=len(plan.new_sessions),
        registrations=plan.registrations,
        dry_run=dry_run,
        problems=problems,
        missing=[MissingPerson(a.id, a.full_name, a.source_id) for a in plan.missing],
    )


def _write(s, plan: MergePlan, rows: int, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    def check(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(rows + (rows * done // work if work else rows), total)

    work = len(plan.updated) + len(plan.added)
    for session in plan.new_sessions:
        repo.add_session(s, session)
    # Codes moving to someone else are released first, so the new holder can take them.
    for before, after in plan.updated:
        keep = set(after.ticket_codes)
        if any(code not in keep for code in before.ticket_codes):
            repo.set_ticket_codes(s, before.id, [c for c in before.ticket_codes if c in keep], before.source)
    for attendee_id, kept in plan.released.items():
        repo.set_ticket_codes(s, attendee_id, kept)
    done = 0
    for start in range(0, len(plan.updated), _WRITE_CHUNK):
        check(done)
        chunk = plan.updated[start:start + _WRITE_CHUNK]
        repo.update_attendee_fields(s, [after for _before, after in chunk])
        for before, after in chunk:
            if set(after.ticket_codes) != set(before.ticket_codes):
                repo.set_ticket_codes(s, after.id, after.ticket_codes, after.source)
            if set(after.session_ids) != set(before.session_ids):
                repo.set_registrations(s, after.id, after.session_ids)
        done += len(chunk)
    for start in range(0, len(plan.added), _WRITE_CHUNK):
        check(done)
        chunk = plan.added[start:start + _WRITE_CHUNK]
        repo.insert_attendees(s, chunk)
        done += len(chunk)
    check(done)
    repo.mark_missing_from_source(s, plan.newly_missing)
    for attendee_id, kept in plan.unlisted.items():
        repo.set_registrations(s, attendee_id, kept)
