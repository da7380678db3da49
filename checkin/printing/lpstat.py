"""Reading what CUPS's `lpstat` says (run in the C locale) about printers and jobs.

`lpstat -l -p -a -d` prints one block per printer::

    printer BadgePDF disabled since Sun Nov 22 02:08:04 2026 -
    \tOut of labels                      <- printer-state-message, when there is one
    \tForm mounted:
    \tDescription: Badge printer
    \tAlerts: media-empty-error paused   <- printer-state-reasons
    ...
    BadgePDF not accepting requests since Sun Nov 22 02:08:04 2026 -
    \tclosed for the night
    system default destination: BadgePDF

and `lpstat -W completed|not-completed -l -o PRINTER` one block per job::

    BadgePDF-12             root              2048   Sun Nov 22 02:07:55 2026
    \tStatus: loadFilename failed: …      <- job-printer-state-message
    \tAlerts: job-hold-until-specified    <- job-state-reasons
    \tqueued for BadgePDF
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from checkin.printing.backend import Printer

_PRINTER_LINE = re.compile(r"^printer (\S+) (?:now printing (\S+?)\.)?")
_ACCEPTING_LINE = re.compile(r"^(\S+) (not )?accepting requests since")
_DEFAULT_LINE = re.compile(r"^system default destination: (\S+)")
# The "Key: value" lines of `lpstat -l -p`; any other first line under a printer is its message.
_LONG_KEYS = (
    "Form mounted:", "Content types:", "Printer types:", "Description:", "Alerts:", "Location:",
    "Connection:", "Interface:", "On fault:", "After fault:", "Users allowed:", "Forms allowed:",
    "Banner required", "Charset sets:", "Default pitch:", "Default page size:", "Default port settings:",
)
_NO_MESSAGE = "reason unknown"  # what lpstat prints under a paused or refusing printer without a message


@dataclass
class _PrinterBlock:
    name: str
    enabled: bool
    busy_with: str = ""
    message: str = ""
    description: str = ""
    location: str = ""
    reasons: tuple[str, ...] = ()
    accepting: bool = True
    refusal: str = ""


def parse_printers(text: str) -> list[Printer]:
    """Printers from `lpstat -l -p -a -d` output, in the order lpstat lists them."""
    blocks: dict[str, _PrinterBlock] = {}
    default = ""
    current: _PrinterBlock | None = None
    refusing: _PrinterBlock | None = None
    first_detail = False
    for line in text.splitlines():
        if not line.startswith("\t"):
            current = refusing = None
            if match := _PRINTER_LINE.match(line):
                current = blocks.setdefault(match[1], _PrinterBlock(match[1], enabled=" disabled since " not in line))
                current.busy_with = match[2] or ""
                first_detail = True
            elif match := _ACCEPTING_LINE.match(line):
                block = blocks.setdefault(match[1], _PrinterBlock(match[1], enabled=True))
                block.accepting = match[2] is None
                refusing = None if block.accepting else block
            elif match := _DEFAULT_LINE.match(line):
                default = match[1]
            continue
        detail = line.strip()
        if detail == _NO_MESSAGE:
            continue
        if refusing is not None:
            refusing.refusal = refusing.refusal or detail
            continue
        if current is None or line.startswith("\t\t"):
            continue
        is_key = detail.startswith(_LONG_KEYS)
        if first_detail and not is_key:
            current.message = detail
        first_detail = False
        if detail.startswith("Description:"):
            current.description = detail.partition(":")[2].strip()
        elif detail.startswith("Location:"):
            current.location = detail.partition(":")[2].strip()
        elif detail.startswith("Alerts:"):
            current.reasons = tuple(r for r in detail.partition(":")[2].split() if r != "none")
    printers = [
        Printer(
            name=b.name,
            description=b.description,
            location=b.location,
            is_default=b.name == default,
            enabled=b.enabled,
            accepting=b.accepting,
            message=b.message or b.refusal,
            reasons=b.reasons,
            busy_with=b.busy_with,
        )
        for b in blocks.values()
    ]
    printers.sort(key=lambda p: not p.is_default)
    return printers


def with_destinations(printers: list[Printer], names: list[str]) -> list[Printer]:
    """Add the destinations `lpstat -e` knows but `-p` does not (printers found on the network,
    which CUPS sets up on first use), assumed ready since nothing is known about them yet."""
    known = {p.name for p in printers}
    return printers + [Printer(name=n) for n in names if n and n not in known]


@dataclass(frozen=True)
class JobLine:
    job_id: str
    status: str = ""  # job-printer-state-message
    reasons: tuple[str, ...] = field(default_factory=tuple)  # job-state-reasons


def parse_jobs(text: str) -> dict[str, JobLine]:
    """Jobs by id from `lpstat -l -o` output."""
    jobs: dict[str, JobLine] = {}
    current: JobLine | None = None
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line.startswith(("\t", " ")):
            current = JobLine(line.split()[0])
            jobs[current.job_id] = current
            continue
        if current is None:
            continue
        key, _, value = line.strip().partition(":")
        if key == "Status":
            current = replace(current, status=value.strip())
        elif key == "Alerts":
            current = replace(current, reasons=tuple(r for r in value.split() if r != "none"))
        jobs[current.job_id] = current
    return jobs
