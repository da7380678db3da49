"""Printing through CUPS (Linux, macOS) with its command-line tools: lp, lpstat and cancel.

The tools run in the C locale so their output can be read; what the user sees are our own
translated sentences. A job counts as printed when CUPS lists it as completed, which means the
print system has handed it whole to the printer.
"""
from __future__ import annotations

import logging
import os
import re
import subprocess
import threading
import time
from pathlib import Path

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.printing import lpstat, problems
from checkin.printing.backend import (
    CONTEXT,
    JobOutcome,
    Printer,
    PrintJob,
    cancelled_outcome,
    no_such_printer,
    timed_out_outcome,
)

log = logging.getLogger(__name__)

_REQUEST_ID = re.compile(r"request id is (\S+)")
# How long a device problem (offline, out of labels) may last before the job is given up:
# backends report "connecting" or "offline" for a moment while they reach a network printer.
PROBLEM_GRACE_SECONDS = 5.0


def _m(text: str, **params) -> Message:
    return Message(CONTEXT, text, params)


def _scheduler_down() -> UserError:
    return UserError(
        _m(QT_TRANSLATE_NOOP("Printing", "The print system (CUPS) is not running, so nothing can be printed. Start it (on Linux: sudo systemctl start cups), or save the badges as a PDF."))
    )


