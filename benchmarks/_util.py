"""Helpers the benchmarks share: making the project importable, timing, percentiles, the machine line."""
from __future__ import annotations

import math
import os
import platform
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Sequence, TypeVar

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    # `python benchmarks/run.py` from a fresh clone works without installing the package.
    sys.path.insert(0, str(ROOT))

T = TypeVar("T")


def row(benchmark: str, target: str, result: str, ok: bool | None) -> dict:
    """One line of the results table; ``ok`` None means reported without a target."""
    return {"benchmark": benchmark, "target": target, "result": result, "ok": ok}


def timed(function: Callable[[], T]) -> tuple[T, float]:
    """``function()``'s value and the wall-clock seconds it took."""
    start = time.perf_counter()
    value = function()
    return value, time.perf_counter() - start


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile: the smallest value at or above ``share`` of the values (0 < share ≤ 1)."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def machine_line() -> str:
    """What the figures were measured on, including how busy the machine was when the run began."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    parts = [f"{cpus} CPUs" + (f" ({_cpu_model()})" if _cpu_model() else "")]
    parts.append(f"Python {platform.python_version()}")
    parts.append(f"{platform.system()} {platform.release()}")
    parts.append(datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    if hasattr(os, "getloadavg"):
        parts.append(f"load average {os.getloadavg()[0]:.1f} at start")
    return "Machine: " + ", ".join(parts)
