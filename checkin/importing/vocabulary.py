"""The words registration lists use, as data: column headers, states, marks and session kinds in six languages
(headers also in Russian and Greek).

Every key is in folded form (``checkin.domain.text.fold``: lower-case ASCII, words separated by single
spaces), so "Prénom", "PRENOM" and "prénom " all look up "prenom". Add a word here, not an ``if``.
"""
from __future__ import annotations

from checkin.domain.model import SessionKind, Status
from checkin.importing.fields import Field

_HEADERS: dict[Field, tuple[str, ...]] = {
    Field.FIRST_NAME: (
        "first name", "firstname", "first names", "given name", "given names", "forename", "forenames",
        "christian name", "name first",
        "prenom", "prenoms", "prenom usuel",
        "vorname", "vornamen", "rufname",
        "nombre", "nombres", "nombre de pila",
        "nome", "nome proprio",
        "voornaam", "voornamen", "roepnaam",
        # Russian and Greek, as folding transliterates them ("Имя", "Όνομα")
        "imia", "onoma",
    ),
    Field.LAST_NAME: (
        "last name", "lastname", "surname", "family name", "family names", "name last",
        "nom", "nom de famille", "nom d usage", "nom usuel", "nom de naissance",
        "nachname", "familienname", "zuname",
        "apellido", "apellidos", "primer apellido",
        "cognome", "cognomi",
        "achternaam", "familienaam", "naam achternaam",
        "familiia", "eponymo",
    ),
    Field.FULL_NAME: (
        "name", "full name", "fullname", "names", "attendee name", "attendee", "participant",
        "participant name", "delegate", "delegate name", "contact name", "person", "registrant",
        "nom complet", "nom et prenom", "nom prenom", "prenom nom", "prenom et nom", "participant e",
        "vollstandiger name", "name vorname", "vorname name", "vor und nachname", "teilnehmer",
        "teilnehmerin", "teilnehmende", "teilnehmer name",
        "nombre completo", "nombre y apellidos", "apellidos y nombre", "apellidos nombre", "participante",
        "nome e cognome", "nome completo", "cognome e nome", "cognome nome", "nome cognome", "partecipante",
        "naam", "volledige naam", "voor en achternaam", "deelnemer",
        "fio", "f.i.o", "onomateponymo", "onoma kai eponymo",
    ),
    Field.ORGANISATION: (
        "organisation", "organization", "organisation name", "organization name", "org", "company",
        "company name", "institution", "affiliation", "employer", "agency", "authority",
        "local authority", "member organisation", "member organization",
        "organisme", "structure", "etablissement", "entreprise", "societe", "collectivite",
        "administration", "employeur", "organisme employeur", "nom de la structure",
        "firma", "unternehmen", "behorde", "arbeitgeber", "einrichtung",
        "organizacion", "empresa", "entidad", "institucion", "organismo",
        "ente", "organizzazione", "azienda", "istituzione", "amministrazione",
        "organisatie", "bedrijf", "instelling", "werkgever",
        "organizatsiia", "foreas", "organismos",
    ),
    Field.POSITION: (
        "position", "job title", "job", "function", "job function", "job position",
        "poste", "fonction", "titre du poste", "qualite", "fonction occupee", "intitule du poste",
        "funktion", "berufsbezeichnung", "stellenbezeichnung", "beruf",
        "cargo", "puesto", "funcion", "puesto de trabajo",
        "funzione", "incarico", "qualifica", "posizione",
        "functie", "functietitel", "positie",
        "dolzhnost", "thesi", "idiotita",
    ),
    Field.CITY: (
        "city", "town", "city town", "city municipality", "municipality",
        "ville", "commune", "localite", "ville de residence",
        "stadt", "ort", "gemeinde", "wohnort", "stadt gemeinde",
        "ciudad", "localidad", "municipio", "poblacion",
        "citta", "comune", "localita",
        "stad", "plaats", "woonplaats", "gemeente",
        "gorod", "poli",
    ),
    Field.COUNTRY: (
        "country", "country code", "country region", "country of residence", "nation",
        "pays", "pays de residence",
        "land", "staat", "herkunftsland",
        "pais", "pais de residencia",
        "paese", "nazione", "stato di residenza",
        "land van herkomst",
        "strana", "chora",
    ),
    Field.EMAIL: (
        "email", "e mail", "mail", "email address", "e mail address", "emailaddress", "email adress",
        "courriel", "adresse email", "adresse e mail", "adresse mail", "adresse electronique", "mel",
        "e mail adresse", "mail adresse", "emailadresse",
        "correo", "correo electronico", "email de contacto",
        "posta elettronica", "indirizzo email", "indirizzo e mail",
        "e mailadres", "emailadres", "mailadres", "e mail adres",
        "elektronnaia pochta",
    ),
    Field.BADGE_LANGUAGE: (
        "language", "badge language", "preferred language", "langue", "langue du badge",
        "langue preferee", "sprache", "bevorzugte sprache", "idioma", "lingua", "taal", "voorkeurstaal",
    ),
    Field.STATUS: (
        "status", "registration state", "registration status", "order status", "booking status",
        "etat", "statut", "statut de l inscription", "etat de l inscription", "statut inscription",
        "anmeldestatus", "status der anmeldung",
        "estado de la inscripcion",
        "stato dell iscrizione", "stato iscrizione",
        "inschrijvingsstatus", "status inschrijving",
    ),
    Field.PAID: ("paid", "paye", "bezahlt", "pagado", "pagato", "betaald"),
    Field.SOURCE_ID: (
        "id", "registration id", "registrant id", "attendee id", "participant id", "registration number",
        "id inscription", "numero d inscription", "anmeldenummer", "anmelde id", "teilnehmer id",
        "numero de inscripcion", "id de inscripcion", "numero di iscrizione", "id iscrizione",
        "registratienummer", "inschrijvingsnummer",
    ),
    Field.ORDER_CODE: (
        "order code", "order", "order number", "order id", "booking code", "booking reference",
        "numero de commande", "code de commande", "commande", "bestellnummer", "bestellcode",
        "numero de pedido", "pedido", "codice ordine", "numero ordine", "bestelnummer", "bestelcode",
    ),
    Field.TICKET_CODE: (
        "secret", "ticket code", "ticket secret", "ticket number", "ticket id", "barcode", "qr code",
        "code barre", "code billet", "numero de billet", "ticketcode", "ticketnummer",
        "codigo de entrada", "codice biglietto", "ticket",
        "ticket codes", "codes de billet",  # our own exports
    ),
    Field.PRODUCT: (
        "product", "ticket type", "item", "produit", "type de billet", "tarif", "produkt", "ticketart",
        "producto", "tipo de entrada", "prodotto", "tipo di biglietto", "tickettype", "soort ticket",
    ),
    Field.CATEGORY: (
        "category", "participant type", "attendee type", "registration type", "delegate type", "type",
        "role", "participant category",
        "categorie", "type de participant", "categorie de participant", "role du participant",
        "kategorie", "teilnehmerkategorie", "teilnehmertyp", "rolle",
        "categoria", "tipo de participante", "tipo", "tipo di partecipante", "ruolo",
        "type deelnemer", "rol",
    ),
    Field.NOTES: (
        "notes", "note", "comment", "comments", "remarks", "remark", "special requirements",
        "special needs", "accessibility", "requires special attention", "special attention",
        "remarques", "remarque", "commentaire", "commentaires", "observations", "besoins particuliers",
        "bemerkung", "bemerkungen", "kommentar", "anmerkungen", "hinweis", "hinweise", "notizen",
        "comentario", "comentarios", "observaciones", "notas",
        "commento", "commenti", "osservazioni",
        "opmerking", "opmerkingen", "notities",
    ),
    # Columns lists often carry that the desk does not need; recognising them keeps the
    # detection confident instead of leaving them "unknown".
    Field.IGNORE: (
        "phone", "phone number", "telephone", "tel", "mobile", "mobile phone", "cell", "cell phone",
        "telephone portable", "portable", "telefon", "telefonnummer", "handy", "mobiltelefon",
        "telefono", "movil", "cellulare", "telefoon", "telefoonnummer", "mobiel",
        "price", "amount", "prix", "montant", "preis", "betrag", "precio", "importe", "prezzo",
        "importo", "prijs", "bedrag",
        "checked in", "checked out", "automatically checked in", "voucher code", "order date",
        "order time", "registration date", "date d inscription", "anmeldedatum",
        "fecha de inscripcion", "data di iscrizione", "inschrijfdatum",
        "seat id", "seat name", "seat zone", "seat row", "seat number",
        "title", "titre", "civilite", "anrede", "tratamiento", "titolo", "aanhef", "salutation",
        "gender", "sexe", "geschlecht", "sexo", "sesso", "geslacht",
        "address", "street", "street address", "postal address", "adresse", "adresse postale", "rue",
        "strasse", "anschrift", "direccion", "calle", "indirizzo", "via", "adres", "straat",
        "postal code", "postcode", "zip", "zip code", "code postal", "cp", "plz", "postleitzahl",
        "codigo postal", "cap",
        "tags", "date", "timestamp", "horodatage", "zeitstempel", "marca temporal",
        "informazioni cronologiche", "tijdstempel",
        "n", "no", "nr", "num", "numero", "nummer", "lfd nr",
        "present", "presence", "anwesend", "presente", "aanwezig", "signature", "unterschrift",
        "firma del participante", "handtekening",
    ),
}

