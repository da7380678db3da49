"""Choosing the system's print backend: CUPS on Linux and macOS, QPrinter (Qt) on Windows.

On Linux and macOS no Qt code is loaded at all, so the command line uses it without a window.
"""
from __future__ import annotations

import sys

from checkin.printing.backend import PrintBackend
from checkin.printing.cups import CupsBackend


def system_backend() -> PrintBackend:
    if sys.platform == "win32":
        # Windows has no lp: its printers are reached through Qt's print support.
        from checkin.ui.printing.qprinter import QPrinterBackend

        return QPrinterBackend()
    return CupsBackend()
