"""Badge codes in the event: issued lazily, reissued with the old code revoked, resolved at the door; migration 0002."""
from __future__ import annotations

import uuid
from datetime import date

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from checkin.domain.codes import make_code
from checkin.domain.model import Attendee, new_id
from checkin.services import badges
from checkin.services.badges import BadgeSelection, ResolveKind, SortKey
from checkin.storage import migrations
from checkin.storage import repositories as repo
from checkin.storage import event_repository as event_repo
from checkin.storage.database import make_engine, open_database, to_url
from checkin.storage.tables import Base


def test_every_attendee_gets_one_code_when_first_needed(event):
    db, people = event
    codes = badges.ensure_codes(db)
    assert set(codes) == {a.id for a in people}
    assert len(set(codes.values())) == len(people)
    assert badges.ensure_codes(db) == codes  # asking again issues nothing new
    assert badges.current_code(db, people[0].id) == codes[people[0].id]


def test_a_scanned_code_resolves_to_its_attendee(event):
    db, people = event
    code = badges.current_code(db, people[3].id)
    found = badges.resolve_code(db, code.lower())
    assert found.kind is ResolveKind.VALID
    assert found.attendee.id == people[3].id and found.attendee.last_name == "Dvořák"


def test_reissuing_revokes_the_old_code_and_journals_it(event):
    db, people = event
    person = people[0]
    old = badges.current_code(db, person.id)
    new = badges.reissue_badge(db, person.id, "lost badge", operator="Marie", station="Desk 2")
    assert new != old
    assert badges.current_code(db, person.id) == new
    revoked = badges.resolve_code(db, old)
    assert revoked.kind is ResolveKind.REVOKED
    assert revoked.attendee.id == person.id and revoked.badge.revoked_reason == "lost badge"
    assert badges.resolve_code(db, new).kind is ResolveKind.VALID
    with db.unit() as s:
        journal = [entry for entry in repo.journal_for(s, person.id) if entry.kind == "badge_reissued"]
    assert journal[0].data["revoked"] == [old] and journal[0].data["code"] == new
    assert journal[0].station == "Desk 2"


def test_forged_altered_unknown_and_foreign_codes_are_told_apart(event):
    db, people = event
    code = badges.current_code(db, people[1].id)
    altered = code[:10] + ("B" if code[10] != "B" else "C") + code[11:]
    assert badges.resolve_code(db, altered).kind is ResolveKind.FORGED
    assert badges.resolve_code(db, make_code(b"another event's secret..........", people[1].id, 0)).kind is ResolveKind.FORGED
    with db.unit() as s:
        secret = event_repo.event_secret(s)
    # Signed for this event, for someone this copy of the list has never heard of (a later walk-in).
    unknown = badges.resolve_code(db, make_code(secret, str(uuid.uuid4()), 0))
    assert unknown.kind is ResolveKind.UNKNOWN and unknown.check.is_valid and unknown.attendee is None
    assert badges.resolve_code(db, "hello world").kind is ResolveKind.NOT_OURS


def test_a_registration_systems_ticket_code_still_finds_the_attendee(event):
    db, _ = event
    walk_in = Attendee(id=new_id(), first_name="Noor", last_name="Haddad", ticket_codes=("n8vwq2hkx7mdp3rcz4tyb9ejs6ufag5k",))
    with db.unit() as s:
        repo.insert_attendees(s, [walk_in])
    found = badges.resolve_code(db, "n8vwq2hkx7mdp3rcz4tyb9ejs6ufag5k")
    assert found.kind is ResolveKind.VALID and found.via_ticket and found.attendee.id == walk_in.id


def test_printed_counts_come_from_the_print_log(event):
    db, people = event
    with db.unit() as s:
        for person in (people[0], people[0], people[2]):
            repo.append_journal(s, repo.journal_entry("print", person.id, "Desk 1", layout="classic-a6-4up"))
        repo.append_journal(s, repo.journal_entry("edit", people[5].id))
    assert badges.printed_counts(db) == {people[0].id: 2, people[2].id: 1}
    unprinted = badges.select_attendees(db, BadgeSelection(only_unprinted=True))
    assert {a.id for a in unprinted} == {a.id for a in people} - {people[0].id, people[2].id}


