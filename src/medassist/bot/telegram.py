"""The Telegram adapter (python-telegram-bot 22, asyncio): Telegram updates in, `ConversationService`
replies out. No answer logic here — only Telegram's shape of things:

- private chats answer every text message; groups only when the bot is @mentioned (the mention is
  stripped) or a message replies to one of the bot's;
- a typing indicator (renewed every 4 s) until the answer is complete; the answer streams through
  the shared `reply_stream.ReplyStream` (one message edited at most once per `edit_interval` s,
  further messages past 4096 characters, replies in the question's forum topic by
  python-telegram-bot's `reply_text`);
- every text sent ends with the disclaimer line; plain text only (no parse_mode: nothing to escape);
- AIORateLimiter keeps within Telegram's flood limits and waits out `RetryAfter` (429) replies; past
  its retries the stream tries a final text a bounded number of times more (`max_attempts`);
- /start /help /reset /forget /export /cancel, and /stats for admin ids (the service's `Access`); safety events forwarded to
  an admin chat when configured (with a link to the admin desk only when --admin-url is given).
  Photos, stickers, voice and files get a short polite reply.
- Personal data never goes into a group: /export's file, /forget's counts and /stats are sent in the
  person's private chat with the bot (in Telegram its chat id is the user id), the group only hears
  "sent privately" — or, when the bot may not write to them, to use the command in a private chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from collections.abc import Awaitable, Callable
from datetime import timedelta
from urllib.parse import urlparse

from telegram import BotCommand, Message, Update
from telegram.constants import ChatAction, ChatType, MessageEntityType
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from medassist.bot.conversation import NOT_ALLOWED, ConversationService, Reply, Who
from medassist.bot.formatting import TELEGRAM_LIMIT, with_disclaimer
from medassist.bot.history import DATA_NOTICE
from medassist.bot.reply_stream import (
    MAX_ATTEMPTS,
    Gone,
    ReplyStream,
    deliver,
    safety_event_note,
    show_replies,
)
from medassist.errors import MedAssistError

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
EDIT_INTERVAL_S = 1.5  # at most one edit per message this often (Telegram throttles edit storms)
TYPING_INTERVAL_S = 4.0  # Telegram shows "typing…" for ~5 s per chat action
EXPORT_FILENAME = "medassist-export.json"

WELCOME = (
    "Hello! I'm MedAssist, an assistant for general medical education: ask me about conditions, "
    "symptoms, tests and treatments, and I answer from trusted medical sources where I can.\n\n"
    "I am not a doctor: I can't diagnose you, prescribe, or tell you your personal dose, and I can be "
    "wrong. In an emergency, call your local emergency number.\n\n"
    f"{DATA_NOTICE}"
)
HELP = (
    "Send me a question as a text message. In groups, mention me or reply to one of my messages.\n\n"
    "/reset — start a new conversation (earlier messages are no longer used as context)\n"
    "/cancel — stop the answer I'm writing\n"
    "/forget — delete everything stored about you, now\n"
    "/export — get a copy of your stored conversations (JSON)\n"
    "/country XX — your country's two-letter code, so an emergency reply gives its emergency number\n"
    "/help — this message\n\n"
    "Used in a group, /forget and /export answer you in your private chat with me, never in the group."
)
COMMANDS = [
    ("start", "what MedAssist is, and how your data is kept"),
    ("help", "how to use MedAssist"),
    ("reset", "start a new conversation"),
    ("cancel", "stop the current answer"),
    ("forget", "delete your stored conversations"),
    ("export", "get a copy of your stored conversations"),
    ("country", "your country, for emergency numbers (e.g. /country ES)"),
]
TEXT_ONLY = "Sorry, I can only answer text questions. Please type your question as a message."
NOTHING_TO_CANCEL = "There is no answer in progress to stop."
EXPORT_CAPTION = "Your conversations as stored by MedAssist (JSON)."
NOT_ADMIN = "Sorry, /stats is for the bot's admins."
SENT_PRIVATELY = "I've sent it to you privately."
USE_PRIVATE_CHAT = ("I can't message you privately, and your data is not shown in a group: open a private chat "
                    "with me (@{bot}), press Start, and send /{command} there.")
FORGOT_NO_DETAILS = "Done: everything stored about you is deleted. (I couldn't message you the details privately.)"
# Anything that is not text: answered politely (in groups only when addressed to the bot).
NON_TEXT = (filters.PHOTO | filters.Sticker.ALL | filters.VOICE | filters.AUDIO | filters.VIDEO
            | filters.VIDEO_NOTE | filters.Document.ALL | filters.ANIMATION | filters.LOCATION
            | filters.CONTACT | filters.POLL)


def unreachable(error: TelegramError) -> bool:
    """Telegram's ways of saying the bot may not write to a person privately: blocked, never started
    ("bot can't initiate conversation with a user"), or no such chat."""
    return isinstance(error, Forbidden) or "chat not found" in str(error).lower()


def check_token(token: str, *, base_url: str = DEFAULT_BASE_URL, request=None) -> str:
    """Ask Telegram who the token belongs to (getMe). A rejected token or an unreachable API is a
    clear MedAssistError; the token itself never appears in the message. Returns the bot's username."""
    from telegram import Bot

    async def get_me() -> str:
        bot = Bot(token, base_url=base_url, request=request)
        try:
            async with bot:
                return bot.username
        finally:
            with contextlib.suppress(Exception):
                await bot.shutdown()

    try:
        return asyncio.run(get_me())
    except InvalidToken:
        raise MedAssistError("Telegram rejected the bot token in TELEGRAM_BOT_TOKEN (unauthorized): check it "
                             "with @BotFather, or create a new one with /token") from None
    except NetworkError as e:
        raise MedAssistError(f"cannot reach the Telegram Bot API at {urlparse(base_url).netloc or base_url} "
                             f"({type(e).__name__})") from None


