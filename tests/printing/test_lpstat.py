"""Reading lpstat's output (recorded from a real CUPS 2.4) and turning printer states into advice."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from checkin.printing import lpstat, problems
from checkin.printing.backend import Printer

DATA = Path(__file__).parent / "data"


def _printers() -> dict[str, Printer]:
    parsed = lpstat.parse_printers((DATA / "lpstat_printers.txt").read_text())
    assert [p.name for p in parsed] == ["LabelQL", "BadgePDF"], "the default printer comes first"
    return {p.name: p for p in parsed}


def test_printer_states_and_names_are_read():
    printers = _printers()
    label, office = printers["LabelQL"], printers["BadgePDF"]
    assert label.is_default and not office.is_default
    assert label.description == "Brother QL-820NWB" and label.location == "Desk 2"
    assert not label.enabled and label.accepting and label.message == "Out of labels"
    assert label.reasons == ("paused",)
    assert office.enabled and not office.accepting and office.message == "Closed for the night"
    assert office.busy_with == "BadgePDF-7" and label.busy_with == ""


def test_a_paused_printer_says_what_to_do():
    text = problems.readiness_problem(_printers()["LabelQL"]).english()
    assert "Brother QL-820NWB is paused (Out of labels)" in text
    assert "Resume the print queue “LabelQL”" in text and "cupsenable" not in text


def test_a_refusing_printer_says_what_to_do():
    text = problems.readiness_problem(_printers()["BadgePDF"]).english()
    assert "set to refuse new prints (Closed for the night)" in text
    assert "print queue “BadgePDF”" in text and "cupsaccept" not in text


def test_a_state_the_printer_repeats_is_not_said_twice():
    paused = replace(_printers()["LabelQL"], message="Paused")
    text = problems.readiness_problem(paused).english()
    assert text.startswith("Brother QL-820NWB is paused. ")


def test_a_ready_printer_has_no_problem():
    assert problems.readiness_problem(Printer("BadgePDF")) is None


def test_a_paused_label_printer_out_of_labels_says_so_rather_than_paused():
    printer = replace(_printers()["LabelQL"], reasons=("media-empty-error", "paused"))
    assert "out of labels or paper" in problems.readiness_problem(printer).english()


def test_device_problems_are_told_apart_from_notes():
    offline = Printer("QL", description="Label printer", reasons=("offline-report",), message="Unable to locate printer")
    assert problems.device_problem(offline).english().startswith("Label printer is offline or cannot be reached (Unable to locate printer)")
    assert "jam" in problems.device_problem(Printer("QL", reasons=("media-jam-error",))).english()
    assert problems.device_problem(Printer("QL", reasons=("toner-low-warning", "cups-insecure-filter-warning"))) is None
    assert "reports a problem (fuser-over-temp-error)" in problems.device_problem(Printer("QL", reasons=("fuser-over-temp-error",))).english()


def test_network_destinations_only_lpstat_e_knows_are_added():
    printers = lpstat.with_destinations(list(_printers().values()), ["LabelQL", "BadgePDF", "HP_LaserJet_Lobby"])
    assert [p.name for p in printers] == ["LabelQL", "BadgePDF", "HP_LaserJet_Lobby"]
    assert printers[-1].enabled and printers[-1].accepting


def test_waiting_jobs_and_held_jobs():
    jobs = lpstat.parse_jobs((DATA / "lpstat_jobs_waiting.txt").read_text())
    assert set(jobs) == {"LabelQL-11", "LabelQL-12"}
    assert problems.job_problem("LabelQL", jobs["LabelQL-11"].status, jobs["LabelQL-11"].reasons) is None
    held = problems.job_problem("LabelQL", jobs["LabelQL-12"].status, jobs["LabelQL-12"].reasons)
    assert "on hold" in held.english()


def test_a_job_the_filters_could_not_process_is_a_failure_with_the_reason():
    jobs = lpstat.parse_jobs((DATA / "lpstat_jobs_failed.txt").read_text())
    job = jobs["BadgePDF-3"]
    assert job.reasons == ("job-completed-with-errors",)
    text = problems.job_problem("BadgePDF", job.status, job.reasons).english()
    assert "could not process the job" in text and "unable to find trailer dictionary" in text


def test_completed_jobs_are_listed_by_id_and_a_cancelled_one_is_not_printed():
    jobs = lpstat.parse_jobs((DATA / "lpstat_jobs_completed.txt").read_text())
    assert {"BadgePDF-8", "BadgePDF-9", "BadgePDF-10", "BadgePDF-7"} <= set(jobs)
    assert jobs["BadgePDF-9"].reasons == ("job-canceled-by-user",)
    assert "cancelled or aborted" in problems.ended_problem("BadgePDF", "", jobs["BadgePDF-9"].reasons).english()
    assert problems.ended_problem("BadgePDF", "", jobs["BadgePDF-10"].reasons) is None


def test_lpstats_placeholder_for_a_missing_reason_is_not_shown_as_the_reason():
    text = "printer QL disabled since Sun Nov 22 02:08:04 2026 -\n\treason unknown\nQL not accepting requests since Sun Nov 22 02:08:04 2026 -\n\treason unknown\n"
    [printer] = lpstat.parse_printers(text)
    assert (printer.enabled, printer.accepting, printer.message) == (False, False, "")
    assert "(reason unknown)" not in problems.readiness_problem(printer).english()
