"""Importing into a real event file: the three sources, re-imports that merge, and imports that write
nothing (dry run, failure, cancel)."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from checkin.domain.model import SessionKind, Status
from checkin.i18n import UserError
from checkin.importing import ColumnRole, Field, ImportCancelled, detect_mapping, read_table
from checkin.services import attendees as attendee_service
from checkin.services.event import new_event
from checkin.services.importing import import_file, import_table
from checkin.storage import repositories as repo
from checkin.storage.tables import JournalRow

from .conftest import by_name, session_titles


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def _journal(db, attendee_id=None, kind=None):
    with db.unit() as s:
        query = select(JournalRow)
        if kind:
            query = query.where(JournalRow.kind == kind)
        if attendee_id:
            query = query.where(JournalRow.attendee_id == attendee_id)
        return [(row.kind, row.attendee_id, row.data) for row in s.execute(query).scalars()]


def test_pretix_positions_become_one_person_with_two_codes_and_a_workshop(event_db, data):
    summary = import_file(event_db, data / "pretix_style_checkin_list.csv")
    assert (summary.rows, summary.added, summary.sessions_created, summary.registrations) == (5, 3, 2, 2)
    assert summary.problems == []
    people = by_name(event_db)
    titles = session_titles(event_db)
    agnes = people["Agnès Lefort"]
    assert set(agnes.ticket_codes) == {"n8vwq2hkx7mdp3rcz4tyb9ejs6ufag5k", "c2pzk9mvn4xwq7jrt3hsd8bfe5yug6ak"}
    assert [titles[sid] for sid in agnes.session_ids] == ["Workshop – Night-time economy"]
    assert (agnes.category, agnes.organisation, agnes.source) == ("Speaker", "Ville de Lille", "pretix")
    assert agnes.source_id.startswith("K3TQ8")
    dariusz = people["Dariusz Śliwiński"]
    assert [titles[sid] for sid in dariusz.session_ids] == ["Site visit – Video surveillance centre"]
    assert dariusz.notes == "Requires special attention; wheelchair user"
    assert people["Eleni Κωνσταντίνου"].organisation == "Δήμος Αθηναίων"
    kinds = {sw.session.title: sw.session.kind for sw in attendee_service.list_sessions(event_db)}
    assert kinds == {"Workshop – Night-time economy": SessionKind.WORKSHOP, "Site visit – Video surveillance centre": SessionKind.SITE_VISIT}


def test_indico_withdrawn_registrant_is_withdrawn(event_db, data):
    summary = import_file(event_db, data / "indico_style_registrations.csv")
    assert (summary.profile, summary.added, summary.registrations) == ("indico", 3, 3)
    people = by_name(event_db)
    olga = people["Ольга Петренко"]
    assert olga.status is Status.WITHDRAWN and olga.country == "UA" and olga.source_id == "14"
    jonas = people["Jonas Vaitkus"]
    assert jonas.status is Status.REGISTERED and jonas.country == "LT"
    assert sorted(session_titles(event_db)[sid] for sid in jonas.session_ids) == ["Hate speech online", "Night-time economy"]


def test_french_list_accents_marks_and_visit_names_come_through(event_db, data):
    summary = import_file(event_db, data / "liste_manuelle_fr.csv")
    assert (summary.encoding, summary.delimiter, summary.added) == ("cp1252", ";", 3)
    people = by_name(event_db)
    assert set(people) == {"Hélène DURAND", "Benoît NGUYEN", "Jürg MÜLLER"}
    assert people["Hélène DURAND"].organisation == "Mairie de Saint-Étienne"
    assert people["Hélène DURAND"].city == "Saint-Étienne"
    titles = session_titles(event_db)
    assert sorted(titles[s] for s in people["Benoît NGUYEN"].session_ids) == ["Centre de vidéoprotection", "Discours de haine"]
    assert sorted(titles[s] for s in people["Jürg MÜLLER"].session_ids) == ["Discours de haine", "Économie de la nuit"]
    counts = {sw.session.title: sw.registered for sw in attendee_service.list_sessions(event_db)}
    assert counts == {"Économie de la nuit": 2, "Discours de haine": 2, "Centre de vidéoprotection": 1}


def test_problem_rows_are_reported_with_their_numbers(event_db, data):
    summary = import_file(event_db, data / "liste_avec_erreurs.csv")
    rows = {}
    for problem in summary.problems:
        rows.setdefault(problem.row, []).append(str(problem.message))
    assert summary.skipped == 1 and "no name" in rows[4][0]
    assert any("more cells than the header" in m for m in rows[3])
    assert any("Same name and email as row 2" in m for m in rows[5])
    assert any("“Narnia” is not a country" in m for m in rows[6])
    assert any("“anne.roux@nice” does not look like an email" in m for m in rows[6])
    assert any("“peut-être”" in m for m in rows[6])
    people = by_name(event_db)
    assert summary.added == len(people) == 8
    anne = people["Anne ROUX"]
    assert anne.country == "" and anne.email == "anne.roux@nice" and anne.session_ids == ()
    claire = people["Claire BERNARD"]
    assert [session_titles(event_db)[s] for s in claire.session_ids] == ["Mobilité"]


def test_other_formats_import_their_people(event_db, data):
    for name, expected in [
        ("inscrits_excel_fr.csv", {"Françoise LEFÈVRE-DUPRÉ": ("BE", Status.REGISTERED), "Søren Ødegård": ("DK", Status.PENDING)}),
        ("teilnehmer_unicode.txt", {"Änne Özdemir": ("DE", Status.CANCELLED), "Zoë Weiß": ("CH", Status.REGISTERED)}),
        ("inscritos_tabulado.tsv", {"María de la Cruz": ("ES", Status.CANCELLED), "Íñigo García López": ("ES", Status.REGISTERED)}),
        ("iscritti_con_titolo.csv", {"Niccolò D'Angelo": ("IT", Status.REGISTERED)}),
        ("deelnemers_met_adressen.csv", {"Jan van der Berg": ("NL", Status.REGISTERED), "Pieter Janssens": ("BE", Status.REGISTERED)}),
    ]:
        import_file(event_db, data / name)
        people = by_name(event_db)
        for full_name, (country, status) in expected.items():
            assert (people[full_name].country, people[full_name].status) == (country, status), (name, full_name)
    assert by_name(event_db)["Søren Ødegård"].badge_language == "en"


def test_same_name_different_organisation_stays_two_people(event_db, data):
    import_file(event_db, data / "inscrits_excel_fr.csv")
    martins = [a for a in attendee_service.list_attendees(event_db) if a.full_name == "Jean Martin"]
    assert sorted(a.organisation for a in martins) == ["Mairie de Rennes", "Ville de Nantes"]
    # Importing the same list again finds each of them, not the other one.
    summary = import_file(event_db, data / "inscrits_excel_fr.csv")
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 5)


LIST_V1 = """Nom;Prénom;Organisme;Courriel;Atelier Mobilité
DURAND;Hélène;Mairie de Saint-Étienne;helene@ste.example;X
NGUYEN;Benoît;Préfecture du Rhône;benoit@rhone.example;
MARTIN;Jean;Ville de Nantes;jean.martin@nantes.example;X
"""
# Hélène's name is corrected, Benoît signs up for the workshop, Jean is no longer listed,
# a second Jean Martin (another city) arrives.
LIST_V2 = """Nom;Prénom;Organisme;Courriel;Atelier Mobilité
DURAND-LEROY;Hélène;Mairie de Saint-Étienne;helene@ste.example;X
NGUYEN;Benoît;Préfecture du Rhône;benoit@rhone.example;X
MARTIN;Jean;Ville de Brest;jean.martin@brest.example;
"""


def test_reimport_updates_adds_and_reports_who_left(event_db, tmp_path):
    import_file(event_db, _write(tmp_path / "v1.csv", LIST_V1))
    before = by_name(event_db)
    nantes = before["Jean MARTIN"]
    with event_db.unit() as s:
        repo.append_journal(s, repo.journal_entry("scan", nantes.id, "desk 1", "amira", verdict="ok"))

    summary = import_file(event_db, _write(tmp_path / "v2.csv", LIST_V2))
    assert (summary.added, summary.updated, summary.unchanged, summary.missing_from_source) == (1, 2, 0, 1)
    assert [m.name for m in summary.missing] == ["Jean MARTIN"]

    after = attendee_service.list_attendees(event_db)
    assert len(after) == 4
    helene = next(a for a in after if a.first_name == "Hélène")
    assert helene.id == before["Hélène DURAND"].id and helene.last_name == "DURAND-LEROY"
    benoit = next(a for a in after if a.first_name == "Benoît")
    assert [session_titles(event_db)[s] for s in benoit.session_ids] == ["Mobilité"]
    gone = next(a for a in after if a.id == nantes.id)
    assert gone.missing_from_source and gone.organisation == "Ville de Nantes"
    brest = next(a for a in after if a.organisation == "Ville de Brest")
    assert brest.id != nantes.id and not brest.missing_from_source
    assert _journal(event_db, nantes.id, "scan") == [("scan", nantes.id, {"verdict": "ok"})]

    # Back on the list: the flag is cleared and everything recorded for them is still there.
    summary = import_file(event_db, _write(tmp_path / "v3.csv", LIST_V1))
    back = attendee_service.get_attendee(event_db, nantes.id)
    assert not back.missing_from_source
    assert summary.missing_from_source == 1  # now Jean Martin of Brest has left
    assert len(_journal(event_db, nantes.id, "scan")) == 1


def test_reimport_never_blanks_what_the_new_file_lacks(event_db, tmp_path):
    import_file(event_db, _write(tmp_path / "v1.csv", "Prénom;Nom;Ville;Pays;Courriel\nHélène;DURAND;Lyon;France;h@x.example\n"))
    helene = by_name(event_db)["Hélène DURAND"]
    attendee_service.update_attendee(event_db, helene.id, {"notes": "Arrives late", "position": "Adjointe"})
    # A narrower export: no city column, an empty country cell.
    summary = import_file(event_db, _write(tmp_path / "v2.csv", "Prénom;Nom;Pays;Courriel\nHélène;DURAND;;h@x.example\n"))
    assert (summary.updated, summary.unchanged) == (0, 1)
    helene = attendee_service.get_attendee(event_db, helene.id)
    assert (helene.city, helene.country, helene.notes, helene.position) == ("Lyon", "FR", "Arrives late", "Adjointe")


def test_registrations_follow_the_file_only_for_its_sessions(event_db, tmp_path):
    import_file(event_db, _write(tmp_path / "v1.csv", "Prénom;Nom;Atelier Mobilité;Atelier Énergie\nLuc;PETIT;X;X\n"))
    plenary = attendee_service.add_session(event_db, "Opening plenary", SessionKind.PLENARY)
    luc = by_name(event_db)["Luc PETIT"]
    attendee_service.update_attendee(event_db, luc.id, {"session_ids": [*luc.session_ids, plenary.id]})
    import_file(event_db, _write(tmp_path / "v2.csv", "Prénom;Nom;Atelier Mobilité;Atelier Énergie\nLuc;PETIT;X;\n"))
    luc = attendee_service.get_attendee(event_db, luc.id)
    assert sorted(session_titles(event_db)[s] for s in luc.session_ids) == ["Mobilité", "Opening plenary"]


def test_pretix_reimport_matches_by_ticket_code_after_a_name_fix(event_db, data, tmp_path):
    import_file(event_db, data / "pretix_style_checkin_list.csv")
    agnes = by_name(event_db)["Agnès Lefort"]
    text = (data / "pretix_style_checkin_list.csv").read_text(encoding="utf-8")
    fixed = _write(tmp_path / "fixed.csv", text.replace("\r\n", "\n").replace("Agnès Lefort,Agnès,Lefort", "Agnès Lefort-Martin,Agnès,Lefort-Martin"))
    summary = import_file(event_db, fixed)
    assert (summary.added, summary.updated, summary.unchanged, summary.missing_from_source) == (0, 1, 2, 0)
    again = attendee_service.get_attendee(event_db, agnes.id)
    assert again.last_name == "Lefort-Martin" and set(again.ticket_codes) == set(agnes.ticket_codes)


def test_a_ticket_passed_on_to_a_colleague_moves_with_the_list(event_db, tmp_path):
    header = "Order code,Attendee name: Given name,Attendee name: Family name,Product,E-mail,Secret\n"
    first = import_file(event_db, _write(tmp_path / "a.csv", header + "AAA11,Agnès,Lefort,Conference,agnes@lille.example,code-one\n"))
    assert first.profile == "pretix"
    agnes = by_name(event_db)["Agnès Lefort"]
    # pretix: the same ticket (secret) re-personalised for someone else.
    summary = import_file(event_db, _write(tmp_path / "b.csv", header + "AAA11,Marta,Nováková,Conference,marta@praha.example,code-one\n"))
    assert (summary.added, summary.missing_from_source, summary.problems) == (1, 1, [])
    people = by_name(event_db)
    assert people["Marta Nováková"].ticket_codes == ("code-one",)
    assert people["Agnès Lefort"].ticket_codes == () and people["Agnès Lefort"].id == agnes.id
    assert people["Agnès Lefort"].missing_from_source


def test_a_ticket_code_held_by_someone_the_file_does_not_cover_stays_with_them(event_db, tmp_path):
    pretix = "Order code,Attendee name: Given name,Attendee name: Family name,Product,E-mail,Secret\n"
    import_file(event_db, _write(tmp_path / "a.csv", pretix + "AAA11,Agnès,Lefort,Conference,agnes@lille.example,code-one\n"))
    # Another source (a hand-kept list) giving the same code to someone else.
    summary = import_file(event_db, _write(tmp_path / "b.csv", "Prénom;Nom;Courriel;Code billet\nMarta;Nováková;marta@praha.example;code-one\n"))
    assert [p.row for p in summary.problems] == [2]
    assert "already belongs to Agnès Lefort" in str(summary.problems[0].message)
    people = by_name(event_db)
    assert people["Agnès Lefort"].ticket_codes == ("code-one",) and not people["Agnès Lefort"].missing_from_source
    assert people["Marta Nováková"].ticket_codes == ()


def test_walk_in_later_found_on_the_list_is_not_duplicated(event_db, tmp_path):
    walk_in = attendee_service.add_walk_in(event_db, {"first_name": "Hélène", "last_name": "Durand", "email": "H@ste.example"})
    summary = import_file(event_db, _write(tmp_path / "l.csv", "Prénom;Nom;Courriel;Ville\nHélène;Durand;h@ste.example;Lyon\n"))
    assert (summary.added, summary.updated) == (0, 1)
    helene = attendee_service.get_attendee(event_db, walk_in.id)
    assert helene.walk_in and helene.city == "Lyon" and helene.source == "spreadsheet"


def test_a_shared_office_mailbox_does_not_merge_two_people(event_db, tmp_path):
    import_file(event_db, _write(tmp_path / "a.csv", "Prénom;Nom;Courriel\nHélène;Durand;cabinet@ville.example\n"))
    summary = import_file(event_db, _write(tmp_path / "b.csv", "Prénom;Nom;Courriel\nPaul;Girard;cabinet@ville.example\n"))
    assert summary.added == 1 and summary.missing_from_source == 1
    assert set(by_name(event_db)) == {"Hélène Durand", "Paul Girard"}


def test_one_journal_line_per_import(event_db, data):
    import_file(event_db, data / "pretix_style_checkin_list.csv", operator="amira", station="desk 1")
    lines = _journal(event_db, kind="import")
    assert len(lines) == 1
    kind, attendee_id, info = lines[0]
    assert attendee_id is None
    assert info["file"] == "pretix_style_checkin_list.csv" and info["added"] == 3 and info["rows"] == 5
    assert len(_journal(event_db)) == 1


def _snapshot(db):
    return (
        sorted((a.id, a.full_name, a.ticket_codes, a.session_ids, a.missing_from_source) for a in attendee_service.list_attendees(db)),
        sorted(sw.session.title for sw in attendee_service.list_sessions(db)),
        len(_journal(db)),
    )


def test_dry_run_reports_everything_and_writes_nothing(event_db, data, tmp_path):
    import_file(event_db, _write(tmp_path / "v1.csv", LIST_V1))
    before = _snapshot(event_db)
    summary = import_file(event_db, _write(tmp_path / "v2.csv", LIST_V2), dry_run=True)
    assert summary.dry_run
    assert (summary.added, summary.updated, summary.missing_from_source) == (1, 2, 1)
    assert _snapshot(event_db) == before


def test_a_failure_half_way_writes_nothing(event_db, data, tmp_path, monkeypatch):
    import_file(event_db, _write(tmp_path / "v1.csv", LIST_V1))
    before = _snapshot(event_db)
    real_insert = repo.insert_attendees

    def insert_then_fail(s, attendees):
        real_insert(s, attendees)
        raise OSError("disk full")

    monkeypatch.setattr(repo, "insert_attendees", insert_then_fail)
    with pytest.raises(OSError):
        import_file(event_db, _write(tmp_path / "v2.csv", LIST_V2))
    assert _snapshot(event_db) == before


def test_cancel_writes_nothing(event_db, data, tmp_path, monkeypatch):
    import_file(event_db, _write(tmp_path / "v1.csv", LIST_V1))
    before = _snapshot(event_db)
    written = []
    real_update = repo.update_attendee_fields

    def update_and_note(s, attendees):
        real_update(s, attendees)
        written.extend(attendees)

    monkeypatch.setattr(repo, "update_attendee_fields", update_and_note)
    # The user cancels once the updates are written, before the new people are.
    with pytest.raises(ImportCancelled):
        import_file(event_db, _write(tmp_path / "v2.csv", LIST_V2), cancelled=lambda: bool(written))
    assert len(written) == 2
    assert _snapshot(event_db) == before


def test_cancel_while_reading_rows(event_db, tmp_path):
    rows = "\n".join(f"Prénom{i};Nom{i}" for i in range(5000))
    with pytest.raises(ImportCancelled):
        import_file(event_db, _write(tmp_path / "big.csv", "Prénom;Nom\n" + rows + "\n"), cancelled=lambda: True)
    assert attendee_service.list_attendees(event_db) == []


def test_progress_runs_from_zero_to_the_total(event_db, tmp_path):
    rows = "\n".join(f"Prénom{i};Nom{i};p{i}@x.example" for i in range(12000))
    path = _write(tmp_path / "big.csv", "Prénom;Nom;Courriel\n" + rows + "\n")
    reports = []
    summary = import_file(event_db, path, progress=lambda done, total: reports.append((done, total)))
    assert summary.added == 12000
    assert reports[0] == (0, 0)  # still reading the file
    totals = {total for _done, total in reports[1:]}
    assert totals == {24000}
    done = [d for d, _t in reports[1:]]
    assert done == sorted(done) and done[-1] == 24000


def test_a_file_without_any_name_imports_no_one(event_db, tmp_path):
    path = _write(tmp_path / "l.csv", "Prénom;Nom;Ville\n;;Lyon\n;;Nantes\n")
    with pytest.raises(UserError, match="No one could be imported"):
        import_file(event_db, path)
    assert attendee_service.list_attendees(event_db) == []


def test_the_mapping_the_user_corrected_is_the_one_used(event_db, data):
    table = read_table(data / "liste_manuelle_fr.csv")
    mapping = detect_mapping(table)
    mapping = mapping.with_role(3, ColumnRole(Field.IGNORE)).with_role(6, ColumnRole(Field.NOTES))
    summary = import_table(event_db, table, mapping)
    assert summary.sessions_created == 2
    benoit = by_name(event_db)["Benoît NGUYEN"]
    assert benoit.city == "" and benoit.notes == "Centre de vidéoprotection"


def test_reimport_merges_on_sqlite_and_postgresql(db_url, tmp_path, data):
    db, _event = new_event(db_url, "Security, Democracy & Cities")
    try:
        first = import_file(db, data / "pretix_style_checkin_list.csv")
        assert first.added == 3
        text = (data / "pretix_style_checkin_list.csv").read_text(encoding="utf-8").replace("\r\n", "\n")
        # Eleni's order is gone; Dariusz no longer books the site visit; Agnès changes city hall.
        lines = [line for line in text.splitlines() if not line.startswith("TT2M4")]
        lines = [line for line in lines if "Site visit" not in line]
        changed = _write(tmp_path / "v2.csv", "\n".join(lines).replace("Ville de Lille", "Métropole de Lille") + "\n")
        summary = import_file(db, changed)
        assert (summary.updated, summary.unchanged, summary.missing_from_source) == (2, 0, 1)
        people = by_name(db)
        assert people["Agnès Lefort"].organisation == "Métropole de Lille"
        assert len(people["Dariusz Śliwiński"].ticket_codes) == 1 and people["Dariusz Śliwiński"].session_ids == ()
        assert people["Eleni Κωνσταντίνου"].missing_from_source
    finally:
        db.dispose()


def test_a_different_list_of_the_same_kind_does_not_flag_the_first_ones_people(event_db, tmp_path):
    speakers = "Prénom;Nom;Organisme\n" + "".join(f"Orateur{i};Dupont{i};Ville {i}\n" for i in range(6))
    import_file(event_db, _write(tmp_path / "intervenants.csv", speakers))
    summary = import_file(event_db, _write(tmp_path / "inscrits.csv", "Prénom;Nom;Organisme\nHélène;Durand;Ville de Lyon\n"))
    assert (summary.added, summary.missing_from_source) == (1, 0)
    assert summary.problems[-1].row is None and "looks like a different list" in str(summary.problems[-1].message)
    assert not any(a.missing_from_source for a in attendee_service.list_attendees(event_db))
