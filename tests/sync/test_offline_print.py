"""Badges printed from a station's replica while offline: the code the server agrees with, the print queued once.

Core level (no printer): offline_badge_codes decides which code a badge printed offline carries,
offline_print journals the print in the replica's queue, and the upload records it on the server
once, with the badge it carried and the station that printed it.
"""
from __future__ import annotations

import pytest
from sqlalchemy import select

from checkin.domain.codes import make_code
from checkin.domain.model import Attendee, new_id
from checkin.i18n import Message, UserError
from checkin.services.printing import PreparedPrint, PrintFailed
from checkin.services.printing import Delivery
from checkin.storage import badge_repository as badges_repo
from checkin.storage import event_repository as event_repo
from checkin.storage import repositories as repo
from checkin.storage.tables import BadgeRow, JournalRow, utcnow
from checkin.sync import outbox
from checkin.sync.offline import offline_badge_codes, offline_print
from checkin.sync.upload import SentCounts, upload
from tests.services.scan_event import make_scan_event
from tests.sync.helpers import make_replica

DESK = "0d0d0d0d-0000-4000-8000-00000000000d"


@pytest.fixture
def event(db_url):
    ev = make_scan_event(db_url)
    # Registered after the codes were issued: no badge anywhere yet.
    newcomer = Attendee(id=new_id(), first_name="Oona", last_name="Ní Bhriain", source="pretix")
    with ev.db.unit() as s:
        repo.insert_attendees(s, [newcomer])
    ev.people["oona"] = newcomer
    yield ev
    ev.db.dispose()


@pytest.fixture
def replica(event, tmp_path):
    db = make_replica(event.db, tmp_path / "desk", DESK)
    yield db
    db.dispose()


def prepared_for(*attendee_ids: str) -> PreparedPrint:
    return PreparedPrint("label-62-brother-ql", "ql-62x100", "Custom.62x100mm", attendee_ids, pdf=None, pages=len(attendee_ids), title="Badge")


def badges_on(db, attendee_id: str) -> list[tuple[str, int, bool]]:
    with db.unit() as s:
        return [(b.code, b.serial, b.is_revoked) for b in badges_repo.badges_of(s, attendee_id)]


def print_lines(db, attendee_id: str) -> list[tuple[str, str, str]]:
    with db.unit() as s:
        rows = s.execute(select(JournalRow.kind, JournalRow.station, JournalRow.station_id).where(JournalRow.attendee_id == attendee_id))
        return sorted(tuple(row) for row in rows)


def test_a_badge_printed_offline_keeps_its_code_and_the_print_reaches_the_server_once(event, replica):
    agnes = event.id("agnes")
    assert offline_badge_codes(replica, [agnes]) == {agnes: event.codes["agnes"]}
    outcome = offline_print(replica, prepared_for(agnes), Delivery("BadgePDF", 1, "17"), "Desk 2", "Marie", DESK)
    assert (outcome.attendee_ids, outcome.job_id, outcome.reprints) == ((agnes,), "17", 0)
    assert outbox.pending_count(replica) == 1

    report = upload(event.db, replica, DESK, "Desk 2")
    assert report.counts == SentCounts(prints=1)
    assert upload(event.db, replica, DESK, "Desk 2").sent == 0, "sent once"
    assert print_lines(event.db, agnes) == [("print", "Desk 2", DESK)]
    assert badges_on(event.db, agnes) == [(event.codes["agnes"], 0, False)], "no reissue"


def test_someone_with_no_badge_yet_gets_the_first_code_the_server_would_make(event, replica):
    oona = event.id("oona")
    with event.db.unit() as s:
        secret = event_repo.event_secret(s)
    assert badges_on(replica, oona) == [] and badges_on(event.db, oona) == []
    codes = offline_badge_codes(replica, [oona])
    assert codes == {oona: make_code(secret, oona, 0)}
    offline_print(replica, prepared_for(oona), Delivery("BadgePDF", 1, "18"), "Desk 2", "Marie", DESK)

    assert upload(event.db, replica, DESK).counts == SentCounts(prints=1)
    assert badges_on(event.db, oona) == [(codes[oona], 0, False)], "the badge travelled with its print"
    assert print_lines(event.db, oona) == [("print", "Desk 2", DESK)]


def test_a_badge_whose_code_only_the_server_can_issue_is_refused_offline_with_nothing_written(event, replica):
    lukasz = event.id("lukasz")
    with replica.unit() as s:  # withdrawn, and the new code not in this copy yet
        badges_repo.revoke_badges(s, lukasz, utcnow(), "lost")
    with pytest.raises(UserError) as refused:
        offline_badge_codes(replica, [lukasz])
    text = str(refused.value)
    assert text.startswith("The badge of Łukasz") and "can only be issued by the shared database" in text
    assert "once the orange banner is gone" in text
    assert [serial for _code, serial, _revoked in badges_on(replica, lukasz)] == [0]

    with pytest.raises(UserError) as unknown:
        offline_badge_codes(replica, [new_id()])
    assert "not in this computer's copy of the list yet" in str(unknown.value)
    assert outbox.pending_count(replica) == 0


def test_a_failed_print_is_queued_as_failed_and_counted_apart_from_prints(event, replica):
    agnes = event.id("agnes")
    jammed = Delivery("BadgePDF", 1, "19", message=Message("Printing", "The printer is out of labels."))
    with pytest.raises(PrintFailed):
        offline_print(replica, prepared_for(agnes), jammed, "Desk 2", "Marie", DESK)
    assert upload(event.db, replica, DESK).counts == SentCounts(others=1)
    assert print_lines(event.db, agnes) == [("print_failed", "Desk 2", DESK)]