HEADER_SYNONYMS: dict[str, Field] = {
    synonym: field for field, synonyms in _HEADERS.items() for synonym in synonyms
}

# Words in front of a header that do not change its meaning ("Participant first name", "Your email").
HEADER_PREFIXES = frozenset({
    "attendee", "participant", "participante", "partecipante", "teilnehmer", "teilnehmende", "deelnemer",
    "delegate", "contact", "your", "votre", "ihr", "ihre", "su", "tu", "uw", "je", "la", "le", "l",
    "de", "du", "des", "the",
})

# Headers of a column that lists the sessions someone chose.
SESSION_LIST_HEADERS = frozenset({
    "sessions", "session", "session choices", "choices", "programme", "program", "agenda",
    "choix", "choix des ateliers", "choix de sessions", "inscriptions", "auswahl", "programmauswahl",
    "sesiones", "eleccion", "sessioni", "scelta", "sessies", "keuze",
    "registered sessions", "inscriptions aux sessions",  # our own exports
})
# Our own exports' sessions column names each session by its full title: kept as it is.
TITLED_SESSION_HEADERS = frozenset({"registered sessions", "inscriptions aux sessions"})

SESSION_KIND_WORDS: dict[SessionKind, tuple[str, ...]] = {
    SessionKind.WORKSHOP: (
        "workshop", "workshops", "atelier", "ateliers", "werkstatt", "taller", "talleres",
        "laboratorio", "laboratori", "breakout", "breakout session", "werkgroep", "werksessie",
    ),
    SessionKind.SITE_VISIT: (
        "site visit", "site visits", "visit", "visits", "study visit", "study visits", "field trip",
        "excursion", "excursions", "visite", "visites", "visite de terrain", "besuch", "besichtigung",
        "exkursion", "visita", "visitas", "visite guidee", "bezoek", "werkbezoek", "excursie", "bus",
    ),
    SessionKind.PLENARY: (
        "plenary", "plenaries", "plenary session", "pleniere", "plenieres", "seance pleniere",
        "plenum", "plenarsitzung", "plenaria", "plenario", "sesion plenaria", "sessione plenaria",
        "plenaire", "plenaire sessie", "keynote",
    ),
    SessionKind.MEETING: (
        "meeting", "meetings", "reunion", "reunions", "sitzung", "treffen", "besprechung",
        "riunione", "incontro", "vergadering", "bijeenkomst", "general assembly", "assemblee generale",
        "mitgliederversammlung", "asamblea", "assemblea",
    ),
}

