"""Names longer than anyone's are cut at import (and said so, with the row) and refused at the desk's
edit; what an older import stored stays shown and exported, and does not block editing the rest."""
from __future__ import annotations

from pathlib import Path

import pytest

from checkin.domain.display import NAME_MAX_LENGTH
from checkin.domain.model import Attendee, new_id
from checkin.i18n import UserError
from checkin.services import attendees as attendee_service
from checkin.services.importing import import_file
from checkin.storage import repositories as repo

LONG = "Hubert" + "blaine" * 330  # 1,986 characters


def test_an_over_long_name_is_imported_cut_and_reported_with_its_row(event_db, tmp_path: Path):
    path = tmp_path / "list.csv"
    path.write_text(
        "First name,Last name,Organisation,City\n"
        "Ana,Ferreira,Câmara Municipal,Lisboa\n"
        f"{LONG},Wolff,{'Direction ' * 30},Gent\n",
        encoding="utf-8",
    )
    summary = import_file(event_db, path)
    assert summary.added == 2
    people = {a.last_name: a for a in attendee_service.list_attendees(event_db)}
    hubert = people["Wolff"]
    assert len(hubert.first_name) == NAME_MAX_LENGTH and hubert.first_name.endswith("…")
    assert hubert.first_name.startswith("Hubertblaine")
    assert len(hubert.organisation) <= NAME_MAX_LENGTH and hubert.organisation.endswith("…")
    assert people["Ferreira"].organisation == "Câmara Municipal"
    messages = sorted((p.row, str(p.message)) for p in summary.problems)
    assert messages == [
        (3, "The given name is 1986 characters long; it was imported cut to 200 characters. Check it."),
        (3, "The organisation is 299 characters long; it was imported cut to 200 characters. Check it."),
    ]


def test_an_edit_or_a_walk_in_with_an_over_long_name_is_refused(event_db):
    with pytest.raises(UserError, match="The family name is 201 characters long; at most 200"):
        attendee_service.add_walk_in(event_db, {"first_name": "Ana", "last_name": "x" * 201})
    ana = attendee_service.add_walk_in(event_db, {"first_name": "Ana", "last_name": "x" * 200})
    with pytest.raises(UserError, match="The organisation is 250 characters long"):
        attendee_service.update_attendee(event_db, ana.id, {"organisation": "o" * 250})
    assert attendee_service.get_attendee(event_db, ana.id).organisation == ""


def test_a_long_name_stored_before_does_not_block_editing_the_rest(event_db):
    old = Attendee(new_id(), LONG, "Wolff", organisation="Stadt Köln")
    with event_db.unit() as s:
        repo.insert_attendees(s, [old])
    edited = attendee_service.update_attendee(event_db, old.id, {"first_name": LONG, "city": "Köln"})
    assert (edited.first_name, edited.city) == (LONG, "Köln")
