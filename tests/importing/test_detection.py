"""Recognising what columns mean: headers in six languages, the pretix and Indico exports, session
columns and their kinds, names written in one cell, and mappings saved as JSON."""
from __future__ import annotations

import json

import pytest

from checkin.domain.model import SessionKind
from checkin.i18n import UserError
from checkin.importing import (
    FIELDS,
    ColumnMapping,
    ColumnRole,
    Field,
    apply_mapping,
    detect_mapping,
    load_mapping,
    read_table,
    save_mapping,
    suggested_role,
)
from checkin.importing.headers import recognise_header
from checkin.importing.names import split_full_name
from checkin.importing.sessions import guess_kind, session_title
from checkin.importing.table import build_table


@pytest.mark.parametrize(
    "header, field",
    [
        # English
        ("First Name", Field.FIRST_NAME), ("Surname", Field.LAST_NAME), ("E-mail address", Field.EMAIL),
        ("Affiliation", Field.ORGANISATION), ("Job title", Field.POSITION), ("Registration state", Field.STATUS),
        # French
        ("Prénom", Field.FIRST_NAME), ("NOM", Field.LAST_NAME), ("Organisme", Field.ORGANISATION),
        ("Structure", Field.ORGANISATION), ("Ville", Field.CITY), ("Commune", Field.CITY), ("Pays", Field.COUNTRY),
        ("Courriel", Field.EMAIL), ("E-mail", Field.EMAIL), ("Nom et prénom", Field.FULL_NAME),
        # German
        ("Vorname", Field.FIRST_NAME), ("Nachname", Field.LAST_NAME), ("Organisation", Field.ORGANISATION),
        ("Stadt", Field.CITY), ("Land", Field.COUNTRY), ("E-Mail-Adresse", Field.EMAIL), ("Funktion", Field.POSITION),
        # Spanish
        ("Nombre", Field.FIRST_NAME), ("Apellidos", Field.LAST_NAME), ("Apellido", Field.LAST_NAME),
        ("Organización", Field.ORGANISATION), ("Ciudad", Field.CITY), ("País", Field.COUNTRY),
        ("Correo electrónico", Field.EMAIL),
        # Italian
        ("Nome", Field.FIRST_NAME), ("Cognome", Field.LAST_NAME), ("Ente", Field.ORGANISATION),
        ("Città", Field.CITY), ("Paese", Field.COUNTRY), ("Nazione", Field.COUNTRY),
        # Dutch
        ("Voornaam", Field.FIRST_NAME), ("Achternaam", Field.LAST_NAME), ("Organisatie", Field.ORGANISATION),
        ("Stad", Field.CITY), ("Plaats", Field.CITY), ("E-mailadres", Field.EMAIL),
        # pretix and Indico
        ("Attendee name: Given name", Field.FIRST_NAME), ("Attendee name: Family name", Field.LAST_NAME),
        ("Order code", Field.ORDER_CODE), ("Secret", Field.TICKET_CODE), ("Product", Field.PRODUCT),
        ("Requires special attention", Field.NOTES), ("Email Address", Field.EMAIL), ("ID", Field.SOURCE_ID),
        # Decorated headers
        ("Prénom *", Field.FIRST_NAME), ("Courriel (professionnel)", Field.EMAIL), ("Participant first name", Field.FIRST_NAME),
        ("Téléphone", Field.IGNORE), ("Handy", Field.IGNORE),
    ],
)
def test_headers_are_recognised(header, field):
    assert recognise_header(header) is field


def test_unknown_headers_are_not_guessed():
    assert recognise_header("Dietary preference of the cat") is None
    assert recognise_header("") is None


def test_pretix_checkin_list_is_recognised(data):
    mapping = detect_mapping(read_table(data / "pretix_style_checkin_list.csv"))
    assert (mapping.profile, mapping.source) == ("pretix", "pretix")
    roles = dict(zip(mapping.headers, mapping.roles))
    assert roles["Order code"].field is Field.ORDER_CODE
    assert roles["Secret"].field is Field.TICKET_CODE
    assert roles["Product"].field is Field.PRODUCT
    assert roles["Comment"].field is Field.NOTES
    assert roles["Price"].field is Field.IGNORE
    assert mapping.confidence >= 0.9


def test_indico_registrants_are_recognised(data):
    mapping = detect_mapping(read_table(data / "indico_style_registrations.csv"))
    assert mapping.profile == "indico"
    roles = dict(zip(mapping.headers, mapping.roles))
    assert roles["ID"].field is Field.SOURCE_ID
    assert roles["Registration state"].field is Field.STATUS
    assert roles["Workshops"] == ColumnRole(Field.SESSION_LIST, "", SessionKind.WORKSHOP)


