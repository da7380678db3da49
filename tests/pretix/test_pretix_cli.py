"""The command line on pretix's own exports: import, then scan signed and random pretix secrets as a
US-set scanner types them on AZERTY and QWERTZ desks, at the entrance and at a workshop's door
named as pretix names the product."""
from __future__ import annotations

import json

import pytest

from checkin.cli import main
from checkin.scanning.layouts import LAYOUTS
from tests.pretix.conftest import EXPORTS, TRUTH
from tests.scanning.scanner_typing import type_on

V1 = TRUTH["v1"]["people"]


def run(capsys, path, *args):
    code = main(["--db", str(path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _someone(signed: bool, workshop: str) -> dict:
    return next(
        p for p in V1
        if p["signed"] is signed and not p["pending"] and any(a["product"] == workshop for a in p["addons"])
    )


@pytest.mark.parametrize("layout_name", ["fr", "be", "de", "ch_de"])
def test_signed_and_random_secrets_typed_on_a_foreign_layout_scan_at_the_entrance(event_path, capsys, layout_name):
    assert run(capsys, event_path, "import", str(EXPORTS / "v1" / "checkin_list_fr_semicolon.csv"), "--json")[0] == 0
    people = [next(p for p in V1 if p["signed"] is signed and not p["pending"]) for signed in (False, True)]
    layout = LAYOUTS[layout_name]
    typed = [type_on(layout, p["secret"]) for p in people]
    raw = [p["secret"] for p in people]
    assert all(t != r for t, r in zip(typed, raw))  # the scanner's text arrives scrambled
    # A signed secret starts with "==", typed "--" on a Belgian desk: "--" ends the options first.
    code, out, err = run(capsys, event_path, "scan", "--json", "--", *typed, *raw)
    assert code == 0, err
    results = json.loads(out)
    assert [(r["verdict"], r["reason"]) for r in results[:2]] == [("accepted", "ok")] * 2
    assert [r["attendee"]["last_name"] for r in results] == [p["family_name"] for p in people] * 2
    # The raw secrets afterwards: the same two people, already inside.
    assert [r["reason"] for r in results[2:]] == ["already_checked_in", "already_checked_in"]


@pytest.mark.parametrize("spelling", [
    "Workshop B: Safer streets by design",  # as pretix names the product
    "workshop b: SAFER streets by design",
    "B: Safer streets by design",  # without the kind word
    "Atelier B : Safer streets by design",  # another language's kind word
])
def test_session_named_as_pretix_names_the_product(event_path, capsys, spelling):
    workshop = "Workshop B: Safer streets by design"
    assert run(capsys, event_path, "import", str(EXPORTS / "v1" / "order_data_de_xlsx.xlsx"), "--json")[0] == 0
    person = _someone(True, workshop)
    addon = next(a for a in person["addons"] if a["product"] == workshop)
    assert run(capsys, event_path, "scan", person["secret"], "--json")[0] == 0
    code, out, err = run(capsys, event_path, "scan", "--session", spelling, "--json", "--", type_on(LAYOUTS["fr"], addon["secret"]))
    assert code == 0, err
    result = json.loads(out)  # one code: one result
    assert (result["verdict"], result["attendee"]["last_name"]) == ("accepted", person["family_name"])


def test_accented_session_title_is_found_without_its_accents(event_path, capsys):
    assert run(capsys, event_path, "import", str(EXPORTS / "v1" / "checkin_list_en_default.csv"), "--json")[0] == 0
    code, out, err = run(capsys, event_path, "presence", "--session", "workshop c: economie de la nuit et securite", "--json")
    assert code == 0, err
    wanted = sum(1 for p in V1 for a in p["addons"] if a["product"].startswith("Workshop C"))
    report = json.loads(out)
    assert report["checkpoint"] == "Workshop C: Économie de la nuit et sécurité"
    assert report["counts"]["expected"] == wanted


def test_an_unknown_session_is_still_refused(event_path, capsys):
    assert run(capsys, event_path, "import", str(EXPORTS / "v1" / "checkin_list_en_default.csv"), "--json")[0] == 0
    code, _out, err = run(capsys, event_path, "scan", "--session", "Workshop", V1[0]["secret"])
    assert code != 0 and "There is no session called “Workshop”" in err
