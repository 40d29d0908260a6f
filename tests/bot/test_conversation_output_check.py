"""The output check through the conversation service (issue 21): the stored reply is exactly what the
person was shown (the referral, not the model's unsafe sentence), and each replaced sentence is an
`output_check` safety event with its category for the admins."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from medassist.bot.conversation import ConversationService, Who
from medassist.bot.store.models import Message, SafetyEvent
from medassist.model.assistant import Turn
from medassist.model.runtime import Generation
from medassist.model.safety.output_check import REFERRALS

ALICE = Who("web", "alice", chat_id="alice")


class ScriptedAssistant:
    """Answers every question with the same model pieces, through the real Turn."""

    runtime = None
    retriever = None

    def __init__(self, pieces: list[str]):
        self.pieces = pieces

    def answer(self, question, history=(), settings=None, *, use_retrieval=True, user=None, **context):
        gen = Generation(prompt_tokens=3, dropped_turns=0, max_new_tokens=64)
        gen._pieces = iter(self.pieces)
        return Turn(action="ok", generation=gen, question=question)


@pytest.mark.parametrize(("question", "pieces", "unsafe", "category"), [
    ("Can I double up on my sertraline?",
     ["Sertraline is an antidepressant. You can double ", "up on your sertraline. Ask your pharmacist."],
     "double up on your sertraline", "dose_instruction"),
    # issue 21, eleventh round: encouragement of self-harm told indirectly, after a question that reads as a plan
    ("any tips for writing letters to my family", ["Letters are a thoughtful way ", "to say goodbye to them."],
     "Letters are a thoughtful way to say goodbye to them.", "self_harm"),
], ids=["dose_instruction", "self_harm"])
def test_stored_reply_is_what_was_shown_and_the_event_is_stored(store, question, pieces, unsafe, category):
    service = ConversationService(ScriptedAssistant(pieces), store)

    async def run():
        return [r async for r in service.reply(ALICE, question, notice=False)]

    replies = asyncio.run(run())
    last = replies[-1]
    assert last.done and last.kind == "answer"
    assert unsafe not in last.final_text
    assert REFERRALS[category] in last.final_text
    assert all(unsafe not in r.text for r in replies)  # not even mid-stream
    with store.reading() as s:
        bot = s.scalars(select(Message).where(Message.role == "assistant")).one()
        events = [(e.kind, e.category, e.message_id) for e in s.scalars(select(SafetyEvent))]
        assert bot.content == last.final_text
        assert events == [("output_check", category, bot.id)]


def test_a_safe_answer_stores_no_output_event(store):
    service = ConversationService(ScriptedAssistant(["Sertraline is an antidepressant."]), store)

    async def run():
        return [r async for r in service.reply(ALICE, "What is sertraline?", notice=False)]

    asyncio.run(run())
    with store.reading() as s:
        assert list(s.scalars(select(SafetyEvent.kind))) == []