def test_french_spreadsheet_marks_and_visit_names(data):
    mapping = detect_mapping(read_table(data / "liste_manuelle_fr.csv"))
    assert mapping.profile == "spreadsheet"
    roles = dict(zip(mapping.headers, mapping.roles))
    assert roles["Atelier Économie de la nuit"] == ColumnRole(Field.SESSION_MARK, "Économie de la nuit", SessionKind.WORKSHOP)
    assert roles["Atelier Discours de haine"] == ColumnRole(Field.SESSION_MARK, "Discours de haine", SessionKind.WORKSHOP)
    assert roles["Visite"] == ColumnRole(Field.SESSION_LIST, "", SessionKind.SITE_VISIT)
    assert mapping.confidence == 1.0


def _table(headers, *rows):
    return build_table("test.csv", "csv", [list(headers)] + [list(r) for r in rows])


def test_german_name_column_next_to_vorname_is_the_family_name():
    mapping = detect_mapping(_table(["Name", "Vorname", "Stadt"], ["Müller", "Jürg", "Zürich"], ["Groß", "Jürgen", "München"]))
    assert [r.field for r in mapping.roles] == [Field.LAST_NAME, Field.FIRST_NAME, Field.CITY]


def test_lone_nom_column_holding_whole_names_is_the_full_name():
    mapping = detect_mapping(_table(["Nom", "Ville"], ["DURAND Hélène", "Lyon"], ["Jan van der Berg", "Rotterdam"]))
    assert mapping.roles[0].field is Field.FULL_NAME


def test_estado_is_a_status_or_a_country_depending_on_the_cells():
    as_state = detect_mapping(_table(["Nombre", "Apellidos", "Estado"], ["Íñigo", "García", "Confirmado"], ["María", "Cruz", "Cancelado"]))
    as_country = detect_mapping(_table(["Nome", "Cognome", "Stato"], ["Giulia", "Rossi", "Italia"], ["Jürg", "Müller", "Svizzera"]))
    assert as_state.roles[2].field is Field.STATUS
    assert as_country.roles[2].field is Field.COUNTRY


def test_a_ticked_column_without_a_kind_word_is_a_session_but_yes_no_is_not():
    mapping = detect_mapping(
        _table(["First name", "Last name", "Gala dinner", "Newsletter"], ["Agnès", "Lefort", "X", "yes"], ["Jonas", "Vaitkus", "", "no"])
    )
    assert mapping.roles[2] == ColumnRole(Field.SESSION_MARK, "Gala dinner", SessionKind.OTHER)
    assert mapping.roles[3].field is Field.IGNORE
    assert mapping.recognised == (True, True, True, False)


def test_confidence_is_low_without_a_name_column():
    mapping = detect_mapping(_table(["Spalte 1", "Ville"], ["abc", "Lyon"]))
    assert not mapping.has_names
    assert mapping.confidence <= 0.25


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Atelier Économie de la nuit", SessionKind.WORKSHOP), ("Workshop – Night-time economy", SessionKind.WORKSHOP),
        ("Werkstatt Sicherheit", SessionKind.WORKSHOP), ("Taller de movilidad", SessionKind.WORKSHOP),
        ("Laboratorio urbano", SessionKind.WORKSHOP), ("Site visit – Video surveillance centre", SessionKind.SITE_VISIT),
        ("Visite", SessionKind.SITE_VISIT), ("Besuch der Leitstelle", SessionKind.SITE_VISIT),
        ("Visita al puerto", SessionKind.SITE_VISIT), ("Bezoek haven", SessionKind.SITE_VISIT),
        ("Bus to the port", SessionKind.SITE_VISIT), ("Opening plenary", SessionKind.PLENARY),
        ("Séance plénière", SessionKind.PLENARY), ("Plenum", SessionKind.PLENARY),
        ("Board meeting", SessionKind.MEETING), ("Réunion du bureau", SessionKind.MEETING),
        ("Gala dinner", SessionKind.OTHER), ("Visitor centre coffee", SessionKind.OTHER),
    ],
)
def test_session_kind_from_words(text, kind):
    assert guess_kind(text) is kind


@pytest.mark.parametrize(
    "header, title",
    [
        ("Atelier Économie de la nuit", "Économie de la nuit"),
        ("Workshop – Night-time economy", "Night-time economy"),
        ("Workshop: night-time economy", "night-time economy"),
        ("Site visit – Video surveillance centre", "Video surveillance centre"),
        ("Atelier 2", "Atelier 2"),
        ("Visite guidée", "Visite guidée"),
        ("Workshop", "Workshop"),
        ("Gala dinner", "Gala dinner"),
    ],
)
def test_session_title_drops_the_kind_word_only_when_the_rest_stands_alone(header, title):
    assert session_title(header) == title


