"""A small event with the names that break badge software: long, accented, Greek, Cyrillic, hyphenated."""
from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

from checkin.domain.model import Attendee, Session, SessionKind, new_id
from checkin.services.event import new_event
from checkin.storage import repositories as repo
from checkin.storage.database import Database

# (given, family, organisation, city, country, category, badge language)
PEOPLE = [
    ("Łukasz", "Żółkiewski", "Urząd Miasta Stołecznego Warszawy", "Warszawa", "PL", "Speaker", "en"),
    ("Őrs", "Szőke-Bálint", "Budapest Főváros Önkormányzata", "Budapest", "HU", "Participant", "en"),
    ("Şule", "Çağlayan", "İstanbul Büyükşehir Belediyesi", "İstanbul", "TR", "Participant", "en"),
    ("Jiří", "Dvořák", "Magistrát hlavního města Prahy", "Praha", "CZ", "Press", "en"),
    ("Αικατερίνη", "Παπαδοπούλου-Κωνσταντινίδου", "Δήμος Θεσσαλονίκης", "Θεσσαλονίκη", "GR", "Speaker", "en"),
    ("Олександра", "Шевченко", "Київська міська державна адміністрація", "Київ", "UA", "Participant", "en"),
    ("Jean-Christophe", "de La Rochefoucauld-Montmorency", "Ville de Saint-Rémy-de-Provence", "Saint-Rémy-de-Provence",
     "FR", "Organiser", "fr"),
    ("Maximiliane", "Wolff-Metternich zur Gracht",
     "Landeshauptstadt Düsseldorf, Amt für Sicherheit, Ordnung und Kriminalprävention im öffentlichen Raum",
     "Düsseldorf", "DE", "Participant", "fr"),
    ("Agnès", "Lefèvre-Dupré", "Ville de Lille", "Lille", "FR", "Intervenante", "fr"),
    ("Siobhán", "Ní Mhaoldhomhnaigh", "Dublin City Council", "Dublin", "IE", "Exhibitor", "en"),
    ("Ana", "Li", "", "", "", "VIP", "en"),
    ("Bjørn", "Ødegård", "Oslo kommune", "Oslo", "NO", "Staff", "en"),
    ("Dragoș", "Țurcanu", "Primăria Municipiului București", "București", "RO", "Participant", "en"),
    ("Вячеслав", "Александров-Преображенский", "Администрация города Мурманска", "Мурманск", "RU", "Participant", "en"),
    ("Hrvoje", "Đurđević", "Grad Zagreb", "Zagreb", "HR", "Speaker", "en"),
    ("Ingrid", "Þórðardóttir", "Reykjavíkurborg", "Reykjavík", "IS", "Participant", "en"),
]


def seed_event(path: Path | str, copies: int = 1) -> tuple[Database, list[Attendee]]:
    """An event with PEOPLE (``copies`` times), two sessions, and registrations."""
    db, _event = new_event(path, "Security, Democracy & Cities — European Forum", date(2026, 3, 20), date(2026, 3, 22), "Brussels")
    plenary = Session(id=new_id(), title="Opening plenary", kind=SessionKind.PLENARY,
                      starts_at=datetime(2026, 3, 20, 9, tzinfo=timezone.utc))
    workshop = Session(id=new_id(), title="Atelier : économie de la nuit et tranquillité publique", kind=SessionKind.WORKSHOP,
                       starts_at=datetime(2026, 3, 20, 14, tzinfo=timezone.utc), capacity=30)
    visit = Session(id=new_id(), title="Site visit: Molenbeek prevention services", kind=SessionKind.SITE_VISIT,
                    starts_at=datetime(2026, 3, 21, 10, tzinfo=timezone.utc), capacity=20)
    people = []
    for copy in range(copies):
        for index, (given, family, organisation, city, country, category, language) in enumerate(PEOPLE):
            sessions = (plenary.id, workshop.id, visit.id) if index % 3 == 0 else (plenary.id,) if index % 3 == 1 else ()
            people.append(
                Attendee(id=new_id(), first_name=given, last_name=family, organisation=organisation, city=city,
                         country=country, category=category, badge_language=language, session_ids=sessions,
                         position="Head of Crime Prevention" if index % 4 == 0 else "")
            )
    with db.unit() as s:
        for session in (plenary, workshop, visit):
            repo.add_session(s, session)
        repo.insert_attendees(s, people)
    return db, people
