"""What others in a server can see: every slash command's reply is ephemeral (/ask's too, by default,
and /help says so); a private /ask keeps a conversation of its own, so nothing asked privately is
context of a public answer in the same channel, nor the reverse; the admin channel gets a desk link
only when an admin URL is configured."""

from __future__ import annotations

import discord.ext.test as dpytest
import pytest
from discord_fakes import ScriptedService

from medassist.bot.conversation import ConversationService
from medassist.bot.discord_bot import ASK_HELP, HELP_TEXT, BotOptions
from medassist.bot.formatting import DISCLAIMER_LINE
from medassist.bot.limits import Access
from medassist.model.assistant import Turn
from medassist.model.runtime import Generation
from medassist.model.safety import check_input

pytestmark = pytest.mark.asyncio

SECRET = "I was diagnosed with HIV, what does my viral load mean?"


async def test_every_command_replies_only_to_the_person_in_a_server(env):
    env.service.access = Access.from_lists(admin_ids=[env.other_member.id])
    run = [("ask", env.member, {"question": "What is gout?"}), ("reset", env.member, {}),
           ("forget", env.member, {}), ("export", env.member, {}), ("help", env.member, {}),
           ("cancel", env.member, {}), ("country", env.member, {"code": "ES"}), ("stats", env.member, {}),
           ("stats", env.other_member, {})]
    assert {name for name, _, _ in run} == {c.name for c in env.bot.tree.get_commands()}  # none left out
    for name, user, options in run:
        await env.command(name, user=user, channel=env.channel, **options)
    posted = env.webhook.posted()
    assert len(posted) == len(run)
    assert [p.ephemeral for p in posted] == [True] * len(run), [p.content[:40] for p in posted]
    assert all(d["data"]["flags"] & 64 for d in env.webhook.deferred)  # /ask's "thinking..." as well
    # The refusals are ephemeral too: someone the access lists turn away, and an empty question.
    env.service.access = Access.from_lists(block_users=[env.member.id])
    await env.command("ask", channel=env.channel, question="What is gout?")
    env.service.access = Access.from_lists()
    await env.command("ask", channel=env.channel, question="   ")
    assert all(p.ephemeral for p in env.webhook.posted())


async def test_help_tells_the_truth_about_asks_default(env):
    await env.command("help", channel=env.channel)
    await env.command("ask", channel=env.channel, question="What is gout?")  # no `private` given
    help_, answer = env.webhook.posted()
    assert answer.ephemeral  # private by default: health questions are personal
    assert ASK_HELP in help_.content and "only you see the answer" in ASK_HELP
    assert "private: False" in ASK_HELP  # ... and how to answer for everyone instead
    await env.command("ask", channel=env.channel, question="What is gout?", private=False)
    assert not env.webhook.posted()[-1].ephemeral
    assert help_.content == f"{HELP_TEXT}\n\n{DISCLAIMER_LINE}"


class RecordingAssistant:
    """Answers every question with one fixed sentence and keeps what the model was given."""

    runtime = retriever = None

    def __init__(self):
        self.inputs: list[tuple[str, list[dict], list[str]]] = []

    def answer(self, question, history=(), settings=None, *, use_retrieval=True, user=None, recent=(), **context):
        self.inputs.append((question, list(history), list(recent)))
        verdict = check_input(question)
        if verdict.action != "ok":
            return Turn(action=verdict.action, category=verdict.category, fixed_reply=verdict.message)
        gen = Generation(prompt_tokens=5, dropped_turns=0, max_new_tokens=16)
        gen._pieces = iter(["Viral load is the amount of virus ", "in the blood."])
        gen.completion_tokens = 2
        return Turn(action="ok", generation=gen)


def model_saw(inputs: tuple[str, list[dict], list[str]]) -> str:
    question, history, recent = inputs
    return " ".join([question, *(m["content"] or "" for m in history), *recent])


async def test_a_private_ask_never_feeds_a_public_answer_and_back(make, store, settings):
    model = RecordingAssistant()
    env = await make(ConversationService(model, store, settings=settings), BotOptions(edit_interval=0.01))
    await env.command("ask", channel=env.channel, question=SECRET)  # private: the default
    await dpytest.message(f"{env.bot.user.mention} What is gout?", channel=env.channel, member=env.member)
    assert "HIV" not in model_saw(model.inputs[1]) and "viral" not in model_saw(model.inputs[1]).lower()
    (public,) = env.recorder.visible(env.channel.id)
    assert "HIV" not in public.content

    await env.command("ask", channel=env.channel, question="And what is a CD4 count?")
    private_context = model_saw(model.inputs[2])
    assert "HIV" in private_context  # the private conversation keeps its own context ...
    assert "gout" not in private_context  # ... and nothing from the channel's public one

    conversations = store.export_user("discord", str(env.member.id))["conversations"]
    by_thread = {c["thread_id"]: c for c in conversations}
    assert set(by_thread) == {None, "private-ask"} and by_thread["private-ask"]["is_private"]
    assert not by_thread[None]["is_private"]

    # /reset starts both over: the next private ask has no context.
    await env.command("reset", channel=env.channel)
    await env.command("ask", channel=env.channel, question="What is a normal platelet count?")
    assert model.inputs[3][1] == []


async def test_a_private_ask_in_a_direct_message_is_the_dm_conversation(make, store, settings):
    model = RecordingAssistant()
    env = await make(ConversationService(model, store, settings=settings), BotOptions(edit_interval=0.01))
    await dpytest.message(SECRET, channel=env.dm, member=env.member)
    await env.command("ask", channel=env.dm, question="And what is a CD4 count?")
    assert "HIV" in model_saw(model.inputs[1])  # a DM is private already: one conversation
    assert len(store.export_user("discord", str(env.member.id))["conversations"]) == 1


@pytest.mark.parametrize("admin_url", ["https://desk.example/", ""])
async def test_admin_channel_link_only_with_an_admin_url(make, admin_url):
    service = ScriptedService("Call your local emergency number now.", kind="emergency",
                              category="chest_pain", conversation_id=42)
    env = await make(service, BotOptions(edit_interval=0.01, admin_url=admin_url))
    env.bot.options.admin_channel_id = env.other_channel.id
    await env.command("ask", channel=env.channel, question="crushing chest pain")
    (note,) = env.recorder.visible(env.other_channel.id)
    assert f"a private /ask in <#{env.channel.id}>, conversation 42." in note.content
    assert "crushing" not in note.content and note.content.endswith(DISCLAIMER_LINE)
    if admin_url:
        assert "https://desk.example/admin/conversations/42" in note.content
    else:
        assert "/admin/" not in note.content and "Review it at" not in note.content
