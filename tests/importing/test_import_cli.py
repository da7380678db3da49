"""`checkin import` as scripts use it: JSON on stdout, people on stderr, clear errors, saved mappings."""
from __future__ import annotations

import json

import openpyxl

from checkin.cli import main

SUMMARY_KEYS = {"rows", "added", "updated", "unchanged", "missing_from_source", "sessions_created", "registrations", "problems"}


def _new_event(tmp_path, capsys) -> str:
    db = str(tmp_path / "event.checkin")
    assert main(["--db", db, "new", "--name", "Security, Democracy & Cities"]) == 0
    capsys.readouterr()
    return db


def _json(capsys) -> dict:
    out = capsys.readouterr()
    return json.loads(out.out)


def test_import_json_summary_on_stdout(tmp_path, capsys, data):
    db = _new_event(tmp_path, capsys)
    assert main(["--db", db, "import", str(data / "pretix_style_checkin_list.csv"), "--json"]) == 0
    summary = _json(capsys)
    assert SUMMARY_KEYS <= set(summary)
    assert (summary["rows"], summary["added"], summary["sessions_created"], summary["registrations"]) == (5, 3, 2, 2)
    assert summary["profile"] == "pretix" and summary["problems"] == []

    assert main(["--db", db, "attendees", "--json"]) == 0
    people = {p["last_name"]: p for p in _json(capsys)}
    assert people["Lefort"]["sessions"] == ["Workshop – Night-time economy"]  # as pretix names the product
    assert len(people["Lefort"]["ticket_codes"]) == 2


def test_reimport_and_problem_rows_in_json(tmp_path, capsys, data):
    db = _new_event(tmp_path, capsys)
    main(["--db", db, "import", str(data / "liste_avec_erreurs.csv"), "--json"])
    first = _json(capsys)
    assert first["added"] == 8 and first["skipped"] == 1
    assert {"row": 4, "message": "This row has no name; it was not imported."} in first["problems"]
    main(["--db", db, "import", str(data / "liste_avec_erreurs.csv"), "--json"])
    again = _json(capsys)
    assert (again["added"], again["updated"], again["unchanged"], again["missing_from_source"]) == (0, 0, 8, 0)


def test_human_summary_goes_to_stderr_only(tmp_path, capsys, data):
    db = _new_event(tmp_path, capsys)
    assert main(["--db", db, "import", str(data / "liste_manuelle_fr.csv")]) == 0
    out = capsys.readouterr()
    assert out.out == ""
    assert "liste_manuelle_fr.csv (spreadsheet, cp1252, “;”): 3 rows." in out.err
    assert "Added: 3, updated: 0, unchanged: 0, skipped: 0, no longer on the list: 0." in out.err
    assert "Sessions created: 3, session registrations: 5." in out.err


def test_dry_run_writes_nothing(tmp_path, capsys, data):
    db = _new_event(tmp_path, capsys)
    assert main(["--db", db, "import", str(data / "indico_style_registrations.csv"), "--dry-run", "--json"]) == 0
    summary = _json(capsys)
    assert summary["dry_run"] and summary["added"] == 3
    main(["--db", db, "attendees", "--json"])
    assert _json(capsys) == []


def test_unreadable_file_exits_1_with_a_message(tmp_path, capsys, data):
    db = _new_event(tmp_path, capsys)
    assert main(["--db", db, "import", str(data / "logo_renamed.csv"), "--json"]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert "is a PNG image, not a registration list" in out.err
    assert main(["--db", db, "import", str(tmp_path / "missing.csv")]) == 1
    assert "There is no file at" in capsys.readouterr().err


def test_saved_mapping_is_reused_on_the_next_export(tmp_path, capsys, data):
    db = _new_event(tmp_path, capsys)
    mapping = tmp_path / "mapping.json"
    main(["--db", db, "import", str(data / "liste_manuelle_fr.csv"), "--dry-run", "--save-mapping", str(mapping), "--json"])
    capsys.readouterr()
    saved = json.loads(mapping.read_text(encoding="utf-8"))
    # The organiser decides the visit column is a note, not a session.
    for column in saved["columns"]:
        if column["header"] == "Visite":
            column.update(field="notes")
            column.pop("kind", None)
    mapping.write_text(json.dumps(saved), encoding="utf-8")

    assert main(["--db", db, "import", str(data / "liste_manuelle_fr.csv"), "--mapping", str(mapping), "--json"]) == 0
    assert _json(capsys)["sessions_created"] == 2
    main(["--db", db, "attendees", "--json"])
    benoit = next(p for p in _json(capsys) if p["first_name"] == "Benoît")
    assert benoit["notes"] == "Centre de vidéoprotection" and benoit["sessions"] == ["Discours de haine"]


def test_sheet_option_and_detection(tmp_path, capsys):
    db = _new_event(tmp_path, capsys)
    path = tmp_path / "liste.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active["A1"] = "Liste arrêtée au 12 mars"
    speakers = book.create_sheet("Intervenants")
    speakers.append(["Prénom", "Nom", "Organisme"])
    speakers.append(["Agnès", "Lefort", "Ville de Lille"])
    people = book.create_sheet("Inscrits")
    people.append(["Prénom", "Nom", "Organisme", "Pays"])
    people.append(["Hélène", "Durand", "Mairie de Saint-Étienne", "France"])
    people.append(["Jürg", "Müller", "Stadt Zürich", "Suisse"])
    book.save(path)

    main(["--db", db, "import", str(path), "--sheet", "Intervenants", "--json"])
    assert _json(capsys)["added"] == 1
    main(["--db", db, "import", str(path), "--json"])  # the best-recognised header: Inscrits
    summary = _json(capsys)
    assert summary["sheet"] == "Inscrits" and summary["added"] == 2
    assert main(["--db", db, "import", str(path), "--sheet", "Speakers"]) == 1
    assert "no sheet called “Speakers”" in capsys.readouterr().err


def test_import_without_an_event_says_which_option_is_missing(tmp_path, capsys, data, monkeypatch):
    monkeypatch.delenv("CHECKIN_DB", raising=False)
    assert main(["import", str(data / "liste_manuelle_fr.csv")]) == 1
    assert "--db" in capsys.readouterr().err
