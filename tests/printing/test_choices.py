"""The printer remembered per badge stock: shared by the CLI and the window through one JSON file."""
from __future__ import annotations

import json

from checkin.printing import choices


def test_a_printer_is_remembered_per_stock(isolated_user_folders):
    assert choices.printer_for_stock("ql-62x100") is None
    choices.remember_printer("ql-62x100", "Brother_QL")
    choices.remember_printer("a6-4up-a4", "Office")
    choices.remember_printer("ql-62x100", "Brother_QL_2")
    assert choices.printer_for_stock("ql-62x100") == "Brother_QL_2"
    assert choices.printer_for_stock("a6-4up-a4") == "Office"
    path = choices.choices_path()
    assert str(path).startswith(str(isolated_user_folders)), "kept in the user's config folder"
    assert json.loads(path.read_text()) == {"stocks": {"ql-62x100": "Brother_QL_2", "a6-4up-a4": "Office"}}
    assert [p.name for p in path.parent.iterdir()] == ["printers.json"], "no temporary file left behind"


def test_a_damaged_file_forgets_the_choices_but_does_not_stop_printing():
    path = choices.choices_path()
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    assert choices.printer_for_stock("a6") is None
    choices.remember_printer("a6", "Office")
    assert choices.printer_for_stock("a6") == "Office"


def test_the_desk_layout_is_remembered_beside_the_printers():
    assert choices.desk_layout() is None
    choices.remember_printer("ql-62x100", "Brother_QL")
    choices.remember_desk_layout("label-62-brother-ql")
    assert choices.desk_layout() == "label-62-brother-ql"
    assert choices.printer_for_stock("ql-62x100") == "Brother_QL"
