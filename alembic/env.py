"""Alembic environment for the conversation store (medassist.bot.store).

Run either way — both end here:
* `alembic upgrade head` from the repository root (alembic.ini points at this folder), or
* `medassist db upgrade`, which works from an installed wheel too: this folder ships inside the
  package as `medassist.migrations` (see setup.py).

The URL comes from the caller's Config (`medassist db upgrade --database URL`), else from
MEDASSIST_DATABASE_URL, else the default SQLite file — never from alembic.ini, so no password is
ever written to a file. Batch mode is on so ALTERs work on SQLite (which rebuilds the table).
"""

from __future__ import annotations

from alembic import context
from medassist.bot.store.engine import make_engine, resolve_url
from medassist.bot.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(url=resolve_url(config.attributes.get("url")), target_metadata=target_metadata,
                      literal_binds=True, render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    # A connection handed over by medassist (tests, `db upgrade`) is used as it is; otherwise open one.
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(resolve_url(config.attributes.get("url")))
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
