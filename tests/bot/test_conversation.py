"""The conversation service on the tiny random model: what is answered, shown and stored."""

from __future__ import annotations

import asyncio
import json
import threading
import time

import pytest

from medassist.bot.conversation import (
    BUSY,
    STILL_ANSWERING,
    ConversationService,
    Reply,
    Who,
)
from medassist.bot.formatting import DISCLAIMER_LINE, with_disclaimer
from medassist.bot.history import DATA_NOTICE, OLDER_DROPPED_NOTE, model_text
from medassist.bot.limits import Access, Limits, RateLimiter
from medassist.errors import MedAssistError
from medassist.model.assistant import Turn
from medassist.model.runtime import Generation
from medassist.model.safety import check_input

EMERGENCY = "I have crushing chest pain and I can't breathe right now"
ALICE = Who("telegram", "1", chat_id="1", display_name="alice")


async def collect(agen) -> list[Reply]:
    return [r async for r in agen]


def ask(service, who, text, **kw) -> list[Reply]:
    return asyncio.run(collect(service.reply(who, text, **kw)))


def stored(store) -> list[dict]:
    """Every stored message, oldest first, as the store's own export shape."""
    from sqlalchemy import select

    from medassist.bot.store.models import Message
    from medassist.bot.store.store import message_dict

    with store.reading() as s:
        return [message_dict(m) for m in s.scalars(select(Message).order_by(Message.id))]


def events(store) -> list[str]:
    from sqlalchemy import select

    from medassist.bot.store.models import SafetyEvent

    with store.reading() as s:
        return list(s.scalars(select(SafetyEvent.kind).order_by(SafetyEvent.id)))


@pytest.fixture
def service(assistant, store, settings):
    return ConversationService(assistant, store, settings=settings)


def test_answer_streams_then_ends_with_disclaimer_and_is_stored_as_shown(service, store, assistant, settings):
    replies = ask(service, ALICE, "What is anemia?")
    *partial, last = replies
    assert partial and all(not r.done and DISCLAIMER_LINE not in r.text for r in partial)
    expected = assistant.answer("What is anemia?", [], settings).text()
    assert last.done and last.kind == "answer" and last.text == expected
    assert last.notice == DATA_NOTICE  # first contact
    assert last.final_text == with_disclaimer(f"{DATA_NOTICE}\n\n{expected}")
    user, bot = stored(store)
    assert (user["role"], user["content"], user["verdict"], user["feeds_model"]) == ("user", "What is anemia?", "ok", True)
    assert bot["content"] == last.final_text and bot["completion_tokens"] >= 1 and bot["latency_ms"] > 0
    assert bot["sources"] and all(u in last.final_text for u in bot["sources"])

    # the next turn sees the model's own words as history (not the notice, sources or disclaimer)
    second = ask(service, ALICE, "How is it treated?")[-1]
    assert second.notice is None and second.final_text.endswith(DISCLAIMER_LINE)
    answer1 = assistant.answer("What is anemia?", [], settings).text(with_sources=False)
    history = [{"role": "user", "content": "What is anemia?"}, {"role": "assistant", "content": answer1}]
    assert model_text(bot["content"]) == answer1
    assert second.text == assistant.answer("How is it treated?", history, settings).text()


def test_emergency_and_refusal_are_stored_but_never_fed_to_the_model(service, store, runtime, monkeypatch):
    seen = []
    real = runtime.stream
    monkeypatch.setattr(runtime, "stream", lambda q, h=(), *a, **k: seen.append(list(h)) or real(q, h, *a, **k))
    emergency = ask(service, ALICE, EMERGENCY)
    assert [r.kind for r in emergency] == ["emergency", "emergency"]
    assert emergency[-1].final_text.endswith(DISCLAIMER_LINE) and check_input(EMERGENCY).message in emergency[-1].final_text
    assert emergency[-1].safety_event
    # the store tells the safety check an emergency is ongoing: the next message gets the message again
    ongoing = ask(service, ALICE, "What is anemia?")[-1]
    assert ongoing.kind == "emergency" and ongoing.final_text.endswith(DISCLAIMER_LINE)
    asyncio.run(service.reset(ALICE))  # a new conversation
    refused = ask(service, ALICE, "   ")[-1]
    assert refused.kind == "refused" and refused.final_text == with_disclaimer(check_input("   ").message)
    assert seen == []  # none reached the model
    ask(service, ALICE, "What is anemia?")
    assert seen == [[]]  # ... nor its history
    assert [(m["verdict"], m["feeds_model"]) for m in stored(store) if m["role"] == "user"] == [
        ("emergency", False), ("emergency", False), ("reject", False), ("ok", True)]
    assert events(store) == ["emergency", "emergency", "rejected_input"]


