"""The test-controlled network between a station and PostgreSQL: it forwards, resets and blackholes."""
from __future__ import annotations

import threading

import psycopg
import pytest

from tests.netproxy import Mode, NetProxy

pytestmark = pytest.mark.postgres

# Far longer than anything on loopback takes: a thread still busy after it is hanging, not slow.
HANG_S = 10


def _connect(proxy: NetProxy, server, timeout: int = 5) -> psycopg.Connection:
    return psycopg.connect(host=proxy.host, port=proxy.port, user=server.user, dbname="postgres",
                           connect_timeout=timeout, autocommit=True)


def _in_thread(work) -> tuple[threading.Thread, dict]:
    """Run ``work`` on a thread; its value or exception lands in the returned dict."""
    outcome: dict = {}

    def run():
        try:
            outcome["value"] = work()
        except Exception as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


@pytest.fixture
def proxy(postgres_server):
    with NetProxy("127.0.0.1", postgres_server.port) as proxy:
        yield proxy


def test_a_query_goes_through_the_proxy_to_the_server(proxy, postgres_server):
    with _connect(proxy, postgres_server) as conn:
        (port,) = conn.execute("SELECT current_setting('port')::int").fetchone()
    assert port == postgres_server.port
    assert proxy.port != postgres_server.port
    assert proxy.url(postgres_server.url("x")) == f"postgresql+psycopg://checkin@127.0.0.1:{proxy.port}/x"


def test_after_drop_an_open_connection_and_a_new_one_fail_at_once(proxy, postgres_server):
    conn = _connect(proxy, postgres_server)
    conn.execute("SELECT 1")
    proxy.drop()
    assert proxy.mode is Mode.DROPPED

    thread, outcome = _in_thread(lambda: conn.execute("SELECT 1").fetchone())
    thread.join(HANG_S)
    assert not thread.is_alive(), "a query on a dropped connection hangs instead of failing"
    assert isinstance(outcome.get("error"), psycopg.OperationalError)

    thread, outcome = _in_thread(lambda: _connect(proxy, postgres_server))
    thread.join(HANG_S)
    assert not thread.is_alive(), "connecting through a dropped network hangs instead of failing"
    assert isinstance(outcome.get("error"), psycopg.OperationalError)
    conn.close()


def test_after_pause_a_query_hangs_and_resume_lets_it_finish(proxy, postgres_server):
    conn = _connect(proxy, postgres_server)
    conn.execute("SELECT 1")
    proxy.pause()

    thread, outcome = _in_thread(lambda: conn.execute("SELECT 41 + 1").fetchone())
    thread.join(1.0)
    assert thread.is_alive(), "a query went through a paused network"

    # A new connection is accepted but never answered: the client's own timeout is all that ends it.
    with pytest.raises(psycopg.OperationalError):
        _connect(proxy, postgres_server, timeout=1)

    proxy.resume()
    thread.join(HANG_S)
    assert outcome == {"value": (42,)}, "the query held back by the pause was not delivered on resume"
    conn.close()


def test_after_resume_a_new_connection_works(proxy, postgres_server):
    proxy.drop()
    with pytest.raises(psycopg.OperationalError):
        _connect(proxy, postgres_server)
    proxy.resume()
    with _connect(proxy, postgres_server) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
    assert proxy.mode is Mode.FORWARDING


def test_a_killed_server_behind_the_proxy_is_refused_not_hung(private_postgres_server):
    server = private_postgres_server
    with NetProxy("127.0.0.1", server.port) as proxy:
        conn = _connect(proxy, server)
        server.kill()
        thread, outcome = _in_thread(lambda: conn.execute("SELECT 1"))
        thread.join(HANG_S)
        assert not thread.is_alive() and isinstance(outcome.get("error"), psycopg.OperationalError)
        with pytest.raises(psycopg.OperationalError):
            _connect(proxy, server)
        server.restart()
        with _connect(proxy, server) as again:
            assert again.execute("SELECT 1").fetchone() == (1,)
        conn.close()


def test_terminate_backends_cuts_a_databases_connections(postgres_server, postgres_url):
    from sqlalchemy.engine import make_url

    name = make_url(postgres_url).database
    conn = psycopg.connect(host="127.0.0.1", port=postgres_server.port, user=postgres_server.user, dbname=name, autocommit=True)
    assert postgres_server.connection_count(postgres_url) == 1
    assert postgres_server.terminate_backends(postgres_url) == 1
    with pytest.raises(psycopg.OperationalError):
        conn.execute("SELECT 1")
    conn.close()
