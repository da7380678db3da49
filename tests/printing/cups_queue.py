"""A real CUPS scheduler and a cups-pdf print queue writing into a folder, for the tests and the benchmark.

Needs Debian's `cups`, `cups-client`, `cups-bsd` and `printer-driver-cups-pdf`, and root to add a
queue. A scheduler that is not running is started (`cupsd -f`, no systemd needed) and stopped again
afterwards. cups-pdf reads `/etc/cups/cups-pdf-<NAME>.conf` for a queue whose device is
`cups-pdf:/<NAME>`, so each queue gets its own output folder and the system's cups-pdf.conf stays
untouched. From scratch on Debian, as root::

    apt-get install cups cups-client cups-bsd printer-driver-cups-pdf
    cupsd                                    # or: cupsd -f &   (lpstat -r: "scheduler is running")
    echo "Out /tmp/badges" > /etc/cups/cups-pdf-BadgePDF.conf
    lpadmin -p BadgePDF -E -v cups-pdf:/BadgePDF -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
CUPS_SERVER_ROOT = Path("/etc/cups")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
_ENV = {**os.environ, "LC_ALL": "C"}


class CupsUnavailable(Exception):
    """CUPS cannot be used here; the text says why (for a skip reason or a CI failure)."""


class CupsSetupFailed(Exception):
    """CUPS is installed but a setup step failed."""


def run(*cmd: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(list(cmd), capture_output=True, text=True, env=_ENV, timeout=60)
    if check and result.returncode != 0:
        raise CupsSetupFailed(f"{' '.join(cmd)} failed: {result.stderr.strip()}")
    return result


def scheduler_running() -> bool:
    return "scheduler is running" in run("lpstat", "-r", check=False).stdout


@contextmanager
def running_scheduler() -> Iterator[None]:
    """A running CUPS scheduler: the system's, or one started here until the block ends."""
    missing = [tool for tool in ("cupsd", "lpadmin", "lp", "lpstat") if shutil.which(tool) is None]
    if missing:
        raise CupsUnavailable(
            f"CUPS is not installed (missing {', '.join(missing)}; apt-get install cups cups-client cups-bsd printer-driver-cups-pdf)"
        )
    if scheduler_running():
        yield
        return
    if os.geteuid() != 0:
        raise CupsUnavailable("the CUPS scheduler is not running and only root can start it")
    started = subprocess.Popen(["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 15
        while not scheduler_running():
            if started.poll() is not None or time.monotonic() > deadline:
                raise CupsSetupFailed(f"could not start cupsd: {started.stderr.read().decode(errors='replace') if started.poll() is not None else 'timed out'}")
            time.sleep(0.1)
        yield
    finally:
        started.terminate()
        try:
            started.wait(timeout=30)
        except subprocess.TimeoutExpired:
            started.kill()


@dataclass
class CupsPdfQueue:
    """A cups-pdf queue: ``name`` to print to, ``out_dir`` where the printed PDFs appear."""

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
        self._set_reason("cupsdisable", reason)

    def refuse(self, reason: str) -> None:
        self._set_reason("cupsreject", reason)

    def _set_reason(self, command: str, reason: str) -> None:
        """Run ``command -r reason`` until the reason stays: the backend of a job cancelled just
        before can still clear the printer's message as it exits, after the queue looks idle."""
        deadline = time.monotonic() + 15
        steady = 0
        run(command, "-r", reason, self.name)
        while steady < 3 and time.monotonic() < deadline:
            time.sleep(0.2)
            if reason in run("lpstat", "-l", "-p", self.name, check=False).stdout:
                steady += 1
            else:
                steady = 0
                run(command, "-r", reason, self.name)

    def resume(self) -> None:
        run("cupsaccept", self.name)
        run("cupsenable", self.name)

    def clear(self) -> None:
        """Cancel every job and wait until the printer is idle (a backend still finishing a job
        would otherwise reset the printer's message under the next test)."""
        run("cancel", "-a", self.name, check=False)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            state = run("lpstat", "-p", self.name, check=False).stdout
            if " is idle." in state and not self.waiting_jobs().strip():
                return
            time.sleep(0.1)
        raise CupsSetupFailed(f"{self.name} did not become idle: {state}")

    def waiting_jobs(self) -> str:
        return run("lpstat", "-W", "not-completed", "-o", self.name, check=False).stdout


@contextmanager
def pdf_queue(name: str, description: str) -> Iterator[CupsPdfQueue]:
    """A cups-pdf queue called ``name`` printing into a fresh folder; removed when the block ends."""
    if not CUPS_PDF_BACKEND.exists():
        raise CupsUnavailable("the cups-pdf backend is not installed (apt-get install printer-driver-cups-pdf)")
    if os.geteuid() != 0:
        raise CupsUnavailable("adding a CUPS queue and its cups-pdf configuration needs root")
    out_dir = Path(tempfile.mkdtemp(prefix="checkin-cups-pdf-"))
    out_dir.chmod(0o777)  # cups-pdf writes as the job's owner
    conf = CUPS_SERVER_ROOT / f"cups-pdf-{name}.conf"
    conf.write_text(f"Out {out_dir}\nAnonDirName {out_dir}\nUserUMask 0022\n")
    try:
        run("lpadmin", "-p", name, "-E", "-v", f"cups-pdf:/{name}", "-m", PPD, "-D", description)
        queue = CupsPdfQueue(name, out_dir)
        queue.resume()
        yield queue
    finally:
        run("cancel", "-a", name, check=False)
        run("lpadmin", "-x", name, check=False)
        conf.unlink(missing_ok=True)
        shutil.rmtree(out_dir, ignore_errors=True)