def test_triage_reads_the_persons_recent_messages(service, runtime, monkeypatch):
    calls = []
    real = service.assistant.answer

    def spy(question, history=(), settings=None, **kw):
        calls.append((question, list(kw["recent"]), kw["emergency_active"]))
        return real(question, history, settings, **kw)

    monkeypatch.setattr(service.assistant, "answer", spy)
    ask(service, ALICE, "What is anemia?")
    ask(service, ALICE, "How is it treated?")
    ask(service, Who("api", "c"), "And now?", history=[{"role": "user", "content": "earlier"},
                                                      {"role": "assistant", "content": "reply"}], notice=False)
    assert calls == [("What is anemia?", [], False), ("How is it treated?", ["What is anemia?"], False),
                     ("And now?", ["earlier"], False)]


class SlowAssistant:
    """A real Turn whose generation yields one piece, then waits for `release` (or a cancel)."""

    def __init__(self):
        self.release = threading.Event()
        self.started = threading.Event()
        self.runtime = None
        self.retriever = None

    def answer(self, question, history=(), settings=None, *, use_retrieval=True, user=None, **context):
        gen = Generation(prompt_tokens=3, dropped_turns=0, max_new_tokens=8)

        def pieces():
            self.started.set()
            yield "First part."
            while not (self.release.is_set() or gen._cancel.is_set()):
                time.sleep(0.01)
            if not gen._cancel.is_set():
                yield " Second part."
            gen.completion_tokens = 2

        gen._pieces = pieces()
        return Turn(action="ok", generation=gen)


def test_one_answer_in_flight_per_person_and_cancel(store):
    slow = SlowAssistant()
    service = ConversationService(slow, store)
    bob = Who("discord", "2", chat_id="c")

    async def scenario():
        first = asyncio.create_task(collect(service.reply(ALICE, "long question")))
        while not slow.started.is_set():
            await asyncio.sleep(0.01)
        second = await collect(service.reply(ALICE, "another"))
        other = asyncio.create_task(collect(service.reply(bob, "bob's question")))  # others are not blocked
        await asyncio.sleep(0.1)
        assert await service.cancel(ALICE) is True
        done = await first
        slow.release.set()
        return second, done, await other

    second, done, other = asyncio.run(scenario())
    assert [(r.kind, r.text) for r in second] == [("busy", STILL_ANSWERING)]
    assert second[0].final_text == with_disclaimer(STILL_ANSWERING)
    assert done[-1].kind == "cancelled" and "Second part" not in done[-1].final_text
    assert done[-1].final_text.startswith(DATA_NOTICE) and done[-1].final_text.endswith(DISCLAIMER_LINE)
    assert other[-1].kind == "answer" and other[-1].text == "First part. Second part."
    assert asyncio.run(service.cancel(ALICE)) is False  # nothing in flight any more
    assert {m["content"] for m in stored(store) if m["role"] == "assistant"} == {
        done[-1].final_text, other[-1].final_text}


def test_global_queue_is_bounded(store):
    slow = SlowAssistant()
    service = ConversationService(slow, store, limits=Limits(max_queue=2))

    async def scenario():
        tasks = [asyncio.create_task(collect(service.reply(Who("web", str(i)), "q"))) for i in range(2)]
        await asyncio.sleep(0.2)
        busy = await collect(service.reply(Who("web", "third"), "q"))
        stats = service.stats()
        slow.release.set()
        return busy, await asyncio.gather(*tasks), stats

    busy, answered, stats = asyncio.run(scenario())
    assert busy[-1].kind == "busy" and busy[-1].text == BUSY.format(n=2)
    assert busy[-1].final_text.endswith(DISCLAIMER_LINE)
    assert [a[-1].kind for a in answered] == ["answer", "answer"]
    assert stats["service"]["in_flight"] == 2


def test_rate_limit_per_person(service, store):
    service_limits = ConversationService(service.assistant, store, settings=service.settings,
                                         limits=Limits(per_user_per_minute=2))
    kinds = [ask(service_limits, ALICE, "What is anemia?")[-1].kind for _ in range(3)]
    assert kinds == ["answer", "answer", "rate_limited"]
    last = ask(service_limits, ALICE, "What is anemia?")[-1]
    assert "limit: 2 a minute" in last.text and last.final_text.endswith(DISCLAIMER_LINE)
    assert ask(service_limits, Who("telegram", "other"), "What is anemia?")[-1].kind == "answer"


