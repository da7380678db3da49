"""The desk when the shared PostgreSQL server stops answering: an orange banner says so, edits are refused
with a message (nothing half-written), walk-ins are queued, and once it answers again the banner says so
and fades."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from checkin.domain.model import Session, SessionKind
from checkin.services import attendees as attendee_service
from checkin.services.event import new_event, open_event
from checkin.storage import repositories as repo
from checkin.ui.station.offline_banner import BannerState
from tests.ui.sample_event import VISIT_ID, WORKSHOP_ID, open_and_wait, sample_attendees

WAIT_MS = 15_000  # the watcher notices at its next look; a refused connection answers at once

pytestmark = pytest.mark.postgres


@pytest.fixture
def shared_desk(qtbot, tmp_path, languages, private_postgres_server):
    from checkin.ui.app import create_desk_window
    from checkin.ui.settings import DeskSettings

    url = private_postgres_server.create_database()
    db, _event = new_event(url, "Security, Democracy & Cities")
    people = sample_attendees()
    with db.unit() as s:
        repo.add_session(s, Session(id=WORKSHOP_ID, title="Workshop: Safer public spaces", kind=SessionKind.WORKSHOP))
        repo.add_session(s, Session(id=VISIT_ID, title="Site visit: Molenbeek", kind=SessionKind.SITE_VISIT))
        repo.insert_attendees(s, people)
    db.dispose()
    window = create_desk_window(DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)), languages)
    qtbot.addWidget(window)
    window.show()
    open_and_wait(qtbot, window, url)
    yield window, private_postgres_server, url, {a.first_name: a for a in people}
    window.close()


def message_boxes(window) -> list[str]:
    return [box.text() for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_the_desk_says_it_is_offline_refuses_edits_and_says_when_it_is_back(qtbot, shared_desk):
    window, server, url, people = shared_desk
    banner = window.offline_banner
    assert banner.isHidden()

    server.kill()
    qtbot.waitUntil(lambda: banner.state == BannerState.OFFLINE and banner.isVisible(), timeout=WAIT_MS)
    assert banner.text().startswith("Offline — check-ins and walk-ins are kept on this laptop and sent when the "
                                    "network is back")
    assert "(0 waiting)" in banner.text()
    assert banner.width() >= window.centralWidget().width() - 2, "full width"

    assert window.edit_attendee(people["Jürgen"].id) is None
    texts = message_boxes(window)
    assert texts and texts[-1].startswith("The event database does not answer, so this change cannot be saved now; "
                                          "nothing was changed.")
    assert "try again once the orange banner is gone" in texts[-1]
    assert window.model.rowCount() == 6, "the list stays on screen"

    server.restart()
    qtbot.waitUntil(lambda: banner.state == BannerState.BACK_ONLINE, timeout=WAIT_MS)
    assert banner.text() == "Back online"
    qtbot.waitUntil(lambda: banner.isHidden(), timeout=WAIT_MS)  # it fades away by itself
    assert window.edit_attendee(people["Jürgen"].id) is not None, "editing works again"


def test_changes_made_while_the_desk_could_not_look_show_once_it_can(qtbot, shared_desk):
    window, server, url, people = shared_desk
    server.kill()
    qtbot.waitUntil(lambda: window.offline_banner.state == BannerState.OFFLINE, timeout=WAIT_MS)
    server.restart()
    other, _ = open_event(url)
    try:
        attendee_service.update_attendee(other, people["Anna"].id, {"city": "Wrocław"})
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: window.model.attendee(people["Anna"].id).city == "Wrocław", timeout=WAIT_MS)
