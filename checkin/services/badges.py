"""Badge use cases: issuing and reissuing codes, resolving scanned codes, choosing and rendering badges."""
from __future__ import annotations

import io
import os
from dataclasses import dataclass
from enum import StrEnum
from typing import BinaryIO, Sequence

from sqlalchemy.exc import IntegrityError

from checkin.badges.content import badge_content
from checkin.badges.layout import Layout
from checkin.badges.layout_store import load_layout
from checkin.badges.render import RenderResult, render_pdf
from checkin.badges.stock import get_stock
from checkin.domain.codes import Badge, CodeCheck, CodeKind, MAX_SERIAL, make_code, parse_code
from checkin.domain.countries import country_name
from checkin.domain.model import Attendee, Event
from checkin.domain.text import fold
from checkin.importing.sessions import session_called
from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.storage import badge_repository as badges_repo
from checkin.storage import repositories as repo
from checkin.storage import event_repository as event_repo
from checkin.storage import scan_repository as scans_repo
from checkin.storage.database import Database
from checkin.storage.tables import utcnow

# The layout used when the event has not chosen one.
FALLBACK_LAYOUT = "classic-a6-4up"


class SortKey(StrEnum):
    FAMILY = "family"  # family name, then given name
    COUNTRY = "country"  # country, then city, then family name
    CATEGORY = "category"  # category, then family name


class ResolveKind(StrEnum):
    VALID = "valid"  # the attendee's current badge (or a ticket code from the registration system)
    REVOKED = "revoked"  # an old badge, replaced by a reissued one
    UNKNOWN = "unknown"  # signed for this event, but not in this copy of the list
    FORGED = "forged"  # shaped like a badge code, but not signed with this event's secret
    NOT_OURS = "not_ours"  # neither a badge code nor a known ticket code


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a scanned or typed code means at this desk."""

    kind: ResolveKind
    check: CodeCheck
    attendee: Attendee | None = None
    badge: Badge | None = None  # the badge row, for badge codes this desk knows
    via_ticket: bool = False  # found as a registration system's ticket code


@dataclass(frozen=True, slots=True)
class BadgeSelection:
    """Which badges to render, in which order. ``ids`` alone selects exactly those attendees."""

    category: str | None = None
    session: str | None = None  # session title
    only_unprinted: bool = False
    ids: tuple[str, ...] | None = None
    sort: SortKey = SortKey.FAMILY


# ---- codes -----------------------------------------------------------------------------------


def _issue_missing(s, attendee_ids: Sequence[str] | None = None) -> None:
    missing = badges_repo.attendees_without_badge(s, attendee_ids)
    if not missing:
        return
    secret = event_repo.event_secret(s)
    serials = badges_repo.next_serials(s, missing)
    now = utcnow()
    badges_repo.insert_badges(
        s, [Badge(make_code(secret, attendee_id, serials[attendee_id]), attendee_id, serials[attendee_id], now) for attendee_id in missing]
    )


def ensure_codes(db: Database, attendee_ids: Sequence[str] | None = None) -> dict[str, str]:
    """Attendee id → current badge code, issuing a first code to anyone who has none yet."""
    for attempt in range(2):
        try:
            with db.unit() as s:
                _issue_missing(s, attendee_ids)
                return badges_repo.current_codes(s, attendee_ids)
        except IntegrityError:
            # Another desk issued the same first codes at the same moment. Codes are deterministic
            # for an attendee and serial, so theirs are the ones we were making: read them again.
            if attempt:
                raise
    raise AssertionError("unreachable")


def current_code(db: Database, attendee_id: str) -> str:
    """The attendee's current badge code (issued now if they had none)."""
    codes = ensure_codes(db, [attendee_id])
    if attendee_id not in codes:
        raise _no_such_attendee()
    return codes[attendee_id]


