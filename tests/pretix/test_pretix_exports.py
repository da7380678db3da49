"""pretix's own exports, as pretix 2026 wrote them (tests/pretix/make_exports.py), imported and
compared with what pretix held: people, emails, categories, codes, sessions and cancellations."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from checkin.domain.model import SessionKind, Status
from checkin.domain.verdicts import Reason, Verdict
from checkin.i18n import UserError
from checkin.importing import Field, detect_mapping, read_table
from checkin.services import attendees as attendee_service
from checkin.services.importing import import_file
from checkin.services.scanning import Station
from tests.pretix.conftest import EXPORTS, TRUTH

V1, V2 = TRUTH["v1"]["people"], TRUTH["v2"]["people"]
CHECKIN_LISTS = sorted((EXPORTS / "v1").glob("checkin_list_*"))
ORDER_DATA = sorted((EXPORTS / "v1").glob("order_data_*"))
KINDS = {**{t: SessionKind.WORKSHOP for t in TRUTH["workshops"]}, **{t: SessionKind.SITE_VISIT for t in TRUTH["site_visits"]}}


def _ids(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


def expected(person: dict) -> dict:
    """What the desk should hold for one pretix ticket holder."""
    live = [a for a in person["addons"] if not a["cancelled"]]
    return {
        "name": (person["given_name"], person["family_name"]),
        "category": person["category"],
        "codes": {person["secret"], *(a["secret"] for a in live)},
        "sessions": sorted(a["product"] for a in live),
        "status": Status.CANCELLED if person["cancelled"] else Status.PENDING if person["pending"] else Status.REGISTERED,
        # pretix's check-in list and our order data import both fall back to the buyer's address.
        "email": person["attendee_email"] or person["buyer_email"],
    }


# pretix gives a cancelled position a new secret (its revocation list keeps the old one refused);
# the person still holds the ticket printed before, so the desk knows people by that one.
HELD = {(p["order"], p["position_id"]): p for p in V1}


def expected_after(person: dict, order_data: bool) -> dict:
    """What the desk should hold after the v2 export is imported over the v1 one."""
    if not person["cancelled"]:
        return expected(person)
    before = expected(HELD[(person["order"], person["position_id"])])
    # The check-in list leaves them out (flagged, their registrations for its sessions gone); the
    # order data says cancelled. Either way they keep the codes of the ticket they hold.
    return before | {"sessions": [], "status": Status.CANCELLED if order_data else before["status"]}


def stored(db) -> dict[str, dict]:
    """Each attendee by their ticket's secret (their first code), as the truth keys them."""
    titles = {sw.session.id: sw.session.title for sw in attendee_service.list_sessions(db)}
    people = {}
    for a in attendee_service.list_attendees(db):
        person = {
            "name": (a.first_name, a.last_name),
            "category": a.category,
            "codes": set(a.ticket_codes),
            "sessions": sorted(titles[sid] for sid in a.session_ids),
            "status": a.status,
            "email": a.email,
        }
        for code in a.ticket_codes:
            people[code] = person | {"attendee": a}
    return people


def compare(db, truth_people: list[dict], listed, expect=expected) -> None:
    people = stored(db)
    wanted = [p for p in truth_people if listed(p)]
    assert len(attendee_service.list_attendees(db)) == len(wanted)
    for person in wanted:
        got = dict(people[HELD[(person["order"], person["position_id"])]["secret"]])
        got.pop("attendee")
        assert got == expect(person), person


@pytest.mark.parametrize("path", CHECKIN_LISTS, ids=_ids(CHECKIN_LISTS))
def test_every_checkin_list_export_gives_pretixs_people(event_db, path):
    summary = import_file(event_db, path)
    assert (summary.profile, summary.source, summary.problems) == ("pretix", "pretix", [])
    compare(event_db, V1, lambda p: not p["cancelled"])
    live_addons = sum(len(expected(p)["sessions"]) for p in V1)
    assert summary.registrations == live_addons
    kinds = {sw.session.title: sw.session.kind for sw in attendee_service.list_sessions(event_db)}
    assert kinds == KINDS  # titles as pretix names the products: "Workshop B: Safer streets by design"


@pytest.mark.parametrize("path", ORDER_DATA, ids=_ids(ORDER_DATA))
def test_every_order_data_export_gives_attendees_not_buyers(event_db, path):
    summary = import_file(event_db, path)
    assert (summary.profile, summary.source, summary.problems) == ("pretix-order-positions", "pretix", [])
    assert summary.rows == sum(1 + len(p["addons"]) for p in V1)  # add-on rows joined their ticket's holder
    compare(event_db, V1, lambda p: True)
    notes = {code: a.notes for a in attendee_service.list_attendees(event_db) for code in a.ticket_codes}
    for person in V1:
        has_own = bool(person["attendee_email"])
        assert ("buyer's address" in notes[person["secret"]]) is not has_own, person


def test_the_invoice_name_is_never_taken_for_the_attendee(event_db):
    import_file(event_db, EXPORTS / "v1" / "order_data_fr_positions_semicolon.csv")
    differs = [p for p in V1 if p["invoice_name"] != f"{p['given_name']} {p['family_name']}"]
    assert len(differs) > 10  # the event has orders booked by an office for its staff
    names = {a.full_name for a in attendee_service.list_attendees(event_db)}
    assert not names & {p["invoice_name"] for p in differs}


