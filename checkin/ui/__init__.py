"""The Qt layer: windows, panels, dialogs, item models and workers over the core services."""
from checkin.ui.pyside_fixes import guard_against_refcount_leak

# Before any window code runs: PySide6 6.12.0 on Python 3.11 would otherwise abort the interpreter
# after some thousands of Qt calls (see pyside_fixes).
guard_against_refcount_leak()