@pytest.mark.parametrize(
    "text, given, family",
    [
        ("Agnès Lefort", "Agnès", "Lefort"),
        ("Jan van der Berg", "Jan", "van der Berg"),
        ("María de la Cruz", "María", "de la Cruz"),
        ("Ludwig von Beethoven", "Ludwig", "von Beethoven"),
        ("DURAND Hélène", "Hélène", "DURAND"),
        ("VAN DER BERG Jan", "Jan", "VAN DER BERG"),
        ("Jean-Pierre DE LA FONTAINE", "Jean-Pierre", "DE LA FONTAINE"),
        ("Lefort, Agnès", "Agnès", "Lefort"),
        ("  Eleni   Κωνσταντίνου ", "Eleni", "Κωνσταντίνου"),
        ("Ольга Петренко", "Ольга", "Петренко"),
        ("Madonna", "", "Madonna"),
        ("Anna Maria Schmidt", "Anna Maria", "Schmidt"),
    ],
)
def test_full_name_split(text, given, family):
    assert split_full_name(text) == (given, family)


def test_every_field_has_a_label_and_a_hint():
    assert {info.field for info in FIELDS} == set(Field)
    assert all(info.display_label and info.display_hint for info in FIELDS)


def test_mapping_survives_a_json_round_trip(tmp_path, data):
    mapping = detect_mapping(read_table(data / "liste_manuelle_fr.csv"))
    mapping = mapping.with_role(3, ColumnRole(Field.IGNORE))
    path = tmp_path / "mapping.json"
    save_mapping(mapping, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["columns"][4] == {"header": "Atelier Économie de la nuit", "field": "session_mark",
                                   "session": "Économie de la nuit", "kind": "workshop"}
    loaded = load_mapping(path)
    assert loaded.roles == mapping.roles and loaded.headers == mapping.headers
    assert loaded.profile == "spreadsheet"


def test_a_saved_mapping_follows_columns_that_moved():
    saved = ColumnMapping(
        headers=("Nom", "Prénom", "Ville"),
        roles=(ColumnRole(Field.LAST_NAME), ColumnRole(Field.FIRST_NAME), ColumnRole(Field.ORGANISATION)),
    )
    fitted = saved.fitted_to(["Ville", "Téléphone", "Prénom", "NOM"])
    assert [r.field for r in fitted.roles] == [Field.ORGANISATION, Field.IGNORE, Field.FIRST_NAME, Field.LAST_NAME]


def test_a_mapping_that_fits_nothing_is_refused():
    saved = ColumnMapping(headers=("Nom",), roles=(ColumnRole(Field.LAST_NAME),))
    with pytest.raises(UserError, match="does not fit this file"):
        saved.fitted_to(["Vorname", "Nachname"])


@pytest.mark.parametrize(
    "content, reason",
    [
        ("{not json", "not valid JSON"),
        ('{"format": "something-else", "columns": []}', "not a column mapping"),
        ('{"format": "checkin-desk-column-mapping", "columns": [{"header": "X", "field": "shoe_size"}]}', "not a column mapping"),
    ],
)
def test_broken_mapping_files_are_refused(tmp_path, content, reason):
    path = tmp_path / "mapping.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError, match=reason):
        load_mapping(path)


def test_the_first_rows_preview_the_people_as_the_mapping_reads_them(data):
    table = read_table(data / "liste_avec_erreurs.csv")
    head = table.head(3)
    assert head.preview() == table.rows[:3] and head.row_numbers == [2, 3, 4]
    batch = apply_mapping(head, detect_mapping(table))
    assert [p.values["last_name"] for p in batch.people] == ["BERNARD", "PETIT"]
    assert {p.row for p in batch.problems} == {3, 4}


def test_a_plain_list_with_id_name_and_email_is_not_taken_for_indico():
    mapping = detect_mapping(_table(["ID", "Name", "Email Address"], ["1", "Agnès Lefort", "agnes@example.org"]))
    assert mapping.profile == "spreadsheet"


def test_a_role_chosen_in_the_dialog_takes_its_session_from_the_header():
    assert suggested_role(Field.SESSION_MARK, "Atelier Mobilité") == ColumnRole(Field.SESSION_MARK, "Mobilité", SessionKind.WORKSHOP)
    assert suggested_role(Field.SESSION_LIST, "Visites") == ColumnRole(Field.SESSION_LIST, "", SessionKind.SITE_VISIT)
    assert suggested_role(Field.CITY, "Ort") == ColumnRole(Field.CITY)


def test_a_column_about_sessions_but_not_naming_them_is_left_out():
    mapping = detect_mapping(
        _table(["Prénom", "Nom", "Date de visite", "Workshop fee"], ["Luc", "Petit", "2026-03-21", "25.00"], ["Léa", "Morel", "", "0"])
    )
    assert [r.field for r in mapping.roles[2:]] == [Field.IGNORE, Field.IGNORE]
    assert mapping.recognised == (True, True, False, False)
