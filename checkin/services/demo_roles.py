"""Job titles, desk notes and the featured people of the demo event.

Job titles come per kind of role and per language of the registration form; the featured people are
in every demo whatever the seed, so screenshots, badge tests and search examples can count on them.
"""
from __future__ import annotations

from typing import NamedTuple

# Job titles per kind of role and form language; "masculine|feminine" where French or German differ.
POSITIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "elected": {
        "en": ("Mayor", "Deputy Mayor for Public Safety", "Deputy Mayor for Social Cohesion", "City Councillor",
               "Councillor for Community Safety", "Deputy Mayor for Youth and Prevention",
               "Chair of the Public Safety Committee", "Deputy Mayor for the Night-time Economy"),
        "fr": ("Maire", "Adjoint au maire chargé de la sécurité|Adjointe au maire chargée de la sécurité",
               "Adjoint au maire chargé de la prévention et de la tranquillité publique|"
               "Adjointe au maire chargée de la prévention et de la tranquillité publique",
               "Conseiller municipal délégué à la prévention|Conseillère municipale déléguée à la prévention",
               "Conseiller municipal|Conseillère municipale",
               "Vice-président de la métropole|Vice-présidente de la métropole"),
        "fr_BE": ("Bourgmestre", "Échevin de la prévention|Échevine de la prévention",
                  "Échevin de la sécurité et de la jeunesse|Échevine de la sécurité et de la jeunesse",
                  "Conseiller communal|Conseillère communale", "Président du CPAS|Présidente du CPAS"),
        "de": ("Oberbürgermeister|Oberbürgermeisterin", "Bürgermeister|Bürgermeisterin",
               "Beigeordneter für Recht, Sicherheit und Ordnung|Beigeordnete für Recht, Sicherheit und Ordnung",
               "Stadtrat|Stadträtin", "Bezirksbürgermeister|Bezirksbürgermeisterin", "Mitglied des Gemeinderats"),
    },
    "staff": {
        "en": ("Head of Crime Prevention", "Prevention Coordinator", "Community Safety Manager", "Policy Officer",
               "Project Manager, Urban Security", "Director of Public Safety", "Head of Municipal Police",
               "Street Mediation Coordinator", "Youth Worker", "International Relations Officer", "Data Analyst",
               "Social Worker", "Violence Prevention Officer", "Head of the Mayor's Office", "Night Mayor"),
        "fr": ("Directeur de la prévention|Directrice de la prévention",
               "Chargé de mission prévention de la délinquance|Chargée de mission prévention de la délinquance",
               "Coordinateur du CLSPD|Coordinatrice du CLSPD",
               "Chef de la police municipale|Cheffe de la police municipale",
               "Médiateur social|Médiatrice sociale", "Responsable de la tranquillité publique",
               "Chef de projet sécurité urbaine|Cheffe de projet sécurité urbaine",
               "Directeur de cabinet|Directrice de cabinet"),
        "fr_BE": ("Fonctionnaire de prévention",
                  "Coordinateur du plan stratégique de sécurité et de prévention|"
                  "Coordinatrice du plan stratégique de sécurité et de prévention",
                  "Éducateur de rue|Éducatrice de rue", "Gardien de la paix|Gardienne de la paix",
                  "Chef de zone de police|Cheffe de zone de police"),
        "de": ("Leiter Kriminalprävention|Leiterin Kriminalprävention",
               "Referent für Sicherheit und Ordnung|Referentin für Sicherheit und Ordnung",
               "Geschäftsführer des Kriminalpräventiven Rats|Geschäftsführerin des Kriminalpräventiven Rats",
               "Sozialarbeiter|Sozialarbeiterin", "Projektleiter Nachtleben|Projektleiterin Nachtleben",
               "Leiter des Ordnungsamts|Leiterin des Ordnungsamts", "Streetworker|Streetworkerin"),
    },
    "researcher": {
        "en": ("Professor of Criminology", "Associate Professor", "Senior Researcher", "Postdoctoral Researcher",
               "PhD Candidate", "Research Fellow", "Lecturer in Urban Studies"),
        "fr": ("Professeur de criminologie|Professeure de criminologie", "Maître de conférences",
               "Chercheur|Chercheuse", "Doctorant|Doctorante",
               "Directeur de recherche au CNRS|Directrice de recherche au CNRS"),
        "de": ("Professor für Kriminologie|Professorin für Kriminologie",
               "Wissenschaftlicher Mitarbeiter|Wissenschaftliche Mitarbeiterin", "Doktorand|Doktorandin"),
    },
    "partner": {
        "en": ("Programme Officer", "Policy Advisor", "Senior Policy Adviser", "Head of Unit", "Project Coordinator",
               "Director", "Secretary General", "Advocacy Manager", "Senior Expert"),
        "fr": ("Chargé de programme|Chargée de programme", "Conseiller|Conseillère",
               "Délégué général|Déléguée générale", "Directeur|Directrice"),
        "de": ("Referent|Referentin", "Geschäftsführer|Geschäftsführerin", "Projektkoordinator|Projektkoordinatorin"),
    },
    "press": {
        "en": ("Journalist", "Correspondent", "Brussels Correspondent", "Editor", "Photographer", "Reporter",
               "Freelance journalist"),
        "fr": ("Journaliste", "Correspondant à Bruxelles|Correspondante à Bruxelles", "Photographe",
               "Rédacteur en chef|Rédactrice en chef"),
        "de": ("Journalist|Journalistin", "Korrespondent|Korrespondentin", "Fotograf|Fotografin"),
    },
    "organiser": {
        "en": ("Executive Director", "Conference Coordinator", "Project Manager", "Communication Officer",
               "Programme Officer", "Event Assistant", "Volunteer"),
        "fr": ("Chargé de mission|Chargée de mission", "Chargé de communication|Chargée de communication",
               "Bénévole", "Responsable logistique", "Interprète"),
    },
}

