"""The conversation store: per-user history, safety events and the admin audit (SQLAlchemy 2 +
Alembic). SQLite by default, PostgreSQL by URL."""

from medassist.bot.store.engine import URL_ENV, display_url, resolve_url
from medassist.bot.store.store import DEFAULT_RETENTION_DAYS, Store, UserInfo

__all__ = ["DEFAULT_RETENTION_DAYS", "URL_ENV", "Store", "UserInfo", "display_url", "resolve_url"]
