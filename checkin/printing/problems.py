"""Turning a printer's state (paused, refusing jobs, out of labels, offline…) into a sentence for the desk."""
from __future__ import annotations

from checkin.i18n import QT_TRANSLATE_NOOP, Message
from checkin.printing.backend import CONTEXT, Printer

# printer-state-reasons (RFC 8011 and the PWG registry) that stop a job, most specific first,
# with what the desk should do about each.
_REASONS: tuple[tuple[str, str], ...] = (
    ("media-empty", QT_TRANSLATE_NOOP("Printing", "{printer} is out of labels or paper{detail}. Load more, then retry.")),
    ("media-needed", QT_TRANSLATE_NOOP("Printing", "{printer} is out of labels or paper{detail}. Load more, then retry.")),
    ("media-jam", QT_TRANSLATE_NOOP("Printing", "{printer} has a label or paper jam{detail}. Clear it, then retry.")),
    ("door-open", QT_TRANSLATE_NOOP("Printing", "{printer} has a cover open{detail}. Close it, then retry.")),
    ("cover-open", QT_TRANSLATE_NOOP("Printing", "{printer} has a cover open{detail}. Close it, then retry.")),
    ("marker-supply-empty", QT_TRANSLATE_NOOP("Printing", "{printer} is out of ink, toner or ribbon{detail}. Replace it, then retry.")),
    ("toner-empty", QT_TRANSLATE_NOOP("Printing", "{printer} is out of ink, toner or ribbon{detail}. Replace it, then retry.")),
    ("offline", QT_TRANSLATE_NOOP("Printing", "{printer} is offline or cannot be reached{detail}. Check that it is switched on and connected, then retry.")),
    ("connecting-to-device", QT_TRANSLATE_NOOP("Printing", "{printer} is offline or cannot be reached{detail}. Check that it is switched on and connected, then retry.")),
)
_GENERIC = QT_TRANSLATE_NOOP("Printing", "{printer} reports a problem{detail}. Check the printer, then retry.")


# What CUPS and drivers say of a stopped queue without saying why: repeating it ("paused (Paused)")
# tells the desk nothing.
_EMPTY_MESSAGES = frozenset({"paused", "stopped", "disabled", "reason unknown", "rejecting jobs", "not accepting jobs",
                             "printer paused", "printer stopped"})


def _detail(*parts: str) -> str:
    text = "; ".join(p for p in parts if p and p.strip().strip(".").casefold() not in _EMPTY_MESSAGES)
    return f" ({text})" if text else ""


def _name(printer: Printer) -> str:
    return printer.description or printer.name


def readiness_problem(printer: Printer) -> Message | None:
    """Why ``printer`` cannot take a job right now, or None when it can."""
    if not printer.accepting:
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Printing", "{printer} is set to refuse new prints{detail}. Whoever looks after the printers must allow prints again on this computer (print queue “{queue}”); then press Retry."),
            {"printer": _name(printer), "queue": printer.name, "detail": _detail(printer.message)},
        )
    if not printer.enabled:
        device = device_problem(printer)
        if device is not None:
            return device
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Printing", "{printer} is paused{detail}. Resume the print queue “{queue}” in this computer's printer settings, then press Retry."),
            {"printer": _name(printer), "queue": printer.name, "detail": _detail(printer.message)},
        )
    return None


def device_problem(printer: Printer) -> Message | None:
    """A problem the printer itself reports (out of labels, offline…) that keeps a job from printing.

    Reasons ending in "-report" or "-warning" are informational (low toner, a note from the
    driver) and are not problems; "-error" or no suffix means the printer stopped.
    """
    for reason in printer.reasons:
        if reason.endswith(("-report", "-warning")) and not reason.startswith("offline"):
            continue
        if reason in ("none", "paused", "moving-to-paused", "cups-waiting-for-job-completed"):
            continue
        for prefix, text in _REASONS:
            if reason.startswith(prefix):
                return Message(CONTEXT, text, {"printer": _name(printer), "detail": _detail(printer.message)})
        if reason.endswith("-error"):
            return Message(CONTEXT, _GENERIC, {"printer": _name(printer), "detail": _detail(printer.message, reason)})
    return None


def job_problem(printer_name: str, status: str, reasons: tuple[str, ...]) -> Message | None:
    """Why a job that is still in the queue will not print by itself (held, or failed in a filter)."""
    if any(r.startswith("job-hold") or r.startswith("job-held") for r in reasons):
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Printing", "The job is on hold in the queue of {printer}{detail}. The job was removed; retry to print again."),
            {"printer": printer_name, "detail": _detail(status)},
        )
    if any(r in ("job-completed-with-errors", "aborted-by-system", "document-format-error", "document-unprintable-error") for r in reasons):
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Printing", "The print system could not process the job for {printer}{detail}. The job was removed; check the printer's driver, then retry."),
            {"printer": printer_name, "detail": _detail(status)},
        )
    return None


_ENDED_BADLY = ("job-canceled-by-user", "job-canceled-by-operator", "job-canceled-at-device", "aborted-by-system",
                "job-aborted-by-system", "job-completed-with-errors", "document-format-error", "document-unprintable-error")


def ended_problem(printer_name: str, status: str, reasons: tuple[str, ...]) -> Message | None:
    """Why a job that has left the queue did not print, when CUPS says so (cancelled elsewhere, aborted)."""
    if any(r in _ENDED_BADLY for r in reasons):
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Printing", "The job for {printer} was cancelled or aborted in the print queue{detail}, so the badges may not have printed. Retry to print them."),
            {"printer": printer_name, "detail": _detail(status)},
        )
    return None
