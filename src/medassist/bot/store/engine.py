"""One database URL and one way to open it."""

from __future__ import annotations

import os
import sqlite3
import time

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.pool import StaticPool

from medassist.errors import MedAssistError
from medassist.paths import data_dir, private_dir

URL_ENV = "MEDASSIST_DATABASE_URL"
# Execution option that makes an SQLite transaction take the write lock when it begins.
WRITE_OPTION = "medassist_write"


def resolve_url(url: str | None = None) -> str:
    """--database URL, else MEDASSIST_DATABASE_URL, else an SQLite file in the user's data directory."""
    if url:
        return url
    if env := os.environ.get(URL_ENV):
        return env
    path = private_dir(data_dir()) / "medassist.db"
    # A default file made by an older medassist (0644: readable by everyone, and it holds password
    # hashes and health questions) is medassist's own: make it private. Chosen files are left alone.
    for existing in sqlite_files(str(path)):
        try:
            os.chmod(existing, 0o600)
        except OSError:  # gone meanwhile, or another user's file: opening it reports what matters
            pass
    return f"sqlite:///{path}"


def sqlite_files(database: str) -> list[str]:
    """An SQLite database file and its WAL companions, those of them that exist."""
    return [p for p in (database, database + "-wal", database + "-shm") if os.path.exists(p)]


def create_private_file(database: str) -> None:
    """Create a new SQLite file readable by its owner only (0600) before SQLite opens it: SQLite
    gives the -wal and -shm files it makes later the mode of the database file. An empty file is an
    empty database. Another process creating it first is fine (it does the same)."""
    try:
        fd = os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except OSError:  # a folder, no write permission ...: SQLite's own error says it when it opens
        return
    os.close(fd)


def display_url(url: str) -> str:
    """The URL with any password masked: the only form of it that may be printed or logged."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable database URL>"


def database_error(url: str, e: Exception) -> MedAssistError:
    """A driver error as a one-line message, with the URL masked and its password scrubbed."""
    detail = " ".join(str(getattr(e, "orig", None) or e).split())
    try:
        password = make_url(url).password
    except ArgumentError:
        password = None
    if password:
        detail = detail.replace(str(password), "***")
    return MedAssistError(f"cannot use the database {display_url(url)}: {detail}")


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
        # Parameters stay out of error messages and logs: they are message texts and user ids.
        kwargs: dict = {"hide_parameters": True}
        if parsed.get_backend_name() == "postgresql":
            kwargs["pool_pre_ping"] = True  # a restarted server does not surface as a stale connection
        elif parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:"):
            # One in-memory database shared by every thread (a pool would give each its own, empty one).
            kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
        engine = create_engine(parsed, **kwargs)
    except ArgumentError as e:
        raise MedAssistError(f"not a database URL: {display_url(url)} (expected e.g. sqlite:///path/medassist.db "
                             "or postgresql+psycopg://user:password@host/db)") from e
    except (NoSuchModuleError, ImportError) as e:
        raise MedAssistError(f"no driver for {display_url(url)}: {e}") from e
    if engine.dialect.name == "sqlite":
        if parsed.database not in (None, "", ":memory:") and not parsed.database.startswith("file:"):
            parent = os.path.dirname(os.path.abspath(parsed.database))
            if not os.path.isdir(parent):
                raise MedAssistError(f"the folder for the database does not exist: {parent}")
            create_private_file(parsed.database)
        _sqlite_setup(engine)
    return engine


BUSY_TIMEOUT_MS = 15000


def enable_wal(cur, *, wait_s: float = BUSY_TIMEOUT_MS / 1000, poll_s: float = 0.05) -> None:
    """Switch the file to WAL. Two processes opening a new file at once both hold a read lock and
    both need the exclusive one to switch: SQLite answers one of them "database is locked" at once
    (a deadlock, so busy_timeout does not wait). Retry until the other's switch is done (WAL is a
    property of the file, so the retry finds it set) or the busy timeout has passed."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() >= deadline:
                raise
            time.sleep(poll_s)


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_conn, _record) -> None:
        # We emit BEGIN ourselves (below): pysqlite's own implicit transactions cannot take the write
        # lock up front, and that is what makes concurrent writers fail with "database is locked".
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        # busy_timeout: wait for a lock instead of failing. WAL: readers never block the writer.
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        enable_wal(cur)
        cur.execute("PRAGMA foreign_keys=ON")
        # NORMAL in WAL mode: a commit survives the process being killed (kill -9); only an OS crash
        # or power cut can lose the last commits, never corrupt the file.
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        # A writer takes the lock when it begins (and waits busy_timeout for it); a deferred
        # transaction that upgrades from reading to writing would fail at once instead of waiting.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")
