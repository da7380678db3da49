"""The import's mapping model keeps Qt's item-model contract on real exports, and shows the mapping."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from checkin.importing import ColumnRole, Field, detect_mapping, field_label, read_table
from checkin.ui.import_mapping_model import FIELD_ROLE, ImportMappingModel, MappingColumn

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.mark.parametrize("name", ["pretix_style_checkin_list.csv", "liste_manuelle_fr.csv", "indico_style_registrations.csv"])
def test_mapping_model_keeps_the_qt_contract_and_lists_every_column(qtmodeltester, qapp, name):
    table = read_table(DATA / name)
    model = ImportMappingModel()
    model.set_table(table, detect_mapping(table))
    qtmodeltester.check(model, force_py=True)
    shown = [model.index(row, MappingColumn.HEADER).data() for row in range(model.rowCount())]
    assert shown == list(table.headers)


def test_a_mapping_laid_over_the_file_shows_in_the_meaning_column(qtbot, qapp):
    table = read_table(DATA / "pretix_style_checkin_list.csv")
    detected = detect_mapping(table)
    model = ImportMappingModel()
    model.set_table(table, detected)
    assert model.index(1, MappingColumn.MEANING).data(FIELD_ROLE) == Field.FULL_NAME  # "Attendee name"
    nothing = detected
    for column in range(len(table.headers)):
        nothing = nothing.with_role(column, ColumnRole(Field.IGNORE))
    with qtbot.waitSignal(model.mapping_changed):
        model.set_mapping(nothing)
    meanings = {model.index(row, MappingColumn.MEANING).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())}
    assert meanings == {field_label(Field.IGNORE)}
