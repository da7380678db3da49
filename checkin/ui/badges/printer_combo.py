"""A printer picker: the system's printers (read off the GUI thread) and, optionally, "Save as PDF…"."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from checkin.i18n import UserError
from checkin.printing import choices
from checkin.printing.backend import Printer, PrintBackend
from checkin.ui.workers import run_in_pool, unexpected_error_text

SAVE_AS_PDF = ""  # the item data of "Save as PDF…"


class PrinterComboBox(QComboBox):
    """Lists printers once loaded; ``printers_loaded(list)`` or ``problem_found(str)`` tells how it went.

    ``current_printer()`` is a printer name, or None for "Save as PDF…".
    """

    printers_loaded = Signal(list)
    problem_found = Signal(str)

    def __init__(self, backend: PrintBackend, offer_pdf: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self._backend = backend
        self._offer_pdf = offer_pdf
        self._printers: list[Printer] = []
        self._wanted_stock: str | None = None
        self._loaded = False
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self._fill()

    def reload(self) -> None:
        """Ask the system for its printers again (off the GUI thread)."""
        backend = self._backend
        run_in_pool(backend.list_printers, self._on_listed, self._on_list_failed, receiver=self)

    def current_printer(self) -> str | None:
        data = self.currentData()
        return None if data in (None, SAVE_AS_PDF) else data

    def select_for_stock(self, stock_id: str) -> None:
        """Pick the printer this desk last used for ``stock_id``, else the system default."""
        self._wanted_stock = stock_id
        if self._loaded:
            self._select_wanted()

    def _select_wanted(self) -> None:
        remembered = choices.printer_for_stock(self._wanted_stock) if self._wanted_stock else None
        names = [p.name for p in self._printers]
        if remembered in names:
            self.setCurrentIndex(self.findData(remembered))
        elif any(p.is_default for p in self._printers):
            self.setCurrentIndex(self.findData(next(p.name for p in self._printers if p.is_default)))

    def _on_listed(self, printers: list[Printer]) -> None:
        self._printers = printers
        self._loaded = True
        self._fill()
        self._select_wanted()
        self.printers_loaded.emit(printers)

    def _on_list_failed(self, error: BaseException) -> None:
        self._printers = []
        self._loaded = True
        self._fill()
        self.problem_found.emit(str(error) if isinstance(error, UserError) else unexpected_error_text())

    def _fill(self) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        for printer in self._printers:
            text = printer.label
            if printer.is_default:
                text = self.tr("{printer} (default)").format(printer=text)
            if not (printer.enabled and printer.accepting):
                text = self.tr("{printer} — paused").format(printer=text)
            self.addItem(text, printer.name)
        if self._offer_pdf:
            self.addItem(self.tr("Save as PDF…"), SAVE_AS_PDF)
        if not self._loaded:
            self.addItem(self.tr("Looking for printers…"), None)
            self.setCurrentIndex(self.count() - 1)
        elif current is not None and self.findData(current) >= 0:
            self.setCurrentIndex(self.findData(current))
        self.blockSignals(False)
        self.currentIndexChanged.emit(self.currentIndex())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)