def test_signed_secrets_lose_the_apostrophe_pretixs_csv_writer_put_before_them():
    raw = (EXPORTS / "v1" / "checkin_list_en_default.csv").read_text(encoding="utf-8")
    signed = [p["secret"] for p in V1 if p["signed"]]
    assert signed and all(f"'{secret}" in raw for secret in signed)  # how pretix wrote them
    table = read_table(EXPORTS / "v1" / "checkin_list_en_default.csv")
    mapping = detect_mapping(table)
    secrets = set(table.column(mapping.columns_for(Field.TICKET_CODE)[0]))
    assert set(signed) <= secrets and not any(s.startswith("'") for s in secrets)
    phones = table.column(table.headers.index("Phone number"))
    assert all(p.startswith("+32") for p in phones)


@pytest.mark.parametrize("name", ["checkin_list_en_default.csv", "checkin_list_de_semicolon.csv", "order_data_it_positions_semicolon.csv"])
def test_signed_and_random_secrets_scan_at_the_door_and_at_their_workshop(event_db, name):
    import_file(event_db, EXPORTS / "v1" / name)
    entrance = Station(event_db)
    people = [p for p in V1 if not p["pending"]]
    for signed in (True, False):
        person = next(p for p in people if p["signed"] is signed and p["addons"])
        result = entrance.scan(person["secret"])
        assert (result.verdict, result.reason) == (Verdict.ACCEPTED, Reason.OK), person
        assert result.attendee.last_name == person["family_name"]
        addon = person["addons"][0]
        session = next(sw.session for sw in attendee_service.list_sessions(event_db) if sw.session.title == addon["product"])
        door = Station(event_db, session.id)
        result = door.scan(addon["secret"])  # the add-on's own secret belongs to the same person
        assert (result.verdict, result.attendee.last_name) == (Verdict.ACCEPTED, person["family_name"])


@pytest.mark.parametrize("name", ["orders", "fees"])
def test_the_other_sheets_of_the_order_data_export_say_which_export_to_use(name):
    with pytest.raises(UserError) as caught:
        detect_mapping(read_table(EXPORTS / "other" / f"order_data_fr_{name}.csv"))
    text = str(caught.value)
    assert "pretix" in text and "Order positions" in text and "check-in list" in text


@pytest.mark.parametrize("name", ["valid_codes_de.csv", "checkin_log_en.csv", "checkin_log_fr.csv"])
def test_code_lists_and_check_in_logs_say_what_they_are(name):
    with pytest.raises(UserError) as caught:
        detect_mapping(read_table(EXPORTS / "other" / name))
    text = str(caught.value)
    assert ("valid check-in codes" in text or "check-in log" in text) and "Include QR-code secret" in text


def _session_counts(db) -> dict[str, int]:
    return {sw.session.title: sw.registered for sw in attendee_service.list_sessions(db)}


def _live_counts(truth_people: list[dict]) -> dict[str, int]:
    counts = Counter(a["product"] for p in truth_people if not p["cancelled"] for a in p["addons"] if not a["cancelled"])
    return {title: counts.get(title, 0) for title in KINDS}


@pytest.mark.parametrize("lang, suffix", [("en", "default.csv"), ("fr", "xlsx.xlsx")])
def test_people_cancelled_in_pretix_leave_the_next_checkin_list_and_are_not_admitted(event_db, lang, suffix):
    import_file(event_db, EXPORTS / "v1" / f"checkin_list_{lang}_{'default.csv' if suffix.endswith('csv') else 'xlsx.xlsx'}")
    summary = import_file(event_db, EXPORTS / "v2" / f"checkin_list_{lang}_{suffix}")
    cancelled = [p for p in V2 if p["cancelled"]]
    assert len(cancelled) == 8 and summary.missing_from_source == len(cancelled) and summary.added == 0
    compare(event_db, V2, lambda p: True, lambda p: expected_after(p, order_data=False))
    people = stored(event_db)
    for person in cancelled:
        assert people[HELD[(person["order"], person["position_id"])]["secret"]]["attendee"].missing_from_source
    assert _session_counts(event_db) == _live_counts(V2)  # dropped workshops and cancelled people gone

    entrance = Station(event_db)
    gone = HELD[(cancelled[0]["order"], cancelled[0]["position_id"])]  # the ticket they hold
    result = entrance.scan(gone["secret"])
    assert (result.verdict, result.reason) == (Verdict.REJECTED, Reason.NOT_REGISTERED)
    assert "no longer on the registration list" in str(result.message)
    staying = next(p for p in V2 if not p["cancelled"] and not p["pending"])
    assert entrance.scan(staying["secret"]).verdict is Verdict.ACCEPTED


def test_order_data_v2_over_v1_cancels_orders_positions_and_dropped_workshops(event_db):
    import_file(event_db, EXPORTS / "v1" / "order_data_en_xlsx.xlsx")
    summary = import_file(event_db, EXPORTS / "v2" / "order_data_en_positions_default.csv")
    assert summary.added == 0 and summary.missing_from_source == 0 and summary.problems == []
    compare(event_db, V2, lambda p: True, lambda p: expected_after(p, order_data=True))
    assert _session_counts(event_db) == _live_counts(V2)
    gone = next(HELD[(p["order"], p["position_id"])] for p in V2 if p["cancelled"])
    result = Station(event_db).scan(gone["secret"])
    assert (result.verdict, result.reason) == (Verdict.REJECTED, Reason.CANCELLED)


def test_a_dropped_workshop_is_refused_at_that_workshops_door(event_db):
    import_file(event_db, EXPORTS / "v1" / "checkin_list_en_default.csv")
    import_file(event_db, EXPORTS / "v2" / "checkin_list_en_default.csv")
    person, addon = next((p, a) for p in V2 if not p["cancelled"] for a in p["addons"] if a["cancelled"])
    session = next(sw.session for sw in attendee_service.list_sessions(event_db) if sw.session.title == addon["product"])
    result = Station(event_db, session.id).scan(person["secret"])
    assert (result.verdict, result.reason) == (Verdict.REJECTED, Reason.NOT_REGISTERED)
