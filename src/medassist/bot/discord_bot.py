"""`medassist bot discord`: the assistant as a Discord bot (discord.py 2.x), a thin adapter over the
platform-free `ConversationService` (answers, safety, history and storage all live there).

- Direct messages are answered; in a server only messages that mention the bot or reply to one of
  its messages (the mention is stripped). Bots (this one included) and @everyone/@here never
  trigger an answer. A thread keeps its own conversation (`Who.thread_id`).
- While the answer is generated the channel shows "typing"; the answer appears in one reply that is
  edited at most once per `edit_interval` seconds (Discord's edit rate limit is per message), the
  last edit carrying the full text. An answer over 2000 characters is split (`split_message`) into
  several messages, each ending with the disclaimer line.
- Slash commands: /ask, /reset, /forget, /export, /help, /cancel, /country, /stats (admins). Every
  reply to a command is ephemeral (only the person sees it), /ask's answer too unless `private: False`.
  A private /ask in a server keeps its own conversation, apart from the channel's public one.
- Safety events (emergency, dosing requests) are announced in an admin channel with a link to the
  conversation on the admin desk (when --admin-url is given), never with the user's words.

Reading message text needs the privileged "Message Content" intent (Developer Portal > Bot).
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

import discord
from discord import app_commands

from medassist.bot import reply_stream
from medassist.bot.conversation import ERROR, NOT_ALLOWED, Who
from medassist.bot.formatting import DISCORD_LIMIT, with_disclaimer
from medassist.errors import MedAssistError

log = logging.getLogger(__name__)

TOKEN_ENV = "DISCORD_BOT_TOKEN"
MESSAGE_LIMIT = DISCORD_LIMIT  # 2000 UTF-16 units per message
EDIT_INTERVAL_S = 1.2         # at most one edit per message this often (Discord allows ~5 edits / 5 s)
MAX_SEND_ATTEMPTS = reply_stream.MAX_ATTEMPTS  # tries of one final send/edit (429 given up on, 5xx)
DEFAULT_RETRY_AFTER_S = 1.0   # when a 429 comes without a retry_after we can read

# Health questions are personal: in a server, /ask answers only the person unless they say otherwise.
ASK_PRIVATE_DEFAULT = True
PRIVATE_ASK_THREAD = "private-ask"  # the thread key of private /ask conversations in a server channel
ASK_HELP = ("/ask — ask a question; only you see the answer (add private: False to answer in the channel for "
            "everyone)" if ASK_PRIVATE_DEFAULT else
            "/ask — ask a question; everyone in the channel sees the answer (add private: True so only you do)")
HELP_TEXT = (
    "I'm MedAssist, an assistant for general medical education: ask me about conditions, symptoms, "
    "tests and treatments, and I answer from trusted medical sources where I can. I am not a doctor: "
    "I can't diagnose you, prescribe, or tell you your personal dose, and I can be wrong. In an "
    "emergency, call your local emergency number.\n\n"
    "Send me a direct message, or mention me (or reply to one of my messages) in a server channel; "
    "a thread keeps its own conversation. A mention is answered in the channel, for everyone to see; "
    "private /ask answers keep a conversation of their own, apart from the channel's.\n\n"
    f"{ASK_HELP}\n"
    "/reset — start a new conversation (earlier messages are no longer used as context)\n"
    "/cancel — stop the answer I'm writing\n"
    "/forget — delete everything stored about you, now (only you see the reply)\n"
    "/export — get a copy of your stored conversations as JSON (only you see it)\n"
    "/country XX — your country's two-letter code, so an emergency reply gives its emergency number\n"
    "/help — this message\n\n"
    "Replies to /reset, /cancel, /forget, /export, /country and /help are only shown to you."
)
EMPTY_TEXT = "Please write your question after the mention, or use /ask."
TEXT_ONLY = "Sorry, I can only answer text questions. Please type your question as a message."
ADMINS_ONLY_TEXT = "Only the bot's admins can see the statistics."


# ---------------------------------------------------------------------------------------------
# Sending that survives rate limits: the shared ReplyStream, with Discord's send/edit/retry_after
# ---------------------------------------------------------------------------------------------
DISCORD_ERRORS = (discord.RateLimited, discord.HTTPException)


def retry_after(error: BaseException) -> float | None:
    """Seconds to wait before retrying, or None when retrying cannot help. discord.py already waits
    out ordinary 429s inside its HTTP client; what reaches us is a 429 it gave up on, or a 5xx."""
    if isinstance(error, discord.RateLimited):  # discord.py gave up waiting (max_ratelimit_timeout)
        return error.retry_after
    if isinstance(error, discord.HTTPException):
        if error.status == 429:  # e.g. the retries inside discord.py ran out
            headers = getattr(error.response, "headers", None) or {}
            try:
                return float(headers.get("Retry-After", DEFAULT_RETRY_AFTER_S))
            except (TypeError, ValueError):
                return DEFAULT_RETRY_AFTER_S
        if error.status >= 500:
            return DEFAULT_RETRY_AFTER_S
    return None


async def deliver(op: Callable[[], Awaitable[Any]], *, final: bool = True) -> Any:
    """One Discord send/edit with the shared bounded retries."""
    return await reply_stream.deliver(op, final=final, retry_after=retry_after, errors=DISCORD_ERRORS,
                                      max_attempts=MAX_SEND_ATTEMPTS)


def message_parts(text: str) -> list[str]:
    return reply_stream.message_parts(text, MESSAGE_LIMIT)


async def _edit(message: Any, content: str) -> Any:
    try:
        return await message.edit(content=content)
    except discord.NotFound:  # someone deleted the message mid-answer
        raise reply_stream.Gone from None


async def _delete(message: Any) -> None:
    await message.delete()


def discord_stream(send: Callable[[str, Any], Awaitable[Any]], *, interval: float = EDIT_INTERVAL_S
                   ) -> reply_stream.ReplyStream:
    """The shared ReplyStream on Discord: `send(content, previous)` posts a part."""
    return reply_stream.ReplyStream(send, _edit, limit=MESSAGE_LIMIT, retry_after=retry_after,
                                    errors=DISCORD_ERRORS, interval=interval, delete=_delete,
                                    max_attempts=MAX_SEND_ATTEMPTS)


async def login(client: discord.Client, token: str) -> None:
    """Log in (before the model loads: a wrong token fails in a second, not after the load)."""
    try:
        await client.login(token)
    except discord.LoginFailure:
        raise MedAssistError(f"Discord rejected the bot token ({TOKEN_ENV}): reset it in the Developer "
                             "Portal (Bot > Reset Token) and try again") from None


# ---------------------------------------------------------------------------------------------
# The bot
# ---------------------------------------------------------------------------------------------
@dataclass
class BotOptions:
    # Who may use the bot (and /stats) is the conversation service's `limits.Access`.
    guild_id: int | None = None             # sync slash commands to this guild only (instant)
    admin_channel_id: int | None = None     # where safety events are announced
    admin_url: str = ""                     # base URL of the admin desk, for links in announcements
    edit_interval: float = EDIT_INTERVAL_S


def invite_url(application_id: int) -> str:
    """The link that adds the bot to a server with the scopes and permissions it needs."""
    permissions = discord.Permissions(view_channel=True, send_messages=True, read_message_history=True,
                                      send_messages_in_threads=True, attach_files=True)
    return discord.utils.oauth_url(application_id, permissions=permissions,
                                   scopes=("bot", "applications.commands"))


def default_intents() -> discord.Intents:
    intents = discord.Intents.default()
    # Privileged: without it, messages in servers arrive with empty content (mentions excepted).
    intents.message_content = True
    return intents


def who_for(user: discord.abc.User, channel: Any, guild_id: int | None = None, locale: Any = None) -> Who:
    """The conversation key (a thread has its own conversation inside its parent channel), and what
    access lists judge: the server, the channel with its parent and category, the person's roles.
    `locale`: the person's Discord language (`interaction.locale`) or the server's, which words a
    fixed safety reply when the message itself does not show its language."""
    is_private = getattr(channel, "type", None) == discord.ChannelType.private
    if isinstance(channel, discord.Thread):
        chat_id, thread_id = str(channel.parent_id), str(channel.id)
    else:
        chat_id, thread_id = str(getattr(channel, "id", "")), None
    return Who(platform="discord", user_id=str(user.id), chat_id=chat_id, thread_id=thread_id,
               is_private=is_private, display_name=getattr(user, "display_name", None),
               language=None if locale is None else str(getattr(locale, "value", locale)),
               guild_id=None if guild_id is None else str(guild_id),
               channel_ids=frozenset(str(i) for i in _channel_ids(channel)),
               role_ids=frozenset(str(r.id) for r in getattr(user, "roles", ())))


def private_ask_who(who: Who) -> Who:
    """The conversation of a private (ephemeral) /ask: in a server channel one of its own, apart from the
    channel's public one, so what someone asked privately never becomes context of an answer everyone
    sees (nor the reverse). A direct message is private already: the same conversation."""
    if who.is_private:
        return who
    thread = PRIVATE_ASK_THREAD if who.thread_id is None else f"{PRIVATE_ASK_THREAD}:{who.thread_id}"
    return replace(who, thread_id=thread, is_private=True)


def where_for(who: Who) -> str:
    """Where a conversation happens, for the admin channel (a channel mention, never words)."""
    if who.thread_id is not None and who.thread_id.startswith(PRIVATE_ASK_THREAD):
        inner = who.thread_id.partition(":")[2]
        return f"a private /ask in <#{inner or who.chat_id}>"
    if who.is_private:
        return "a direct message"
    return f"<#{who.thread_id or who.chat_id}>"


async def reply_to(message: discord.Message, content: str) -> discord.Message:
    """A reply that pings nobody, and still arrives (unthreaded) if `message` was deleted meanwhile."""
    return await message.channel.send(content, reference=message.to_reference(fail_if_not_exists=False),
                                      mention_author=False)


@contextlib.asynccontextmanager
async def typing_in(channel: Any):
    """"Typing..." while the body runs (discord.py renews it every few seconds). A channel that refuses
    the typing call (missing permission, a 5xx) still gets its answer."""
    indicator = channel.typing()
    try:
        await indicator.__aenter__()
    except discord.HTTPException as e:
        log.info("no typing indicator in channel %s (%s)", getattr(channel, "id", "?"), type(e).__name__)
        indicator = None
    try:
        yield
    finally:
        if indicator is not None:
            await indicator.__aexit__(None, None, None)


def _channel_ids(channel: Any) -> set[int]:
    """The channel, its parent (for a thread) and its category: an allow-list entry for any of them
    admits the message."""
    ids = {getattr(channel, "id", None), getattr(channel, "parent_id", None),
           getattr(channel, "category_id", None)}
    parent = getattr(channel, "parent", None)
    ids.add(getattr(parent, "category_id", None))
    return {i for i in ids if i is not None}


class MedAssistDiscord(discord.Client):
    """The Discord client: message events and slash commands, both handed to the service."""

    def __init__(self, service: Any = None, options: BotOptions | None = None, *,
                 intents: discord.Intents | None = None, **client_kwargs: Any):
        # Model output must never ping anyone: no @everyone, roles or users from generated text.
        client_kwargs.setdefault("allowed_mentions", discord.AllowedMentions.none())
        super().__init__(intents=intents or default_intents(), **client_kwargs)
        self.service = service  # set before connecting (the CLI logs in first, then loads the model)
        self.options = options or BotOptions()
        self.tree = app_commands.CommandTree(self)
        self._add_commands()

    # ---- startup ----
    async def setup_hook(self) -> None:
        if self.options.guild_id:
            guild = discord.Object(id=self.options.guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d slash commands to guild %s", len(synced), self.options.guild_id)
        else:
            synced = await self.tree.sync()
            log.info("synced %d slash commands globally (they can take up to an hour to appear)", len(synced))

    async def on_ready(self) -> None:
        log.info("logged in to Discord as %s (id %s)", self.user, getattr(self.user, "id", "?"))
        if self.application_id:
            log.info("invite link: %s", invite_url(self.application_id))

    # ---- messages ----
    def _addressed(self, message: discord.Message) -> bool:
        """A DM, an explicit mention of the bot (or of its managed role), or a reply to the bot."""
        if message.guild is None:
            return True
        me = self.user
        if me is None:
            return False
        if any(u.id == me.id for u in message.mentions):
            return True
        own_role = getattr(message.guild, "self_role", None)
        if own_role is not None and own_role in message.role_mentions:
            return True
        ref = message.reference
        if ref is not None:
            parent = ref.resolved if isinstance(ref.resolved, discord.Message) else ref.cached_message
            if parent is not None:
                return parent.author.id == me.id
        return False

    def _strip_mention(self, message: discord.Message) -> str:
        """The question without the mention(s) of the bot that addressed it."""
        content = message.content
        me = self.user
        if me is not None:
            for token in (f"<@{me.id}>", f"<@!{me.id}>"):
                content = content.replace(token, " ")
        own_role = getattr(message.guild, "self_role", None)
        if own_role is not None:
            content = content.replace(own_role.mention, " ")
        return content.strip()

    async def _resolve_reference(self, message: discord.Message) -> None:
        """Fetch the message replied to when Discord did not include it, so replies to the bot count."""
        ref = message.reference
        if ref is None or ref.message_id is None or ref.resolved is not None or ref.cached_message is not None:
            return
        try:
            ref.resolved = await message.channel.fetch_message(ref.message_id)
        except (discord.NotFound, discord.Forbidden, discord.HTTPException):
            pass

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot:  # other bots, and this bot's own messages: never a loop
            return
        if message.type not in (discord.MessageType.default, discord.MessageType.reply):
            return  # joins, pins, thread-created notices ...
        if message.guild is not None:
            await self._resolve_reference(message)
            if not self._addressed(message):
                return  # includes @everyone / @here, which never names the bot itself
        author = message.author
        who = who_for(author, message.channel, getattr(message.guild, "id", None),
                      getattr(message.guild, "preferred_locale", None))
        if self.service.access.blocks(author.id):
            return  # silence: no reply to goad
        if not self.service.access.allows(who):  # the service would refuse too: skip "typing" for it
            await self._send_plain(message, with_disclaimer(NOT_ALLOWED))
            return
        text = self._strip_mention(message)
        if not text:  # a bare mention, or only an attachment / sticker
            hint = EMPTY_TEXT if message.guild is not None and not message.attachments else TEXT_ONLY
            await self._send_plain(message, with_disclaimer(hint))
            return
        log.info("discord message from user %s in chat %s (thread %s)", who.user_id, who.chat_id, who.thread_id)

        async def send(content: str, previous: Any) -> discord.Message:
            target = previous or message
            return await reply_to(target, content)

        async with typing_in(message.channel):
            await self.answer(who, text, discord_stream(send, interval=self.options.edit_interval))

    async def _send_plain(self, message: discord.Message, text: str) -> None:
        previous: Any = message
        for part in message_parts(text):
            previous = await deliver(lambda p=part, t=previous: reply_to(t, p), final=True)

    async def answer(self, who: Who, text: str, stream: reply_stream.ReplyStream) -> Any:
        """Stream the service's reply into `stream`; returns the final Reply (or None on error)."""
        final = None
        try:
            final = await reply_stream.show_replies(self.service.reply(who, text), stream)
        except Exception:  # the service answers errors itself; this is the last line of defence
            log.exception("the conversation service failed for discord user %s", who.user_id)
        if final is None or not getattr(final, "final_text", None):
            await stream.finish(with_disclaimer(ERROR))
            return None
        await stream.finish(final.final_text)
        await self._announce_safety_event(who, final)
        return final

    # ---- safety events ----
    async def _announce_safety_event(self, who: Who, reply: Any) -> None:
        """Emergencies, personal-dose questions and injection tries (Reply.safety_event)."""
        if self.options.admin_channel_id is None or not getattr(reply, "safety_event", False):
            return
        # No user words here: the admin channel is a Discord channel; the text stays behind the desk login.
        text = reply_stream.safety_event_note("Discord", reply, admin_url=self.options.admin_url,
                                              where=where_for(who))
        try:
            channel = self.get_channel(self.options.admin_channel_id) or await self.fetch_channel(
                self.options.admin_channel_id)
            await deliver(lambda: channel.send(text), final=True)
        except discord.DiscordException as e:
            log.error("could not announce a safety event to channel %s (%s)",
                      self.options.admin_channel_id, type(e).__name__)

    # ---- slash commands ----
    def _interaction_allowed(self, interaction: discord.Interaction) -> bool:
        return self.service.access.allows(self._who(interaction))

    @staticmethod
    def _who(interaction: discord.Interaction) -> Who:
        return who_for(interaction.user, interaction.channel, interaction.guild_id,
                       getattr(interaction, "locale", None))

    async def _respond(self, interaction: discord.Interaction, text: str, *, ephemeral: bool = True,
                       file: discord.File | None = None) -> None:
        parts = message_parts(text)
        kwargs: dict[str, Any] = {"ephemeral": ephemeral}
        if file is not None:
            kwargs["file"] = file
        if interaction.response.is_done():
            await deliver(lambda: interaction.followup.send(parts[0], **kwargs), final=True)
        else:
            await deliver(lambda: interaction.response.send_message(parts[0], **kwargs), final=True)
        for part in parts[1:]:
            await deliver(lambda p=part: interaction.followup.send(p, ephemeral=ephemeral), final=True)

    def _add_commands(self) -> None:
        tree = self.tree

        @tree.command(name="ask", description="Ask a medical question")
        @app_commands.describe(question="your question",
                               private="True: only you see the answer; False: everyone in the channel does "
                                       f"(default: {ASK_PRIVATE_DEFAULT})")
        async def ask(interaction: discord.Interaction, question: str,
                      private: bool = ASK_PRIVATE_DEFAULT) -> None:
            if not self._interaction_allowed(interaction):
                await self._respond(interaction, with_disclaimer(NOT_ALLOWED))
                return
            if not question.strip():
                await self._respond(interaction, with_disclaimer(EMPTY_TEXT))
                return
            await interaction.response.defer(thinking=True, ephemeral=private)
            who = self._who(interaction)
            if private:
                who = private_ask_who(who)
            first = True

            async def send(content: str, previous: Any) -> Any:
                nonlocal first
                if first:  # the deferred "thinking..." response becomes the first part
                    first = False
                    return await interaction.edit_original_response(content=content)
                return await interaction.followup.send(content, ephemeral=private, wait=True)

            await self.answer(who, question, discord_stream(send, interval=self.options.edit_interval))

        @tree.command(name="reset", description="Start a new conversation")
        async def reset(interaction: discord.Interaction) -> None:
            if not self._interaction_allowed(interaction):
                await self._respond(interaction, with_disclaimer(NOT_ALLOWED))
                return
            who = self._who(interaction)
            text = await self.service.reset(who)
            if private_ask_who(who) != who:  # "a new conversation" here: the private /ask one too
                await self.service.reset(private_ask_who(who))
            await self._respond(interaction, text)

        @tree.command(name="country", description="Your country, so an emergency reply gives its emergency number")
        @app_commands.describe(code="two-letter country code, e.g. ES, MX, GB; clear forgets it")
        async def country(interaction: discord.Interaction, code: str = "") -> None:
            if not self._interaction_allowed(interaction):
                await self._respond(interaction, with_disclaimer(NOT_ALLOWED))
                return
            await self._respond(interaction, await self.service.set_country(self._who(interaction), code))

        # /forget, /export and /help are open to everyone, blocked people included: deleting or
        # seeing one's own stored data must never depend on being allowed to chat.
        @tree.command(name="forget", description="Delete everything stored about you")
        async def forget(interaction: discord.Interaction) -> None:
            await self._respond(interaction, await self.service.forget(self._who(interaction)))

        @tree.command(name="export", description="Get a copy of everything stored about you")
        async def export(interaction: discord.Interaction) -> None:
            data = await self.service.export(self._who(interaction))
            file = discord.File(io.BytesIO(data), filename="medassist-export.json")
            await self._respond(interaction, with_disclaimer("Here is everything stored about you, as JSON."),
                                file=file)

        @tree.command(name="help", description="What this bot does and how to use it")
        async def help_(interaction: discord.Interaction) -> None:
            await self._respond(interaction, with_disclaimer(HELP_TEXT))

        @tree.command(name="cancel", description="Stop the answer being written")
        async def cancel(interaction: discord.Interaction) -> None:
            if not self._interaction_allowed(interaction):
                await self._respond(interaction, with_disclaimer(NOT_ALLOWED))
                return
            stopped = await self.service.cancel(self._who(interaction))
            await self._respond(interaction, with_disclaimer(
                "Stopped the answer." if stopped else "There was no answer in progress."))

        @tree.command(name="stats", description="Usage statistics (bot admins only)")
        async def stats(interaction: discord.Interaction) -> None:
            if not self.service.access.is_admin(interaction.user.id):
                await self._respond(interaction, with_disclaimer(ADMINS_ONLY_TEXT))
                return
            body = json.dumps(self.service.stats(), indent=2, default=str)
            await self._respond(interaction, with_disclaimer(f"```json\n{body}\n```"))


# ---------------------------------------------------------------------------------------------
# Running it
# ---------------------------------------------------------------------------------------------
async def run_bot(token: str, options: BotOptions, make_service: Callable[[], Any]) -> int:
    """Log in, load the model and store (`make_service`, in a thread), then serve until stopped."""
    bot = MedAssistDiscord(options=options)
    async with bot:
        await login(bot, token)
        bot.service = await asyncio.to_thread(make_service)
        try:
            await bot.connect()
        except discord.PrivilegedIntentsRequired:
            raise MedAssistError("Discord refused the Message Content intent: enable it in the Developer "
                                 "Portal (your application > Bot > Privileged Gateway Intents > Message "
                                 "Content Intent)") from None
    return 0
