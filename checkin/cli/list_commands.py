"""`checkin attendees` and `checkin sessions`: reading the event."""
from __future__ import annotations


from checkin.cli import common
from checkin.domain.search import SearchIndex, attendee_search_text
from checkin.services import attendees as attendee_service
from checkin.services import badges as badge_service
from checkin.services import presence


def register(sub) -> None:
    a = sub.add_parser("attendees", help="list attendees")
    a.add_argument("--search", default="", help="accent- and case-insensitive, forgiving misspellings")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=run_attendees)

    s = sub.add_parser("sessions", help="list sessions")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=run_sessions)


def run_attendees(args) -> int:
    db = common.open_db(args)
    people = attendee_service.list_attendees(db)
    titles = {sw.session.id: sw.session.title for sw in attendee_service.list_sessions(db)}
    codes = badge_service.ensure_codes(db) if args.json else {}
    arrivals = presence.checked_in_at(db) if args.json else {}
    db.dispose()
    if args.search:
        rows = SearchIndex([attendee_search_text(a) for a in people]).search(args.search)
        if rows is not None:
            people = [people[i] for i in rows]
    if args.json:
        common.emit_json([common.attendee_json(a, titles, codes.get(a.id, ""), arrivals.get(a.id)) for a in people])
        return 0
    for a in people:
        common.row(a.last_name, a.first_name, a.organisation, a.city, a.country, a.category, a.status.value)
    return 0


def run_sessions(args) -> int:
    db = common.open_db(args)
    sessions = attendee_service.list_sessions(db)
    inside = presence.present_counts(db) if args.json else {}
    db.dispose()
    if args.json:
        common.emit_json(
            [
                {
                    "id": sw.session.id,
                    "title": sw.session.title,
                    "kind": sw.session.kind.value,
                    "starts_at": sw.session.starts_at.isoformat() if sw.session.starts_at else None,
                    "ends_at": sw.session.ends_at.isoformat() if sw.session.ends_at else None,
                    "location": sw.session.location,
                    "capacity": sw.session.capacity,
                    "registered": sw.registered,
                    "present": inside.get(sw.session.id, 0),
                }
                for sw in sessions
            ]
        )
        return 0
    for sw in sessions:
        cap = "" if sw.session.capacity is None else f"/{sw.session.capacity}"
        common.row(sw.session.title, sw.session.kind.value, f"{sw.registered}{cap}")
    return 0
