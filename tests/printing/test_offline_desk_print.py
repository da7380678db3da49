"""Print badge at the registration desk while the shared PostgreSQL server is cut off (through a proxy).

The badge comes from this laptop's replica with the code the server knows (or, for someone who never
had a badge, the first code the server would make), goes to the real CUPS PDF printer, and its print
line waits in the queue: once the network is back the server's journal has each print once, with
this computer's station id, and Back online says what was sent.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from checkin.domain.codes import make_code
from checkin.domain.model import Attendee, new_id
from checkin.printing import choices
from checkin.services.attendees import journal_for
from checkin.services.event import open_event
from checkin.services.machine import MachineSettings
from checkin.storage import badge_repository as badges_repo
from checkin.storage import event_repository as event_repo
from checkin.storage import repositories as repo
from checkin.sync import outbox
from checkin.ui.language import LanguageSwitcher
from checkin.ui.station.offline_banner import BannerState
from tests.printing.helpers import decoded_codes
from tests.ui.test_offline_station import WAIT_MS, open_shared_desk, quick_to_notice, shared_event  # noqa: F401 - fixtures

pytestmark = [pytest.mark.postgres, pytest.mark.cups]

NEWCOMER = Attendee(id=new_id(), first_name="Oona", last_name="Ní Bhriain", source="pretix")


@pytest.fixture
def offline_desk(qtbot, shared_event, tmp_path, badge_printer):
    """The desk on the server through the proxy, printing on the test queue; someone registered after
    the badges were issued (no code anywhere yet) is on the list too."""
    made, proxy, url = shared_event
    server, _event = open_event(url)
    with server.unit() as s:
        repo.insert_attendees(s, [NEWCOMER])
        secret = event_repo.event_secret(s)
    server.dispose()
    choices.remember_desk_layout("label-62-brother-ql")
    choices.remember_printer("ql-62x100", badge_printer.name)
    languages = LanguageSwitcher()
    languages.apply("en")
    window = open_shared_desk(qtbot, tmp_path, languages, proxy.url(url))
    # What the opening read is done (the check-in times): cut off midway it would show an error box.
    qtbot.waitUntil(lambda: not window.lane.busy, timeout=WAIT_MS)
    yield window, made, proxy, url, secret
    window.close()


def print_with_keyboard(qtbot, window, attendee_id: str):
    """Select the person and press Ctrl+P; the PrintOutcome once the badge came out."""
    window.desk.select_attendee(attendee_id)
    window.desk.table.setFocus()
    worker, printed, failed = window.badge_actions.worker, [], []
    worker.print_succeeded.connect(lambda printed_id, outcome: printed.append((printed_id, outcome)))
    worker.print_failed.connect(lambda _id, text: failed.append(text))
    qtbot.keyClick(window.desk.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(printed or failed), timeout=60_000)
    assert not failed
    [(printed_id, outcome)] = printed
    assert printed_id == attendee_id
    return outcome


def test_badges_print_at_the_desk_while_offline_and_each_print_reaches_the_server_once(
    qtbot, offline_desk, badge_printer, tmp_path
):
    window, made, proxy, url, secret = offline_desk
    holder = window.station_actions._desk_station
    helene = made.person("Hélène")

    proxy.drop()
    qtbot.waitUntil(lambda: window.offline_banner.state == BannerState.OFFLINE and not holder.online(), timeout=WAIT_MS)
    replica = holder.get().replica
    outcomes = [print_with_keyboard(qtbot, window, helene.id), print_with_keyboard(qtbot, window, NEWCOMER.id)]
    assert not [box.text() for box in window.findChildren(QMessageBox) if box.isVisible()], "no error shown"

    first_badge = make_code(secret, NEWCOMER.id, 0)  # what the server would issue her
    for outcome, code in zip(outcomes, (made.code("Hélène"), first_badge)):
        folder = tmp_path / outcome.job_id
        folder.mkdir()
        assert decoded_codes(badge_printer.output_for(outcome.job_id), folder) == [code]
    assert window.model.attendee(helene.id) is not None
    assert outbox.pending_count(replica) == 2, "both prints wait in the queue"
    qtbot.waitUntil(lambda: "(2 waiting)" in window.offline_banner.text(), timeout=WAIT_MS)

    proxy.resume()
    qtbot.waitUntil(lambda: window.offline_banner.state == BannerState.BACK_ONLINE, timeout=WAIT_MS)
    assert window.offline_banner.text() == "Back online — 2 badge prints sent"

    station_id = MachineSettings.load().station_id
    server, _event = open_event(url)
    try:
        for person in (helene, NEWCOMER):
            prints = [e for e in journal_for(server, person.id) if e.kind == "print"]
            assert [(e.station_id, e.data["printer"]) for e in prints] == [(station_id, badge_printer.name)]
        with server.unit() as s:
            # Her badge reached the server with its print: nothing had to issue it there.
            assert [(b.code, b.serial) for b in badges_repo.badges_of(s, NEWCOMER.id)] == [(first_badge, 0)]
    finally:
        server.dispose()
