"""Take the README's screenshots of the desk window on a fresh demo event.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/make_screenshots.py --lang en
    (or QT_QPA_PLATFORM=offscreen; fonts are the same)

Writes start-, desk-, search-, edit-, import-mapping- and import-result-<lang>.png next to this
script; the import shows tests/data/pretix_style_checkin_list.csv unless --import-file says otherwise.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from shots import laptop, save, settle  # beside this script; sets up its own user folders first

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from checkin.services.demo import create_demo_event
from checkin.services.event import new_event
from checkin.ui.app import create_application, create_desk_window
from checkin.ui.language import LanguageSwitcher
from checkin.ui.settings import DeskSettings

HERE = Path(__file__).resolve().parent
SAMPLE_LIST = HERE.parent.parent / "tests" / "data" / "pretix_style_checkin_list.csv"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=["en", "fr"])
    parser.add_argument("--import-file", default=str(SAMPLE_LIST), help="the registration list to import")
    args = parser.parse_args(argv)
    create_application()
    work = Path(tempfile.mkdtemp(prefix="checkin-shots-"))
    event = work / "Security-Democracy-Cities.checkin"
    create_demo_event(event)[0].dispose()
    languages = LanguageSwitcher()
    languages.apply(args.lang)
    settings = DeskSettings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window = create_desk_window(settings, languages)
    laptop(window)
    window.show()
    lang = args.lang

    save(window, f"start-{lang}.png")
    window.open_event(str(event))
    settle(lambda: window.loaded is not None and window.model.search_ready)
    window.desk.select_position(0)
    save(window, f"desk-{lang}.png")

    window.desk.search_edit.setText("zolkievski")
    settle()
    save(window, f"search-{lang}.png")

    dialog = window.edit_attendee(window.current_attendee().id)
    save(dialog, f"edit-{lang}.png")
    dialog.reject()

    # The import on a new, empty event: on the demo every listed person not in the file would be
    # reported missing, which is right but not what this picture is about.
    new_event(work / "Cities-Forum.checkin", "Cities Forum")[0].dispose()
    window.open_event(str(work / "Cities-Forum.checkin"))
    settle(lambda: window.loaded is not None and window.loaded.event.name == "Cities Forum")
    dialog = window.import_registration_list(args.import_file)
    settle(lambda: dialog.mapping_ready)
    save(dialog, f"import-mapping-{lang}.png")
    dialog.start_import()
    settle(lambda: dialog.close_button.isVisible())
    save(dialog, f"import-result-{lang}.png")
    dialog.accept()

    window.close()
    QCoreApplication.processEvents()
    QApplication.instance().quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