def test_selection_filters_and_sorts(event):
    db, people = event
    speakers = badges.select_attendees(db, BadgeSelection(category="speaker"))
    assert {a.last_name for a in speakers} == {"Żółkiewski", "Παπαδοπούλου-Κωνσταντινίδου", "Đurđević"}
    visit = badges.select_attendees(db, BadgeSelection(session="site visit: molenbeek prevention services"))
    assert {a.id for a in visit} == {a.id for i, a in enumerate(people) if i % 3 == 0}
    by_country = [a.country for a in badges.select_attendees(db, BadgeSelection(sort=SortKey.COUNTRY))]
    assert by_country[-1] == ""  # people without a country come last
    assert by_country.index("HR") < by_country.index("CZ") < by_country.index("FR")  # Croatia, Czechia, France
    by_family = [a.last_name for a in badges.select_attendees(db, BadgeSelection())]
    assert by_family.index("Çağlayan") < by_family.index("Dvořák") < by_family.index("Żółkiewski")
    by_category = [a.category for a in badges.select_attendees(db, BadgeSelection(sort=SortKey.CATEGORY))]
    assert by_category == sorted(by_category, key=str.casefold)
    chosen = badges.select_attendees(db, BadgeSelection(ids=(people[4].id, people[5].id)))
    assert {a.id for a in chosen} == {people[4].id, people[5].id}


def test_an_event_from_revision_0001_opens_upgraded_with_its_people(tmp_path):
    path = tmp_path / "old.checkin"
    engine = make_engine(to_url(path))
    migrations.upgrade(engine, "0001")
    person = Attendee(id=new_id(), first_name="Łukasz", last_name="Żółkiewski", country="PL")
    from checkin.storage.database import Database

    old = Database(engine)
    with old.unit() as s:
        event_repo.create_event(s, "Old forum", date(2025, 5, 1))
        repo.insert_attendees(s, [person])
    old.dispose()

    db = open_database(path)
    assert migrations.state(db.engine) is migrations.State.CURRENT
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    with db.unit() as s:
        assert repo.get_attendee(s, person.id) == person.with_changes(
            created_at=repo.get_attendee(s, person.id).created_at, updated_at=repo.get_attendee(s, person.id).updated_at
        )
        assert event_repo.get_event(s).name == "Old forum"
    assert badges.resolve_code(db, badges.current_code(db, person.id)).attendee.last_name == "Żółkiewski"
    db.dispose()


def test_two_desks_issuing_first_codes_at_once_agree(event, monkeypatch):
    db, people = event
    codes = badges.ensure_codes(db)
    from checkin.storage import badge_repository

    fresh_missing, fresh_serials = badge_repository.attendees_without_badge, badge_repository.next_serials
    looks = []

    def missing(s, ids=None):
        # The first look happens before the other desk's codes were committed: nobody has a code yet.
        looks.append(ids)
        return [p.id for p in people] if len(looks) == 1 else fresh_missing(s, ids)

    def serials(s, ids):
        return dict.fromkeys(ids, 0) if len(looks) == 1 else fresh_serials(s, ids)

    monkeypatch.setattr(badge_repository, "attendees_without_badge", missing)
    monkeypatch.setattr(badge_repository, "next_serials", serials)
    assert badges.ensure_codes(db) == codes
    assert len(looks) == 2


def test_codes_issue_reissue_and_resolve_on_both_backends(db_url):
    from tests.badges.people import seed_event

    db, people = seed_event(db_url)
    try:
        codes = badges.ensure_codes(db)
        assert len(codes) == len(people)
        new = badges.reissue_badge(db, people[5].id, "name corrected")
        assert badges.resolve_code(db, codes[people[5].id]).kind is ResolveKind.REVOKED
        assert badges.resolve_code(db, new).attendee.last_name == "Шевченко"
        with db.unit() as s:
            repo.append_journal(s, repo.journal_entry("print", people[5].id, "Desk 1", layout="classic-a6-4up"))
        assert badges.printed_counts(db) == {people[5].id: 1}
    finally:
        db.dispose()
