"""The attendee table model: Qt's model contract, search, filters, sorting, in-place changes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from checkin.domain.model import Attendee, Status, new_id
from checkin.services.attendees import list_attendees, list_sessions
from checkin.services.event import open_event
from checkin.ui.attendee_columns import Column
from checkin.ui.attendee_model import ATTENDEE_ROLE, MISSING, AttendeeTableModel

from tests.ui.sample_event import VISIT_ID, WORKSHOP_ID


@pytest.fixture
def model(qtbot, event_file, languages):
    db, _event = open_event(event_file)
    attendees = list_attendees(db)
    sessions = [s.session for s in list_sessions(db)]
    db.dispose()
    model = AttendeeTableModel()
    with qtbot.waitSignal(model.search_ready_changed, check_params_cb=lambda ready: ready):
        model.set_attendees(attendees, sessions)
    return model


def family_names(model) -> list[str]:
    return [model.index(r, Column.FAMILY_NAME).data() for r in range(model.rowCount())]


def test_model_keeps_the_qt_contract_while_filtering_and_sorting(qtmodeltester, model):
    # The tester stays connected after check() and validates every change signal that follows.
    qtmodeltester.check(model, force_py=True)
    model.set_filter("lyon")
    model.sort(Column.CITY, Qt.SortOrder.DescendingOrder)
    model.set_filter("", status=Status.REGISTERED.value)
    model.sort(Column.SESSIONS, Qt.SortOrder.AscendingOrder)
    model.update_attendee(model.attendee_at(0).with_changes(city="Liège"))
    model.add_attendee(Attendee(id=new_id(), first_name="Zoë", last_name="Novak"))


def test_default_order_is_by_family_name_ignoring_accents(model):
    # A plain byte order would put Żółkiewski and Παπαδόπουλος wherever their first bytes fall.
    assert family_names(model) == ["Kowalska", "Lefèvre-Dupré", "Müller", "Παπαδόπουλος", "Smith", "Żółkiewski"]


def test_search_is_accent_and_case_insensitive(model):
    model.set_filter("zolkiewski")
    assert family_names(model) == ["Żółkiewski"]
    model.set_filter("LEFEVRE")
    assert family_names(model) == ["Lefèvre-Dupré"]
    model.set_filter("papadopoulos")  # Greek script found from Latin letters
    assert family_names(model) == ["Παπαδόπουλος"]
    model.set_filter("k7m2xq")  # a ticket code
    assert family_names(model) == ["Żółkiewski"]
    model.set_filter("")
    assert model.rowCount() == 6


def test_filters_combine_with_search(model):
    model.set_filter("", category="Speaker")
    assert sorted(family_names(model)) == ["Lefèvre-Dupré", "Smith"]
    model.set_filter("", session_id=WORKSHOP_ID)
    assert family_names(model) == ["Lefèvre-Dupré", "Żółkiewski"]
    model.set_filter("lyon", session_id=VISIT_ID)
    assert family_names(model) == ["Lefèvre-Dupré"]
    model.set_filter("", status=Status.CANCELLED.value)
    assert family_names(model) == ["Smith"]
    model.set_filter("", status=MISSING)
    assert family_names(model) == ["Kowalska"]


def test_sorting_by_a_column_and_back(model):
    model.sort(Column.COUNTRY, Qt.SortOrder.AscendingOrder)
    countries = [model.index(r, Column.COUNTRY).data() for r in range(model.rowCount())]
    assert countries == sorted(countries)
    assert countries[0] == "France"
    model.sort(Column.FAMILY_NAME, Qt.SortOrder.DescendingOrder)
    assert family_names(model)[0] == "Żółkiewski"


def test_cells_show_what_a_desk_needs(model):
    row = family_names(model).index("Lefèvre-Dupré")
    assert model.index(row, Column.COUNTRY).data() == "France"
    assert model.index(row, Column.STATUS).data() == "Registered"
    assert model.index(row, Column.SESSIONS).data() == "2"
    assert model.index(row, Column.SESSIONS).data(Qt.ItemDataRole.ToolTipRole) == (
        "Site visit: Molenbeek\nWorkshop: Safer public spaces"
    )
    assert model.index(row, 0).data(ATTENDEE_ROLE).email == "helene.lefevre@lyon.example"
    smith = family_names(model).index("Smith")
    assert model.index(smith, Column.STATUS).data() == "Cancelled"
    assert model.index(smith, Column.STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None
    kowalska = family_names(model).index("Kowalska")
    assert model.index(kowalska, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole) == "Missing from the latest import"


def test_an_edited_row_changes_in_place_and_is_found_by_its_new_name(qtbot, model):
    row = family_names(model).index("Müller")
    before = model.attendee_at(row)
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.update_attendee(before.with_changes(last_name="Schmidt-Bauer", email="j.schmidt@koeln.example"))
    assert changed.args[0].row() == row == changed.args[1].row()
    assert model.index(row, Column.FAMILY_NAME).data() == "Schmidt-Bauer"
    model.set_filter("schmidt")
    assert family_names(model) == ["Schmidt-Bauer"]
    model.set_filter("muller")  # the old name no longer matches
    assert family_names(model) == []


def test_a_walk_in_is_inserted_at_its_place(qtbot, model):
    walk_in = Attendee(id=new_id(), first_name="Zoë", last_name="Novak", city="Ljubljana", country="SI", walk_in=True)
    with qtbot.waitSignal(model.rowsInserted):
        position = model.add_attendee(walk_in)
    assert family_names(model)[position] == "Novak"
    assert model.total_count() == 7
    assert family_names(model)[position - 1:position + 2] == ["Müller", "Novak", "Παπαδόπουλος"]
    model.set_filter("ljubljana")
    assert family_names(model) == ["Novak"]


def test_a_walk_in_hidden_by_the_filter_is_not_shown(model):
    model.set_filter("", category="Speaker")
    walk_in = Attendee(id=new_id(), first_name="Ana", last_name="Horvat", category="Press")
    assert model.add_attendee(walk_in) is None
    assert "Horvat" not in family_names(model)
    assert "Press" in model.categories()
