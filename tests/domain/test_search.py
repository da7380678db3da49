"""Search as you type: accent- and case-free, every word must match, word starts before substrings before fuzzy."""
from __future__ import annotations

import pytest

from checkin.domain.model import Attendee
from checkin.domain.search import SearchIndex, attendee_search_text

PEOPLE = [
    Attendee("a", "Łukasz", "Żółkiewski", "Urząd Miasta Krakowa", city="Kraków", country="PL",
             email="l.zolkiewski@krakow.example", category="Local elected official",
             ticket_codes=("j2naxu75y8trevykpee3vspe4n8pc4x7",)),
    Attendee("b", "Hélène", "Lefèvre-Dupré", "Ville de Saint-Étienne", city="Saint-Étienne", country="FR",
             email="helene.lefevre-dupre@saint-etienne.example", category="Local elected official"),
    Attendee("c", "Ольга", "Петренко", "Kyiv City Council", city="Kyiv", country="UA",
             email="o.petrenko@kyiv.example", category="City staff"),
    Attendee("d", "Jan", "Novák", "Magistrát hl. m. Prahy", city="Praha", country="CZ",
             email="jan.novak@praha.example", category="City staff"),
    Attendee("e", "Jan", "Novák", "Masarykova univerzita", city="Brno", country="CZ",
             email="jnovak@masarykova-univerzita.example", category="Researcher"),
    Attendee("f", "Ewa", "Nowakowska", "Straż Miejska w Gdańsku", city="Gdańsk", country="PL",
             email="ewa.nowakowska@gdansk.example", category="City staff"),
    Attendee("g", "Ελένη", "Κωνσταντίνου", "Δήμος Αθηναίων", city="Athens", country="GR",
             email="eleni.konstantinou@athens.example", category="Local elected official"),
    Attendee("h", "Jörg", "Müller", "Stadt Zürich", city="Zürich", country="CH",
             email="jorg.muller@zurich.example", category="City staff",
             ticket_codes=("q9mzx4vkn7hcr2wjp8tds3ybg5feu6ak",)),
    Attendee("i", "Dónal", "Ó Súilleabháin", "Cork City Council", city="Cork", country="IE",
             email="donal.osuilleabhain@cork.example", category="Speaker"),
    Attendee("j", "Marie", "Lefort", "Ville de Lille", city="Lille", country="FR",
             email="marie.lefort@lille.example", category="Speaker"),
]


@pytest.fixture(scope="module")
def index():
    return SearchIndex([attendee_search_text(a) for a in PEOPLE])


def ids(index, query):
    rows = index.search(query)
    return None if rows is None else [PEOPLE[i].id for i in rows]


@pytest.mark.parametrize("query, expected", [
    ("zolkiewski", ["a"]),
    ("ŻÓŁKIEWSKI", ["a"]),
    ("Zółk", ["a"]),
    ("lefevre", ["b"]),
    ("dupre", ["b"]),
    ("lefèvre-dupré", ["b"]),
    ("olga", ["c"]),
    ("петренко", ["c"]),
    ("konstantinou", ["g"]),
    ("muller", ["h"]),
    ("suilleabhain", ["i"]),
])
def test_accents_case_and_scripts_do_not_matter(index, query, expected):
    assert ids(index, query) == expected


def test_every_word_must_match_in_any_order(index):
    assert ids(index, "jan novak") == ["d", "e"]
    assert ids(index, "novak brno") == ["e"]
    assert ids(index, "brno jan") == ["e"]
    assert ids(index, "jan novak lille") == []


def test_word_starts_come_before_substrings(index):
    # "lef" starts words of two people; "ort" only appears inside "Lefort".
    assert ids(index, "lef") == ["b", "j"]
    assert ids(index, "ort") == ["j"]
    assert ids(index, "kiewski") == ["a"]


def test_misspelt_names_are_still_found(index):
    assert ids(index, "zolkievski") == ["a"]
    assert ids(index, "nowakowsky") == ["f"]
    assert ids(index, "lefebre") == ["b"]
    assert ids(index, "zolkievs") == ["a"]  # a misspelt start, typed half-way


def test_short_words_are_not_guessed_at(index):
    assert ids(index, "xq") == []


def test_empty_query_means_everyone(index):
    assert index.search("") is None
    assert index.search("   ") is None
    assert index.search(" - ") is None


def test_a_code_or_an_email_typed_in_finds_its_owner(index):
    assert ids(index, "q9mzx4vkn7hcr2wjp8tds3ybg5feu6ak") == ["h"]
    assert ids(index, "Q9MZX4VK") == ["h"]
    assert ids(index, "j2naxu75") == ["a"]
    assert ids(index, "jan.novak@praha.example") == ["d"]
    assert ids(index, "masarykova-univerzita") == ["e"]
    assert ids(index, "athens.example") == ["g"]


def test_letters_are_not_found_inside_ticket_codes_but_a_fragment_with_a_digit_is(index):
    # Random letter runs in ticket secrets would turn up strangers for any three letters typed.
    assert ids(index, "hcr") == []
    assert ids(index, "vkn7hcr") == ["h"]


def test_an_email_with_digits_is_an_email_not_a_code():
    index = SearchIndex(["Jan Novák jan.novak2@praha.example", "Jana Nováková jana@brno.example"])
    assert index.search("praha.example") == [0]
    assert index.search("novak2") == [0]


def test_city_organisation_and_category_words(index):
    assert ids(index, "saint etienne") == ["b"]
    assert ids(index, "gdansk") == ["f"]
    assert ids(index, "stadt") == ["h"]
    assert ids(index, "researcher") == ["e"]
    assert ids(index, "city council") == ["c", "i"]


def test_rows_come_back_in_index_order_and_the_index_knows_its_size():
    texts = ["Anna Schmidt", "Anne Schmid", "Hans Anders", "Zoë Anand", "Joanna Berg"]
    index = SearchIndex(texts)
    assert len(index) == 5
    assert index.search("an") == [0, 1, 2, 3]
    assert index.search("an") == [0, 1, 2, 3]  # asked again, from what the first time kept
    assert index.search("schmid") == [0, 1]
    # A word start wins over the same letters inside a word: "anna" is Anna, not Joanna.
    assert index.search("anna") == [0]
    assert index.search("oanna") == [4]


def test_one_letter_words_count_as_word_starts():
    index = SearchIndex(["J. Smith", "Jo Bloggs", "Anna Jensen"])
    assert index.search("j") == [0, 1, 2]
    assert index.search("j smith") == [0]


def test_an_empty_list_finds_nobody():
    index = SearchIndex([])
    assert len(index) == 0
    assert index.search("anna") == []
    assert index.search("") is None