# Registration states, folded; anything else is reported and leaves the status alone.
STATUS_WORDS: dict[str, Status] = {
    word: status
    for status, words in {
        Status.REGISTERED: (
            "complete", "completed", "confirmed", "registered", "paid", "accepted", "approved", "active",
            "valid", "ok", "confirme", "confirmee", "inscrit", "inscrite", "valide", "validee", "paye",
            "payee", "accepte", "acceptee", "complet", "bestatigt", "angemeldet", "bezahlt",
            "registriert", "aktiv", "gultig", "vollstandig", "confirmado", "confirmada", "inscrito",
            "inscrita", "pagado", "pagada", "aceptado", "completado", "confermato", "confermata",
            "iscritto", "iscritta", "pagato", "accettato", "completato", "bevestigd", "ingeschreven",
            "betaald", "geaccepteerd", "compleet", "voltooid",
        ),
        Status.PENDING: (
            "pending", "unpaid", "awaiting payment", "waiting list", "waitlist", "waitlisted",
            "not paid", "en attente", "attente", "liste d attente", "non paye", "a payer",
            "ausstehend", "offen", "warteliste", "unbezahlt", "pendiente", "lista de espera",
            "en espera", "in attesa", "lista d attesa", "non pagato", "in afwachting", "wachtlijst",
            "onbetaald", "open",
        ),
        Status.CANCELLED: (
            "cancelled", "canceled", "cancel", "refunded", "rejected", "declined", "expired", "void",
            "annule", "annulee", "rembourse", "remboursee", "refuse", "refusee", "expire",
            "storniert", "abgesagt", "erstattet", "abgelehnt", "abgelaufen", "cancelado",
            "cancelada", "anulado", "anulada", "rechazado", "reembolsado", "annullato", "annullata",
            "cancellato", "rifiutato", "rimborsato", "geannuleerd", "afgewezen", "terugbetaald",
            "verlopen",
        ),
        Status.WITHDRAWN: (
            "withdrawn", "unregistered", "retire", "retiree", "desiste", "desistee", "desinscrit",
            "desinscrite", "zuruckgezogen", "abgemeldet", "retirado", "retirada", "ritirato",
            "ritirata", "teruggetrokken", "afgemeld", "uitgeschreven",
        ),
    }.items()
    for word in words
}

