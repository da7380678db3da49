"""Printing on Windows: the badge PDF's pages rendered by QtPdf at 300 dpi and painted onto a QPrinter.

Windows has no `lp`; its printers are reached through Qt's print support. The badge PDF is
rendered page by page (about 80 KB of raster per A6 page, 0.06–0.09 s a page) and handed to the
Windows spooler when the painter ends. The spooler reports no per-job progress to Qt, so a job
counts as printed once the spooler has it.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from checkin.i18n import QT_TRANSLATE_NOOP, Message, UserError
from checkin.printing.backend import CONTEXT, JobOutcome, Printer, PrintJob, no_such_printer

DPI = 300


def _m(text: str, **params) -> Message:
    return Message(CONTEXT, text, params)


def _printer(info: QPrinterInfo) -> Printer:
    broken = info.state() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted)
    return Printer(
        name=info.printerName(),
        description=info.description(),
        location=info.location(),
        is_default=info.isDefault(),
        enabled=not broken,
    )


def open_pdf(pdf: Path) -> QPdfDocument:
    document = QPdfDocument()
    document.load(str(pdf))
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise UserError(
            _m(QT_TRANSLATE_NOOP("Printing", "The badge file {path} could not be read for printing ({error}). Make the badges again, then retry."),
               path=str(pdf), error=document.error().name)
        )
    return document


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Paint every page of ``document`` onto ``printer``, each page as a 300 dpi image filling the sheet.

    The page size comes from the PDF's first page (badge stock: A6, A4, a 62 × 100 mm label…).
    """
    width_pt, height_pt = document.pagePointSize(0).width(), document.pagePointSize(0).height()
    size = QPageSize(QSizeF(min(width_pt, height_pt), max(width_pt, height_pt)), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if width_pt > height_pt else QPageLayout.Orientation.Portrait
    printer.setFullPage(True)
    printer.setResolution(DPI)
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            _m(QT_TRANSLATE_NOOP("Printing", "Could not start printing on {printer}. Check that it is switched on and connected, then retry."),
               printer=printer.printerName() or printer.outputFileName())
        )
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            page = document.pagePointSize(index)
            pixels = QSize(round(page.width() / 72 * DPI), round(page.height() / 72 * DPI))
            image = document.render(index, pixels)
            target = painter.viewport()
            painter.drawImage(QRectF(0, 0, target.width(), target.height()), image)
    finally:
        painter.end()


class QPrinterBackend:
    """The PrintBackend for Windows (works wherever Qt has print support)."""

    def __init__(self):
        # The command line has no window; QPainter and the printer plugins need a GUI application.
        if QGuiApplication.instance() is None:
            self._app = QGuiApplication([])

    def list_printers(self) -> list[Printer]:
        printers = [_printer(info) for info in QPrinterInfo.availablePrinters()]
        return sorted(printers, key=lambda p: not p.is_default)

    def check_ready(self, printer: str) -> Printer:
        info = QPrinterInfo.printerInfo(printer)
        if info.isNull():
            raise no_such_printer(printer, QPrinterInfo.availablePrinterNames())
        found = _printer(info)
        if not found.enabled:
            raise UserError(
                _m(QT_TRANSLATE_NOOP("Printing", "{printer} reports an error. Check the printer and its queue in the system's settings, then retry."),
                   printer=found.label)
            )
        return found

    def submit(self, pdf: Path, printer: str, media: str, copies: int, title: str) -> PrintJob:
        info = QPrinterInfo.printerInfo(printer)
        if info.isNull():
            raise no_such_printer(printer, QPrinterInfo.availablePrinterNames())
        device = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        device.setDocName(title)
        device.setCopyCount(copies)
        document = open_pdf(pdf)
        try:
            paint_pdf(document, device)
        finally:
            document.close()
        return PrintJob(printer, "", title)

    def wait(self, job: PrintJob, timeout: float, cancelled: threading.Event | None = None) -> JobOutcome:
        # The spooler has the whole job once the painter has ended; it cannot be called back.
        return JobOutcome.done()

    def cancel(self, job: PrintJob) -> None:
        """Nothing to remove: Qt gives no handle on a job once the spooler has it."""