def test_rate_limiter_window():
    now = [0.0]
    rl = RateLimiter(2, clock=lambda: now[0])
    assert rl.allow("a") and rl.allow("a") and not rl.allow("a")
    now[0] = 59.9
    assert not rl.allow("a")
    now[0] = 60.0
    assert rl.allow("a")


def test_history_trimmed_to_budget_with_one_note(assistant, settings, runtime, monkeypatch, store):
    service = ConversationService(assistant, store, settings=settings, limits=Limits(history_tokens=60))
    seen = []
    real = runtime.stream
    monkeypatch.setattr(runtime, "stream", lambda q, h=(), *a, **k: seen.append(list(h)) or real(q, h, *a, **k))
    notes = [ask(service, ALICE, f"Question number {i} about anemia and iron?")[-1] for i in range(5)]
    assert all(sum(len(assistant.runtime.tokenizer.encode(m["content"])) + 4 for m in h) <= 60 for h in seen)
    assert all(h == [] or h[0]["role"] == "user" for h in seen)
    told = [n for n in notes if n.notice and OLDER_DROPPED_NOTE in n.notice]
    assert len(told) == 1 and OLDER_DROPPED_NOTE in told[0].final_text
    assert len(seen[-1]) < 8  # something was dropped
    restarted = ConversationService(assistant, store, settings=settings, limits=Limits(history_tokens=60))
    again = ask(restarted, ALICE, "One more question about anemia and iron?")[-1]
    assert again.notice is None  # a restarted service does not tell the person twice


def test_first_contact_notice_once_and_optional(service):
    assert ask(service, ALICE, "What is anemia?")[-1].notice == DATA_NOTICE
    assert ask(service, ALICE, "What is anemia?")[-1].notice is None
    anon = ask(service, Who("api", "x"), "What is anemia?", notice=False)[-1]
    assert anon.notice is None and not anon.final_text.startswith(DATA_NOTICE)


def test_client_history_is_used_when_given(service, assistant, settings):
    history = [{"role": "user", "content": "What is asthma?"}, {"role": "assistant", "content": "A lung disease."}]
    r = ask(service, Who("api", "y"), "How is it treated?", history=history, notice=False)[-1]
    assert r.text == assistant.answer("How is it treated?", history, settings).text()


def test_reset_forget_export(service, store):
    ask(service, ALICE, "What is anemia?")
    first_conv = stored(store)[0]["conversation_id"]
    confirmation = asyncio.run(service.reset(ALICE))
    assert confirmation.endswith(DISCLAIMER_LINE)
    later = ask(service, ALICE, "How is it treated?")[-1]
    assert later.conversation_id != first_conv
    data = json.loads(asyncio.run(service.export(ALICE)))
    assert sum(len(c["messages"]) for c in data["conversations"]) == 4
    gone = asyncio.run(service.forget(ALICE))
    assert gone.endswith(DISCLAIMER_LINE) and "2 conversation(s) and 4 message(s)" in gone
    assert stored(store) == [] and store.stats()["users"] == 0


def test_access_lists_and_blocked_users(service, store):
    service.access = Access.from_lists(allow_users=["1"], block_users=["3"])
    assert ask(service, ALICE, "What is anemia?")[-1].kind == "answer"
    for who in (Who("telegram", "2"), Who("telegram", "3")):
        r = ask(service, who, "What is anemia?")[-1]
        assert r.kind == "not_allowed" and r.final_text.endswith(DISCLAIMER_LINE)
    service.access = Access.from_lists(allow_chats=["group"], block_users=["3"])
    assert ask(service, Who("telegram", "9", chat_id="group"), "What is anemia?")[-1].kind == "answer"
    assert ask(service, Who("telegram", "3", chat_id="group"), "What is anemia?")[-1].kind == "not_allowed"
    assert store.set_blocked("telegram", "9", True)
    assert ask(service, Who("telegram", "9", chat_id="group"), "What is anemia?")[-1].kind == "blocked"


