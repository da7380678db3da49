"""A real CUPS print queue for the printing tests: a PDF printer (cups-pdf) writing into a temp folder.

Needs Debian's `cups`, `cups-client`, `cups-bsd` and `printer-driver-cups-pdf` (installed by
.ci/run) and root, to add the queue. A scheduler that is not running is started here (`cupsd -f`,
no systemd needed) and stopped again at the end. Without CUPS the tests are skipped on a
developer's machine but fail in CI (CI=true), so CI can never pass without them.

cups-pdf reads `/etc/cups/cups-pdf-<NAME>.conf` for a queue whose device is `cups-pdf:/<NAME>`,
so the test queue gets its own output folder without touching the system's cups-pdf.conf.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

QUEUE = "BadgePDF"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
CUPS_SERVER_ROOT = Path("/etc/cups")
_ENV = {**os.environ, "LC_ALL": "C"}


def _unavailable(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}, but CI must run the printing tests (see .ci/run)")
    pytest.skip(reason)


def _run(*cmd: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(list(cmd), capture_output=True, text=True, env=_ENV, timeout=60)
    if check and result.returncode != 0:
        pytest.fail(f"{' '.join(cmd)} failed: {result.stderr.strip()}")
    return result


def _scheduler_running() -> bool:
    return "scheduler is running" in _run("lpstat", "-r", check=False).stdout


@dataclass
class CupsPdfPrinter:
    """The test queue: ``name`` to print to, and where cups-pdf puts what CUPS produced."""

    name: str
    out_dir: Path

    def output_for(self, job_id: str, timeout: float = 60) -> Path:
        """The PDF cups-pdf wrote for ``job_id`` ("BadgePDF-12"), once it is complete."""
        number = job_id.rsplit("-", 1)[1]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = sorted(self.out_dir.glob(f"*job_{number}.pdf"))
            if found:
                size = found[0].stat().st_size
                time.sleep(0.2)
                if size and found[0].stat().st_size == size:
                    return found[0]
            time.sleep(0.2)
        raise AssertionError(f"cups-pdf wrote nothing for {job_id} in {timeout} s; folder holds {os.listdir(self.out_dir)}")

    def pause(self, reason: str) -> None:
        _run("cupsdisable", "-r", reason, self.name)

    def refuse(self, reason: str) -> None:
        _run("cupsreject", "-r", reason, self.name)

    def resume(self) -> None:
        _run("cupsaccept", self.name)
        _run("cupsenable", self.name)

    def waiting_jobs(self) -> str:
        return _run("lpstat", "-W", "not-completed", "-o", self.name, check=False).stdout


@pytest.fixture(scope="session")
def cups_scheduler():
    """A running CUPS scheduler: the system's, or one started here for the session."""
    missing = [tool for tool in ("cupsd", "lpadmin", "lp", "lpstat") if shutil.which(tool) is None]
    if missing:
        _unavailable(f"CUPS is not installed (missing {', '.join(missing)}; apt-get install cups cups-client cups-bsd printer-driver-cups-pdf)")
    started = None
    if not _scheduler_running():
        if os.geteuid() != 0:
            _unavailable("the CUPS scheduler is not running and only root can start it")
        started = subprocess.Popen(["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 15
        while not _scheduler_running():
            if started.poll() is not None or time.monotonic() > deadline:
                started.kill()
                pytest.fail(f"could not start cupsd: {started.stderr.read().decode(errors='replace')}")
            time.sleep(0.1)
    yield
    if started is not None:
        started.terminate()
        started.wait(timeout=30)


@pytest.fixture(scope="session")
def cups_pdf_printer(cups_scheduler):
    """The BadgePDF queue, printing into a fresh folder; removed at the end of the session."""
    if not Path("/usr/lib/cups/backend/cups-pdf").exists():
        _unavailable("the cups-pdf backend is not installed (apt-get install printer-driver-cups-pdf)")
    if os.geteuid() != 0:
        _unavailable("adding a CUPS queue and its cups-pdf configuration needs root")
    out_dir = Path(tempfile.mkdtemp(prefix="checkin-cups-pdf-"))
    out_dir.chmod(0o777)  # cups-pdf writes as the job's owner
    conf = CUPS_SERVER_ROOT / f"cups-pdf-{QUEUE}.conf"
    conf.write_text(f"Out {out_dir}\nAnonDirName {out_dir}\nUserUMask 0022\n")
    _run("lpadmin", "-p", QUEUE, "-E", "-v", f"cups-pdf:/{QUEUE}", "-m", PPD, "-D", "Badge PDF printer (tests)")
    _run("cupsaccept", QUEUE)
    _run("cupsenable", QUEUE)
    yield CupsPdfPrinter(QUEUE, out_dir)
    _run("cancel", "-a", QUEUE, check=False)
    _run("lpadmin", "-x", QUEUE, check=False)
    conf.unlink(missing_ok=True)
    shutil.rmtree(out_dir, ignore_errors=True)


@pytest.fixture
def badge_printer(cups_pdf_printer):
    """The test queue, ready and empty before and after each test (tests pause and refuse it)."""
    cups_pdf_printer.resume()
    _run("cancel", "-a", cups_pdf_printer.name, check=False)
    yield cups_pdf_printer
    cups_pdf_printer.resume()
    _run("cancel", "-a", cups_pdf_printer.name, check=False)