class CupsBackend:
    """The PrintBackend for CUPS. ``environ`` adds variables such as CUPS_SERVER for the tools."""

    def __init__(self, environ: dict[str, str] | None = None, poll_seconds: float = 0.2, command_timeout: float = 20.0):
        self._environ = dict(environ or {})
        self._poll = poll_seconds
        self._command_timeout = command_timeout

    # ---- the tools ---------------------------------------------------------------------------

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        env = {**os.environ, **self._environ, "LC_ALL": "C", "LANG": "C", "LANGUAGE": "C"}
        try:
            return subprocess.run(list(args), capture_output=True, text=True, env=env, timeout=self._command_timeout)
        except FileNotFoundError:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP("Printing", "The printing tool “{tool}” is not installed. Install CUPS's command-line tools (Debian/Ubuntu: sudo apt install cups-client cups-bsd), or save the badges as a PDF."),
                    tool=args[0],
                )
            ) from None
        except subprocess.TimeoutExpired:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP("Printing", "The print system did not answer within {seconds} seconds. Check that CUPS is running and the printer is reachable, then retry."),
                    seconds=round(self._command_timeout),
                )
            ) from None

    def scheduler_running(self) -> bool:
        return "scheduler is running" in self._run("lpstat", "-r").stdout

    # ---- printers ----------------------------------------------------------------------------

    def list_printers(self) -> list[Printer]:
        result = self._run("lpstat", "-l", "-p", "-a", "-d")
        if result.returncode != 0:
            if "No destinations added" in result.stderr:
                return lpstat.with_destinations([], self._destinations())
            if not self.scheduler_running():
                raise _scheduler_down()
            raise self._refused(result.stderr)
        return lpstat.with_destinations(lpstat.parse_printers(result.stdout), self._destinations())

    def _destinations(self) -> list[str]:
        return self._run("lpstat", "-e").stdout.split()

    def _printer(self, name: str) -> Printer | None:
        result = self._run("lpstat", "-l", "-p", name, "-a", name)
        if result.returncode == 0:
            found = [p for p in lpstat.parse_printers(result.stdout) if p.name == name]
            if found:
                return found[0]
        if "Invalid destination name" not in result.stderr and not self.scheduler_running():
            raise _scheduler_down()
        # Not a set-up queue: it may still be a network printer CUPS creates on first use.
        return Printer(name=name) if name in self._destinations() else None

    def check_ready(self, printer: str) -> Printer:
        found = self._printer(printer)
        if found is None:
            if not self.scheduler_running():
                raise _scheduler_down()
            raise no_such_printer(printer, [p.name for p in self.list_printers()])
        problem = problems.readiness_problem(found)
        if problem is not None:
            raise UserError(problem)
        return found

    # ---- jobs --------------------------------------------------------------------------------

    def submit(self, pdf: Path, printer: str, media: str, copies: int, title: str) -> PrintJob:
        args = ["lp", "-d", printer, "-t", title or pdf.name]
        if media:
            args += ["-o", f"media={media}"]
        if copies > 1:
            args += ["-n", str(copies)]
        result = self._run(*args, "--", str(pdf))
        match = _REQUEST_ID.search(result.stdout)
        if result.returncode == 0 and match:
            return PrintJob(printer, match[1], title)
        error = result.stderr.strip()
        if "not accepting jobs" in error:
            refusing = self._printer(printer)
            if refusing is None or refusing.accepting:  # it changed since; report what lp said
                refusing = Printer(printer, accepting=False)
            raise UserError(problems.readiness_problem(refusing))
        if "does not exist" in error or "Unable to connect" in error or "not running" in error:
            # lp says "does not exist" for every printer when it cannot reach the scheduler.
            if not self.scheduler_running():
                raise _scheduler_down()
            if "does not exist" in error:
                raise no_such_printer(printer, [p.name for p in self.list_printers()])
        raise self._refused(error)

    def _refused(self, detail: str) -> UserError:
        detail = detail.strip().removeprefix("lp: ").removeprefix("lpstat: ").removeprefix("Error - ")
        return UserError(
            _m(
                QT_TRANSLATE_NOOP("Printing", "The print system refused the job: {detail}. Check the printer in the system's printer settings, then retry."),
                detail=detail or "?",
            )
        )

    def _jobs(self, which: str, printer: str) -> dict[str, lpstat.JobLine]:
        result = self._run("lpstat", "-W", which, "-l", "-o", printer)
        return lpstat.parse_jobs(result.stdout)

    def wait(self, job: PrintJob, timeout: float, cancelled: threading.Event | None = None) -> JobOutcome:
        stalled_since = time.monotonic()
        problem_since: float | None = None
        while True:
            if cancelled is not None and cancelled.is_set():
                self.cancel(job)
                return cancelled_outcome()
            waiting = self._jobs("not-completed", job.printer).get(job.job_id)
            if waiting is None:
                return self._ended(job)
            stuck = problems.job_problem(job.printer, waiting.status, waiting.reasons)
            if stuck is not None:
                self.cancel(job)
                return JobOutcome.failed(stuck)
            printer = self._printer(job.printer) or Printer(job.printer)
            ready = problems.readiness_problem(printer)
            if ready is not None:  # paused: nothing moves until someone resumes the queue
                self.cancel(job)
                return JobOutcome.failed(ready)
            now = time.monotonic()
            device = problems.device_problem(printer)
            if device is None:
                problem_since = None
            elif problem_since is None:
                problem_since = now
            elif now - problem_since >= PROBLEM_GRACE_SECONDS:
                self.cancel(job)
                return JobOutcome.failed(device)
            if printer.busy_with and device is None:
                stalled_since = now
            elif now - stalled_since >= timeout:
                self.cancel(job)
                return timed_out_outcome(printer.label, timeout, waiting.status or printer.message)
            if cancelled is not None:
                cancelled.wait(self._poll)
            else:
                time.sleep(self._poll)

    def _ended(self, job: PrintJob) -> JobOutcome:
        """A job gone from the waiting jobs: printed, unless its reasons say it was cancelled or
        aborted. (lpstat shows no job state, and a job cancelled before it started carries no
        such reason; CUPS without job history keeps no record at all: both count as printed.)"""
        ended = self._jobs("completed", job.printer).get(job.job_id)
        problem = problems.ended_problem(job.printer, ended.status, ended.reasons) if ended else None
        return JobOutcome.failed(problem) if problem else JobOutcome.done()

    def cancel(self, job: PrintJob) -> None:
        result = self._run("cancel", job.job_id)
        if result.returncode != 0:
            # Usually the job had just finished; either way there is nothing left to remove.
            log.info("cancel %s: %s", job.job_id, result.stderr.strip())