def retry_after(error: BaseException) -> float | None:
    """Seconds Telegram asked us to wait (a 429 past AIORateLimiter's own retries), else None:
    retrying anything else cannot help."""
    if isinstance(error, RetryAfter):
        wait = error.retry_after
        return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
    return None


async def edit_message(message: Message, text: str) -> Message:
    """Edit `message` to `text`; a message Telegram will not edit any more (deleted, too old) is `Gone`:
    the stream then sends the text as a new message."""
    try:
        edited = await message.edit_text(text)
    except BadRequest as e:
        if "not modified" in str(e).lower():
            return message
        log.warning("edit refused (%s); sending the text as a new message", e.message)
        raise Gone from None
    return edited if isinstance(edited, Message) else message


class TelegramBot:
    def __init__(self, service: ConversationService, token: str, *, base_url: str = DEFAULT_BASE_URL,
                 admin_chat_id: str | int | None = None, admin_url: str = "",
                 request=None, get_updates_request=None, edit_interval: float = EDIT_INTERVAL_S,
                 typing_interval: float = TYPING_INTERVAL_S, max_retries: int = 3,
                 max_attempts: int = MAX_ATTEMPTS):
        self.service = service
        self.admin_chat_id = None if admin_chat_id in (None, "") else admin_chat_id
        self.admin_url = admin_url.rstrip("/")
        self.edit_interval = edit_interval
        self.typing_interval = typing_interval
        self.max_attempts = max_attempts  # our retries of a final send/edit, beyond AIORateLimiter's
        builder = (ApplicationBuilder().token(token).base_url(base_url)
                   .rate_limiter(AIORateLimiter(max_retries=max_retries))
                   # One person's answer must not hold up everyone else's updates (nor their /cancel).
                   .concurrent_updates(True)
                   .post_init(self._post_init))
        if request is not None:
            builder = builder.request(request)
        if get_updates_request is not None:
            builder = builder.get_updates_request(get_updates_request)
        self.application: Application = builder.build()
        self._add_handlers(self.application)

    # ---- set-up -------------------------------------------------------------------------------
    def _add_handlers(self, app: Application) -> None:
        for name, callback in (("start", self.on_start), ("help", self.on_help), ("reset", self.on_reset),
                               ("forget", self.on_forget), ("export", self.on_export),
                               ("cancel", self.on_cancel), ("stats", self.on_stats), ("country", self.on_country)):
            app.add_handler(CommandHandler(name, callback))
        # New messages only: an edited message is not a new question, and channel posts have no person.
        app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, self.on_text))
        app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & NON_TEXT, self.on_non_text))
        app.add_error_handler(self.on_error)

    async def _post_init(self, app: Application) -> None:
        with contextlib.suppress(TelegramError):  # a nicety: the bot works without its command menu
            await app.bot.set_my_commands([BotCommand(n, d) for n, d in COMMANDS])

    def run(self, *, webhook_url: str | None = None, listen: str = "127.0.0.1", port: int = 8443) -> None:
        """Long polling by default; a webhook server when `webhook_url` is given (Telegram posts
        there, with a random secret token checked on every request)."""
        if webhook_url:
            self.application.run_webhook(listen=listen, port=port, url_path=urlparse(webhook_url).path.lstrip("/"),
                                         webhook_url=webhook_url, secret_token=secrets.token_urlsafe(32),
                                         allowed_updates=Update.ALL_TYPES)
        else:
            self.application.run_polling(allowed_updates=Update.ALL_TYPES)

    # ---- who and what -------------------------------------------------------------------------
    @staticmethod
    def who(update: Update) -> Who:
        user, chat, message = update.effective_user, update.effective_chat, update.effective_message
        thread = message.message_thread_id if message is not None and message.is_topic_message else None
        return Who("telegram", str(user.id) if user else "", chat_id=str(chat.id) if chat else "",
                   thread_id=None if thread is None else str(thread),
                   is_private=chat is not None and chat.type == ChatType.PRIVATE,
                   display_name=user.full_name if user else None,
                   language=user.language_code if user else None)

    def addressed_text(self, message: Message, bot_username: str, bot_id: int) -> str | None:
        """The question in `message`, or None when the bot should stay quiet: in groups only a
        message that mentions the bot (mention removed) or replies to the bot is for it."""
        text = message.text or ""
        if message.chat.type == ChatType.PRIVATE:
            return text
        mentioned = False
        for entity, value in sorted(message.parse_entities([MessageEntityType.MENTION,
                                                            MessageEntityType.TEXT_MENTION]).items(),
                                    key=lambda kv: kv[0].offset, reverse=True):
            is_us = (entity.type == MessageEntityType.MENTION and value.lower() == f"@{bot_username}".lower()) \
                or (entity.type == MessageEntityType.TEXT_MENTION and entity.user and entity.user.id == bot_id)
            if is_us:
                mentioned = True
                text = text.replace(value, " ")
        reply_to = message.reply_to_message
        replied = reply_to is not None and reply_to.from_user is not None and reply_to.from_user.id == bot_id
        if not (mentioned or replied):
            return None
        return " ".join(text.split())

    def for_us(self, message: Message, bot) -> bool:
        """A non-text message: answered in private chats, and in groups when it replies to the bot."""
        if message.chat.type == ChatType.PRIVATE:
            return True
        reply_to = message.reply_to_message
        return reply_to is not None and reply_to.from_user is not None and reply_to.from_user.id == bot.id

    # ---- sending: the shared ReplyStream, with Telegram's send/edit/retry_after ------------------
    def stream(self, send: Callable[[str, Message | None], Awaitable[Message]]) -> ReplyStream:
        """A reply stream whose parts `send(text, previous)` posts (throttled, split, bounded retries)."""
        return ReplyStream(send, edit_message, limit=TELEGRAM_LIMIT, retry_after=retry_after,
                           errors=(TelegramError,), interval=self.edit_interval, max_attempts=self.max_attempts)

    def reply_stream(self, message: Message, *, quote: bool | None = None) -> ReplyStream:
        """Parts posted in `message`'s chat (and forum topic: python-telegram-bot's reply helpers keep
        it); the first part quotes `message` when `quote` (default: in groups, not in private chats)."""
        async def send(text: str, previous: Message | None) -> Message:
            return await message.reply_text(text, do_quote=quote if previous is None else False,
                                            allow_sending_without_reply=True)
        return self.stream(send)

    async def say(self, update: Update, context: ContextTypes.DEFAULT_TYPE, text: str, *,
                  quote: bool | None = None) -> None:
        """`text` (with the disclaimer on every part) as a reply to the update's message."""
        await self.reply_stream(update.effective_message, quote=quote).finish(text)

    async def _typing(self, message: Message) -> None:
        while True:
            with contextlib.suppress(TelegramError):
                await message.reply_chat_action(ChatAction.TYPING)
            await asyncio.sleep(self.typing_interval)

    async def stream_answer(self, update: Update, context: ContextTypes.DEFAULT_TYPE, who: Who, text: str) -> Reply | None:
        """Typing, then one message edited as the answer grows, then the full text (in several
        messages when it is longer than Telegram allows)."""
        message = update.effective_message
        stream = self.reply_stream(message)
        typing = asyncio.create_task(self._typing(message))
        try:
            final: Reply | None = await show_replies(self.service.reply(who, text), stream)
        finally:
            typing.cancel()
        if final is None:  # the service always ends with a done reply; be safe if it did not
            return None
        await stream.finish(final.final_text)
        if final.safety_event:
            await self.forward_safety_event(context.bot, final)
        return final

    async def forward_safety_event(self, bot, reply: Reply) -> None:
        if self.admin_chat_id is None:
            return
        note = safety_event_note("Telegram", reply, admin_url=self.admin_url)
        try:
            await self.stream(lambda text, _: bot.send_message(self.admin_chat_id, text)).finish(note)
        except TelegramError as e:  # the admin chat is a nicety: never fail the person's answer over it
            log.warning("could not forward a safety event to the admin chat (%s)", type(e).__name__)

    # ---- handlers -----------------------------------------------------------------------------
    def allowed(self, who: Who) -> bool:
        return self.service.access.allows(who)

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None or update.effective_user is None:
            return
        text = self.addressed_text(message, context.bot.username, context.bot.id)
        if text is None:
            return
        who = self.who(update)
        if not text.strip() and not who.is_private:
            await self.say(update, context, HELP)
            return
        await self.stream_answer(update, context, who, text)

    async def on_non_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None or not self.for_us(message, context.bot):
            return
        await self.say(update, context, TEXT_ONLY if self.allowed(self.who(update)) else NOT_ALLOWED)

    async def on_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        who = self.who(update)
        if not self.allowed(who):
            await self.say(update, context, NOT_ALLOWED)
            return
        await self.service.mark_notice_shown(who)  # the welcome carries the data notice
        await self.say(update, context, f"{WELCOME}\n\n{HELP}")

    async def on_help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.say(update, context, HELP)

    async def on_reset(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        who = self.who(update)
        if not self.allowed(who):
            await self.say(update, context, NOT_ALLOWED)
            return
        await self.say(update, context, await self.service.reset(who), quote=False)

    async def on_country(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        who = self.who(update)
        if not self.allowed(who):
            await self.say(update, context, NOT_ALLOWED)
            return
        await self.say(update, context, await self.service.set_country(who, " ".join(context.args or ())), quote=False)

    async def on_forget(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        who = self.who(update)
        if update.effective_user is None:
            return
        if not who.is_private and not await self.can_message_privately(context.bot, update.effective_user.id):
            # Not deleted: the counts could only be confirmed in the group. They can ask again in private.
            await self.say(update, context, USE_PRIVATE_CHAT.format(bot=context.bot.username, command="forget"))
            return
        text = await self.service.forget(who)
        if not await self.to_person(update, context, text=text, command="forget"):
            await self.say(update, context, FORGOT_NO_DETAILS)  # deleted, but the probe's promise broke

    async def on_export(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        data = await self.service.export(self.who(update))
        if not await self.to_person(update, context, document=data, command="export"):
            await self.say(update, context, USE_PRIVATE_CHAT.format(bot=context.bot.username, command="export"))

    async def on_cancel(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not await self.service.cancel(self.who(update)):
            await self.say(update, context, NOTHING_TO_CANCEL)
        # else: the answer being written ends with "(Stopped ...)" in its own message

    async def on_stats(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.effective_user is None or not self.service.access.is_admin(update.effective_user.id):
            await self.say(update, context, NOT_ADMIN)
            return
        stats = await asyncio.to_thread(self.service.stats)
        text = with_disclaimer("MedAssist stats:\n" + json.dumps(stats, indent=1, default=str))
        if not await self.to_person(update, context, text=text, command="stats"):
            await self.say(update, context, USE_PRIVATE_CHAT.format(bot=context.bot.username, command="stats"))

    # ---- personal data: only where only the person sees it ------------------------------------
    async def to_person(self, update: Update, context: ContextTypes.DEFAULT_TYPE, *, text: str | None = None,
                        document: bytes | None = None, command: str = "") -> bool:
        """Send `text` (or `document`, the export file) where only the person can see it: here in a
        private chat; from a group, in their private chat with the bot, telling the group only that it
        was sent. False (nothing sent anywhere) when Telegram will not let the bot write to them privately."""
        chat, message, user = update.effective_chat, update.effective_message, update.effective_user
        if user is None:  # a channel post: no person to send it to, and never into the channel
            return False
        bot, here = context.bot, chat.type == ChatType.PRIVATE
        try:
            if document is not None:
                kwargs = {"document": document, "filename": EXPORT_FILENAME, "caption": with_disclaimer(EXPORT_CAPTION)}
                await deliver((lambda: message.reply_document(do_quote=False, **kwargs)) if here
                              else (lambda: bot.send_document(user.id, **kwargs)),
                              final=True, retry_after=retry_after, errors=(TelegramError,),
                              max_attempts=self.max_attempts)
            elif here:
                await self.reply_stream(message, quote=False).finish(text or "")
            else:
                await self.stream(lambda part, _: bot.send_message(user.id, part)).finish(text or "")
        except (Forbidden, BadRequest) as e:
            if here or not unreachable(e):
                raise
            log.info("could not reach a user privately for /%s (%s)", command or "a command", type(e).__name__)
            return False
        if not here:
            await self.say(update, context, SENT_PRIVATELY)
        return True

    async def can_message_privately(self, bot, user_id: int) -> bool:
        """Whether the bot may write in the person's private chat (they started it and did not block
        it), asked with an invisible chat action so nothing is sent."""
        try:
            await bot.send_chat_action(user_id, ChatAction.TYPING)
        except (Forbidden, BadRequest) as e:
            if not unreachable(e):
                raise
            return False
        return True

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        error = context.error
        if isinstance(error, Forbidden):  # the person blocked the bot: nothing to tell them
            log.info("Telegram refused a message (the bot was blocked or removed)")
            return
        # The type and message only: updates carry personal health text, which stays out of logs.
        log.error("error while handling a Telegram update: %s: %s", type(error).__name__, error,
                  exc_info=not isinstance(error, TelegramError))
