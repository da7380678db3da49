"""The event database: creating, reopening, migrating, refusing what is not an event, on SQLite and PostgreSQL."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from checkin.domain.model import Attendee, Session, SessionKind, new_id
from checkin.i18n import UserError
from checkin.services import attendees as attendee_service
from checkin.services.event import new_event, open_event
from checkin.storage import migrations
from checkin.storage import repositories as repo
from checkin.storage.database import make_engine, open_database, to_url
from checkin.storage.tables import Base


def _make_event(db_url):
    db, event = new_event(db_url, "Security, Democracy & Cities", date(2026, 3, 20), date(2026, 3, 22), "Brussels")
    return db, event


def test_new_event_reopens_with_its_details(db_url):
    db, event = _make_event(db_url)
    db.dispose()
    reopened, again = open_event(db_url)
    assert again == event
    assert again.starts_on == date(2026, 3, 20) and again.languages == ("en", "fr")
    reopened.dispose()


def test_schema_matches_the_models_after_migrations(db_url):
    """The migrations build exactly the tables the code expects, on both backends."""
    db, _ = _make_event(db_url)
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    assert migrations.state(db.engine) is migrations.State.CURRENT
    db.dispose()


def test_attendees_round_trip_with_codes_and_registrations(db_url):
    db, _ = _make_event(db_url)
    workshop = Session(id=new_id(), title="Atelier : économie de la nuit", kind=SessionKind.WORKSHOP, capacity=30)
    people = [
        Attendee(id=new_id(), first_name="Agnès", last_name="Lefèvre-Dupré", organisation="Ville de Lille",
                 country="FR", ticket_codes=("n8vwq2hkx7mdp3rcz4tyb9ejs6ufag5k",), session_ids=(workshop.id,)),
        Attendee(id=new_id(), first_name="Ольга", last_name="Петренко", organisation="Kyiv City Council", country="UA"),
        Attendee(id=new_id(), first_name="Eleni", last_name="Κωνσταντίνου", organisation="Δήμος Αθηναίων", country="GR"),
    ]
    with db.unit() as s:
        repo.add_session(s, workshop)
        repo.insert_attendees(s, people)
    db.dispose()
    db = open_database(db_url)
    stored = {a.last_name: a for a in attendee_service.list_attendees(db)}
    assert set(stored) == {"Lefèvre-Dupré", "Петренко", "Κωνσταντίνου"}
    assert stored["Lefèvre-Dupré"].ticket_codes == ("n8vwq2hkx7mdp3rcz4tyb9ejs6ufag5k",)
    assert stored["Lefèvre-Dupré"].session_ids == (workshop.id,)
    sessions = attendee_service.list_sessions(db)
    assert [(sw.session.title, sw.registered) for sw in sessions] == [("Atelier : économie de la nuit", 1)]
    db.dispose()


def test_a_failed_unit_of_work_writes_nothing(db_url):
    db, _ = _make_event(db_url)
    with pytest.raises(RuntimeError):
        with db.unit() as s:
            repo.insert_attendees(s, [Attendee(id=new_id(), first_name="Half", last_name="Written")])
            raise RuntimeError("power cut")
    assert attendee_service.list_attendees(db) == []
    db.dispose()


def test_edit_is_journaled_with_before_and_after(db_url):
    db, _ = _make_event(db_url)
    person = attendee_service.add_walk_in(db, {"first_name": "Jorg", "last_name": "Muller", "country": "Schweiz"})
    assert person.walk_in and person.country == "CH"
    fixed = attendee_service.update_attendee(db, person.id, {"first_name": "Jörg", "last_name": "Müller"}, operator="desk 1")
    assert fixed.full_name == "Jörg Müller"
    with db.unit() as s:
        kinds = [(e.kind, e.data) for e in repo.journal_for(s, person.id)]
    assert kinds[0][0] == "walk_in"
    assert kinds[1] == ("edit", {"changes": {"first_name": ["Jorg", "Jörg"], "last_name": ["Muller", "Müller"]}})
    db.dispose()


def test_edit_refuses_an_unknown_country_and_keeps_the_old_one(db_url):
    db, _ = _make_event(db_url)
    person = attendee_service.add_walk_in(db, {"first_name": "Ana", "last_name": "Silva", "country": "PT"})
    with pytest.raises(UserError, match="Atlantis"):
        attendee_service.update_attendee(db, person.id, {"country": "Atlantis"})
    assert attendee_service.get_attendee(db, person.id).country == "PT"
    db.dispose()


def test_creating_over_an_existing_event_is_refused(db_url):
    db, _ = _make_event(db_url)
    db.dispose()
    with pytest.raises(UserError, match="already"):
        _make_event(db_url)


def test_missing_file_says_so(tmp_path):
    with pytest.raises(UserError, match="no event file"):
        open_database(tmp_path / "nowhere.checkin")


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.checkin"
    path.write_text("this is a shopping list, not an event\n" * 50)
    with pytest.raises(UserError, match="not a Check-in Desk event"):
        open_database(path)


def test_another_apps_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.checkin"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(UserError, match="not a Check-in Desk event"):
        open_database(path)


def test_an_event_from_a_newer_app_is_refused(tmp_path):
    path = tmp_path / "future.checkin"
    db, _ = _make_event(str(path))
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    db.dispose()
    with pytest.raises(UserError, match="newer version"):
        open_database(path)


def test_sqlite_event_file_uses_wal_and_durable_commits(tmp_path):
    db, _ = _make_event(str(tmp_path / "wal.checkin"))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


def test_to_url_keeps_urls_and_resolves_paths(tmp_path):
    assert to_url("postgresql+psycopg://desk@venue/event") == "postgresql+psycopg://desk@venue/event"
    assert to_url(tmp_path / "a.checkin") == f"sqlite:///{tmp_path / 'a.checkin'}"


def test_unreachable_server_says_what_to_check():
    with pytest.raises(UserError, match="Could not open"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none")


def test_make_engine_rejects_nonsense():
    with pytest.raises(UserError, match="neither an event file"):
        make_engine("::not a url::")


@pytest.mark.parametrize("typed", ["postgres://desk@venue:5433/conference", "postgresql://desk@venue:5433/conference",
                                   "postgresql+psycopg2://desk@venue:5433/conference"])
def test_postgresql_addresses_copied_from_elsewhere_use_our_driver(typed):
    assert to_url(typed) == "postgresql+psycopg://desk@venue:5433/conference"


@pytest.mark.parametrize("typed", ["postgresql+pyscopg://desk@venue/conference", "mysql+nosuchdriver://x@y/z"])
def test_an_address_with_an_unknown_driver_says_how_to_write_one(typed):
    with pytest.raises(UserError) as raised:
        make_engine(typed)
    assert "postgresql+psycopg://USER@SERVER:PORT/DATABASE" in str(raised.value)
