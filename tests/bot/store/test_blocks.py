"""A block outlives what deletes the user: /forget and the retention period (issue 20). Blocks are
kept as a keyed hash of the platform id, never the id itself."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text

from medassist.bot.store import Store


def _blocks_table(store: Store) -> list[tuple]:
    with store.engine.connect() as c:
        return [tuple(r) for r in c.execute(text("SELECT platform, user_hash FROM blocks"))]


def test_forget_does_not_lift_a_block(any_store):
    user = any_store.touch_user("telegram", "42", "Ann")
    conv = any_store.current_conversation(user.id, platform="telegram", chat_id="42")
    any_store.add_message(conv, "user", "hello")
    assert any_store.set_blocked("telegram", "42", True)
    assert any_store.forget_user("telegram", "42")["users"] == 1
    assert any_store.is_blocked("telegram", "42")
    again = any_store.touch_user("telegram", "42")  # what the conversation service reads
    assert again.is_new and again.blocked
    assert not any_store.touch_user("discord", "42").blocked  # the same id elsewhere is someone else
    [(platform, hashed)] = _blocks_table(any_store)
    assert platform == "telegram" and hashed == any_store.user_hash("telegram", "42")
    assert len(hashed) == 64 and set(hashed) <= set("0123456789abcdef")  # a digest, not the id


def test_retention_does_not_lift_a_block(any_store_url):
    store = Store.open(any_store_url)
    try:
        now = store.clock()
        store.clock = lambda: now - timedelta(days=100)
        user = store.touch_user("discord", "7")
        store.add_message(store.current_conversation(user.id, platform="discord", chat_id="7"), "user", "old")
        store.set_blocked("discord", "7", True)
        store.clock = lambda: now
        store.purge_older_than(90)
        with store.engine.connect() as c:
            assert c.execute(text("SELECT count(*) FROM users")).scalar() == 0  # the user row is gone ...
        assert store.touch_user("discord", "7").blocked  # ... the block is not
    finally:
        store.close()


def test_block_anyone_and_unblock(any_store):
    assert any_store.set_blocked("telegram", "never-seen", True)  # before their first message
    assert not any_store.set_blocked("telegram", "never-seen", True)  # already blocked: no change
    assert any_store.touch_user("telegram", "never-seen").blocked
    assert any_store.export_user("telegram", "never-seen")["user"]["blocked"] is True
    assert any_store.set_blocked("telegram", "never-seen", False)
    assert not any_store.set_blocked("telegram", "never-seen", False)
    assert not any_store.touch_user("telegram", "never-seen").blocked
    assert _blocks_table(any_store) == []


def test_the_hash_key_belongs_to_the_database(tmp_path):
    """Two databases hash the same id differently: a precomputed table of ids fits neither."""
    hashes = []
    for name in ("a", "b"):
        with Store.open(f"sqlite:///{tmp_path / name}.db") as store:
            store.set_blocked("telegram", "42", True)
            hashes.append(_blocks_table(store)[0][1])
            assert store.user_hash("telegram", "42") == hashes[-1]
    assert hashes[0] != hashes[1]
