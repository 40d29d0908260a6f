"""One database URL and one way to open it."""

from __future__ import annotations

import os

from sqlalchemy import Engine, create_engine, event

from medassist.paths import data_dir

URL_ENV = "MEDASSIST_DATABASE_URL"


def resolve_url(url: str | None = None) -> str:
    """--database URL, else MEDASSIST_DATABASE_URL, else an SQLite file in the user's data directory."""
    if url:
        return url
    if env := os.environ.get(URL_ENV):
        return env
    path = data_dir() / "medassist.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:
            # WAL: readers never block the writer; busy_timeout: wait for a lock instead of failing.
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=10000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
    return engine
