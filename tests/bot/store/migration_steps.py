"""Steps the migration tests share: a downgrade inside one transaction, and row counts per table."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Engine, text

from alembic import command
from medassist.bot.store.migrate import alembic_config


def downgrade(engine: Engine, url: str, revision: str) -> None:
    """Alembic's downgrade to `revision` on `engine`'s connection (as the store upgrades)."""
    with engine.begin() as conn:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def row_counts(conn: Connection, tables: Sequence[str]) -> tuple[int, ...]:
    return tuple(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables)