def reissue_badge(db: Database, attendee_id: str, reason: str, operator: str = "", station: str = "") -> str:
    """A new code for a lost badge or a corrected name; the old code is revoked and the change journaled."""
    with db.unit() as s:
        if repo.get_attendee(s, attendee_id) is None:
            raise _no_such_attendee()
        serial = badges_repo.next_serials(s, [attendee_id])[attendee_id]
        if serial > MAX_SERIAL:
            raise UserError(
                Message("Badges", QT_TRANSLATE_NOOP("Badges", "This badge has been reissued {count} times, the most a badge code allows. Register the person again as a walk-in."), {"count": MAX_SERIAL})
            )
        now = utcnow()
        revoked = badges_repo.revoke_badges(s, attendee_id, now, reason)
        code = make_code(event_repo.event_secret(s), attendee_id, serial)
        badges_repo.insert_badges(s, [Badge(code, attendee_id, serial, now)])
        repo.append_journal(
            s, repo.journal_entry("badge_reissued", attendee_id, station, operator, code=code, revoked=revoked, reason=reason)
        )
        return code


def resolve_code(db: Database, text: str) -> Resolution:
    """Who a scanned text belongs to, or why it is refused (forged, revoked, unknown, not ours)."""
    with db.unit() as s:
        return resolve_in(s, event_repo.event_secret(s), text)


def resolve_in(s, secret: bytes, text: str) -> Resolution:
    """:func:`resolve_code` inside a unit of work that is already open (a scan's transaction)."""
    check = parse_code(secret, text)
    if check.kind is CodeKind.FORGED:
        return Resolution(ResolveKind.FORGED, check)
    # The code's row and its holder's come in one query: this runs inside every scan.
    if check.kind is CodeKind.NOT_OURS:
        issued, attendee = scans_repo.ticket_holder(s, text.strip())
        if not issued:
            return Resolution(ResolveKind.NOT_OURS, check)
        return Resolution(ResolveKind.VALID, check, attendee, via_ticket=True)
    badge, attendee = scans_repo.badge_and_holder(s, check.code)
    if badge is None:
        return Resolution(ResolveKind.UNKNOWN, check)
    kind = ResolveKind.REVOKED if badge.is_revoked else ResolveKind.VALID
    return Resolution(kind, check, attendee, badge)


def printed_counts(db: Database) -> dict[str, int]:
    """Attendee id → number of times their badge was printed (the printing log's "print" lines)."""
    with db.unit() as s:
        return badges_repo.printed_counts(s)


def _no_such_attendee() -> UserError:
    return UserError(Message("Attendees", QT_TRANSLATE_NOOP("Attendees", "This attendee no longer exists. Refresh the list.")))


# ---- choosing badges -------------------------------------------------------------------------


def _sort_key(sort: SortKey):
    def family(a: Attendee):
        return (fold(a.last_name), fold(a.first_name), a.id)

    if sort is SortKey.COUNTRY:
        return lambda a: (a.country == "", fold(country_name(a.country, "en")), fold(a.city), *family(a))
    if sort is SortKey.CATEGORY:
        return lambda a: (fold(a.category), *family(a))
    return family


def select_attendees(db: Database, selection: BadgeSelection = BadgeSelection()) -> list[Attendee]:
    """Attendees whose badges ``selection`` asks for, sorted; cancelled people only when asked by id."""
    with db.unit() as s:
        people = repo.list_attendees(s, selection.ids)
        printed = badges_repo.printed_counts(s) if selection.only_unprinted else {}
        session_id = _session_id(s, selection.session) if selection.session else None
    if selection.ids is None:
        people = [a for a in people if a.status.is_active]
    if selection.category:
        wanted = fold(selection.category)
        people = [a for a in people if fold(a.category) == wanted]
    if session_id:
        people = [a for a in people if session_id in a.session_ids]
    if selection.only_unprinted:
        people = [a for a in people if not printed.get(a.id)]
    return sorted(people, key=_sort_key(selection.sort))


