"""The Discord adapter on the real conversation service: the tiny random-weight model, the real
safety layer and a real SQLite store, driven through dpytest and the CommandTree."""

from __future__ import annotations

import json

import discord.ext.test as dpytest
import pytest

from medassist.bot.conversation import ConversationService
from medassist.bot.discord_bot import BotOptions
from medassist.bot.formatting import DISCLAIMER_LINE
from medassist.bot.history import DATA_NOTICE

EMERGENCY = "I have crushing chest pain and I can't breathe right now"


@pytest.mark.asyncio
async def test_real_service_store_and_model_end_to_end(make, assistant, store, settings):
    service = ConversationService(assistant, store, settings=settings)
    env = await make(service, BotOptions(edit_interval=0.01, admin_url="https://desk.example"))
    env.bot.options.admin_channel_id = env.other_channel.id

    await dpytest.message("What is anemia?", channel=env.dm, member=env.member)
    await dpytest.message("How is it treated?", channel=env.dm, member=env.member)
    await dpytest.message(f"{env.bot.user.mention} What is gout?", channel=env.channel, member=env.member)
    first, second = env.recorder.visible(env.dm.id)
    assert first.content.startswith(DATA_NOTICE)            # first contact: told what is stored
    assert DATA_NOTICE not in second.content                 # ... once
    (in_server,) = env.recorder.visible(env.channel.id)

    data = store.export_user("discord", str(env.member.id))
    convs = {c["chat_id"]: c for c in data["conversations"]}
    dm_conv, server_conv = convs[str(env.dm.id)], convs[str(env.channel.id)]
    assert dm_conv["is_private"] and not server_conv["is_private"]
    assert [m["role"] for m in dm_conv["messages"]] == ["user", "assistant", "user", "assistant"]
    assert [m["content"] for m in dm_conv["messages"] if m["role"] == "user"] == \
        ["What is anemia?", "How is it treated?"]
    # What Discord shows is exactly what was stored (the final edit is the full text).
    assert [m["content"] for m in dm_conv["messages"] if m["role"] == "assistant"] == \
        [first.content, second.content]
    assert server_conv["messages"][0]["content"] == "What is gout?"  # the mention stripped
    assert server_conv["messages"][1]["content"] == in_server.content

    # An emergency: the safety reply in the DM, an announcement with the desk link in the admin channel.
    await dpytest.message(EMERGENCY, channel=env.dm, member=env.member)
    emergency = env.recorder.visible(env.dm.id)[-1]
    assert emergency.content.endswith(DISCLAIMER_LINE)
    (note,) = env.recorder.visible(env.other_channel.id)
    assert f"https://desk.example/admin/conversations/{dm_conv['id']}" in note.content and "chest" not in note.content

    # /export then /forget, both ephemeral; afterwards nothing is left.
    await env.command("export", channel=env.dm)
    exported = json.loads(env.webhook.posted()[-1].files["medassist-export.json"])
    assert len(exported["conversations"]) == 2 and exported["safety_events"]
    await env.command("forget", channel=env.dm)
    assert env.webhook.posted()[-1].ephemeral
    assert store.export_user("discord", str(env.member.id))["conversations"] == []
