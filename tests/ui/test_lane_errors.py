"""What the database lane tells people when the database goes away in the middle of an operation."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from checkin.i18n import UserError
from checkin.storage.database import make_engine
from checkin.ui.workers import DatabaseLane, Operation
from tests.postgres import _free_port


@pytest.fixture
def lane(qapp):
    database_lane = DatabaseLane()
    yield database_lane
    database_lane.stop()


def _outcome(qtbot, lane, work):
    seen: list = []
    operation = Operation(work).on_success(lambda r: seen.append(("ok", r))).on_user_error(lambda e: seen.append(("error", e)))
    operation.run_on(lane)
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    return seen[0]


def test_a_server_that_does_not_answer_reads_as_such_not_as_something_went_wrong(qtbot, lane):
    """A real connection refused by a loopback port where no server listens (the server stopped)."""
    engine = make_engine(f"postgresql+psycopg://checkin@127.0.0.1:{_free_port()}/event")

    def read():
        with engine.connect() as conn:
            return conn.execute(text("SELECT 1")).scalar()

    kind, error = _outcome(qtbot, lane, read)
    engine.dispose()
    assert kind == "error" and isinstance(error, UserError)
    assert "did not answer" in str(error) and "nothing was changed" in str(error)


def test_a_programming_error_is_not_passed_off_as_a_network_problem(qtbot, lane, tmp_path):
    """SQLite calls a missing table an OperationalError too: that is a bug, said as one (and logged)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite'}")

    def broken():
        with engine.connect() as conn:
            return conn.execute(text("SELECT * FROM no_such_table")).scalar()

    user_errors: list = []
    with qtbot.waitSignal(lane.error_reported, timeout=10_000) as reported:
        Operation(broken).on_user_error(user_errors.append).run_on(lane)
    engine.dispose()
    assert user_errors == []
    assert "did not answer" not in reported.args[0] and "Something went wrong" in reported.args[0]
