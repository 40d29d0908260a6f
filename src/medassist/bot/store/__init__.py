"""The conversation store: per-user history, safety events and the admin audit (SQLAlchemy 2 +
Alembic). SQLite by default, PostgreSQL by URL."""

import logging

# Alembic logs each of its plugins at INFO when it is first imported (and "Context impl" on every
# migration): noise in every medassist command. Set before anything below imports alembic.
logging.getLogger("alembic").setLevel(logging.WARNING)

from medassist.bot.store.engine import URL_ENV, display_url, resolve_url  # noqa: E402
from medassist.bot.store.store import DEFAULT_RETENTION_DAYS, Store, UserInfo  # noqa: E402

__all__ = ["DEFAULT_RETENTION_DAYS", "URL_ENV", "Store", "UserInfo", "display_url", "resolve_url"]