def test_a_failing_model_or_store_gets_a_polite_error(service, store, runtime, monkeypatch):
    def broken(*a, **k):
        raise RuntimeError("model exploded")

    monkeypatch.setattr(runtime.model, "forward", broken)  # the batching engine calls forward
    r = ask(service, ALICE, "What is anemia?")[-1]
    assert r.kind == "error" and r.final_text.endswith(DISCLAIMER_LINE) and "exploded" not in r.final_text
    assert stored(store)[-1]["error"] in ("RuntimeError", "EngineError") and stored(store)[-1]["content"] == r.final_text
    monkeypatch.setattr(store, "touch_user", broken)
    r = ask(service, Who("web", "z"), "What is anemia?")[-1]
    assert r.kind == "error" and r.final_text.endswith(DISCLAIMER_LINE)


def test_reply_blocking_from_a_thread(service):
    replies = list(service.reply_blocking(ALICE, "What is anemia?"))
    assert replies[-1].done and replies[-1].final_text.endswith(DISCLAIMER_LINE)
    assert service.call_blocking(service.reset(ALICE)).endswith(DISCLAIMER_LINE)
    # leaving early stops the answer and frees the person for the next question
    it = service.reply_blocking(ALICE, "What is anemia?")
    next(it)
    it.close()
    deadline = time.monotonic() + 10
    while service.stats()["service"]["in_flight"] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(service.reply_blocking(ALICE, "What is anemia?"))[-1].kind == "answer"
    service.close()


@pytest.mark.parametrize("bad", [dict(per_user_per_minute=0), dict(max_queue=-1), dict(history_tokens=-5),
                                 dict(idle_timeout_s=0), dict(max_queue=True)])
def test_limits_are_validated(bad):
    with pytest.raises(MedAssistError):
        Limits(**bad)


def test_a_full_model_queue_is_a_busy_reply(runtime, retriever, settings, store):
    from medassist.model.assistant import Assistant
    from medassist.model.runtime import ChatRuntime

    small = ChatRuntime(runtime.model, runtime.tokenizer, max_waiting=0)  # one slot, nobody waits
    service = ConversationService(Assistant(small, retriever), store, settings=settings)
    held = small.queue.enter("someone else")
    try:
        r = ask(service, ALICE, "What is anemia?")[-1]
    finally:
        small.queue.leave(held)
    assert r.kind == "busy" and r.retry_after_s >= 1 and "busy" in r.text
    assert r.final_text == with_disclaimer(f"{DATA_NOTICE}\n\n{r.text}")  # the first contact is told even so
    assert stored(store) == []  # nothing was answered, nothing is stored
    later = ask(service, ALICE, "What is anemia?")[-1]
    assert later.kind == "answer" and later.notice is None


def test_without_logged_content_the_turns_are_metadata_only(assistant, settings, tmp_path, runtime, monkeypatch):
    from medassist.bot.store import Store

    quiet = Store.open(f"sqlite:///{tmp_path / 'quiet.db'}", log_content=False)
    try:
        service = ConversationService(assistant, quiet, settings=settings)
        seen = []
        real = runtime.stream
        monkeypatch.setattr(runtime, "stream", lambda q, h=(), *a, **k: seen.append(list(h)) or real(q, h, *a, **k))
        first = ask(service, ALICE, "What is my private rash?")[-1]
        second = ask(service, ALICE, "How is it treated?")[-1]
        assert first.final_text.endswith(DISCLAIMER_LINE) and second.final_text.endswith(DISCLAIMER_LINE)
        rows = stored(quiet)
        assert len(rows) == 4 and all(m["content"] is None for m in rows)  # nothing personal kept
        assert rows[1]["completion_tokens"] >= 1 and rows[1]["latency_ms"] > 0  # the metadata is
        assert seen == [[], []]  # and there is no history to feed back
    finally:
        quiet.close()


def test_an_idle_conversation_is_closed_and_a_new_one_starts(service, store):
    from datetime import timedelta

    first = ask(service, ALICE, "What is anemia?")[-1].conversation_id
    assert ask(service, ALICE, "And iron?")[-1].conversation_id == first
    real_clock = store.clock
    store.clock = lambda: real_clock() + timedelta(seconds=service.limits.idle_timeout_s + 5)
    later = ask(service, ALICE, "What is gout?")[-1]
    assert later.conversation_id != first and later.notice is None  # not a new person, a new conversation


def test_forget_during_an_answer_leaves_nothing_behind(store):
    slow = SlowAssistant()
    service = ConversationService(slow, store)

    async def scenario():
        answering = asyncio.create_task(collect(service.reply(ALICE, "long question")))
        while not slow.started.is_set():
            await asyncio.sleep(0.01)
        confirmation = await service.forget(ALICE)  # stops the answer first, then deletes
        return confirmation, await answering

    confirmation, replies = asyncio.run(scenario())
    assert "Deleted" in confirmation and replies[-1].kind == "cancelled"
    assert stored(store) == [] and store.stats()["users"] == 0  # the cancelled answer wrote nothing after