def _session_id(s, title: str) -> str:
    sessions = repo.list_sessions(s)
    session = session_called(sessions, title)
    if session is not None:
        return session.id
    raise UserError(
        Message(
            "Badges",
            QT_TRANSLATE_NOOP("Badges", "There is no session called “{title}”. Sessions: {known}."),
            {"title": title, "known": "; ".join(session.title for session in sessions)},
        )
    )


# ---- rendering -------------------------------------------------------------------------------


def default_layout_name(db: Database) -> str:
    """The event's chosen layout, or the fallback when it has not chosen one."""
    with db.unit() as s:
        return event_repo.get_event(s).default_layout or FALLBACK_LAYOUT


def set_default_layout(db: Database, name: str) -> None:
    load_layout(name)  # refuses unknown or broken layouts
    with db.unit() as s:
        event_repo.update_event(s, default_layout=name)


def _badge_language(event: Event, layout: Layout, attendee: Attendee) -> str:
    return layout.language or attendee.badge_language or (event.languages[0] if event.languages else "en")


def render_badges(
    db: Database,
    out: str | os.PathLike[str] | BinaryIO,
    layout: str | Layout | None = None,
    selection: BadgeSelection = BadgeSelection(),
    cut_marks: bool | None = None,
) -> RenderResult:
    """Render the selected attendees' badges into one PDF (a path or a binary stream).

    ``layout`` is a layout name, a Layout being edited (the designer's preview), or None for the
    event's default. Codes are issued to attendees who have none yet. Raises UserError when the
    selection is empty.
    """
    if not isinstance(layout, Layout):
        layout = load_layout(layout or default_layout_name(db))
    people = select_attendees(db, selection)
    if not people:
        raise UserError(
            Message("Badges", QT_TRANSLATE_NOOP("Badges", "No attendee matches this selection, so there are no badges to make. Change the filters."))
        )
    codes = ensure_codes(db, selection.ids)
    with db.unit() as s:
        event = event_repo.get_event(s)
        logo = event_repo.event_logo(s)
        sessions = repo.list_sessions(s)
    titles = {session.id: session.title for session in sessions}
    order = {session.id: index for index, session in enumerate(sessions)}
    event_language = layout.language or (event.languages[0] if event.languages else "en")

    def contents():
        for a in people:
            session_titles = [titles[sid] for sid in sorted(a.session_ids, key=lambda sid: order.get(sid, 0)) if sid in titles]
            yield badge_content(a, codes[a.id], event, session_titles, _badge_language(event, layout, a), event_language)

    return render_pdf(out, layout, contents(), logo=logo, title=event.name, cut_marks=cut_marks)


def render_one(db: Database, attendee_id: str, layout: str | Layout | None = None) -> bytes:
    """One attendee's badge as PDF bytes, for printing on demand (no cut marks)."""
    buffer = io.BytesIO()
    render_badges(db, buffer, layout, BadgeSelection(ids=(attendee_id,)), cut_marks=False)
    return buffer.getvalue()


def preview_badges(db: Database, layout: str | Layout, attendee_ids: Sequence[str] | None = None) -> bytes:
    """A PDF of one sheet of ``layout`` (saved or being edited) for the designer's live preview.

    Without ``attendee_ids``, the sheet shows the attendees with the longest names, so the organiser
    sees the hardest cases first.
    """
    if not isinstance(layout, Layout):
        layout = load_layout(layout)
    if attendee_ids is None:
        with db.unit() as s:
            people = repo.list_attendees(s)
        if not people:
            raise UserError(
                Message("Badges", QT_TRANSLATE_NOOP("Badges", "The event has no attendees yet, so there is nothing to preview. Import a list or add someone first."))
            )
        per_sheet = get_stock(layout.stock).per_sheet
        longest = sorted(people, key=lambda a: (-len(a.full_name), -len(a.organisation), a.id))
        attendee_ids = [a.id for a in longest[:per_sheet]]
    buffer = io.BytesIO()
    render_badges(db, buffer, layout, BadgeSelection(ids=tuple(attendee_ids)), cut_marks=None)
    return buffer.getvalue()
