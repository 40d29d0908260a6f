"""Discord's 429s on the real HTTP path (discord.py's HTTPClient.request, below dpytest's fake):
a 429 with retry_after is waited out by discord.py itself, a 429 it gives up on (Cloudflare's, with
no Via header) by the adapter; either way the final edit lands. Also: no typing permission, still
an answer."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sys
import time
from contextlib import asynccontextmanager

import discord
import discord.ext.test as dpytest
import pytest
from discord_fakes import ScriptedService

import medassist.bot.discord_bot as discord_bot
from medassist.bot.discord_bot import BotOptions, discord_stream
from medassist.bot.formatting import with_disclaimer

pytestmark = pytest.mark.asyncio


class FakeResponse:
    def __init__(self, status: int, body: dict, headers: dict):
        self.status, self.reason = status, "Too Many Requests" if status == 429 else "OK"
        self._body, self.headers = body, {"content-type": "application/json", **headers}

    async def text(self, encoding="utf-8"):
        return json.dumps(self._body)


class FakeSession:
    """Stands in for aiohttp.ClientSession: answers each request with the next scripted response."""

    def __init__(self, responses):
        self.responses, self.requests = list(responses), []

    @asynccontextmanager
    async def _respond(self, method, url, kwargs):
        self.requests.append((time.monotonic(), method, url, json.loads(kwargs.get("data") or "{}")))
        yield self.responses.pop(0)

    def request(self, method, url, **kwargs):
        return self._respond(method, url, kwargs)


def message_payload(channel_id: int, message_id: int, content: str) -> dict:
    return {"id": str(message_id), "channel_id": str(channel_id), "content": content,
            "author": {"id": "1", "username": "MedAssist", "discriminator": "0001", "avatar": None, "bot": True},
            "timestamp": dt.datetime.now(dt.timezone.utc).isoformat(), "edited_timestamp": None, "tts": False,
            "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
            "pinned": False, "type": 0}


async def test_final_edit_survives_429s_on_discord_pys_real_http_path(monkeypatch):
    monkeypatch.setattr(discord_bot, "DEFAULT_RETRY_AFTER_S", 0.05)
    channel_id, message_id = 1111, 2222
    final = with_disclaimer("Gout is a form of arthritis.")
    session = FakeSession([
        # Discord's own rate limit: discord.py sleeps retry_after and retries inside request().
        FakeResponse(429, {"message": "You are being rate limited.", "retry_after": 0.2, "global": False},
                     {"Via": "1.1 google", "X-RateLimit-Remaining": "0", "X-RateLimit-Limit": "5"}),
        # A 429 without Via (Cloudflare): discord.py raises HTTPException; the adapter waits and retries.
        FakeResponse(429, {"message": "rate limited"}, {}),
        FakeResponse(200, message_payload(channel_id, message_id, final), {}),
    ])
    client = discord.Client(intents=discord.Intents.default())
    # What HTTPClient.static_login sets up, with the fake session in place of aiohttp's.
    client.http._HTTPClient__session = session
    client.http._global_over = asyncio.Event()
    client.http._global_over.set()
    client.http.token = "not-a-real-token"
    message = client.get_partial_messageable(channel_id).get_partial_message(message_id)

    async def send(content, previous):  # the first part was already posted: this stream only edits
        raise AssertionError("no new message expected")

    stream = discord_stream(send, interval=0.0)
    stream.messages, stream._shown, stream._changed_at = [message], ["Gout is …"], [0.0]
    t0 = time.monotonic()
    await stream.finish(final)
    assert [r[3].get("content") for r in session.requests] == [final, final, final]
    assert [r[1] for r in session.requests] == ["PATCH"] * 3
    assert session.requests[1][0] - t0 >= 0.2 - 0.02  # retry_after honoured
    assert session.responses == []


async def test_no_typing_permission_still_gets_an_answer(make):
    env = await make(ScriptedService("Gout is a form of arthritis."), BotOptions(edit_interval=0.01))
    real_typing = env.bot.http.send_typing

    async def send_typing(channel_id):
        channel = sys._getframe(1).f_locals.get("channel")  # noqa: F841  (dpytest reads it from here)
        raise discord.Forbidden(discord.ext.test.backend.FakeRequest(403, "Missing Permissions"),
                                {"message": "Missing Permissions", "code": 50013})

    env.bot.http.send_typing = send_typing
    try:
        await dpytest.message(f"{env.bot.user.mention} What is gout?", channel=env.channel, member=env.member)
    finally:
        env.bot.http.send_typing = real_typing
    (sent,) = env.recorder.visible()
    assert sent.content == with_disclaimer("Gout is a form of arthritis.")
    await asyncio.sleep(0)


async def test_a_message_deleted_mid_answer_is_posted_again(make):
    env = await make(ScriptedService("Gout is a form of arthritis.", chunks=3, delay=0.02),
                     BotOptions(edit_interval=0.01))
    real_edit = env.bot.http.edit_message

    async def edit_message(channel_id, message_id, **fields):
        self = sys._getframe(1).f_locals.get("self")  # noqa: F841  (dpytest reads it from here)
        if not fields["params"].payload["content"].startswith("Gout is a form of arthritis."):
            return await real_edit(channel_id, message_id, **fields)
        raise discord.NotFound(discord.ext.test.backend.FakeRequest(404, "Not Found"),
                               {"message": "Unknown Message", "code": 10008})

    env.bot.http.edit_message = edit_message
    await dpytest.message("What is gout?", channel=env.dm, member=env.member)
    sent = env.recorder.sent
    assert len(sent) == 2  # the preview, then the full answer anew when its edit found nothing
    assert sent[-1].content == with_disclaimer("Gout is a form of arthritis.")
    sent[0].deleted = True  # as it was on Discord; the fixture then checks what remains visible
