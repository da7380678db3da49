"""A stand-in for the desk window in the event-file tests: holds an event open as the window does
and obeys one command a line on stdin, answering on stdout.

    python -m tests.storage.hold_window EVENT_FILE

    dialog      show the window's file dialog on the event's folder until it has listed it, then close it
    touch       read the event file's first bytes with plain Python (a foreign opener we cannot prevent)
    scan N      scan N badges; each acknowledged scan prints "ACK <scan id>", a refused one "REFUSED"
    quit        close the event as the window does, and exit
"""
from __future__ import annotations

import os
import sys
from itertools import cycle

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog  # noqa: E402

from checkin.domain.verdicts import ENTRANCE, DirectionMode  # noqa: E402
from checkin.services import badges  # noqa: E402
from checkin.services.event import open_event  # noqa: E402
from checkin.services.scanning import Station  # noqa: E402
from checkin.storage.event_file import EventFileHoldLost  # noqa: E402
from checkin.ui import file_dialogs  # noqa: E402


def show_dialog(folder: str) -> None:
    """The Open dialog as File › Import shows it, left open until its model has listed the folder."""
    dialog = file_dialogs._safe_dialog(None, "Import", folder, "All files (*)") or QFileDialog(None, "Import", folder)
    dialog.show()
    loop = QEventLoop()
    QTimer.singleShot(1500, loop.quit)  # the file-info gatherer fetches icons and types meanwhile
    loop.exec()
    dialog.close()


def main(path: str) -> None:
    app = QApplication([])
    db, _event = open_event(path)
    codes = cycle(list(badges.ensure_codes(db).values()))
    station = Station(db, ENTRANCE, DirectionMode.BOTH, station="Hold test", operator="test")
    print("READY", flush=True)
    for line in sys.stdin:
        command, *rest = line.split()
        if command == "dialog":
            show_dialog(os.path.dirname(path))
        elif command == "touch":
            with open(path, "rb") as file:
                file.read(100)
        elif command == "scan":
            for _ in range(int(rest[0])):
                try:
                    print("ACK", station.scan(next(codes)).record.id, flush=True)
                except EventFileHoldLost:
                    print("REFUSED", flush=True)
        elif command == "quit":
            db.dispose()
            print("BYE", flush=True)
            break
        print("DONE", flush=True)
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1])
