"""The Windows printing path (QtPdf pages at 300 dpi onto a QPrinter), run here into a PDF-format QPrinter."""
from __future__ import annotations

import subprocess

import pytest
from PySide6.QtPrintSupport import QPrinter

from checkin.services.badges import BadgeSelection, render_badges
from checkin.ui.printing.qprinter import open_pdf, paint_pdf
from tests.badges.people import seed_event
from tests.printing.helpers import attendees_on, page_count


@pytest.mark.parametrize(("layout", "page_size"), [("classic-a6-4up", "595 x 842 pts"), ("label-62-brother-ql", "176 x 283 pts")])
def test_every_page_reaches_the_printer_and_every_qr_code_still_scans(qapp, tmp_path, layout, page_size):
    db, people = seed_event(tmp_path / "forum.checkin")
    chosen = tuple(a.id for a in people[:5])
    source = tmp_path / "badges.pdf"
    rendered = render_badges(db, source, layout, BadgeSelection(ids=chosen))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    document = open_pdf(source)
    paint_pdf(document, printer)
    document.close()
    printed = tmp_path / "printed.pdf"
    assert page_count(printed) == rendered.pages
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True).stdout
    assert page_size in info
    workdir = tmp_path / "raster"
    workdir.mkdir()
    assert sorted(attendees_on(printed, workdir, db)) == sorted(chosen)
    db.dispose()


def test_a_file_that_is_not_a_pdf_is_refused_with_advice(qapp, tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_text("not a pdf")
    with pytest.raises(Exception) as caught:
        open_pdf(broken)
    assert "could not be read for printing" in str(caught.value)
