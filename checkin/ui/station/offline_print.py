"""Badges printed while the shared database does not answer: read from the replica, journalled there and queued.

The station's walk-ins and the desk's Print badge use it alike (through StationHolder.print_target):
the badge keeps the code the replica has, or gets a first one the server would make the same (see
checkin.sync.offline.offline_badge_codes), and the print is a journal line sent with the rest of
the queue, so the desk's print counts agree once it is back.
"""
from __future__ import annotations

from functools import partial

from checkin.storage.database import Database
from checkin.sync.offline import offline_badge_codes, offline_print
from checkin.ui.badges.print_flow import PrintTarget


def queued_print_target(replica: Database) -> PrintTarget:
    """Read the badges from ``replica`` and journal the print there, queued (see offline_print)."""
    return PrintTarget(replica, partial(offline_print, replica), partial(offline_badge_codes, replica))
