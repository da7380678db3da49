"""What the door staff read under a verdict: translated when shown, and always carrying the facts."""
from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from checkin.domain.verdicts import ENTRANCE, DirectionMode, Reason
from checkin.i18n import install_translator
from checkin.services.scanning import Station
from checkin.translations import load_translator
from tests.services.scan_event import Clock, make_scan_event

# A few French sentences standing in for the translator, so the test does not wait for the .qm.
FRENCH = {
    "Already inside: checked in at {when} at {station}, no exit since.":
        "Déjà à l'intérieur : entré à {when} par {station}, sans sortie depuis.",
    "{session} is full: {inside} of {capacity} places taken. Wait for someone to leave.":
        "{session} est complet : {inside} places prises sur {capacity}. Attendez qu'une personne sorte.",
    "{name}'s registration is {status}. Send them to the registration desk.":
        "L'inscription de {name} est {status}. Envoyez la personne à l'accueil.",
    "cancelled": "annulée",
}


@pytest.fixture
def event(tmp_path):
    ev = make_scan_event(tmp_path / "event.checkin")
    yield ev
    ev.db.dispose()


@pytest.fixture
def french_stand_in():
    looked_up = []

    def translate(context, text):
        looked_up.append(context)
        return FRENCH.get(text, text)

    install_translator(translate)
    yield looked_up
    install_translator(None)


@pytest.fixture
def french():
    """The real French translation, installed the way the CLI installs it."""
    translator = load_translator("fr")
    assert translator is not None
    install_translator(lambda context, text: translator.translate(context, text) or text, language=lambda: "fr")
    yield
    install_translator(None)


def test_a_verdict_is_translated_when_shown_with_its_facts_filled_in(event, french_stand_in):
    clock = Clock()
    door_a, door_b = Station(event.db, ENTRANCE, station="Porte A"), Station(event.db, ENTRANCE, station="Porte B")
    first = door_a.scan(event.codes["agnes"], now=clock())
    again = door_b.scan(event.codes["agnes"], now=clock())
    when = again.message.params["when"]
    assert str(again.message) == f"Déjà à l'intérieur : entré à {when} par Porte A, sans sortie depuis."
    assert again.message.english() == f"Already inside: checked in at {when} at Porte A, no exit since."
    assert first.record.at.astimezone(ZoneInfo("Europe/Brussels")).strftime("%H:%M") == str(when)  # the same day: the time alone
    # Even the status word inside the sentence goes through the translator.
    cancelled = door_a.scan(event.codes["hrvoje"], now=clock())
    assert str(cancelled.message) == "L'inscription de Hrvoje Đurđević est annulée. Envoyez la personne à l'accueil."
    assert set(french_stand_in) == {"Scanning"}


def test_a_full_session_says_how_many_places_there_are_in_either_language(event, french_stand_in):
    clock = Clock()
    room = Station(event.db, event.workshop.id, station="Salle 2")
    for key in ("agnes", "lukasz", "siobhan"):
        room.scan(event.codes[key], now=clock())
    full = room.scan(event.codes["jiri"], now=clock())
    assert (full.message.params["inside"], full.message.params["capacity"]) == (3, 3)
    assert str(full.message) == ("Atelier : économie de la nuit est complet : 3 places prises sur 3. "
                                 "Attendez qu'une personne sorte.")


def test_with_the_real_french_translation_every_message_keeps_its_facts(event, french):
    clock = Clock()
    door = Station(event.db, ENTRANCE, station="Porte A", mode=DirectionMode.IN)
    door.scan(event.codes["agnes"], now=clock())
    again = door.scan(event.codes["agnes"], now=clock())
    shown = str(again.message)
    assert str(again.message.params["when"]) in shown and "Porte A" in shown
    room = Station(event.db, event.workshop.id, station="Salle 2")
    for key in ("lukasz", "siobhan", "jiri"):
        room.scan(event.codes[key], now=clock())
    full = room.scan(event.codes["sule"], now=clock())
    assert full.reason is Reason.SESSION_FULL
    assert "3" in str(full.message) and event.workshop.title in str(full.message)
    refused = door.scan(event.codes["hrvoje"], now=clock())
    assert "Hrvoje Đurđević" in str(refused.message)


def test_a_time_on_another_day_has_its_weekday_and_month_in_the_users_language(event, french):
    """Never "20/03", which half of Europe reads differently: "ven. 20 mars 10:45" in French."""
    from datetime import timedelta

    from tests.services.scan_event import DURING

    room = Station(event.db, event.workshop.id, station="Salle 2")
    early = room.scan(event.codes["agnes"], now=DURING - timedelta(days=1))
    assert early.reason is Reason.OUTSIDE_TIME_WINDOW
    opens = early.message.params["opens"].moment
    shown = str(early.message)
    assert f"ven. {opens.day} mars {opens:%H:%M}" in shown and "/" not in shown
    assert f"Fri {opens.day} Mar {opens:%H:%M}" in early.message.english()
