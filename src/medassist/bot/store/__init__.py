"""The conversation store: per-user history, safety events and the admin audit (SQLAlchemy 2 +
Alembic). SQLite by default, PostgreSQL by URL."""
