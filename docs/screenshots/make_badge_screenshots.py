"""Take the screenshots of the badge designer and the batch print dialog on a fresh demo event.

    Xvfb :98 -screen 0 1366x768x24 &  DISPLAY=:98 .venv/bin/python docs/screenshots/make_badge_screenshots.py
    (or QT_QPA_PLATFORM=offscreen; fonts are the same)

Writes badge-designer-<lang>.png and badge-print-<lang>.png next to this script. With CUPS and root,
an office printer queue (cups-pdf) is set up for the print dialog's printer list and removed again.
"""
from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from shots import laptop, save, settle  # noqa: E402  (beside this script; sets up its own user folders)
from checkin.badges.layout import TextElement  # noqa: E402
from checkin.printing.cups import CupsBackend  # noqa: E402
from checkin.services import attendees as attendee_service  # noqa: E402
from checkin.services.demo import create_demo_event  # noqa: E402
from checkin.ui.app import create_application  # noqa: E402
from checkin.ui.badges.batch_print import BatchPrintDialog  # noqa: E402
from checkin.ui.badges.designer import BadgeDesignerDialog  # noqa: E402
from checkin.ui.badges.sample_picker import sample_attendees  # noqa: E402
from checkin.ui.language import LanguageSwitcher  # noqa: E402
from checkin.ui.workers import DatabaseLane  # noqa: E402
from tests.printing.cups_queue import CupsSetupFailed, CupsUnavailable, pdf_queue, running_scheduler  # noqa: E402


@contextlib.contextmanager
def office_printer():
    """An office printer queue for the printer list, when CUPS and root are there."""
    try:
        with running_scheduler(), pdf_queue("Office_Laser", "Office laser, 2nd floor"):
            yield
    except (CupsUnavailable, CupsSetupFailed) as reason:
        print(f"no printer queue for the screenshot: {reason}", file=sys.stderr)
        yield


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=["en", "fr"])
    args = parser.parse_args(argv)
    create_application()
    languages = LanguageSwitcher()  # kept: its translators leave the application when it is collected
    languages.apply(args.lang)
    work = Path(tempfile.mkdtemp(prefix="checkin-badge-shots-"))
    db, _summary = create_demo_event(work / "demo.checkin")
    attendees = attendee_service.list_attendees(db)
    sessions = [s.session for s in attendee_service.list_sessions(db)]
    lane = DatabaseLane()

    designer = BadgeDesignerDialog(lane, db, attendees)
    laptop(designer)
    designer.show()
    settle(lambda: designer.preview.image() is not None and not designer.previewer.busy)
    designer.copy_current("Forum badge, large names")
    settle(lambda: designer.editor.isEnabled() and not designer.previewer.busy)
    greek = dict(sample_attendees(attendees)).get("greek")
    if greek is not None:
        designer.samples.combo.setCurrentIndex(designer.samples.combo.findData(greek.id))
    row = next(i for i, e in enumerate(designer.current_layout().front) if isinstance(e, TextElement) and e.field == "first_name")
    designer.editor.element_list.setCurrentRow(row)
    settle(lambda: not designer.previewer.busy)
    save(designer, f"badge-designer-{args.lang}.png")
    designer.hide()
    designer.deleteLater()

    with office_printer():
        dialog = BatchPrintDialog(lane, db, CupsBackend(), attendees, sessions)
        dialog.show()
        settle(lambda: dialog.badge_count() is not None and dialog.printer_combo.count() > 1)
        dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("Speaker"))
        dialog.unprinted_box.setChecked(True)
        settle(lambda: dialog.badge_count() is not None and dialog.badge_count() < len(attendees))
        save(dialog, f"badge-print-{args.lang}.png")
        dialog.hide()
        dialog.deleteLater()
    settle()
    lane.stop()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
