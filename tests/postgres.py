"""A throwaway PostgreSQL server for the tests: its own cluster on a loopback port, one database per test.

Needs Debian's `postgresql` package (installed by .ci/run). Without it the PostgreSQL tests are
skipped on a developer's machine, but fail in CI (CI=true), so CI can never pass without them.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest


def _bin_dir() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    # initdb and postgres refuse to run as root; Debian's package creates the postgres user.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


class PostgresServer:
    """A cluster of its own in ``root``; the fault tests kill it, start it again and cut its connections.

    ``durable`` keeps fsync on (the benchmarks measure real commits); the tests turn it off for speed.
    """

    def __init__(self, bindir: Path, root: Path, durable: bool = False):
        self.bindir = bindir
        self.root = root
        self.data = root / "data"
        self.port = _free_port()
        self.user = "checkin"
        self.durable = durable

    def _run(self, *cmd: str) -> None:
        subprocess.run(_as_server_user(list(cmd)), check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        """Make the cluster and start it."""
        if os.geteuid() == 0:
            pg = pwd.getpwnam("postgres")
            os.chown(self.root, pg.pw_uid, pg.pw_gid)
        self._run(
            str(self.bindir / "initdb"), "-D", str(self.data), "-U", self.user, "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", *(() if self.durable else ("--no-sync",)),
        )
        self.restart()

    def restart(self) -> None:
        """Start the (made) cluster again, e.g. after ``kill()``; returns once it accepts connections."""
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1"
        if not self.durable:
            options += " -c fsync=off"
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"), "-w",
            "-o", options, "start",
        )

    def kill(self) -> None:
        """Stop the server the hard way (no shutdown checkpoint, every backend gone at once), as a crash would."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def stop(self) -> None:
        subprocess.run(
            _as_server_user([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"]),
            capture_output=True, timeout=60,
        )

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def _admin(self):
        import psycopg

        return psycopg.connect(f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres", autocommit=True)

    def create_database(self) -> str:
        name = "t_" + uuid.uuid4().hex[:12]
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def terminate_backends(self, database_url: str) -> int:
        """Cut every connection to ``database_url``'s database (pg_terminate_backend), as an administrator
        or a server-side idle timeout would; returns how many were cut."""
        from sqlalchemy.engine import make_url

        name = make_url(database_url).database
        with self._admin() as conn:
            rows = conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            ).fetchall()
        return sum(1 for (done,) in rows if done)

    def connection_count(self, database_url: str) -> int:
        """Client connections open on ``database_url``'s database."""
        from sqlalchemy.engine import make_url

        with self._admin() as conn:
            (count,) = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                (make_url(database_url).database,),
            ).fetchone()
        return count


@contextmanager
def throwaway_server(prefix: str = "checkin-pg-", durable: bool = False, parent: Path | None = None) -> Iterator[PostgresServer]:
    """A started server in a temporary folder, stopped and removed afterwards.

    Raises ``LookupError`` when the server binaries are not installed, ``RuntimeError`` (with the
    server's log) when it would not start.
    """
    bindir = _bin_dir()
    if bindir is None:
        raise LookupError("PostgreSQL server binaries not installed (apt-get install postgresql)")
    root = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    server = PostgresServer(bindir, root, durable=durable)
    try:
        try:
            server.start()
        except subprocess.CalledProcessError as exc:
            log = (root / "server.log").read_text() if (root / "server.log").exists() else ""
            raise RuntimeError(f"could not start PostgreSQL: {exc.stderr}\n{log}") from exc
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def _server_fixture(prefix: str):
    if _bin_dir() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL is not installed, but CI must run the PostgreSQL tests (see .ci/run)")
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
    try:
        return throwaway_server(prefix)
    except RuntimeError as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="session")
def postgres_server():
    try:
        with _server_fixture("checkin-pg-") as server:
            yield server
    except RuntimeError as exc:
        pytest.fail(str(exc))


@pytest.fixture
def private_postgres_server():
    """A server of the test's own, for a test that kills it or cuts its connections (the shared one stays up)."""
    try:
        with _server_fixture("checkin-pg-private-") as server:
            yield server
    except RuntimeError as exc:
        pytest.fail(str(exc))


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    return postgres_server.create_database()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:
    """Run a test against an SQLite event file and against a real PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "event.checkin")
    return request.getfixturevalue("postgres_url")
