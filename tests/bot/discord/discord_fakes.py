"""Test doubles for the Discord adapter: a scripted conversation service (real `Reply` snapshots), a
recorder of everything the bot sends through dpytest's fake HTTP client, and a fake webhook adapter
that answers discord.py's interaction (slash command) requests the way Discord does."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import discord
import discord.ext.test as dpytest
from discord.ext.test import backend, callbacks, factories
from discord.webhook.async_ import AsyncWebhookAdapter

from medassist.bot.conversation import Reply, Who
from medassist.bot.formatting import with_disclaimer
from medassist.bot.limits import Access


# ---- the service ------------------------------------------------------------------------------
class ScriptedService:
    """Answers every message with `answer`, streamed in `chunks` snapshots `delay` seconds apart."""

    def __init__(self, answer: str = "Gout is a form of arthritis.", *, chunks: int = 3, delay: float = 0.0,
                 kind: str = "answer", category: str | None = None, conversation_id: int = 7):
        self.answer, self.chunks, self.delay = answer, chunks, delay
        self.kind, self.category, self.conversation_id = kind, category, conversation_id
        self.calls: list[tuple[str, Who, str | None]] = []
        self.access = Access()  # what the adapter asks before it answers (the real service's own)

    async def reply(self, who: Who, text: str):
        self.calls.append(("reply", who, text))
        words = self.answer.split(" ")
        for i in range(1, self.chunks + 1):
            await asyncio.sleep(self.delay)
            yield Reply(" ".join(words[: max(1, len(words) * i // self.chunks)]), kind=self.kind,
                        conversation_id=self.conversation_id, category=self.category)
        yield Reply(self.answer, done=True, final_text=with_disclaimer(self.answer), kind=self.kind,
                    conversation_id=self.conversation_id, category=self.category)

    async def reset(self, who: Who) -> str:
        self.calls.append(("reset", who, None))
        return with_disclaimer("Started a new conversation.")

    async def forget(self, who: Who) -> str:
        self.calls.append(("forget", who, None))
        return with_disclaimer("Deleted: 1 conversation(s) and 2 message(s).")

    async def export(self, who: Who) -> bytes:
        self.calls.append(("export", who, None))
        return json.dumps({"user": who.user_id, "conversations": []}).encode()

    async def cancel(self, who: Who) -> bool:
        self.calls.append(("cancel", who, None))
        return False

    async def set_country(self, who: Who, code: str) -> str:
        self.calls.append(("country", who, code))
        return with_disclaimer(f"Saved: your country is {code}.")

    def stats(self) -> dict:
        return {"service": {"in_flight": 0}, "store": {"users": 3}}


# ---- what the bot sent through dpytest --------------------------------------------------------
@dataclass
class Sent:
    message: discord.Message
    content: str                      # the latest content (after every edit)
    channel_id: int
    edits: list[tuple[float, str]] = field(default_factory=list)  # (monotonic time, content)
    deleted: bool = False
    reply_to: int | None = None       # the message it replies to (dpytest drops message_reference)


class Recorder:
    """Every message the bot sends in channels/DMs, with the content of each edit; typing calls."""

    def __init__(self):
        self.sent: list[Sent] = []
        self.by_id: dict[int, Sent] = {}
        self.typing: list[int] = []
        self.errors: list[BaseException] = []
        self._reference: int | None = None

    def install(self, http) -> None:
        from discord.ext.test import runner

        real_send = http.send_message

        async def send_message(channel_id, *, params):
            # FakeHttp reads `channel` from its caller's frame: this wrapper is that caller now.
            channel = sys._getframe(1).f_locals.get("channel")  # noqa: F841
            ref = (params.payload or {}).get("message_reference") or {}
            self._reference = int(ref["message_id"]) if ref.get("message_id") else None
            return await real_send(channel_id, params=params)

        http.send_message = send_message

        async def on_send(message):
            try:
                s = Sent(message, message.content, message.channel.id, reply_to=self._reference)
                self.sent.append(s)
                self.by_id[message.id] = s
            except BaseException as e:  # dpytest swallows callback errors: keep them for the test
                self.errors.append(e)
            await runner._message_callback(message)

        async def on_edit(channel, message, fields):
            try:
                payload = fields["params"].payload or {}
                s = self.by_id[message.id]
                if "content" in payload:
                    s.content = payload["content"]
                    s.edits.append((time.monotonic(), payload["content"]))
            except BaseException as e:
                self.errors.append(e)

        async def on_typing(channel):
            self.typing.append(channel.id)

        async def on_delete(channel, message, reason=None):
            if message.id in self.by_id:
                self.by_id[message.id].deleted = True

        callbacks.set_callback(on_send, "send_message")
        callbacks.set_callback(on_edit, "edit_message")
        callbacks.set_callback(on_typing, "send_typing")
        callbacks.set_callback(on_delete, "delete_message")

    def visible(self, channel_id: int | None = None) -> list[Sent]:
        return [s for s in self.sent if not s.deleted and (channel_id is None or s.channel_id == channel_id)]


# ---- incoming messages dpytest's `message()` cannot make ---------------------------------------
async def post(content: str, channel: Any, author: Any, *, reference: discord.Message | None = None,
               mention_everyone: bool = False, role_ids: list[int] | None = None,
               mention_roles: list[int] | None = None, resolved: bool = True) -> discord.Message:
    """A message from `author` in `channel` as Discord's gateway would deliver it (replies,
    @everyone, roles, threads), parsed and dispatched by discord.py itself."""
    guild = getattr(channel, "guild", None)
    data = factories.make_message_dict(channel, author, content=content,
                                       mentions=backend.find_user_mentions(content, guild))
    if guild is not None:
        data["guild_id"] = guild.id
        user = author._user if isinstance(author, discord.Member) else author
        data["member"] = {"user": factories.dict_from_user(user), "roles": [str(r) for r in role_ids or []],
                          "joined_at": dt.datetime.now(dt.timezone.utc).isoformat(), "deaf": False,
                          "mute": False, "flags": 0}
    data["mention_everyone"] = mention_everyone
    data["mention_roles"] = [str(r) for r in mention_roles or []]
    if reference is not None:
        data["type"] = discord.MessageType.reply.value
        data["message_reference"] = {"message_id": reference.id, "channel_id": reference.channel.id,
                                     "guild_id": guild.id if guild else None}
        if resolved:  # Discord includes the message replied to, except when it cannot
            ref = factories.dict_from_message(reference)
            ref["channel_id"] = reference.channel.id
            ref.setdefault("timestamp", dt.datetime.now(dt.timezone.utc).isoformat())
            data["referenced_message"] = ref
    state = backend.get_state()
    state.parse_message_create(data)
    await dpytest.run_all_events()
    return state._get_message(data["id"])


def make_thread(channel: discord.TextChannel, owner: discord.abc.User, name: str = "a thread") -> discord.Thread:
    """A public thread under `channel` (dpytest has no thread factory)."""
    now = dt.datetime.now(dt.timezone.utc).isoformat()
    data = {"id": factories.make_id(), "guild_id": channel.guild.id, "parent_id": channel.id,
            "owner_id": owner.id, "name": name, "type": discord.ChannelType.public_thread.value,
            "message_count": 0, "member_count": 1, "rate_limit_per_user": 0,
            "thread_metadata": {"archived": False, "auto_archive_duration": 60, "archive_timestamp": now,
                                "locked": False}}
    thread = discord.Thread(guild=channel.guild, state=backend.get_state(), data=data)
    channel.guild._add_thread(thread)
    return thread


# ---- slash commands ---------------------------------------------------------------------------
@dataclass
class Posted:
    """One message an interaction produced (its response, an edit of it, or a follow-up)."""

    id: int
    content: str
    ephemeral: bool
    files: dict[str, bytes] = field(default_factory=dict)
    edits: list[tuple[float, str]] = field(default_factory=list)


class FakeWebhookAdapter(AsyncWebhookAdapter):
    """discord.py sends every interaction response, edit and follow-up through this adapter's
    `request`: record them and answer with the payloads Discord would return."""

    def __init__(self, bot_user: discord.ClientUser, channel_id: int):
        super().__init__()
        self.bot_user, self.channel_id = bot_user, channel_id
        self.requests: list[tuple[str, str, dict]] = []
        self.messages: dict[Any, Posted] = {}   # (token, "@original") or a follow-up's id -> Posted
        self.deferred: list[dict] = []
        self.fail: list[BaseException] = []     # raised (once each) by the next requests

    def _message(self, posted: Posted) -> dict:
        return {"id": str(posted.id), "channel_id": str(self.channel_id), "content": posted.content,
                "author": {"id": str(self.bot_user.id), "username": self.bot_user.name, "discriminator": "0001",
                           "avatar": None, "bot": True},
                "timestamp": dt.datetime.now(dt.timezone.utc).isoformat(), "edited_timestamp": None,
                "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [],
                "attachments": [], "embeds": [], "pinned": False, "type": 0,
                "flags": 64 if posted.ephemeral else 0}

    async def request(self, route, session, *, payload=None, multipart=None, files=None, **kwargs):
        if self.fail:
            raise self.fail.pop(0)
        if multipart:
            payload = json.loads(next(p["value"] for p in multipart if p["name"] == "payload_json"))
        payload = payload or {}
        self.requests.append((route.method, route.path, payload))
        got = {f.filename: (f.fp.seek(0), f.fp.read())[1] for f in files or ()}
        path = route.path
        if path.startswith("/interactions/"):
            data = payload.get("data") or {}
            ephemeral = bool(data.get("flags", 0) & 64)
            interaction = {"id": str(route.webhook_id), "type": 2, "response_message_ephemeral": ephemeral,
                           "response_message_loading": payload["type"] == 5}
            if payload["type"] == 5:  # deferred ("thinking...")
                self.deferred.append(payload)
                self.messages[(route.webhook_token, "@original")] = Posted(factories.make_id(), "", ephemeral)
                return {"interaction": interaction}
            posted = Posted(factories.make_id(), data.get("content") or "", ephemeral, got)
            self.messages[(route.webhook_token, "@original")] = posted
            interaction["response_message_id"] = str(posted.id)
            return {"interaction": interaction, "resource": {"type": payload["type"], "message": self._message(posted)}}
        if route.method == "PATCH":
            key = ((route.webhook_token, "@original") if path.endswith("@original")
                   else int(route.url.rsplit("/", 1)[1]))
            posted = self.messages[key]
            if "content" in payload:
                posted.content = payload["content"] or ""
                posted.edits.append((time.monotonic(), posted.content))
            posted.files.update(got)
            return self._message(posted)
        if route.method == "POST":  # a follow-up message
            posted = Posted(factories.make_id(), payload.get("content") or "", bool(payload.get("flags", 0) & 64), got)
            self.messages[posted.id] = posted
            return self._message(posted)
        if route.method == "DELETE":
            self.messages.pop(int(route.url.rsplit("/", 1)[1]), None)
            return None
        raise AssertionError(f"unexpected request {route.method} {path}")

    def posted(self) -> list[Posted]:
        return [p for p in self.messages.values() if p.content or p.files]


def interaction_payload(bot: discord.Client, command: discord.app_commands.Command, *, user: discord.abc.User,
                        channel: Any, roles: list[int] | None = None, **options: Any) -> dict:
    """The gateway payload of someone running `command` (shaped like discord.py's own tests')."""
    opts = [{"type": (discord.AppCommandOptionType.boolean if isinstance(v, bool)
                      else discord.AppCommandOptionType.string).value, "name": k, "value": v}
            for k, v in options.items()]
    user_dict = factories.dict_from_user(user._user if isinstance(user, discord.Member) else user)
    interaction_id = factories.make_id()
    data = {"id": str(interaction_id), "application_id": str(bot.user.id), "token": f"token-{interaction_id}",
            "version": 1, "type": 2, "attachment_size_limit": 8 << 20, "locale": "en-US",
            "data": {"id": str(hash(command)), "type": 1, "name": command.name, "options": opts}}
    if getattr(channel, "guild", None) is not None:
        data["guild_id"] = str(channel.guild.id)
        data["channel"] = {"id": str(channel.id), "type": channel.type.value, "guild_id": str(channel.guild.id),
                           "name": channel.name}
        if isinstance(channel, discord.Thread):
            data["channel"]["parent_id"] = str(channel.parent_id)
        data["member"] = {"user": user_dict, "roles": [str(r) for r in roles or []], "permissions": "0",
                          "joined_at": dt.datetime.now(dt.timezone.utc).isoformat(), "deaf": False,
                          "mute": False, "flags": 0}
    else:
        data["channel"] = {"id": str(channel.id), "type": discord.ChannelType.private.value,
                           "recipients": [user_dict]}
        data["user"] = user_dict
    return data
