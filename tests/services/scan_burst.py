"""Scans at full speed until killed, writing each scan's id on stdout once scan() has returned (committed).

    python -m tests.services.scan_burst EVENT_FILE

The crash test runs this, kills it mid-burst and looks for every written id in the event file.
Scans cycle through every attendee's badge code and an unknown code, on a two-way station, so the
burst mixes entries, exits, refusals and warnings.
"""
from __future__ import annotations

import sys
from itertools import cycle

from checkin.domain.verdicts import ENTRANCE, DirectionMode
from checkin.services import badges
from checkin.services.event import open_event
from checkin.services.scanning import Station


def main(path: str) -> None:
    db, _event = open_event(path)
    codes = list(badges.ensure_codes(db).values()) + ["not a code"]
    station = Station(db, ENTRANCE, DirectionMode.BOTH, station="Burst", operator="crash test")
    for code in cycle(codes):
        result = station.scan(code)
        sys.stdout.write(result.record.id + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1])
