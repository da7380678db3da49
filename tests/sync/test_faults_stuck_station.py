"""A station whose network dies inside a scan's transaction must not hold the door for every other station.

A scan's first statement locks its door's row on the server (so two desks cannot both let the
same person in). If the network goes silent between that lock and the COMMIT (the Wi-Fi blackholes,
the laptop sleeps), the server keeps the transaction open, idle, waiting for a client that will not
speak again. The other stations at that door then wait on the lock, pass their deadline and go
offline: one dead laptop would send every door of the entrance offline, for as long as the server
keeps that transaction. The server must end such a transaction itself (ResilientStation's
connections set idle_in_transaction_session_timeout), so the other doors are back online soon.
"""
from __future__ import annotations

import re
import threading

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from tests.netproxy import NetProxy
from tests.sync.faults import Burst, make_crowd, station, wait_until

pytestmark = pytest.mark.postgres

_SCAN_INSERT = re.compile(r"\s*INSERT INTO scan\b", re.IGNORECASE)
# The other door may be offline for a moment (the server's idle timeout, 5 s); back well before this.
BACK_WITHIN_S = 10.0


def test_a_station_cut_off_inside_a_scan_does_not_keep_the_other_doors_offline(postgres_server, postgres_url, tmp_path):
    crowd = make_crowd(postgres_url, 60)
    with NetProxy("127.0.0.1", postgres_server.port) as proxy:
        stuck = threading.Event()

        def pause_inside_the_scan(conn, cursor, statement, parameters, context, executemany):
            # After the door's lock, before the record and the COMMIT: the lock is held on the server.
            if conn.engine.url.port == proxy.port and _SCAN_INSERT.match(statement) and not stuck.is_set():
                stuck.set()
                proxy.pause()

        cut_off = station(proxy.url(postgres_url), tmp_path / "door1.checkin", "Door 1")
        other = station(postgres_url, tmp_path / "door2.checkin", "Door 2")
        burst = Burst(other, crowd.codes[1:], pace=0.05)
        event.listen(Engine, "before_cursor_execute", pause_inside_the_scan)
        try:
            wait_until(lambda: cut_off.online and other.online, "both stations going online")
            assert cut_off.scan(crowd.codes[0]).record.offline
            assert stuck.is_set(), "the test did not cut the station off inside its scan"
            burst.start()
            burst.wait_for(10)
            wait_until(lambda: other.online and not any(r.offline for r in burst.records[-5:]),
                       "the other door scanning online again", timeout=BACK_WITHIN_S)
        finally:
            event.remove(Engine, "before_cursor_execute", pause_inside_the_scan)
            burst.stop()
            proxy.drop()
            cut_off.close()
            other.close()
