"""Slash commands through discord.py's real CommandTree: an Interaction built from a gateway
payload (as discord.py's own tests do), its responses caught at the webhook adapter, where
discord.py hands them to HTTP."""

from __future__ import annotations

import json

import pytest
from discord_fakes import ScriptedService

from medassist.bot.discord_bot import BotOptions
from medassist.bot.formatting import DISCLAIMER_LINE, with_disclaimer
from medassist.bot.limits import Access

pytestmark = pytest.mark.asyncio


def calls(env, kind):
    return [c for c in env.service.calls if c[0] == kind]


async def test_ask_streams_into_the_deferred_response(make):
    answer = " ".join(f"w{i}" for i in range(40))
    env = await make(ScriptedService(answer, chunks=10, delay=0.01), BotOptions(edit_interval=0.03))
    await env.command("ask", channel=env.channel, question="What is gout?", private=False)
    (_, who, text), = calls(env, "reply")
    assert text == "What is gout?" and who.chat_id == str(env.channel.id) and not who.is_private
    assert len(env.webhook.deferred) == 1  # "MedAssist is thinking..." first: answers take seconds
    (posted,) = env.webhook.posted()
    assert posted.content == with_disclaimer(answer) and not posted.ephemeral  # asked in public
    assert 1 <= len(posted.edits) < 10  # streamed by throttled edits of the one response
    times = [t for t, _ in posted.edits]
    assert all(b - a >= 0.03 - 0.01 for a, b in zip(times, times[1:], strict=False))


async def test_ask_privately_is_ephemeral_and_long_answers_continue_in_followups(make):
    answer = "\n\n".join(" ".join(f"p{p}w{i}" for i in range(100)) for p in range(6))  # ~3,600 chars
    env = await make(ScriptedService(answer, chunks=3), BotOptions(edit_interval=0.01))
    await env.command("ask", channel=env.channel, question="Everything please", private=True)
    posted = env.webhook.posted()
    assert len(posted) >= 2 and all(p.ephemeral for p in posted)
    assert " ".join(p.content.replace(DISCLAIMER_LINE, " ") for p in posted).split() == answer.split()


async def test_forget_and_export_are_ephemeral(env):
    await env.command("forget", channel=env.channel)
    await env.command("export", channel=env.channel)
    forget, export = env.webhook.posted()
    assert forget.ephemeral and "Deleted" in forget.content
    assert export.ephemeral and list(export.files) == ["medassist-export.json"]
    assert json.loads(export.files["medassist-export.json"])["user"] == str(env.member.id)
    assert [c[0] for c in env.service.calls] == ["forget", "export"]


async def test_reset_help_and_cancel(env):
    await env.command("reset")
    await env.command("help")
    await env.command("cancel")
    reset, help_, cancel = env.webhook.posted()
    assert "new conversation" in reset.content
    assert "/forget" in help_.content and "/export" in help_.content
    assert "no answer in progress" in cancel.content
    (_, who, _), = calls(env, "reset")
    assert who.is_private and who.chat_id == str(env.dm.id)


async def test_stats_is_for_admins_only(env):
    await env.command("stats", user=env.member)
    env.service.access = Access.from_lists(admin_ids=[env.other_member.id])
    await env.command("stats", user=env.other_member, channel=env.channel)
    refused, shown = env.webhook.posted()
    assert "Only the bot's admins" in refused.content and "users" not in refused.content
    assert '"users": 3' in shown.content and shown.ephemeral


async def test_blocked_people_can_still_forget_but_not_ask(env):
    env.service.access = Access.from_lists(block_users=[env.member.id])
    await env.command("ask", channel=env.channel, question="What is gout?")
    await env.command("forget", channel=env.channel)
    refused, forgot = env.webhook.posted()
    assert "not open" in refused.content and refused.ephemeral
    assert calls(env, "reply") == [] and len(calls(env, "forget")) == 1 and "Deleted" in forgot.content


async def test_commands_sync_to_one_guild_or_globally(env, monkeypatch):
    synced = []

    async def sync(*, guild=None):
        synced.append(guild.id if guild else None)
        return []

    monkeypatch.setattr(env.bot.tree, "sync", sync)
    env.bot.options.guild_id = env.guild.id
    await env.bot.setup_hook()
    assert {c.name for c in env.bot.tree.get_commands(guild=env.guild)} >= \
        {"ask", "reset", "forget", "export", "help", "cancel", "stats"}
    env.bot.options.guild_id = None
    await env.bot.setup_hook()
    assert synced == [env.guild.id, None]


async def test_invite_link_asks_for_the_scopes_and_permissions_the_bot_uses():
    import discord

    from medassist.bot.discord_bot import invite_url

    url = invite_url(123)
    assert "client_id=123" in url and "scope=bot+applications.commands" in url
    perms = discord.Permissions(int(url.rsplit("permissions=", 1)[1]))
    assert perms.send_messages and perms.read_message_history and perms.send_messages_in_threads
    assert perms.attach_files and perms.view_channel and not perms.administrator and not perms.mention_everyone
