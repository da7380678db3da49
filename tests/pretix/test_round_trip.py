"""Our own exports read back: a pretix list exported by Check-in Desk (CSV and XLSX, where signed
secrets starting with "=" are protected with an apostrophe) and imported into another event gives
the same people, codes and sessions."""
from __future__ import annotations

from datetime import date

import pytest

from checkin.cli import main
from checkin.importing.values import unprotected
from checkin.services import attendees as attendee_service
from checkin.services.event import new_event, open_event
from checkin.services.importing import import_file
from tests.pretix.conftest import EXPORTS

COLUMNS = "last_name,first_name,email,organisation,city,country,category,sessions,ticket_codes"


def people(db) -> dict[tuple[str, ...], tuple]:
    titles = {sw.session.id: sw.session.title for sw in attendee_service.list_sessions(db)}
    return {
        tuple(sorted(a.ticket_codes)): (a.first_name, a.last_name, a.email, a.organisation, a.city, a.country,
                                        a.category, tuple(sorted(titles[sid] for sid in a.session_ids)))
        for a in attendee_service.list_attendees(db)
    }


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_our_export_of_a_pretix_list_imports_back_to_the_same_people_codes_and_sessions(event_path, tmp_path, capsys, suffix):
    assert main(["--db", str(event_path), "import", str(EXPORTS / "v1" / "checkin_list_en_default.csv")]) == 0
    out = tmp_path / f"attendance.{suffix}"
    assert main(["--db", str(event_path), "export", "attendance", "--out", str(out), "--columns", COLUMNS]) == 0
    capsys.readouterr()
    if suffix == "csv":
        assert "'==" in out.read_text(encoding="utf-8-sig")  # signed secrets written protected from formulas
    again, _event = new_event(tmp_path / "again.checkin", "Again", date(2025, 11, 19), date(2025, 11, 21))
    try:
        summary = import_file(again, out)
        assert summary.problems == [] and summary.added == 86
        original, _ = open_event(event_path)
        try:
            assert people(again) == people(original)
        finally:
            original.dispose()
    finally:
        again.dispose()


@pytest.mark.parametrize("cell, read", [
    ("'==QAwdAB+x", "==QAwdAB+x"),  # a signed pretix secret in pretix's CSV
    ("'+32 2 555 01 00", "+32 2 555 01 00"),
    ("'-5", "-5"),
    ("'@handle", "@handle"),
    ("'t Hooft", "'t Hooft"),  # a name, not a protected formula
    ("'", "'"),
    ("O'Brien", "O'Brien"),
])
def test_the_apostrophe_exporters_put_before_formulas_is_removed(cell, read):
    assert unprotected(cell) == read
