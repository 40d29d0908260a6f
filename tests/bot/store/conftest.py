"""Store fixtures: a throw-away PostgreSQL server for the session (started as the `postgres` user
when the tests run as root, since PostgreSQL refuses root), a fresh database per test, and
`any_store_url` that runs a test on SQLite and on PostgreSQL."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest


def _pg_bindir() -> Path | None:
    for candidate in (_pg_config_bindir(), _which_dir("initdb")):
        if candidate and (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    return None


def _pg_config_bindir() -> Path | None:
    if not shutil.which("pg_config"):
        return None
    out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True)
    return Path(out.stdout.strip()) if out.returncode == 0 and out.stdout.strip() else None


def _which_dir(name: str) -> Path | None:
    path = shutil.which(name)
    return Path(path).resolve().parent if path else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server():
    """Base URL (no database) of a PostgreSQL server on a free loopback port, for this session."""
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in `pg_config --bindir`")
    as_root = os.geteuid() == 0
    prefix: list[str] = []
    base = Path(tempfile.mkdtemp(prefix="medassist-pg-"))
    if as_root:  # PostgreSQL will not run as root: hand the folder to the postgres system user
        if not shutil.which("runuser"):
            pytest.skip("running as root without `runuser` to start PostgreSQL as the postgres user")
        try:
            shutil.chown(base, "postgres", "postgres")
        except (LookupError, PermissionError) as e:
            pytest.skip(f"running as root and cannot hand a folder to the postgres user: {e}")
        prefix = ["runuser", "-u", "postgres", "--"]
    data, logfile, port = base / "data", base / "server.log", _free_port()
    subprocess.run([*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                    "-E", "UTF8", "--no-sync"], check=True, capture_output=True)
    # fsync off: a test server needs no durability, and the suite stays fast.
    opts = f"-p {port} -h 127.0.0.1 -k {base} -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    started = subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(logfile),
                              "-w", "-t", "60", "start"], capture_output=True, text=True)
    if started.returncode != 0:
        log = logfile.read_text() if logfile.exists() else ""
        raise RuntimeError(f"PostgreSQL did not start: {started.stderr}\n{log}")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


_db_numbers = itertools.count()


@pytest.fixture
def postgres_url(postgres_server):
    """A fresh, empty database on the session's server; dropped afterwards."""
    import psycopg

    name = f"medassist_test_{os.getpid()}_{next(_db_numbers)}"
    plain = postgres_server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"{postgres_server}/{name}"
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'medassist.db'}"


@pytest.fixture(params=["sqlite", "postgres"])
def any_store_url(request):
    """The same test on SQLite and on a real PostgreSQL server."""
    return request.getfixturevalue(f"{request.param}_url")


@pytest.fixture
def any_store(any_store_url):
    from medassist.bot.store import Store

    store = Store.open(any_store_url)
    yield store
    store.close()
