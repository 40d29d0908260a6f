"""The Discord adapter's message handling, through discord.py and dpytest: when it answers (DMs,
mentions, replies, threads) and when it stays silent (no mention, bots, @everyone), typing, the
throttled edit stream, splitting at 2000 characters, rate limits, access lists, safety events."""

from __future__ import annotations

import asyncio
import sys
from itertools import pairwise

import discord
import discord.ext.test as dpytest
import pytest
from discord.ext.test import backend
from discord_fakes import ScriptedService, make_thread, post

from medassist.bot.discord_bot import BotOptions
from medassist.bot.formatting import DISCLAIMER_LINE, text_length, with_disclaimer
from medassist.bot.limits import Access

pytestmark = pytest.mark.asyncio


def replies(env, kind="reply"):
    return [c for c in env.service.calls if c[0] == kind]


async def test_direct_message_is_answered_in_one_reply(env):
    msg = await dpytest.message("What is gout?", channel=env.dm, member=env.member)
    (_, who, text), = replies(env)
    assert text == "What is gout?"
    assert (who.platform, who.user_id, who.chat_id, who.thread_id, who.is_private) == \
        ("discord", str(env.member.id), str(env.dm.id), None, True)
    sent = env.recorder.visible(env.dm.id)
    assert len(sent) == 1  # streamed by editing one message, not one message per snapshot
    assert sent[0].content == with_disclaimer("Gout is a form of arthritis.")
    assert sent[0].reply_to == msg.id  # a reply to the question
    assert env.dm.id in env.recorder.typing


async def test_in_a_server_only_mentions_are_answered_and_the_mention_is_stripped(env):
    await dpytest.message("What is gout?", channel=env.channel, member=env.member)
    assert replies(env) == [] and env.recorder.visible() == []

    await dpytest.message(f"{env.bot.user.mention} What is gout?", channel=env.channel, member=env.member)
    await dpytest.message(f"<@!{env.bot.user.id}>   and asthma? ", channel=env.channel, member=env.member)
    (_, who, first), (_, _, second) = replies(env)
    assert (first, second) == ("What is gout?", "and asthma?")
    assert (who.chat_id, who.is_private, who.thread_id) == (str(env.channel.id), False, None)
    assert len(env.recorder.visible(env.channel.id)) == 2

    # Someone else mentioned: not for the bot.
    await dpytest.message(f"{env.other_member.mention} what do you think?", channel=env.channel, member=env.member)
    assert len(replies(env)) == 2


async def test_a_reply_to_the_bot_is_answered_a_reply_to_someone_else_is_not(env):
    await dpytest.message(f"{env.bot.user.mention} What is gout?", channel=env.channel, member=env.member)
    bot_msg = env.recorder.visible(env.channel.id)[0].message
    await post("And how is it treated?", env.channel, env.member, reference=bot_msg)
    assert [c[2] for c in replies(env)] == ["What is gout?", "And how is it treated?"]

    human = await post("I have a question", env.channel, env.other_member)
    await post("me too", env.channel, env.member, reference=human)
    assert len(replies(env)) == 2


async def test_a_reply_to_the_bot_that_is_neither_included_nor_cached_is_fetched(env):
    await dpytest.message(f"{env.bot.user.mention} What is gout?", channel=env.channel, member=env.member)
    bot_msg = env.recorder.visible(env.channel.id)[0].message
    state = backend.get_state()
    state._messages.remove(bot_msg)  # gone from discord.py's cache (a restart, an old message)
    await post("More please", env.channel, env.member, reference=bot_msg, resolved=False)
    # The adapter fetched it (dpytest serves GET /channels/{id}/messages/{id}) and saw its own.
    assert [c[2] for c in replies(env)] == ["What is gout?", "More please"]


async def test_bots_and_everyone_pings_never_trigger_an_answer(env):
    state = backend.get_state()
    robot = backend.make_member(backend.make_user("OtherBot", "0003"), env.guild)
    robot._user.bot = True
    await post(f"{env.bot.user.mention} What is gout?", env.channel, robot)
    await post("What is gout?", env.dm, robot)
    # The bot's own message mentioning itself (e.g. quoting a question) must not loop.
    await post(f"{env.bot.user.mention} echo", env.channel, state.user)
    await post("@everyone what is gout?", env.channel, env.member, mention_everyone=True)
    await post("@here anyone?", env.channel, env.member, mention_everyone=True)
    assert replies(env) == [] and env.recorder.visible() == []


