"""Revision 0008 (the faithfulness verdict of each answer on `messages`) keeps every stored row, on
SQLite and PostgreSQL, both ways; old answers carry no verdict, new ones the counts they are given."""

from __future__ import annotations

from migration_steps import downgrade, row_counts
from sqlalchemy import inspect, text

from medassist.bot.store import Store
from medassist.bot.store.engine import make_engine
from medassist.bot.store.migrate import upgrade

FAITH = {"faith_supported", "faith_unsupported", "faith_replaced", "faith_dropped", "faith_abstained"}


def _fill_at_0007(url: str) -> None:
    upgrade(url, "0007")
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO users (platform, platform_user_id, first_seen, last_seen, "
                              "notice_shown) VALUES ('telegram', '42', '2026-11-01', '2026-11-01', true)"))
            conn.execute(text("INSERT INTO conversations (user_id, platform, chat_id, is_private, started_at, "
                              "last_activity_at) VALUES (1, 'telegram', '42', true, '2026-11-01', '2026-11-01')"))
            for role, content in (("user", "kept question"), ("assistant", "kept answer")):
                conn.execute(text("INSERT INTO messages (conversation_id, user_id, role, content, created_at, "
                                  "feeds_model) VALUES (1, 1, :r, :c, '2026-11-01', true)"), {"r": role, "c": content})
            conn.execute(text("INSERT INTO safety_events (kind, message_id, conversation_id, user_id, created_at) "
                              "VALUES ('dosing', 1, 1, 1, '2026-11-01')"))
    finally:
        engine.dispose()


COUNTED = ("users", "conversations", "messages", "safety_events")


def test_0008_keeps_messages_and_adds_null_verdicts_both_ways(any_store_url):
    _fill_at_0007(any_store_url)
    store = Store.open(any_store_url, retention_days=None)  # 0007 -> head
    try:
        assert store.history(1) == [{"role": "user", "content": "kept question"},
                                    {"role": "assistant", "content": "kept answer"}]
        assert FAITH <= {c["name"] for c in inspect(store.engine).get_columns("messages")}
        with store.engine.connect() as conn:
            assert row_counts(conn, COUNTED) == (1, 1, 2, 1)
            old = conn.execute(text("SELECT faith_supported, faith_unsupported, faith_replaced, faith_dropped, "
                                    "faith_abstained FROM messages WHERE id = 2")).one()
            assert tuple(old) == (None,) * 5  # not known before
        mid = store.add_message(1, "assistant", "new answer", faithfulness={
            "supported": 0, "unsupported": 2, "replaced": 0, "dropped": 2, "neutral": 1, "abstained": True})
        with store.engine.connect() as conn:
            new = conn.execute(text("SELECT faith_supported, faith_unsupported, faith_replaced, faith_dropped, "
                                    "faith_abstained FROM messages WHERE id = :i"), {"i": mid}).one()
        assert tuple(new) == (0, 2, 0, 2, True)
    finally:
        store.close()
    engine = make_engine(any_store_url)
    try:
        downgrade(engine, any_store_url, "0007")
        with engine.connect() as conn:
            assert row_counts(conn, COUNTED) == (1, 1, 3, 1)
            assert not FAITH & {c["name"] for c in inspect(conn).get_columns("messages")}
    finally:
        engine.dispose()
