"""The small event the window tests run on: six people whose names test search, and two sessions."""
from __future__ import annotations

from checkin.domain.model import Attendee, Status, new_id

WORKSHOP_ID = new_id()
VISIT_ID = new_id()


def sample_attendees() -> list[Attendee]:
    return [
        Attendee(id=new_id(), first_name="Małgorzata", last_name="Żółkiewski", organisation="Urząd Miasta Gdańska",
                 position="Deputy Mayor", city="Gdańsk", country="PL", category="Local elected official",
                 email="m.zolkiewski@gdansk.example", source="pretix", source_id="A1B2C", ticket_codes=("k7m2xq",),
                 session_ids=(WORKSHOP_ID,)),
        Attendee(id=new_id(), first_name="Hélène", last_name="Lefèvre-Dupré", organisation="Ville de Lyon",
                 city="Lyon", country="FR", category="Speaker", email="helene.lefevre@lyon.example",
                 badge_language="fr", session_ids=(WORKSHOP_ID, VISIT_ID)),
        Attendee(id=new_id(), first_name="Jürgen", last_name="Müller", organisation="Stadt Köln", city="Köln",
                 country="DE", category="Local elected official", email="j.mueller@koeln.example"),
        Attendee(id=new_id(), first_name="Γιώργος", last_name="Παπαδόπουλος", organisation="Δήμος Αθηναίων",
                 city="Αθήνα", country="GR", category="Staff", email="g.papadopoulos@athens.example",
                 session_ids=(VISIT_ID,)),
        Attendee(id=new_id(), first_name="John", last_name="Smith", organisation="Bristol City Council",
                 city="Bristol", country="GB", category="Speaker", status=Status.CANCELLED,
                 email="john.smith@bristol.example"),
        Attendee(id=new_id(), first_name="Anna", last_name="Kowalska", organisation="Miasto Kraków",
                 city="Kraków", country="PL", category="Staff", status=Status.WITHDRAWN,
                 missing_from_source=True),
    ]


def open_and_wait(qtbot, window, path) -> None:
    """Open ``path`` in the window and wait until the table shows it and search is ready."""
    window.open_event(str(path))
    qtbot.waitUntil(lambda: window.loaded is not None and window.model.search_ready)
