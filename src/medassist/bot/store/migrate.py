"""Run the store's Alembic migrations from inside the package (works from an installed wheel)."""

from __future__ import annotations

from importlib.resources import files

from alembic.config import Config

from alembic import command


def alembic_config(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(files("medassist.migrations")))
    cfg.attributes["url"] = url
    return cfg


def upgrade(url: str | None = None, revision: str = "head") -> None:
    command.upgrade(alembic_config(url), revision)