# --- issue 21: the conversation's emergency state, as the person sees it ---------------------------

def test_an_emergency_on_first_contact_leads_with_the_emergency_text_then_the_data_notice(service):
    replies = ask(service, ALICE, EMERGENCY)
    last = replies[-1]
    assert last.kind == "emergency"
    assert last.final_text.startswith("This may be a medical emergency")
    assert last.final_text.index(DATA_NOTICE) > last.final_text.index("This may be a medical emergency")
    assert last.final_text.endswith(DISCLAIMER_LINE)
    # while it streams, nothing is shown before the emergency text either
    assert all(r.notice is None and r.text.startswith("This may be a medical emergency") for r in replies[:-1])


def test_an_ordinary_first_answer_still_opens_with_the_data_notice(service):
    last = ask(service, ALICE, "What is anemia?")[-1]
    assert last.final_text.startswith(DATA_NOTICE)


def test_a_resolution_ends_the_emergency_and_new_risk_raises_it_again_across_restarts(assistant, store, settings):
    from medassist.model.safety.messages import RESOLVED_LINE

    first = ConversationService(assistant, store, settings=settings)
    assert ask(first, ALICE, "my dad collapsed and he isn't breathing")[-1].kind == "emergency"
    conversation = stored(store)[0]["conversation_id"]
    assert store.emergency_active(conversation)
    # a restarted service reads the state from the store: still an emergency
    assert ask(ConversationService(assistant, store, settings=settings), ALICE, "what now")[-1].kind == "emergency"
    resolved = ask(ConversationService(assistant, store, settings=settings), ALICE,
                   "the paramedics are here with him now")[-1]
    assert resolved.kind == "answer" and RESOLVED_LINE in resolved.final_text
    assert resolved.final_text.endswith(DISCLAIMER_LINE)
    assert not store.emergency_active(conversation)
    later = ConversationService(assistant, store, settings=settings)  # the resolution persists too
    assert ask(later, ALICE, "what should he eat to look after his heart")[-1].kind == "answer"
    again = ask(later, ALICE, "he's collapsed again and isn't breathing")[-1]
    assert again.kind == "emergency" and again.final_text.startswith("This may be a medical emergency")
    assert store.emergency_active(conversation)


def test_the_store_spells_the_resolution_category_as_the_safety_layer_does():
    from medassist.bot.store.store import EMERGENCY_RESOLVED
    from medassist.model.safety.conversation_state import RESOLVED

    assert EMERGENCY_RESOLVED == RESOLVED


def test_the_store_reads_the_emergency_state_from_the_latest_emergency_or_resolution(store):
    from medassist.bot.store.store import EMERGENCY_RESOLVED

    user = store.touch_user("telegram", "77", None)
    conv = store.current_conversation(user.id, platform="telegram", chat_id="77", thread_id=None, is_private=True,
                                      idle_timeout_s=3600)
    store.add_message(conv, "user", "my dad collapsed", verdict="emergency", category="unconscious")
    store.add_message(conv, "user", "what now", verdict="emergency", category="ongoing_emergency")
    assert store.emergency_active(conv)
    store.add_message(conv, "user", "the paramedics are here", verdict="ok", category=EMERGENCY_RESOLVED)
    store.add_message(conv, "user", "what should he eat", verdict="ok", category="ok")
    assert not store.emergency_active(conv)
    store.add_message(conv, "user", "he collapsed again", verdict="emergency", category="unconscious")
    assert store.emergency_active(conv)


def test_hopelessness_is_answered_with_the_crisis_line_and_an_admin_event(service, store):
    from medassist.model.safety.messages import DISTRESS_NOTICE

    final = ask(service, ALICE, "i feel like there's no point anymore")[-1]
    assert final.kind == "answer"
    assert final.category == "distress"
    assert DISTRESS_NOTICE in final.final_text
    assert final.final_text.endswith(DISCLAIMER_LINE)
    assert final.safety_event  # the bots forward a note (never the words) to the admin chat
    assert events(store) == ["distress"]
    # the line is the service's, not the model's: it is not fed back as the model's own words
    assert DISTRESS_NOTICE not in model_text(stored(store)[-1]["content"])