# Free notes for the desk: (text, share of people).
NOTES: tuple[tuple[str, float], ...] = (
    ("vegetarian", 0.025),
    ("vegan", 0.008),
    ("wheelchair user", 0.012),
    ("needs an invoice in the city's name", 0.006),
    ("arrives Saturday morning only", 0.006),
    ("interpretation EN/FR needed", 0.004),
    ("allergic to nuts", 0.004),
)


class Featured(NamedTuple):
    """Someone every demo has: the names, scripts and lengths that screenshots and badges must show."""

    first_name: str
    last_name: str
    country: str
    city: str
    organisation: str
    position: str
    category: str
    notes: str = ""
    status: str = "registered"
    source: str = "pretix"


GREEN_ROOM = "speaker — take to green room"

FEATURED: tuple[Featured, ...] = (
    Featured("Łukasz", "Żółkiewski", "PL", "Kraków", "Urząd Miasta Krakowa", "Deputy Mayor for Public Safety",
             "Local elected official"),
    Featured("Hélène", "Lefèvre-Dupré", "FR", "Saint-Étienne", "Ville de Saint-Étienne",
             "Adjointe au maire chargée de la sécurité", "Local elected official", notes="vegetarian"),
    Featured("Ayşe", "Şahin", "DE", "Düsseldorf", "Landeshauptstadt Düsseldorf", "Leiterin Kriminalprävention",
             "City staff"),
    Featured("Marta", "Nováková", "CZ", "Brno", "Statutární město Brno", "Prevention Coordinator", "City staff"),
    Featured("Tomáš", "Dvořák", "CZ", "Praha", "Magistrát hl. m. Prahy", "Councillor for Community Safety",
             "Local elected official"),
    # Two different people with the same name: the desk must tell them apart by city and organisation.
    Featured("Jan", "Novák", "CZ", "Praha", "Městská policie hl. m. Prahy", "Head of Crime Prevention", "City staff"),
    Featured("Jan", "Novák", "CZ", "Brno", "Masarykova univerzita", "Senior Researcher", "Researcher", source="indico"),
    Featured("Ingrid", "Ødegaard", "NO", "Oslo", "Oslo kommune", "Director of Public Safety", "Speaker",
             notes=GREEN_ROOM),
    Featured("Nikola", "Ðorđević", "RS", "Novi Sad", "Grad Novi Sad", "City Councillor", "Local elected official"),
    Featured("Ivana", "Kovačić", "HR", "Rijeka", "Grad Rijeka", "Youth Worker", "City staff", notes="wheelchair user"),
    Featured("Björn", "Jönsson", "SE", "Göteborg", "Göteborgs Stad", "Community Safety Manager", "City staff"),
    Featured("Dónal", "Ó Súilleabháin", "IE", "Cork", "Cork City Council", "Lord Mayor of Cork",
             "Local elected official"),
    Featured("Ελένη", "Κωνσταντίνου", "GR", "Athens", "Δήμος Αθηναίων", "Deputy Mayor for Social Cohesion",
             "Local elected official"),
    Featured("Γιώργος", "Παπαδόπουλος", "GR", "Thessaloniki", "Δήμος Θεσσαλονίκης", "Head of Municipal Police",
             "City staff"),
    Featured("Ольга", "Петренко", "UA", "Kyiv", "Kyiv City Council", "International Relations Officer", "City staff",
             source="indico"),
    Featured("Іван", "Коваленко", "UA", "Lviv", "Lviv City Council", "Deputy Mayor for Public Safety", "Speaker",
             notes=GREEN_ROOM, source="indico"),
    Featured("Георги", "Иванов", "BG", "Plovdiv", "Община Пловдив", "Deputy Mayor", "Local elected official"),
    Featured("Agnès", "Lefort", "FR", "Lille", "Ville de Lille",
             "Adjointe au maire chargée de la prévention et de la tranquillité publique", "Speaker", notes=GREEN_ROOM),
    Featured("Dariusz", "Śliwiński", "PL", "Gdańsk", "Urząd Miasta Gdańsk", "Councillor for Community Safety",
             "Local elected official", notes="wheelchair user"),
    # Long names, organisations and titles, for badge layouts to cope with.
    Featured("Marie-Christine", "de La Rochefoucauld-Montmorency", "FR", "Saint-Étienne",
             "Conseil local de sécurité et de prévention de la délinquance et de la radicalisation de "
             "Saint-Étienne Métropole",
             "Coordinatrice du conseil local de sécurité et de prévention de la délinquance", "City staff"),
    Featured("Maria da Conceição", "Albuquerque de Sousa Magalhães", "PT", "Lisboa",
             "Direção-Geral da Administração Interna – Divisão de Prevenção e Segurança Comunitária",
             "Head of Division for Community Safety", "Partner organisation"),
    Featured("Friederike", "Schmidt-Schwarzenberger", "DE", "Düsseldorf",
             "Landespräventionsrat Nordrhein-Westfalen beim Ministerium der Justiz des Landes Nordrhein-Westfalen",
             "Geschäftsführerin", "Partner organisation"),
    Featured("Anne-Sophie", "Vandenbroucke-Van der Straeten", "BE", "Molenbeek-Saint-Jean",
             "Commune de Molenbeek-Saint-Jean", "Coordinatrice du plan stratégique de sécurité et de prévention",
             "City staff"),
    # One of each status a desk must notice.
    Featured("Pieter-Jan", "Van den Bossche", "BE", "Gent", "Stad Gent", "Policy Officer", "City staff",
             status="cancelled"),
    Featured("Bogdan", "Ionescu", "RO", "Cluj-Napoca", "Primăria Municipiului Cluj-Napoca",
             "Project Manager, Urban Security", "City staff", status="withdrawn", source="indico"),
    Featured("Chiara", "Lo Russo", "IT", "Torino", "Città di Torino", "Deputy Mayor for Youth and Prevention",
             "Local elected official", status="pending"),
    Featured("Élise", "Martin-Bouchard", "FR", "Paris", "European Forum for Urban Security (Efus)",
             "Chargée de mission", "Organising team"),
    Featured("Sophie", "Vanderlinden", "BE", "Bruxelles", "Le Soir", "Journaliste", "Press"),
)
