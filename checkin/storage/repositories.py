"""Repositories: read and write the event through a unit of work, handing out plain domain objects."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict
from operator import attrgetter, itemgetter
from datetime import datetime, timezone
from typing import Iterable, Sequence

from sqlalchemy import bindparam, delete, func, insert, literal_column, select, union_all, update
from sqlalchemy.orm import Session as OrmSession

from checkin.domain.model import (
    EDITABLE_FIELDS,
    Attendee,
    JournalEntry,
    Session,
    SessionKind,
    Status,
    new_id,
)
from checkin.storage.tables import (
    AttendeeRow,
    JournalRow,
    RegistrationRow,
    SessionRow,
    TicketCodeRow,
    utcnow,
)

# ---- sessions --------------------------------------------------------------------------------

_SESSION_COLUMNS = (
    SessionRow.id,
    SessionRow.title,
    SessionRow.kind,
    SessionRow.starts_at,
    SessionRow.ends_at,
    SessionRow.location,
    SessionRow.capacity,
)


def _session(row) -> Session:
    return Session(
        id=row.id,
        title=row.title,
        kind=SessionKind(row.kind),
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        location=row.location,
        capacity=row.capacity,
    )


def list_sessions(s: OrmSession) -> list[Session]:
    rows = s.execute(select(*_SESSION_COLUMNS).order_by(SessionRow.starts_at, SessionRow.title)).all()
    return [_session(row) for row in rows]


def registered_counts(s: OrmSession) -> dict[str, int]:
    """Session id → number of active attendees registered for it."""
    rows = s.execute(
        select(RegistrationRow.session_id, func.count())
        .join(AttendeeRow, AttendeeRow.id == RegistrationRow.attendee_id)
        .where(AttendeeRow.status.in_([Status.REGISTERED.value, Status.PENDING.value]))
        .group_by(RegistrationRow.session_id)
    ).all()
    return {session_id: count for session_id, count in rows}


def add_session(s: OrmSession, session: Session) -> Session:
    s.execute(
        insert(SessionRow).values(
            id=session.id,
            title=session.title,
            kind=session.kind.value,
            starts_at=session.starts_at,
            ends_at=session.ends_at,
            location=session.location,
            capacity=session.capacity,
        )
    )
    return session


# ---- attendees -------------------------------------------------------------------------------

_ATTENDEE_COLUMNS = tuple(
    getattr(AttendeeRow, name)
    for name in (
        "id", "first_name", "last_name", "organisation", "position", "city", "country", "category",
        "email", "badge_language", "status", "source", "source_id", "notes", "walk_in",
        "missing_from_source", "created_at", "updated_at",
    )
)


_STATUS = {status.value: status for status in Status}


def _attendee(row, codes: dict[str, list[str]], registrations: dict[str, list[str]]) -> Attendee:
    (id_, first, last, org, position, city, country, category, email, badge_language, status, source,
     source_id, notes, walk_in, missing, created_at, updated_at) = row
    return Attendee(
        id_, first, last, org, position, city, country, category, email, badge_language,
        _STATUS[status], source, source_id, notes, bool(walk_in), bool(missing),
        tuple(codes.get(id_, ())), tuple(registrations.get(id_, ())), _utc(created_at), _utc(updated_at),
    )


def _utc(value) -> datetime | None:
    """A stored timestamp as an aware UTC datetime, from processed or raw driver values."""
    if value is None:
        return None
    if value.__class__ is str:  # SQLite's naive UTC text, read raw
        return datetime.fromisoformat(value + "+00:00")
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _grouped(rows: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for key, value in rows:
        grouped[key].append(value)
    return grouped


def list_attendees(s: OrmSession, ids: Sequence[str] | None = None) -> list[Attendee]:
    """Every attendee (or those with ``ids``), ordered by family then given name."""
    query = select(*_ATTENDEE_COLUMNS).order_by(AttendeeRow.last_name, AttendeeRow.first_name)
    code_query = select(TicketCodeRow.attendee_id, TicketCodeRow.code)
    reg_query = select(RegistrationRow.attendee_id, RegistrationRow.session_id)
    if ids is not None:
        id_list = list(ids)
        query = query.where(AttendeeRow.id.in_(id_list))
        code_query = code_query.where(TicketCodeRow.attendee_id.in_(id_list))
        reg_query = reg_query.where(RegistrationRow.attendee_id.in_(id_list))
    conn = s.connection()
    if ids is None:
        # The whole list is what a desk opens with: 100,000 rows are read as raw driver values,
        # skipping per-value result processing that would double the time to a usable window, and
        # each person's codes and sessions come already gathered by the database.
        codes = _aggregated(conn, TicketCodeRow.attendee_id, TicketCodeRow.code)
        registrations = _aggregated(conn, RegistrationRow.attendee_id, RegistrationRow.session_id)
        rows = conn.exec_driver_sql(str(query.compile(dialect=conn.dialect))).all()
    else:
        codes = _grouped(conn.execute(code_query).all())
        registrations = _grouped(conn.execute(reg_query).all())
        rows = conn.execute(query).all()
    return [_attendee(row, codes, registrations) for row in rows]


_SEPARATOR = "\x1f"  # the ASCII unit separator: no code or id contains it


def _aggregated(conn, key, value) -> dict[str, tuple[str, ...]]:
    """key → all its values, joined by the database (a third of the time of fetching 300,000 pairs)."""
    query = select(key, func.aggregate_strings(value, _SEPARATOR)).group_by(key)
    sql = str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    return {k: tuple(joined.split(_SEPARATOR)) for k, joined in conn.exec_driver_sql(sql).all()}


# One person by id, for a scan or an edit: statements built once, so every call after the first
# takes its SQL from SQLAlchemy's compiled cache, and executed on the connection, skipping the ORM's
# per-statement work (a scan's time was mostly that).
_ATTENDEE_BY_ID = select(*_ATTENDEE_COLUMNS).where(AttendeeRow.id == bindparam("attendee_id"))
_CODES_AND_SESSIONS = union_all(
    select(literal_column("0"), TicketCodeRow.code).where(TicketCodeRow.attendee_id == bindparam("attendee_id")),
    select(literal_column("1"), RegistrationRow.session_id).where(RegistrationRow.attendee_id == bindparam("attendee_id")),
)

# The attendee columns in the order :func:`attendee_from_row` reads them, for queries that join
# other tables to the attendee's row.
ATTENDEE_COLUMNS = _ATTENDEE_COLUMNS


def attendee_from_row(s: OrmSession, row) -> Attendee:
    """The attendee whose ``ATTENDEE_COLUMNS`` are ``row``, with their ticket codes and sessions
    read by one indexed query."""
    attendee_id = row[0]
    codes: list[str] = []
    sessions: list[str] = []
    for is_session, value in s.connection().execute(_CODES_AND_SESSIONS, {"attendee_id": attendee_id}):
        (sessions if int(is_session) else codes).append(value)
    return _attendee(row, {attendee_id: codes}, {attendee_id: sessions})


def get_attendee(s: OrmSession, attendee_id: str) -> Attendee | None:
    row = s.connection().execute(_ATTENDEE_BY_ID, {"attendee_id": attendee_id}).first()
    return None if row is None else attendee_from_row(s, row)


def count_attendees(s: OrmSession) -> int:
    return s.execute(select(func.count()).select_from(AttendeeRow)).scalar_one()


def _attendee_values(a: Attendee) -> dict:
    values = {name: getattr(a, name) for name in EDITABLE_FIELDS}
    values["status"] = a.status.value
    values.update(
        id=a.id,
        source=a.source,
        source_id=a.source_id,
        walk_in=a.walk_in,
        missing_from_source=a.missing_from_source,
    )
    return values


def _bulk_insert(s: OrmSession, table, columns: Sequence[str], rows: list[tuple]) -> None:
    """executemany straight to the driver: SQLAlchemy's per-value processing would dominate a
    100,000-row import. ``rows`` hold ``columns``' values as the driver takes them (naive UTC)."""
    if not rows:
        return
    conn = s.connection()
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(columns))
    if compiled.positional:
        position = {name: i for i, name in enumerate(columns)}
        order = [position[name] for name in compiled.positiontup]
        if order != list(range(len(columns))):
            pick = itemgetter(*order)
            rows = [pick(row) for row in rows]
        params = rows
    else:
        params = [dict(zip(columns, row)) for row in rows]
    conn.exec_driver_sql(str(compiled), params)