async def test_a_thread_keeps_its_own_conversation(env):
    thread = make_thread(env.channel, env.member)
    await post(f"{env.bot.user.mention} What is gout?", thread, env.member)
    await post(f"{env.bot.user.mention} What is gout?", env.channel, env.member)
    (_, in_thread, _), (_, in_channel, _) = replies(env)
    assert (in_thread.chat_id, in_thread.thread_id) == (str(env.channel.id), str(thread.id))
    assert (in_channel.chat_id, in_channel.thread_id) == (str(env.channel.id), None)
    assert in_thread != in_channel  # two keys -> two stored conversations
    assert [s.channel_id for s in env.recorder.visible()] == [thread.id, env.channel.id]


async def test_a_bare_mention_gets_a_hint_not_a_model_call(env):
    await dpytest.message(f"{env.bot.user.mention}", channel=env.channel, member=env.member)
    assert replies(env) == []
    (sent,) = env.recorder.visible()
    assert "/ask" in sent.content


async def test_edits_are_throttled_per_message_and_the_last_one_is_the_full_text(make):
    answer = " ".join(f"word{i}" for i in range(60))
    service = ScriptedService(answer, chunks=30, delay=0.01)
    env = await make(service, BotOptions(edit_interval=0.1))
    await dpytest.message("Tell me everything", channel=env.dm, member=env.member)
    (sent,) = env.recorder.visible()
    assert sent.content == with_disclaimer(answer)
    times = [t for t, _ in sent.edits]
    assert len(times) >= 2  # it did stream
    assert len(times) < 30  # ... but not once per snapshot
    gaps = [b - a for a, b in pairwise(times)]
    assert min(gaps) >= 0.1 - 0.01, gaps
    # While streaming, every version shown carries the disclaimer too.
    assert all(content.endswith(DISCLAIMER_LINE) for _, content in sent.edits)
    assert any(content.startswith("word0") and "…" in content for _, content in sent.edits)


async def test_default_edit_interval_is_about_one_point_two_seconds():
    assert BotOptions().edit_interval == pytest.approx(1.2)


async def test_a_long_answer_is_split_into_messages_within_the_limit(make):
    paragraphs = [" ".join(f"p{p}w{i}" for i in range(120)) for p in range(8)]  # ~5,000 characters
    answer = "\n\n".join(paragraphs)
    env = await make(ScriptedService(answer, chunks=8, delay=0.0), BotOptions(edit_interval=0.01))
    await dpytest.message("Tell me everything", channel=env.dm, member=env.member)
    sent = env.recorder.visible()
    assert len(sent) >= 3
    for s in sent:
        assert text_length(s.content) <= 2000 and s.content.endswith(DISCLAIMER_LINE)
    shown = " ".join(s.content.replace(DISCLAIMER_LINE, " ") for s in sent).split()
    assert shown == answer.split()  # every word, once, in order
    # The parts are a chain of replies: the first to the question, each next to the part before.
    for before, after in pairwise(sent):
        assert after.reply_to == before.message.id


async def test_rate_limited_sends_and_edits_are_waited_out(make, monkeypatch):
    import medassist.bot.discord_bot as discord_bot

    monkeypatch.setattr(discord_bot, "DEFAULT_RETRY_AFTER_S", 0.01)
    env = await make(ScriptedService("Gout is a form of arthritis.", chunks=3, delay=0.02),
                     BotOptions(edit_interval=0.01))
    http = env.bot.http
    real_send, real_edit = http.send_message, http.edit_message
    failures = {"send": [discord.HTTPException(backend.FakeRequest(429, "Too Many Requests"),
                                               {"message": "You are being rate limited.", "code": 0})],
                "edit": [discord.RateLimited(0.02), discord.RateLimited(0.02), discord.RateLimited(0.02),
                         discord.RateLimited(0.02), discord.RateLimited(0.02)]}

    # dpytest's FakeHttp reads `channel` / `self` (the message) from its caller's frame, which is
    # now these wrappers: give them those locals.
    async def send_message(channel_id, *, params):
        channel = sys._getframe(1).f_locals.get("channel")  # noqa: F841
        if failures["send"]:
            raise failures["send"].pop(0)
        return await real_send(channel_id, params=params)

    async def edit_message(channel_id, message_id, **fields):
        self = sys._getframe(1).f_locals.get("self")  # noqa: F841
        if failures["edit"]:
            raise failures["edit"].pop(0)
        return await real_edit(channel_id, message_id, **fields)

    monkeypatch.setattr(http, "send_message", send_message)
    monkeypatch.setattr(http, "edit_message", edit_message)
    await dpytest.message("What is gout?", channel=env.dm, member=env.member)
    assert failures == {"send": [], "edit": []}
    (sent,) = env.recorder.visible()
    assert sent.content == with_disclaimer("Gout is a form of arthritis.")


