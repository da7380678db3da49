"""From rows to people: merging rows of one person, telling namesakes apart, reading cells."""
from __future__ import annotations

from checkin.domain.model import SessionKind, Status
from checkin.importing import apply_mapping, detect_mapping
from checkin.importing.sessions import choice_separator, split_choices
from checkin.importing.table import build_table


def _batch(headers, *rows):
    table = build_table("list.csv", "csv", [list(headers)] + [list(r) for r in rows])
    return apply_mapping(table, detect_mapping(table))


def _messages(batch):
    return [(p.row, str(p.message)) for p in batch.problems]


PRETIX = ["Order code", "Attendee name: Given name", "Attendee name: Family name", "Product", "Secret", "E-mail", "Paid"]


def test_pretix_add_on_before_the_main_ticket_still_gives_the_category():
    batch = _batch(
        PRETIX,
        ["Q7X2P", "Jonas", "Vaitkus", "Site visit – Port of Antwerp", "s1", "jonas@example.org", "Yes"],
        ["Q7X2P", "Jonas", "Vaitkus", "Main conference – Member city", "s2", "jonas@example.org", "Yes"],
        ["Q7X2P", "Marta", "Nováková", "Main conference – Speaker", "s3", "marta@example.org", "No"],
    )
    jonas, marta = batch.people
    assert jonas.values["category"] == "Member city" and jonas.codes == ["s1", "s2"]
    assert [batch.sessions[k] for k in jonas.sessions][0].kind is SessionKind.SITE_VISIT
    assert jonas.values["status"] is Status.REGISTERED
    # Same order, another attendee: another person; unpaid means pending.
    assert marta.values["status"] is Status.PENDING and marta.source_id != jonas.source_id
    assert batch.problems == []


def test_repeated_registration_id_is_merged_and_reported():
    batch = _batch(
        ["ID", "First Name", "Last Name", "Workshops"],
        ["12", "Jonas", "Vaitkus", "Night-time economy"],
        ["12", "Jonas", "Vaitkus", "Hate speech online"],
    )
    assert len(batch.people) == 1 and len(batch.people[0].sessions) == 2
    assert _messages(batch) == [(3, "Same registration ID as row 2; the two rows were merged into one person.")]


def test_namesakes_without_anything_to_tell_them_apart_are_kept_and_flagged():
    batch = _batch(["Prénom", "Nom", "Ville"], ["Jean", "Martin", "Nantes"], ["Jean", "Martin", "Brest"])
    assert len(batch.people) == 2
    assert "Same name as row 2" in _messages(batch)[0][1]


def test_namesakes_with_different_emails_are_two_people_without_a_warning():
    batch = _batch(["Prénom", "Nom", "Organisme", "Courriel"],
                   ["Jean", "Martin", "Ville de Nantes", "jm@nantes.example"],
                   ["Jean", "Martin", "Ville de Nantes", "jean.martin@nantes.example"])
    assert len(batch.people) == 2 and batch.problems == []


def test_fields_the_file_has_are_known_even_when_cells_are_empty():
    batch = _batch(["Vorname", "Nachname", "Stadt", "Land"], ["Jürg", "Müller", "", ""])
    assert batch.fields == {"first_name", "last_name", "city", "country"}
    assert batch.people[0].values == {"first_name": "Jürg", "last_name": "Müller"}


def test_choice_lists_split_on_semicolons_lines_or_title_commas():
    assert split_choices("Night-time economy; Hate speech online", ";") == ["Night-time economy", "Hate speech online"]
    assert choice_separator(["A\nB", "A"]) == "\n"
    assert choice_separator(["Night-time economy, Hate speech online", "Night-time economy"]) == ","
    # A comma inside one title is not a separator.
    assert choice_separator(["Safety, security and the night", ""]) is None
    assert split_choices("none", None) == [] and split_choices("Aucun", None) == []