def _driver_time(value: datetime, sqlite: bool):
    naive = value.astimezone(timezone.utc).replace(tzinfo=None)
    return naive.isoformat(" ") if sqlite else naive


_PLAIN_FIELDS = tuple(name for name in EDITABLE_FIELDS if name != "status") + (
    "source", "source_id", "walk_in", "missing_from_source",
)
_INSERT_COLUMNS = ("id", *_PLAIN_FIELDS, "status", "created_at", "updated_at")
_plain_values = attrgetter(*_PLAIN_FIELDS)


def insert_attendees(s: OrmSession, attendees: Sequence[Attendee]) -> None:
    """Insert new attendees with their ticket codes and session registrations, in bulk."""
    if not attendees:
        return
    is_sqlite = s.connection().dialect.name == "sqlite"
    now = _driver_time(utcnow(), is_sqlite)
    # In id order, the primary-key index grows at one end instead of at random places: a third
    # less time for 100,000 random UUIDs on SQLite.
    ordered = sorted(attendees, key=attrgetter("id"))
    rows = [
        (
            a.id, *_plain_values(a), a.status.value,
            _driver_time(a.created_at, is_sqlite) if a.created_at else now,
            _driver_time(a.updated_at, is_sqlite) if a.updated_at else now,
        )
        for a in ordered
    ]
    _bulk_insert(s, AttendeeRow.__table__, _INSERT_COLUMNS, rows)
    codes = sorted((c, a.id, a.source) for a in attendees for c in a.ticket_codes)
    _bulk_insert(s, TicketCodeRow.__table__, ("code", "attendee_id", "source"), codes)
    registrations = [(a.id, sid, now) for a in ordered for sid in a.session_ids]
    _bulk_insert(s, RegistrationRow.__table__, ("attendee_id", "session_id", "created_at"), registrations)


