"""Revision 0007 (insights snapshots, conversations.guild_id) keeps every stored row, on SQLite and
PostgreSQL, both ways: a rebuild of `conversations` would cascade-delete their messages."""

from __future__ import annotations

from migration_steps import downgrade, row_counts
from sqlalchemy import inspect, text

from medassist.bot.store import Store
from medassist.bot.store.engine import make_engine
from medassist.bot.store.migrate import upgrade


def _fill_at_0006(url: str) -> None:
    upgrade(url, "0006")
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            # ids from the database's own sequences (PostgreSQL's would collide with explicit ones later)
            conn.execute(text("INSERT INTO users (platform, platform_user_id, first_seen, last_seen, "
                              "notice_shown) VALUES ('discord', '42', '2026-11-01', '2026-11-01', true)"))
            conn.execute(text("INSERT INTO conversations (user_id, platform, chat_id, is_private, started_at, "
                              "last_activity_at) VALUES (1, 'discord', 'chan-7', false, '2026-11-01', "
                              "'2026-11-01')"))
            conn.execute(text("INSERT INTO messages (conversation_id, user_id, role, content, created_at, "
                              "feeds_model) VALUES (1, 1, 'user', 'kept question', '2026-11-01', true)"))
            conn.execute(text("INSERT INTO message_embeddings (message_id, model, vector, created_at) "
                              "VALUES (1, 'm', :v, '2026-11-01')"), {"v": b"\x00\x3c" * 4})
    finally:
        engine.dispose()


COUNTED = ("users", "conversations", "messages", "message_embeddings")


def test_0007_keeps_conversations_messages_and_vectors_both_ways(any_store_url):
    _fill_at_0006(any_store_url)
    store = Store.open(any_store_url, retention_days=None)  # 0006 -> head
    try:
        assert store.history(1) == [{"role": "user", "content": "kept question"}]
        assert "guild_id" in {c["name"] for c in inspect(store.engine).get_columns("conversations")}
        assert "insights_snapshots" in inspect(store.engine).get_table_names()
        with store.engine.connect() as conn:
            assert row_counts(conn, COUNTED) == (1, 1, 1, 1)
            assert conn.execute(text("SELECT guild_id FROM conversations")).scalar() is None  # not known before
        # a new conversation keeps the server it is in
        cid = store.current_conversation(1, platform="discord", chat_id="chan-8", guild_id="9001", is_private=False)
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT guild_id FROM conversations WHERE id = :i"), {"i": cid}).scalar() == "9001"
    finally:
        store.close()
    engine = make_engine(any_store_url)
    try:
        downgrade(engine, any_store_url, "0006")
        with engine.connect() as conn:
            assert row_counts(conn, COUNTED) == (1, 2, 1, 1)
            assert "guild_id" not in {c["name"] for c in inspect(conn).get_columns("conversations")}
            assert "insights_snapshots" not in inspect(conn).get_table_names()
    finally:
        engine.dispose()


def test_an_insights_snapshot_round_trips(any_store):
    """The kept clustering (JSON) reads back as written on SQLite and PostgreSQL."""
    from datetime import datetime

    from medassist.bot.admin import insights_snapshots as snapshots
    from medassist.bot.admin.insights_period import Period

    period = Period.parse(now=datetime(2026, 12, 3, 15, 30), platform="discord", guild="9001")
    result = {"questions": 3, "people": 2, "topics": [{"id": 1, "name": "Asthma", "central": [7], "change": 0.5}],
              "unanswered": [], "start": period.start.isoformat(), "end": period.end.isoformat()}
    snapshots.save(any_store, period, "m", "3:7", result)
    snapshots.save(any_store, period, "m", "3:7", result)  # recomputed: replaces, does not pile up
    assert snapshots.exact(any_store, period, "m", "3:7")[0] == result
    with any_store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM insights_snapshots")).scalar() == 1
    assert snapshots.exact(any_store, period, "m", "4:8") is None
    assert snapshots.exact(any_store, Period.parse(now=datetime(2026, 12, 3, 15, 30)), "m", "3:7") is None
