"""Health text never reaches an error message or a log through the SQL parameters (issue 20), and a
NUL byte, which PostgreSQL cannot store, is stripped rather than failing the turn."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from medassist.bot.store.models import Message

SECRET = "my HIV test came back positive"


def _conversation(store) -> tuple[int, int]:
    user = store.touch_user("telegram", "42", "Ann")
    conv = store.current_conversation(user.id, platform="telegram", chat_id="42")
    store.add_message(conv, "user", "What is asthma?")
    store.add_message(conv, "assistant", "A disease of the airways.")
    return user.id, conv


def test_a_failed_insert_shows_no_parameters(postgres_url, caplog):
    from medassist.bot.store import Store

    store = Store.open(postgres_url)
    try:
        user_id, conv = _conversation(store)
        # sqlalchemy.engine at INFO is what `echo` turns on: statements with their parameters.
        caplog.set_level(logging.INFO, logger="sqlalchemy.engine")
        with pytest.raises(DBAPIError) as err:  # PostgreSQL refuses NUL in text
            with store.writing() as s:
                s.add(Message(conversation_id=conv, user_id=user_id, role="user", content=SECRET + "\x00",
                              created_at=store.clock(), feeds_model=True))
        logging.getLogger("medassist.bot.conversation").exception("could not store the question")  # as it does
        assert "NUL" in str(err.value)  # the cause is still told
        assert SECRET not in str(err.value) and SECRET not in caplog.text
        assert store.history(conv) == [{"role": "user", "content": "What is asthma?"},
                                       {"role": "assistant", "content": "A disease of the airways."}]
    finally:
        store.close()


def test_statement_logs_hide_parameters(sqlite_url, caplog):
    from medassist.bot.store import Store

    with Store.open(sqlite_url) as store:
        _, conv = _conversation(store)
        caplog.set_level(logging.INFO, logger="sqlalchemy.engine")
        store.add_message(conv, "user", SECRET)
    assert "INSERT INTO messages" in caplog.text and SECRET not in caplog.text


def test_nul_is_stripped_and_the_conversation_stays_whole(any_store):
    _, conv = _conversation(any_store)
    any_store.add_message(conv, "user", "chest\x00 pain", sources=["https://x.org/\x00a"], error="e\x00")
    assert any_store.history(conv)[-1] == {"role": "user", "content": "chest pain"}
    assert len(any_store.history(conv)) == 3
    with any_store.reading() as s:
        assert s.scalar(select(func.count(Message.id))) == 3
        last = s.scalars(select(Message).order_by(Message.id.desc()).limit(1)).one()
    assert (last.sources, last.error) == (["https://x.org/a"], "e")
    assert any_store.touch_user("telegram", "42", "A\x00nn").id  # a display name with NUL is stored too
