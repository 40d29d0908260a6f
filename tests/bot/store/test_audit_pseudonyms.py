"""The admin audit forgets a forgotten user too: their id, and the user filter and search terms of
the views that looked for them, become a stable pseudonym, on /forget and on retention (issue 20)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from medassist.bot.store import Store
from medassist.bot.store.models import AdminAudit


def _audit(store: Store) -> list[tuple]:
    with store.reading() as s:
        return [(a.target, a.filters) for a in s.scalars(select(AdminAudit).order_by(AdminAudit.id))]


def _views_of_ann(store: Store) -> None:
    store.audit("alice", "cli", "list", filters={"user": "42", "search": "chest pain"})
    store.audit("alice", "web", "list", filters={"user": "Ann", "since": "2026-11-01"})
    store.audit("alice", "cli", "block", target="telegram:42")
    store.audit("alice", "web", "list", filters={"search": "ann"})  # her name, searched in the text
    store.audit("alice", "cli", "list", filters={"user": "43", "search": "flu"})  # someone else
    store.audit("alice", "cli", "list", filters={"platform": "discord", "user": "42"})  # 42 on Discord


def test_forget_pseudonymises_the_audit(any_store):
    any_store.touch_user("telegram", "42", "Ann")
    _views_of_ann(any_store)
    any_store.forget_user("telegram", "42")
    alias = any_store.pseudonym("telegram", "42")
    assert alias.startswith("forgotten:") and len(alias) == len("forgotten:") + 12
    assert _audit(any_store) == [
        (None, {"user": alias, "search": alias}),
        (None, {"user": alias, "since": "2026-11-01"}),
        (alias, None),
        (None, {"search": alias}),
        (None, {"user": "43", "search": "flu"}),
        (None, {"platform": "discord", "user": "42"}),
    ]
    any_store.audit("alice", "cli", "show", target="telegram:42")  # looked up again after forget
    any_store.forget_user("telegram", "42")  # forgetting someone with no row left still cleans up
    assert _audit(any_store)[-1] == (alias, None)  # the same pseudonym: rows about one person stay linked


def test_retention_pseudonymises_the_users_it_deletes(any_store_url):
    store = Store.open(any_store_url)
    try:
        now = store.clock()
        store.clock = lambda: now - timedelta(days=100)
        old = store.touch_user("telegram", "42", "Ann")
        store.add_message(store.current_conversation(old.id, platform="telegram", chat_id="42"), "user", "q")
        store.clock = lambda: now
        store.touch_user("telegram", "43", "Bob")  # seen today: stays, and so does the audit of him
        _views_of_ann(store)
        store.purge_older_than(90)
        alias = store.pseudonym("telegram", "42")
        audit = _audit(store)
        assert audit[0] == (None, {"user": alias, "search": alias}) and audit[2] == (alias, None)
        assert audit[4] == (None, {"user": "43", "search": "flu"})
    finally:
        store.close()
