"""`checkin --db URL new --from FILE.checkin`: a prepared event file published to the shared server."""
from __future__ import annotations

import json

import pytest

from checkin.cli import main
from checkin.domain.verdicts import ENTRANCE, Verdict
from checkin.services.scanning import Station
from checkin.storage.database import make_engine, open_database
from tests.services.scan_event import make_scan_event


@pytest.mark.postgres
def test_new_from_a_file_publishes_it_and_its_badges_stay_valid(tmp_path, postgres_url, capsys):
    prepared = make_scan_event(tmp_path / "prepared.checkin")
    prepared.db.dispose()
    code = main(["--db", postgres_url, "new", "--from", str(tmp_path / "prepared.checkin"), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)["rows"]["attendee"] == len(prepared.people)
    server = open_database(postgres_url)
    try:
        assert Station(server, ENTRANCE, station="Door A").scan(prepared.codes["agnes"]).verdict is Verdict.ACCEPTED
    finally:
        server.dispose()

    # The server now holds an event: publishing again is refused, and says why.
    code = main(["--db", postgres_url, "new", "--from", str(tmp_path / "prepared.checkin")])
    _out, err = capsys.readouterr()
    assert code == 1 and "already holds an event" in err


def test_new_needs_a_name_or_a_file(tmp_path, capsys):
    code = main(["--db", str(tmp_path / "x.checkin"), "new"])
    _out, err = capsys.readouterr()
    assert code == 1 and "--name" in err and "--from" in err
    assert not (tmp_path / "x.checkin").exists()


def test_new_from_a_missing_file_says_so_and_creates_nothing(tmp_path, capsys):
    code = main(["--db", str(tmp_path / "shared.checkin"), "new", "--from", str(tmp_path / "nowhere.checkin")])
    _out, err = capsys.readouterr()
    assert code == 1 and "nowhere.checkin" in err
    assert not (tmp_path / "shared.checkin").exists()


@pytest.mark.postgres
def test_a_copy_the_server_refuses_leaves_the_database_empty_and_can_be_retried(tmp_path, postgres_url, capsys):
    """SQLite keeps a name longer than the schema says; PostgreSQL refuses it. The publish fails as a
    whole, the server is left empty (no half event, no schema), and once the name is fixed the same
    command works."""
    from sqlalchemy import inspect, text

    prepared = make_scan_event(tmp_path / "prepared.checkin")
    with prepared.db.unit() as s:
        s.execute(text("UPDATE attendee SET organisation = :long WHERE first_name = 'Agnès'"), {"long": "Ville " * 60})
    prepared.db.dispose()

    code = main(["--db", postgres_url, "new", "--from", str(tmp_path / "prepared.checkin")])
    _out, err = capsys.readouterr()
    assert code == 1 and "refused" in err and "value too long" in err and "Nothing was copied" in err
    server = make_engine(postgres_url)
    try:
        with server.connect() as conn:
            assert inspect(conn).get_table_names() == []
    finally:
        server.dispose()

    prepared = open_database(tmp_path / "prepared.checkin")
    with prepared.unit() as s:
        s.execute(text("UPDATE attendee SET organisation = 'Ville de Lille' WHERE first_name = 'Agnès'"))
    prepared.dispose()
    code = main(["--db", postgres_url, "new", "--from", str(tmp_path / "prepared.checkin")])
    _out, err = capsys.readouterr()
    assert code == 0, err
