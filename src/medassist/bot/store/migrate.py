"""Run the store's Alembic migrations from inside the package (works from an installed wheel)."""

from __future__ import annotations

import importlib.util

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from alembic import command
from medassist.bot.store.engine import WRITE_OPTION, database_error, display_url, make_engine, resolve_url
from medassist.errors import MedAssistError


def script_location() -> str:
    """The migrations folder: `alembic/` in a checkout (symlinked into the package), package data in
    a wheel. It has no __init__.py, so it is a namespace package: ask its search path, not files()."""
    spec = importlib.util.find_spec("medassist.migrations")
    if spec is None or not spec.submodule_search_locations:
        raise MedAssistError("the store's migrations (medassist.migrations) are missing from this install")
    return str(list(spec.submodule_search_locations)[0])


# Any fixed number: every medassist process takes the same PostgreSQL advisory lock to migrate.
MIGRATION_LOCK_KEY = 0x6D6564617373  # "medass"


def alembic_config(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", script_location())
    cfg.attributes["url"] = url
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revisions(engine: Engine) -> tuple[str, ...]:
    try:
        with engine.connect() as conn:
            return tuple(MigrationContext.configure(conn).get_current_heads())
    except DBAPIError as e:  # unreachable server, wrong password, not a database file ...
        raise database_error(engine.url.render_as_string(hide_password=False), e) from e


def check_known(engine: Engine, url: str) -> tuple[str, ...]:
    """The database's revisions; a revision this medassist does not know (a newer version made the
    database) is refused: migrating or using it could destroy data the newer schema holds."""
    script = ScriptDirectory.from_config(alembic_config())
    revisions = current_revisions(engine)
    for rev in revisions:
        try:
            known = script.get_revision(rev)
        except CommandError:
            known = None
        if known is None:
            raise MedAssistError(
                f"the database {display_url(url)} is at schema revision {rev!r}, which this version of "
                f"medassist does not know (its newest is {script.get_current_head()!r}): it was made by a "
                "newer medassist. Upgrade medassist, or use another --database.")
    return revisions


def upgrade_engine(engine: Engine, url: str, revision: str = "head") -> None:
    check_known(engine, url)
    cfg = alembic_config(url)
    # One write transaction (BEGIN IMMEDIATE on SQLite): two processes starting at once migrate one
    # after the other instead of both creating the same tables.
    try:
        with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            if conn.dialect.name == "postgresql":  # the same one-at-a-time, by a transaction-scoped lock
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except DBAPIError as e:
        raise database_error(url, e) from e


def upgrade(url: str | None = None, revision: str = "head") -> None:
    url = resolve_url(url)
    engine = make_engine(url)
    try:
        upgrade_engine(engine, url, revision)
    finally:
        engine.dispose()
