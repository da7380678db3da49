"""The event row: creating it, reading it, its badge-signing secret and its logo."""
from __future__ import annotations

import secrets
from datetime import date
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from checkin.domain.model import Event, new_id
from checkin.storage.tables import EventRow, utcnow


def _event(row: EventRow) -> Event:
    return Event(
        id=row.id,
        name=row.name,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        venue=row.venue,
        timezone=row.timezone,
        languages=tuple(lang for lang in row.languages.split(",") if lang),
        default_layout=row.default_layout,
        has_logo=row.logo is not None,
    )


def create_event(
    s: OrmSession,
    name: str,
    starts_on: date | None = None,
    ends_on: date | None = None,
    venue: str = "",
    timezone: str = "Europe/Brussels",
    languages: Sequence[str] = ("en", "fr"),
) -> Event:
    row = EventRow(
        id=new_id(),
        name=name,
        starts_on=starts_on,
        ends_on=ends_on,
        venue=venue,
        timezone=timezone,
        languages=",".join(languages),
        default_layout="",
        secret=secrets.token_bytes(32),
        created_at=utcnow(),
    )
    s.add(row)
    s.flush()
    return _event(row)


def get_event(s: OrmSession) -> Event:
    return _event(s.execute(select(EventRow)).scalar_one())


def update_event(s: OrmSession, **changes) -> Event:
    row = s.execute(select(EventRow)).scalar_one()
    for key, value in changes.items():
        if key == "languages":
            value = ",".join(value)
        setattr(row, key, value)
    s.flush()
    return _event(row)


def event_secret(s: OrmSession) -> bytes:
    return s.execute(select(EventRow.secret)).scalar_one()


def event_logo(s: OrmSession) -> bytes | None:
    return s.execute(select(EventRow.logo)).scalar_one()
