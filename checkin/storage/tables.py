"""The event schema as SQLAlchemy 2 typed tables. Changes here need an Alembic migration."""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class _SQLiteDateTime(sqlite.DATETIME):
    """SQLite's DATETIME read with the C ``fromisoformat`` instead of a regular expression.

    Loading 100,000 attendees parses 200,000 timestamps; this keeps that to a few tens of ms.
    """

    def result_processor(self, dialect, coltype):
        def process(value):
            return None if value is None else datetime.fromisoformat(value)

        return process


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes on every backend (SQLite keeps no zone, so it is stored as naive UTC)."""

    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(_SQLiteDateTime())
        return dialect.type_descriptor(DateTime())

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


ID = String(36)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class EventRow(Base):
    __tablename__ = "event"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(300), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Brussels")
    languages: Mapped[str] = mapped_column(String(64), default="en,fr")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    default_layout: Mapped[str] = mapped_column(String(100), default="")
    # Key for signing badge codes; never leaves the event database.
    secret: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AttendeeRow(Base):
    __tablename__ = "attendee"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    category: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="", index=True)
    badge_language: Mapped[str] = mapped_column(String(8), default="")
    status: Mapped[str] = mapped_column(String(20), default="registered")
    source: Mapped[str] = mapped_column(String(40), default="")
    source_id: Mapped[str] = mapped_column(String(200), default="", index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    missing_from_source: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TicketCodeRow(Base):
    """Codes a registration platform issued (pretix secrets, Indico tickets), each for one person."""

    __tablename__ = "ticket_code"

    code: Mapped[str] = mapped_column(String(200), primary_key=True)
    attendee_id: Mapped[str] = mapped_column(ID, ForeignKey("attendee.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(40), default="")


class SessionRow(Base):
    __tablename__ = "session"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    title: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="other")
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    location: Mapped[str] = mapped_column(String(300), default="")
    capacity: Mapped[int | None] = mapped_column(Integer)


class RegistrationRow(Base):
    """Who is registered for which session."""

    __tablename__ = "registration"

    attendee_id: Mapped[str] = mapped_column(ID, ForeignKey("attendee.id", ondelete="CASCADE"), primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ID, ForeignKey("session.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class JournalRow(Base):
    """Append-only log of what happened: imports, edits, walk-ins, and later scans and prints."""

    __tablename__ = "journal"
    __table_args__ = (Index("ix_journal_attendee_at", "attendee_id", "at"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    attendee_id: Mapped[str | None] = mapped_column(ID)
    station: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    station_id: Mapped[str] = mapped_column(String(36), default="")  # the machine that wrote it


class BadgeRow(Base):
    """Badge codes issued to attendees; a reissued badge revokes the code it replaces."""

    __tablename__ = "badge"
    __table_args__ = (UniqueConstraint("attendee_id", "serial"),)

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    attendee_id: Mapped[str] = mapped_column(ID, ForeignKey("attendee.id", ondelete="CASCADE"), index=True)
    serial: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_reason: Mapped[str] = mapped_column(String(300), default="")


class CheckpointRow(Base):
    """A door's rules (the entrance, or a session by its id), and the row that serialises its scans.

    Every scan at a checkpoint first updates ``scans`` here, which takes the row's write lock: two
    desks scanning at one door decide one after the other, on SQLite and on PostgreSQL alike.
    """

    __tablename__ = "checkpoint"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    reentry: Mapped[str] = mapped_column(String(10))
    allow_unregistered: Mapped[bool] = mapped_column(Boolean, default=False)
    tolerance_minutes: Mapped[int] = mapped_column(Integer, default=15)
    require_arrival: Mapped[bool] = mapped_column(Boolean, default=True)
    scans: Mapped[int] = mapped_column(Integer, default=0)


class ScanRow(Base):
    """Every scan, accepted or not, and every annulment of one: append-only, never updated.

    The id is made by the station, so a retried upload of the same scan is recognised.
    """

    __tablename__ = "scan"
    __table_args__ = (
        Index("ix_scan_attendee_checkpoint", "attendee_id", "checkpoint_id"),
        Index("ix_scan_station_at", "station", "at"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    checkpoint_id: Mapped[str] = mapped_column(ID)
    direction: Mapped[str] = mapped_column(String(3))
    code: Mapped[str] = mapped_column(Text, default="")  # the text as read, for the log
    method: Mapped[str] = mapped_column(String(10), default="")  # scanner, camera, manual, cli
    attendee_id: Mapped[str | None] = mapped_column(ID)
    verdict: Mapped[str] = mapped_column(String(10))  # accepted, warning, rejected, or annulment
    reason: Mapped[str] = mapped_column(String(30))
    moves: Mapped[bool] = mapped_column(Boolean, default=False)  # moved the person in or out
    annuls: Mapped[str | None] = mapped_column(ID, unique=True)  # for an annulment: the scan it undoes
    station: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    station_id: Mapped[str] = mapped_column(String(36), default="")  # the machine that scanned
    # Decided by a station cut off from the shared database, against its replica, and uploaded
    # later (received_at says when the server got it; None for scans decided on the server).
    offline: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PresenceRow(Base):
    """Where each attendee stands at each checkpoint, kept in step with the scans.

    The primary key makes "the first entry" a database fact: two desks cannot both record it.
    """

    __tablename__ = "presence"
    __table_args__ = (Index("ix_presence_checkpoint_inside", "checkpoint_id", "inside"),)

    attendee_id: Mapped[str] = mapped_column(ID, ForeignKey("attendee.id", ondelete="CASCADE"), primary_key=True)
    checkpoint_id: Mapped[str] = mapped_column(ID, primary_key=True)
    inside: Mapped[bool] = mapped_column(Boolean)
    first_in_at: Mapped[datetime] = mapped_column(UTCDateTime)
    first_in_station: Mapped[str] = mapped_column(String(100), default="")
    first_scan_id: Mapped[str] = mapped_column(ID)
    last_at: Mapped[datetime] = mapped_column(UTCDateTime)
    entries: Mapped[int] = mapped_column(Integer, default=1)


class StationRow(Base):
    """A machine that scans, prints or registers for this event, as it last reported itself."""

    __tablename__ = "station"

    id: Mapped[str] = mapped_column(ID, primary_key=True)  # made once per machine, kept in its settings
    name: Mapped[str] = mapped_column(String(100), default="")
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # last upload of an offline queue
    pending: Mapped[int] = mapped_column(Integer, default=0)  # queued records it reported at last contact
