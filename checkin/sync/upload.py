"""Uploading a station's offline queue to the server: idempotent, in batches, presence rebuilt from the log.

API::

    upload(server, replica, station_id, station_name="", batch_size=1000) -> UploadReport
    UploadReport.sent / skipped / batches / remaining
    UploadReport.counts -> SentCounts   # what was sent, by kind: scans, undos, walk_ins, prints, others

Each batch is one server transaction: walk-ins (attendee, codes, registrations, badge, journal line)
and journal lines inserted unless there already, then the scans, under the locks of their doors,
taken in sorted order (live stations take one door's lock at a time, so no deadlock), inserted by
their own ids with ON CONFLICT DO NOTHING (offline, received_at = the server's clock). The presence
of every (person, door) the new scans touch is rebuilt by replaying that pair's live scans, for the
whole batch in a few statements. The batch leaves the queue only after the server committed it; a
crash in between costs nothing but a retry that inserts nothing twice.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields
from datetime import datetime, timezone

from sqlalchemy import delete, insert, select, text, tuple_
from sqlalchemy.exc import IntegrityError

from checkin.domain.scan_log import ScanRecord, replay
from checkin.domain.verdicts import CheckpointRules, Direction
from checkin.storage import repositories as repo
from checkin.storage.badge_repository import PRINT_KIND
from checkin.storage import scan_repository as scans_repo
from checkin.storage.database import Database
from checkin.storage.tables import AttendeeRow, BadgeRow, JournalRow, PresenceRow, RegistrationRow, ScanRow, TicketCodeRow
from checkin.sync import outbox
from checkin.storage.station_repository import upsert_station
from checkin.sync.inserts import insert_ignoring_duplicates

# PostgreSQL takes at most 65,535 parameters in one statement: keys and pairs go in chunks.
_CHUNK = 2_000
_WALK_IN_TABLES = (AttendeeRow.__table__, TicketCodeRow.__table__, RegistrationRow.__table__, BadgeRow.__table__, JournalRow.__table__)


@dataclass(frozen=True)
class SentCounts:
    """Records the server did not have, by kind, for the people told what was sent."""

    scans: int = 0  # scans and check-ins
    undos: int = 0  # annulments of a scan
    walk_ins: int = 0
    prints: int = 0  # badges printed
    others: int = 0  # other journal lines (a failed print)

    @property
    def total(self) -> int:
        return self.scans + self.undos + self.walk_ins + self.prints + self.others

    def __add__(self, other: "SentCounts") -> "SentCounts":
        return SentCounts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(SentCounts)))

    def __bool__(self) -> bool:
        return self.total > 0


@dataclass(frozen=True)
class UploadReport:
    sent: int = 0  # records the server did not have (counts.total)
    skipped: int = 0  # records it had already (a retried upload, or a scan it decided itself)
    batches: int = 0
    remaining: int = 0  # still queued afterwards (records queued while uploading)
    counts: SentCounts = SentCounts()  # ``sent`` by kind


def upload(server: Database, replica: Database, station_id: str, station_name: str = "", batch_size: int = 1000) -> UploadReport:
    """Send the replica's queue to the server, batch after batch, oldest first.

    Only what was queued when it started: a door scanning offline without pause would otherwise
    keep it uploading for ever (what comes in meanwhile is ``remaining``).
    """
    outbox.ensure_outbox(replica)
    counts, skipped, batches = SentCounts(), 0, 0
    last = outbox.last_seq(replica)
    while True:
        items = outbox.read_batch(replica, batch_size, up_to=last)
        if not items:
            break
        left = outbox.pending_count(replica) - len(items)
        try:
            added, known = _apply(server, items, station_id, station_name, left)
        except IntegrityError:
            # Another station made a door's lock row or a walk-in's registration in the same
            # instant: the retry finds them there.
            added, known = _apply(server, items, station_id, station_name, left)
        outbox.remove(replica, [item.seq for item in items])
        counts, skipped, batches = counts + added, skipped + known, batches + 1
    return UploadReport(counts.total, skipped, batches, outbox.pending_count(replica), counts)


def _kind_of(item: outbox.OutboxItem) -> str:
    """Which SentCounts field a queued record that was not a scan counts in."""
    if item.kind == outbox.WALK_IN:
        return "walk_ins"
    journal = item.payload.get("journal") or [{}]
    return "prints" if journal[0].get("kind") == PRINT_KIND else "others"


def _apply(server: Database, items: list[outbox.OutboxItem], station_id: str, station_name: str, left: int) -> tuple[SentCounts, int]:
    with server.unit() as s:
        conn = s.connection()
        now = _server_now(conn)
        added: dict[str, int] = defaultdict(int)
        known = 0
        rows_by_table: dict[str, list[dict]] = defaultdict(list)
        records_kept = []
        for item in items:
            if item.kind == outbox.SCAN:
                continue
            records_kept.append(item)
            for table in _WALK_IN_TABLES:
                rows_by_table[table.name].extend(outbox.revive(table, row) for row in item.payload.get(table.name, ()))
        if records_kept:
            have = _existing(conn, AttendeeRow.__table__, [i.key for i in records_kept if i.kind == outbox.WALK_IN])
            have |= _existing(conn, JournalRow.__table__, [i.key for i in records_kept if i.kind == outbox.JOURNAL])
            for item in records_kept:
                if item.key in have:
                    known += 1
                else:
                    added[_kind_of(item)] += 1
            for table in _WALK_IN_TABLES:
                rows = rows_by_table[table.name]
                if rows and table is BadgeRow.__table__:
                    # A badge travelling with a print line: its person may have been deleted on the server.
                    people = _existing(conn, AttendeeRow.__table__, sorted({row["attendee_id"] for row in rows}))
                    rows = [row for row in rows if row["attendee_id"] in people]
                if rows:
                    conn.execute(insert_ignoring_duplicates(conn, table), rows)
        records = [outbox.scan_from_payload(item.payload) for item in items if item.kind == outbox.SCAN]
        if records:
            new = _insert_scans(s, records, now)
            added["undos"] += sum(1 for r in new if r.is_annulment)
            added["scans"] += sum(1 for r in new if not r.is_annulment)
            known += len(records) - len(new)
            _rebuild_presence(s, {(r.attendee_id, r.checkpoint_id) for r in new if r.attendee_id and (r.moves or r.is_annulment)})
        if station_id:
            upsert_station(s, station_id, station_name, left, synced=True)
    return SentCounts(**added), known


def _server_now(conn) -> datetime:
    """The server's clock, as received_at: a station's clock may be wrong, and says when it decided."""
    value = conn.execute(text("SELECT CURRENT_TIMESTAMP")).scalar_one()
    if isinstance(value, str):  # SQLite: UTC as text
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def _existing(conn, table, keys: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(keys), _CHUNK):
        found.update(conn.execute(select(table.c.id).where(table.c.id.in_(keys[start:start + _CHUNK]))).scalars())
    return found


def _lock_doors(s, checkpoint_ids: set[str]) -> None:
    sessions = None
    for checkpoint_id in sorted(checkpoint_ids):
        rules = scans_repo.checkpoint_rules(s, checkpoint_id)
        if rules is None:
            sessions = sessions if sessions is not None else {x.id: x for x in repo.list_sessions(s)}
            rules = CheckpointRules.default_for(sessions.get(checkpoint_id))
        scans_repo.lock_checkpoint(s, checkpoint_id, rules)


def _insert_scans(s, records: list[ScanRecord], now: datetime) -> list[ScanRecord]:
    """Insert the scans the server lacks (under their doors' locks); returns those."""
    _lock_doors(s, {r.checkpoint_id for r in records})
    conn = s.connection()
    have = _existing(conn, ScanRow.__table__, [r.id for r in records])
    new = [r for r in records if r.id not in have]
    if new:
        rows = []
        for r in new:
            values = outbox.scan_payload(r)
            values.update(at=r.at, offline=True, received_at=now)
            rows.append(values)
        conn.execute(insert_ignoring_duplicates(conn, ScanRow.__table__), rows)
    return new


def _record(row) -> ScanRecord:
    return ScanRecord(
        id=row.id, at=row.at, checkpoint_id=row.checkpoint_id, direction=Direction(row.direction), code=row.code,
        method=row.method, attendee_id=row.attendee_id, verdict=row.verdict, reason=row.reason, moves=row.moves,
        station=row.station, operator=row.operator, annuls=row.annuls, station_id=row.station_id, offline=row.offline,
    )


def _rebuild_presence(s, pairs: set[tuple[str, str]]) -> None:
    """Presence of these (person, door) pairs set to what their live scans say, in bulk."""
    conn = s.connection()
    ordered = sorted(pairs)
    table = PresenceRow.__table__
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start:start + _CHUNK]
        logs: dict[tuple[str, str], list[ScanRecord]] = defaultdict(list)
        rows = conn.execute(
            select(ScanRow.__table__).where(tuple_(ScanRow.attendee_id, ScanRow.checkpoint_id).in_(chunk)).order_by(ScanRow.at, ScanRow.id)
        )
        for row in rows:
            logs[(row.attendee_id, row.checkpoint_id)].append(_record(row))
        people = _existing(conn, AttendeeRow.__table__, sorted({a for a, _ in chunk}))
        conn.execute(delete(table).where(tuple_(table.c.attendee_id, table.c.checkpoint_id).in_(chunk)))
        presence_rows = []
        for (attendee_id, checkpoint_id), log in logs.items():
            if attendee_id not in people:  # deleted on the server meanwhile: the scans stay, presence cannot
                continue
            # An annulment names the scan it undoes, on the same person and door: both leave the replay.
            annulled = {r.annuls for r in log if r.is_annulment}
            replayed = replay(r for r in log if not r.is_annulment and r.id not in annulled)
            if replayed is None:
                continue
            p = replayed.presence
            presence_rows.append({
                "attendee_id": attendee_id, "checkpoint_id": checkpoint_id, "inside": p.inside,
                "first_in_at": p.first_in_at, "first_in_station": p.first_in_station,
                "first_scan_id": replayed.first_scan_id, "last_at": replayed.last_at, "entries": p.entries,
            })
        if presence_rows:
            conn.execute(insert(table), presence_rows)