# Cell values of a "one column per session" list. Compared lower-cased and stripped, not folded:
# folding would erase the ticks.
MARK_YES = frozenset({
    "x", "xx", "y", "yes", "oui", "o", "ja", "j", "si", "sí", "sì", "1", "true", "vrai", "wahr",
    "verdadero", "vero", "waar", "ok", "✓", "✔", "☑", "✅", "☒", "•", "*", "+",
})
MARK_NO = frozenset({
    "", "no", "n", "non", "nein", "0", "false", "faux", "falsch", "falso", "nee", "-", "–", "—", "/",
    "✗", "✘", "☐", "❌",
})
# Marks that mean "chosen" even under a header we do not know ("Dinner" with X): yes/no words alone
# could be a consent or newsletter column.
MARK_TICKS = frozenset({"x", "xx", "✓", "✔", "☑", "✅", "☒", "•"})

# Lower-case family-name particles that start the family name in "Given particle Family".
NAME_PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "del", "della", "delle", "dei", "degli", "di", "da", "du", "des",
    "la", "le", "ten", "ter", "te", "zu", "zum", "zur", "dos", "das", "do", "y", "bin", "ibn", "al",
    "el", "af", "av", "'t",
})

# What a "sessions chosen" cell says when nothing was chosen.
NO_CHOICE = MARK_NO | frozenset({
    "none", "nothing", "n/a", "na", "aucun", "aucune", "rien", "keine", "keiner", "nichts", "ninguno",
    "ninguna", "nada", "nessuno", "nessuna", "geen", "niets",
})

# Headers whose meaning depends on the cells: Spanish "Estado" and Italian "Stato" are a
# registration state or a country, English "State" a registration state or a region.
# (field when the cells are registration states, field otherwise)
AMBIGUOUS_HEADERS: dict[str, tuple[Field, Field]] = {
    "estado": (Field.STATUS, Field.COUNTRY),
    "stato": (Field.STATUS, Field.COUNTRY),
    "state": (Field.STATUS, Field.IGNORE),
}
