"""Limits a client cannot dodge: a per-client rate limit whatever `user` says, a rate limiter whose
memory stays bounded, a body-size limit enforced before parsing, and client history trimmed to the
same token budget as stored history."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from medassist.bot.conversation import ConversationService
from medassist.bot.limits import Limits, RateLimiter
from medassist.bot.store.models import Message
from medassist.bot.web import api_keys

URL = "/v1/chat/completions"


def body(content: str = "What is anemia?", **extra) -> dict:
    return {"messages": [{"role": "user", "content": content}], "retrieval": False, **extra}


def app_with(assistant, settings, store, **kwargs):
    from medassist.bot.web.server import build_app

    limits = kwargs.pop("limits", Limits())
    service = ConversationService(assistant, store, settings=settings, limits=limits)
    return build_app(assistant, defaults=settings, ui=False, store=store, service=service, **kwargs)


def stored_messages(store) -> int:
    with store.reading() as s:
        return s.scalar(select(func.count(Message.id)))


def test_rotating_or_leaving_out_user_does_not_get_around_the_rate_limit(assistant, settings, store):
    app = app_with(assistant, settings, store, limits=Limits(per_user_per_minute=10, per_client_per_minute=3))
    with TestClient(app) as c:
        for i in range(3):  # a new `user` each time: the per-person limit never triggers
            assert c.post(URL, json=body(user=f"rotating-{i}")).status_code == 200
        r = c.post(URL, json=body(user="rotating-new"))
        assert r.status_code == 429 and r.headers["Retry-After"] == "60"
        assert r.json()["error"]["code"] == "rate_limited" and "limit: 3 a minute" in r.json()["error"]["message"]
        assert c.post(URL, json=body()).status_code == 429  # no `user` at all: the same client, the same limit


def test_the_rate_limit_counts_per_api_key(assistant, settings, store):
    key_a, _ = api_keys.issue(store, "a")
    key_b, _ = api_keys.issue(store, "b")
    app = app_with(assistant, settings, store, limits=Limits(per_client_per_minute=2))
    with TestClient(app) as c:
        a = {"Authorization": f"Bearer {key_a}"}
        b = {"Authorization": f"Bearer {key_b}"}
        assert [c.post(URL, json=body(), headers=a).status_code for _ in range(3)] == [200, 200, 429]
        assert c.post(URL, json=body(), headers=b).status_code == 200  # another client has its own allowance


def test_rate_limiter_memory_is_bounded():
    now = [0.0]
    rl = RateLimiter(2, clock=lambda: now[0], max_keys=500)
    for i in range(400):
        assert rl.allow(f"rotating-{i}")
    assert len(rl) == 400
    now[0] += 30
    assert rl.allow("late")
    assert len(rl) == 401  # nobody's window has ended yet: nothing may be dropped
    now[0] += 30.5
    assert rl.allow("later")
    assert len(rl) == 2  # the 400 idle keys are gone; "late" (30.5 s ago) still counts
    assert rl.allow("late") and not rl.allow("late")  # ... and its window was kept whole
    for i in range(2000):  # a flood of fresh keys within one window: capped, least recently seen first
        rl.allow(f"flood-{i}")
    assert len(rl) == 500


def test_rate_limiter_keeps_a_busy_key_that_was_seen_recently():
    now = [0.0]
    rl = RateLimiter(2, clock=lambda: now[0])
    assert rl.allow("a") and rl.allow("a") and not rl.allow("a")
    now[0] += 59
    assert not rl.allow("a")
    now[0] += 1.5  # the first two are a minute old
    assert rl.allow("a")


def test_a_body_over_the_limit_is_413_before_it_is_parsed_or_stored(assistant, settings, store, monkeypatch):
    from medassist.bot.web import api

    parsed = []
    real = api.split_conversation
    monkeypatch.setattr(api, "split_conversation", lambda m: parsed.append(m) or real(m))
    with TestClient(app_with(assistant, settings, store)) as c:
        huge = body("x" * (5 * 1024 * 1024))
        r = c.post(URL, json=huge)
        assert r.status_code == 413 and r.json()["error"]["code"] == "request_too_large"
        assert "65536 bytes" in r.json()["error"]["message"]

        def chunks():  # no Content-Length: counted while it arrives
            for _ in range(100):
                yield b" " * 1024

        r = c.post(URL, content=chunks(), headers={"content-type": "application/json"})
        assert r.status_code == 413
        assert parsed == [] and stored_messages(store) == 0
        assert c.post(URL, json=body(metadata="m" * 60_000)).status_code == 200  # under the limit: answered
    with TestClient(app_with(assistant, settings, store, max_body_bytes=2048)) as c:  # configurable
        assert c.post(URL, json=body(metadata="m" * 3000)).status_code == 413
        assert c.post(URL, json=body()).status_code == 200


def test_client_history_is_trimmed_to_the_history_budget(assistant, settings, store):
    from medassist.bot.formatting import with_disclaimer
    from medassist.bot.history import trim_to_budget

    turns = []
    for i in range(100):
        turns += [{"role": "user", "content": f"Question number {i} about my health?"},
                  {"role": "assistant", "content": f"Answer number {i}."}]
    question = "What is gout?"
    budget = 200
    count = lambda text: len(assistant.runtime.tokenizer.encode(text, add_special_tokens=False))  # noqa: E731
    kept, dropped = trim_to_budget(turns, budget, count)
    assert kept == turns[-len(kept):] and 0 < len(kept) < len(turns) and dropped == len(turns) - len(kept)
    with TestClient(app_with(assistant, settings, store, limits=Limits(history_tokens=budget))) as c:
        r = c.post(URL, json={"messages": [*turns, {"role": "user", "content": question}], "retrieval": False})
        untrimmed = assistant.answer(question, turns, settings, use_retrieval=False)
        trimmed = assistant.answer(question, kept, settings, use_retrieval=False)
        expected = with_disclaimer(trimmed.text())
        untrimmed.text()
    assert r.status_code == 200
    # exactly the newest turns within the budget reached the model, as stored history would
    assert r.json()["usage"]["prompt_tokens"] == trimmed.generation.prompt_tokens
    assert r.json()["choices"][0]["message"]["content"] == expected
    assert untrimmed.generation.prompt_tokens > 3 * trimmed.generation.prompt_tokens  # what it cost before


@pytest.mark.parametrize("limit", [0, -1])
def test_body_limit_must_be_positive(limit):
    from medassist.bot.web.body_limit import BodyLimit

    with pytest.raises(ValueError):
        BodyLimit(None, max_bytes=limit)