async def test_access_lists(make):
    service = ScriptedService()
    env = await make(service, BotOptions(edit_interval=0.01))
    env.service.access = Access.from_lists(allow_channels=[env.channel.id],
                                    block_users=[env.other_member.id])
    await dpytest.message(f"{env.bot.user.mention} hi", channel=env.other_channel, member=env.member)
    (refusal,) = env.recorder.visible()
    assert "not open" in refusal.content and service.calls == []
    await dpytest.message(f"{env.bot.user.mention} blocked here", channel=env.channel, member=env.other_member)
    assert len(env.recorder.visible()) == 1 and service.calls == []  # blocked: silence
    await dpytest.message(f"{env.bot.user.mention} What is gout?", channel=env.channel, member=env.member)
    assert [c[2] for c in service.calls] == ["What is gout?"]


async def test_roles_admit_people_in_a_server(make):
    env = await make(ScriptedService(), BotOptions(edit_interval=0.01))
    role = backend.make_role("Patients", env.guild)
    env.service.access = Access.from_lists(allow_roles=[role.id])
    await post(f"{env.bot.user.mention} no role", env.channel, env.member)
    await post(f"{env.bot.user.mention} with role", env.channel, env.member, role_ids=[role.id])
    assert [c[2] for c in env.service.calls] == ["with role"]


async def test_safety_events_are_announced_to_the_admin_channel_without_the_users_words(make):
    service = ScriptedService("Call your local emergency number now.", kind="emergency",
                              category="chest_pain", conversation_id=42)
    env = await make(service, BotOptions(edit_interval=0.01, admin_url="https://desk.example.org/"))
    env.bot.options.admin_channel_id = env.other_channel.id
    await dpytest.message("crushing chest pain, sweating", channel=env.dm, member=env.member)
    (note,) = env.recorder.visible(env.other_channel.id)
    assert "https://desk.example.org/admin/conversations/42" in note.content
    assert "emergency (chest_pain)" in note.content and "a direct message" in note.content
    assert "chest pain, sweating" not in note.content and "crushing" not in note.content
    assert note.content.endswith(DISCLAIMER_LINE)

    # An ordinary answer is not announced; a personal-dose question is.
    env.service.kind, env.service.category = "answer", None
    await dpytest.message("What is gout?", channel=env.dm, member=env.member)
    env.service.category = "dose_request"
    await dpytest.message("How many pills should I take?", channel=env.dm, member=env.member)
    notes = env.recorder.visible(env.other_channel.id)
    assert len(notes) == 2 and "dose_request" in notes[1].content


async def test_a_failing_service_still_gets_a_polite_reply(make):
    class Broken(ScriptedService):
        async def reply(self, who, text):
            raise RuntimeError("boom")
            yield  # an async generator, like the real service's reply

    env = await make(Broken(), BotOptions(edit_interval=0.01))
    await dpytest.message("What is gout?", channel=env.dm, member=env.member)
    (sent,) = env.recorder.visible()
    assert "went wrong" in sent.content


async def test_two_questions_at_once_stream_independently(make):
    env = await make(ScriptedService("An answer of several words here.", chunks=4, delay=0.02),
                     BotOptions(edit_interval=0.01))
    await asyncio.gather(
        dpytest.message("one?", channel=env.dm, member=env.member),
        dpytest.message(f"{env.bot.user.mention} two?", channel=env.channel, member=env.other_member))
    assert sorted(c[2] for c in env.service.calls) == ["one?", "two?"]
    assert all(s.content == with_disclaimer("An answer of several words here.") for s in env.recorder.visible())