def update_attendee(s: OrmSession, a: Attendee) -> None:
    """Write ``a``'s fields, ticket codes and registrations over the stored attendee with its id."""
    values = _attendee_values(a)
    values.pop("id")
    values["updated_at"] = utcnow()
    s.execute(update(AttendeeRow).where(AttendeeRow.id == a.id).values(**values))
    set_ticket_codes(s, a.id, a.ticket_codes, a.source)
    set_registrations(s, a.id, a.session_ids)


def update_attendee_fields(s: OrmSession, attendees: Sequence[Attendee]) -> None:
    """Write many attendees' fields (not codes or registrations) in one executemany: a re-import
    may change thousands at once."""
    if not attendees:
        return
    table = AttendeeRow.__table__
    now = utcnow()
    rows = []
    for a in attendees:
        values = _attendee_values(a)
        values["key"] = values.pop("id")
        values["updated_at"] = now
        rows.append(values)
    columns = [name for name in rows[0] if name != "key"]
    statement = update(table).where(table.c.id == bindparam("key")).values({name: bindparam(name) for name in columns})
    s.connection().execute(statement, rows)


def set_ticket_codes(s: OrmSession, attendee_id: str, codes: Iterable[str], source: str = "") -> None:
    wanted = set(codes)
    have = set(s.execute(select(TicketCodeRow.code).where(TicketCodeRow.attendee_id == attendee_id)).scalars())
    if have - wanted:
        s.execute(delete(TicketCodeRow).where(TicketCodeRow.code.in_(have - wanted)))
    if wanted - have:
        s.execute(insert(TicketCodeRow), [{"code": c, "attendee_id": attendee_id, "source": source} for c in wanted - have])


def set_registrations(s: OrmSession, attendee_id: str, session_ids: Iterable[str]) -> None:
    wanted = set(session_ids)
    have = set(
        s.execute(select(RegistrationRow.session_id).where(RegistrationRow.attendee_id == attendee_id)).scalars()
    )
    if have - wanted:
        s.execute(
            delete(RegistrationRow).where(
                RegistrationRow.attendee_id == attendee_id, RegistrationRow.session_id.in_(have - wanted)
            )
        )
    if wanted - have:
        now = utcnow()
        s.execute(
            insert(RegistrationRow),
            [{"attendee_id": attendee_id, "session_id": sid, "created_at": now} for sid in wanted - have],
        )




def mark_missing_from_source(s: OrmSession, attendee_ids: Iterable[str], missing: bool = True) -> None:
    ids = list(attendee_ids)
    if ids:
        s.execute(update(AttendeeRow).where(AttendeeRow.id.in_(ids)).values(missing_from_source=missing))


# ---- the journal -----------------------------------------------------------------------------


def append_journal(s: OrmSession, entry: JournalEntry) -> None:
    s.execute(insert(JournalRow).values(**asdict(entry)))


def journal_for(s: OrmSession, attendee_id: str) -> list[JournalEntry]:
    rows = s.execute(select(JournalRow).where(JournalRow.attendee_id == attendee_id).order_by(JournalRow.at)).scalars()
    return [
        JournalEntry(id=r.id, at=r.at, kind=r.kind, attendee_id=r.attendee_id, station=r.station, operator=r.operator, data=r.data,
                     station_id=r.station_id)
        for r in rows
    ]


def journal_of_kind(s: OrmSession, kind: str) -> list[JournalEntry]:
    """Every journal line of one kind ("import", …), oldest first."""
    rows = s.execute(select(JournalRow).where(JournalRow.kind == kind).order_by(JournalRow.at)).scalars()
    return [
        JournalEntry(id=r.id, at=r.at, kind=r.kind, attendee_id=r.attendee_id, station=r.station, operator=r.operator, data=r.data,
                     station_id=r.station_id)
        for r in rows
    ]


def journal_entry(
    kind: str, attendee_id: str | None = None, station: str = "", operator: str = "", *, station_id: str = "", **data
) -> JournalEntry:
    """A new journal line; ``station_id`` is the id of the machine writing it (see services.machine)."""
    return JournalEntry(id=new_id(), at=utcnow(), kind=kind, attendee_id=attendee_id, station=station, operator=operator,
                        data=data, station_id=station_id)
