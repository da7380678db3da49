"""A few hundred mutated CSV and XLSX files through the whole import (thousands: python -m tests.importing.fuzz)."""
from __future__ import annotations

from tests.importing.fuzz import run


def test_mutated_lists_are_refused_in_one_sentence_or_imported_never_a_traceback_a_hang_or_a_change():
    report = run(cases=240, seed=20261, seconds=10.0, memory_mb=1536)
    assert report.failures == [], "\n\n".join(f"case {f['index']}: {f['outcome']}\n{f['message']}" for f in report.failures)
    kinds = {key.split()[0] for key in report.outcomes}
    refused = sum(count for key, count in report.outcomes.items() if key.endswith("refused"))
    imported = sum(count for key, count in report.outcomes.items() if key.endswith("imported"))
    # Both formats, and both outcomes: mutations that break the file and mutations it survives.
    assert kinds == {"csv", "xlsx"} and refused > 40 and imported > 40, report.outcomes
