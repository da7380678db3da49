"""A guard against the reference-counting bug of PySide6 6.12.0 that aborts the interpreter.

PySide6 6.12.0 hands back ``None`` from every void Qt call (``label.setText(…)``,
``app.processEvents()``…) and ``True`` from ``Signal.emit()`` without owning a reference, as if
they were immortal, which they only are from Python 3.12 on. On Python 3.11 each such call
lowers the object's reference count by one, and after some thousands of calls the interpreter
aborts with "Fatal Python error: none_dealloc: deallocating None" (or "bool_dealloc" for True).

The guard measures the leak once. Only if it is there, it gives ``None``, ``True`` and ``False``
a reference count no session can exhaust — what Python 3.12 does for every program (PEP 683). With
a fixed PySide6, or on Python 3.12+, it finds no leak and changes nothing.
"""
from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_PROBE_CALLS = 8
_MANY = 1 << 40


class _Probe(QObject):
    ping = Signal()


def pyside_leaks_singletons() -> bool:
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")  # a void call: returns None
        probe.ping.emit()  # returns True
    none_lost = none_before - sys.getrefcount(None)
    true_lost = true_before - sys.getrefcount(True)
    return none_lost >= _PROBE_CALLS or true_lost >= _PROBE_CALLS


def guard_against_refcount_leak() -> bool:
    """Apply the guard if this PySide6 needs it; True when it was applied."""
    if not pyside_leaks_singletons():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _MANY
    return True
