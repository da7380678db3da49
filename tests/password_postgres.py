"""A PostgreSQL server that asks for passwords (the shared test server trusts everyone), for the wrong-password tests."""
from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.postgres import PostgresServer, _bin_dir

PASSWORD = "s3cret venue/pass"  # a space and a slash: the URL must escape them


class PasswordPostgresServer(PostgresServer):
    """Password checked (SCRAM) on TCP connections; the superuser ``checkin`` has :data:`PASSWORD`."""

    def start(self) -> None:
        if os.geteuid() == 0:
            pg = pwd.getpwnam("postgres")
            os.chown(self.root, pg.pw_uid, pg.pw_gid)
        pwfile = self.root / "pwfile"
        pwfile.write_text(PASSWORD + "\n")
        if os.geteuid() == 0:
            os.chown(pwfile, pg.pw_uid, pg.pw_gid)
        self._run(
            str(self.bindir / "initdb"), "-D", str(self.data), "-U", self.user, "--auth-local=trust",
            "--auth-host=scram-sha-256", f"--pwfile={pwfile}", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"), "-w",
            "-o", f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off", "start",
        )

    def url_without_password(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A fresh database; returns its URL without the password (the tests fill it in)."""
        import uuid

        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.user, password=PASSWORD, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url_without_password(name)


@pytest.fixture(scope="session")
def password_postgres_server():
    bindir = _bin_dir()
    if bindir is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL is not installed, but CI must run the PostgreSQL tests (see .ci/run)")
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
    root = Path(tempfile.mkdtemp(prefix="checkin-pgpw-"))
    server = PasswordPostgresServer(bindir, root)
    try:
        server.start()
    except subprocess.CalledProcessError as exc:
        log = (root / "server.log").read_text() if (root / "server.log").exists() else ""
        pytest.fail(f"could not start PostgreSQL: {exc.stderr}\n{log}")
    yield server
    server.stop()
    shutil.rmtree(root, ignore_errors=True)
