"""The conversation service: the one place every surface (Telegram, Discord, the web page, the API,
the terminal) hands a person's message to, and the only place answers are made. Adapters only
translate platform events into `Who` + text and show the `Reply` snapshots they get back.

Per message: access lists, a per-person rate limit, one answer in flight per person (a second message
while one is being answered gets "Still answering your last question — send /cancel to stop it."),
a bounded global queue (a busy reply naming how many questions wait), the stored history within a
token budget (oldest turns dropped first, and the person told once per conversation), the safety
check and generation through `Assistant`, and the turn stored as the person saw it.

Every text that leaves the service ends with the disclaimer line (`formatting.with_disclaimer`).
"""

from __future__ import annotations

import asyncio
import json
import logging
import queue
import threading
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field

from medassist.bot import country as country_command
from medassist.bot.formatting import DISCLAIMER_LINE, SEPARATOR, with_disclaimer
from medassist.bot.history import DATA_NOTICE, OLDER_DROPPED_NOTE, as_context, trim_to_budget
from medassist.bot.limits import Access, Limits, RateLimiter
from medassist.errors import MedAssistError
from medassist.model.decoding import GenerationSettings
from medassist.model.queue import Busy

log = logging.getLogger(__name__)

STILL_ANSWERING = "Still answering your last question — send /cancel to stop it."
BUSY = "MedAssist is busy right now ({n} questions waiting). Please try again in a minute."
RATE_LIMITED = ("You're sending messages faster than I can answer (limit: {n} a minute). "
                "Please wait a moment.")
BLOCKED = "Sorry, this account can't use MedAssist."
NOT_ALLOWED = "Sorry, MedAssist is not open to this account or chat."
ERROR = "Sorry, something went wrong while answering. Please try again in a moment."
CANCELLED = "(Stopped: you sent /cancel.)"
RESET_DONE = "Started a new conversation: earlier messages are no longer used as context."
FORGET_DONE = ("Deleted: {conversations} conversation(s) and {messages} message(s) of yours are gone "
               "from MedAssist's records.")
KINDS = ("answer", "emergency", "refused", "busy", "rate_limited", "blocked", "not_allowed", "error",
         "cancelled")
HISTORY_FETCH = 200  # stored messages read per turn before trimming to the token budget
TRIAGE_RECENT = 3  # earlier messages of the person the safety check reads with the new one


@dataclass(frozen=True)
class Who:
    """The person and place a message came from, in the platform's own ids (as text)."""

    platform: str  # "telegram" | "discord" | "web" | "api" | "terminal"
    user_id: str
    chat_id: str = ""
    thread_id: str | None = None
    is_private: bool = True
    display_name: str | None = None
    language: str | None = None  # the platform's language tag for the person ("es", "pt-BR"), if any
    country: str | None = None  # ISO 3166 alpha-2 given with this message (the API); else the stored one
    # What access lists judge a Discord server message by (`limits.Access`): its server, its channel
    # with the parent channel and category, and the person's roles.
    guild_id: str | None = None
    channel_ids: frozenset[str] = frozenset()
    role_ids: frozenset[str] = frozenset()

    @property
    def key(self) -> tuple[str, str]:
        return (self.platform, str(self.user_id))


@dataclass(frozen=True)
class Reply:
    """A snapshot of the answer. `text` is the answer so far without the disclaimer; the last
    snapshot has `done` and `final_text` (notice + answer + sources + disclaimer line: exactly what
    is stored and what the person must be shown)."""

    text: str
    done: bool = False
    final_text: str | None = None
    kind: str = "answer"
    notice: str | None = None  # the first-contact data notice and/or the "older messages" note
    conversation_id: int | None = None
    category: str | None = None  # the safety layer's category (an emergency's, "dose_request", ...)
    turn: object | None = field(default=None, repr=False, compare=False)  # the model.Turn, when one ran
    retry_after_s: float | None = None  # "busy": when trying again makes sense

    @property
    def safety_event(self) -> bool:
        """Worth an admin's attention: an emergency, a personal-dose question or an injection try."""
        return self.kind == "emergency" or self.category in ("dose_request", "injection", "distress")


@dataclass
class _InFlight:
    turn: object | None = None
    cancelled: bool = False
    finished: asyncio.Event | None = None


class ConversationService:
    def __init__(self, assistant, store, *, settings: GenerationSettings | None = None,
                 limits: Limits | None = None, access: Access | None = None, data_notice: str = DATA_NOTICE):
        self.assistant = assistant
        self.store = store
        self.settings = settings or GenerationSettings()
        self.limits = limits or Limits()
        self.access = access or Access()
        self.data_notice = data_notice
        self._rate = RateLimiter(self.limits.per_user_per_minute)
        self._inflight: dict[tuple[str, str], _InFlight] = {}
        self._lock = threading.Lock()  # adapters on different event loops may share one service
        self._told_dropped: set[int] = set()
        self._counts = {k: 0 for k in KINDS}
        self._loop_thread: _LoopThread | None = None

    # ---- the answer -------------------------------------------------------------------------
    async def reply(self, who: Who, text: str, *, history: Sequence[dict] | None = None,
                    settings: GenerationSettings | None = None, use_retrieval: bool = True,
                    notice: bool | str = True, queue_key: str | None = None) -> AsyncIterator[Reply]:
        """Answer `text` from `who`, yielding snapshots as it streams (see `Reply`).

        `history`: the earlier turns as a stateless client sent them (the API without a `user`);
        None reads them from the store; either way only the newest turns within the history token
        budget are used. `notice=False` leaves the first-contact data notice out (a surface with no
        person behind the id); a string is the notice this surface shows instead of the service's. `queue_key`: whose turn it is in the model's
        fair queue (default: the person). A second message from the same person while an
        answer is in flight gets "Still answering your last question — send /cancel to stop it."."""
        if not self.access.allows(who):
            yield self._final(NOT_ALLOWED, "not_allowed")
            return
        key = who.key
        with self._lock:
            if key in self._inflight:
                kind, message = "busy", STILL_ANSWERING
            elif not self._rate.allow(key):
                kind, message = "rate_limited", RATE_LIMITED.format(n=self.limits.per_user_per_minute)
            elif len(self._inflight) >= self.limits.max_queue:
                kind, message = "busy", BUSY.format(n=len(self._inflight))
            else:
                kind, message = None, None
                entry = _InFlight(finished=asyncio.Event())
                self._inflight[key] = entry
        if kind is not None:
            yield self._final(message, kind)
            return
        try:
            async for snapshot in self._answer(who, text, entry, history, settings, use_retrieval, notice,
                                               queue_key or f"{who.platform}:{who.user_id}"):
                yield snapshot
        finally:
            with self._lock:
                self._inflight.pop(key, None)
            entry.finished.set()

    async def _answer(self, who: Who, text: str, entry: _InFlight, client_history, settings, use_retrieval,
                      notice, queue_key: str) -> AsyncIterator[Reply]:
        t0 = time.perf_counter()
        store = self.store
        conversation_id: int | None = None
        notices: list[str] = []  # shown with whatever this message gets, once touch_user said "new"
        try:
            user = await asyncio.to_thread(store.touch_user, who.platform, str(who.user_id), who.display_name)
            if user.blocked:
                yield self._final(BLOCKED, "blocked")
                return
            conversation_id = await self._conversation_of(user.id, who)
            if notice and user.is_new and self.data_notice:
                notices.append(notice if isinstance(notice, str) else self.data_notice)
            if client_history is not None:
                # the same budget as stored history: a client cannot make every prompt huge
                history, _ = trim_to_budget(as_context(client_history), self.limits.history_tokens,
                                            self._count_tokens)
                # the client's own earlier messages are the triage context; it cannot tell us about
                # an emergency shown before, as it cannot be trusted to
                recent = [m["content"] for m in history if m["role"] == "user"][-TRIAGE_RECENT:]
                emergency_active = False
            else:
                history = await self._stored_history(conversation_id, notices)
                recent = await asyncio.to_thread(self.store.recent_user_texts, conversation_id, TRIAGE_RECENT)
                emergency_active = await asyncio.to_thread(self.store.emergency_active, conversation_id)
            turn = await asyncio.to_thread(self.assistant.answer, text, history, settings or self.settings,
                                           use_retrieval=use_retrieval, user=queue_key, recent=recent,
                                           emergency_active=emergency_active, language=who.language,
                                           country=who.country or user.country)
        except Busy as e:  # the model's queue is full: nothing was answered, nothing is stored
            yield self._final(BUSY.format(n=e.waiting + e.active), "busy", retry_after_s=e.retry_after_s,
                              conversation_id=conversation_id, notices=notices)
            return
        except MedAssistError as e:  # e.g. a question too long for the model's context: the person can fix it
            yield await self._store_error(conversation_id, text, str(e), "refused", t0, notices=notices)
            return
        except Exception as e:
            log.exception("could not start an answer")
            yield await self._store_error(conversation_id, text, ERROR, "error", t0, error=type(e).__name__,
                                          notices=notices)
            return
        entry.turn = turn
        if entry.cancelled:
            turn.cancel()
        feeds = turn.action == "ok"
        kind = {"ok": "answer", "emergency": "emergency"}.get(turn.action, "refused")
        prefix = SEPARATOR.join(notices)
        note = prefix or None
        # the emergency message is the first thing the person reads: service notices follow it
        urgent = turn.action == "emergency"
        try:
            await asyncio.to_thread(store.add_message, conversation_id, "user", text, verdict=turn.action,
                                    category=turn.category, feeds_model=feeds)
        except Exception:
            log.exception("could not store the question")
            turn.cancel()
            yield self._final(ERROR, "error", conversation_id=conversation_id, notices=notices)
            return
        answer, error = "", None
        try:
            async for piece in turn.astream():
                answer += piece
                yield Reply(answer, kind=kind, notice=None if urgent else note, conversation_id=conversation_id,
                            category=turn.category, turn=turn)
        except Exception as e:  # the model failed mid-answer: the person gets a short apology
            log.exception("generation failed")
            error = type(e).__name__
            kind = "error"
            answer = f"{answer}{SEPARATOR}{ERROR}" if answer.strip() else ERROR
        if entry.cancelled and kind != "error":
            kind, error = "cancelled", "cancelled"
            answer = f"{answer}{SEPARATOR}{CANCELLED}" if answer.strip() else CANCELLED
        body = (f"{answer}{SEPARATOR}{prefix}" if urgent else f"{prefix}{SEPARATOR}{answer}") if prefix else answer
        final = with_disclaimer(body)
        gen = getattr(turn, "generation", None)
        faith = getattr(turn, "faithfulness", None)  # final once streamed; None without retrieved evidence
        try:
            await asyncio.to_thread(
                store.add_message, conversation_id, "assistant", final,
                prompt_tokens=gen.prompt_tokens if gen else None,
                completion_tokens=gen.completion_tokens if gen else None,
                latency_ms=round((time.perf_counter() - t0) * 1000, 1),
                sources=[p.source for p in turn.passages] or None, verdict=turn.action, category=turn.category,
                feeds_model=feeds and kind == "answer", error=error,
                # each answer sentence the output check replaced, for the admins' review
                events=[("output_check", f.category) for f in getattr(turn, "output_flags", ())],
                faithfulness=faith.counts.to_dict() if faith is not None else None)
        except Exception:
            log.exception("could not store the answer")  # the person still gets what was generated
        self._count(kind)
        yield Reply(answer, done=True, final_text=final, kind=kind, notice=note, conversation_id=conversation_id,
                    category=turn.category, turn=turn)

    async def _conversation_of(self, user_id: int, who: Who) -> int:
        """The person's open conversation in this chat/thread (a new one after the idle timeout); a
        direct message's chat is the person."""
        return await asyncio.to_thread(
            self.store.current_conversation, user_id, platform=who.platform, chat_id=str(who.chat_id or who.user_id),
            thread_id=who.thread_id, is_private=who.is_private, idle_timeout_s=self.limits.idle_timeout_s,
            guild_id=who.guild_id)

    async def _stored_history(self, conversation_id: int, notices: list[str]) -> list[dict]:
        stored = await asyncio.to_thread(self.store.history, conversation_id, HISTORY_FETCH)
        history, dropped = trim_to_budget(as_context(stored), self.limits.history_tokens, self._count_tokens)
        # Told once per conversation, also across restarts: the note is in a stored reply.
        if any(m["role"] == "assistant" and OLDER_DROPPED_NOTE in (m["content"] or "") for m in stored):
            self._told_dropped.add(conversation_id)
        if dropped and conversation_id not in self._told_dropped:
            self._told_dropped.add(conversation_id)
            notices.append(OLDER_DROPPED_NOTE)
        return history

    def _count_tokens(self, text: str) -> int:
        tokenizer = getattr(getattr(self.assistant, "runtime", None), "tokenizer", None)
        if tokenizer is None:
            return len(text) // 4 + 1
        return len(tokenizer.encode(text, add_special_tokens=False))

    async def _store_error(self, conversation_id, text, message, kind, t0, *, error=None, notices=()) -> Reply:
        final = with_disclaimer(SEPARATOR.join([*notices, message]))
        if conversation_id is not None:
            try:
                await asyncio.to_thread(self.store.add_message, conversation_id, "user", text,
                                        verdict="reject" if kind == "refused" else None, feeds_model=False)
                await asyncio.to_thread(self.store.add_message, conversation_id, "assistant", final,
                                        latency_ms=round((time.perf_counter() - t0) * 1000, 1),
                                        feeds_model=False, error=error or kind)
            except Exception:
                log.exception("could not store a refused turn")
        self._count(kind)
        return Reply(message, done=True, final_text=final, kind=kind, conversation_id=conversation_id,
                     notice=SEPARATOR.join(notices) or None)

    def _final(self, message: str, kind: str, *, notices=(), **extra) -> Reply:
        """A reply that is one fixed text (busy, rate limited, blocked, ...), after the first-contact
        notice when this message was the person's first."""
        self._count(kind)
        return Reply(message, done=True, final_text=with_disclaimer(SEPARATOR.join([*notices, message])), kind=kind,
                     notice=SEPARATOR.join(notices) or None, **extra)

    def _count(self, kind: str) -> None:
        with self._lock:
            self._counts[kind] = self._counts.get(kind, 0) + 1

    # ---- commands ---------------------------------------------------------------------------
    async def reset(self, who: Who) -> str:
        """End the person's open conversation here; the next message starts a new one."""
        await self.cancel(who)
        user = await asyncio.to_thread(self.store.touch_user, who.platform, str(who.user_id), who.display_name)
        conversation_id = await self._conversation_of(user.id, who)
        await asyncio.to_thread(self.store.end_conversation, conversation_id, "reset")
        return with_disclaimer(RESET_DONE)

    async def forget(self, who: Who) -> str:
        """Delete everything stored about the person on this platform, now (an answer in flight is
        stopped first, so nothing is written after the deletion)."""
        counts = await self.erase(who)
        return with_disclaimer(FORGET_DONE.format(conversations=counts.get("conversations", 0),
                                                  messages=counts.get("messages", 0)))

    async def erase(self, who: Who) -> dict:
        """`forget` without the message: what was deleted, per table."""
        entry = self._inflight.get(who.key)
        if await self.cancel(who) and entry is not None and entry.finished is not None:
            try:
                await asyncio.wait_for(entry.finished.wait(), timeout=30)
            except TimeoutError:
                log.warning("the cancelled answer did not finish in 30 s; deleting anyway")
        counts = await asyncio.to_thread(self.store.forget_user, who.platform, str(who.user_id))
        self._rate.forget(who.key)
        return counts

    async def set_country(self, who: Who, arg: str) -> str:
        """/country XX: store the person's country for emergency numbers (`country.py` words it)."""
        outcome, code = country_command.parse(arg)
        if outcome in ("set", "clear"):
            await asyncio.to_thread(self.store.touch_user, who.platform, str(who.user_id), who.display_name)
            await asyncio.to_thread(self.store.set_country, who.platform, str(who.user_id), code)
        return with_disclaimer(country_command.reply_text(outcome, code, arg))

    async def mark_notice_shown(self, who: Who) -> None:
        """The surface showed the data notice itself (a welcome message): the first answer then
        does not repeat it."""
        await asyncio.to_thread(self.store.touch_user, who.platform, str(who.user_id), who.display_name)

    async def export(self, who: Who) -> bytes:
        data = await asyncio.to_thread(self.store.export_user, who.platform, str(who.user_id))
        return json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8")

    async def cancel(self, who: Who) -> bool:
        """Stop the person's answer in flight; False when there is none."""
        entry = self._inflight.get(who.key)
        if entry is None:
            return False
        entry.cancelled = True
        if entry.turn is not None:
            entry.turn.cancel()
        return True

    def stats(self) -> dict:
        with self._lock:
            service = {"in_flight": len(self._inflight), "max_queue": self.limits.max_queue,
                       "replies": dict(self._counts)}
        try:
            store = self.store.stats()
        except Exception as e:  # stats must not take a bot down
            log.warning("store stats failed: %s", type(e).__name__)
            store = {}
        return {"service": service, "store": store}

    # ---- for thread-based surfaces (Gradio, the terminal) -------------------------------------
    def reply_blocking(self, who: Who, text: str, **kwargs) -> Iterator[Reply]:
        """`reply` for code without an event loop: runs it on the service's private loop thread.
        Closing the iterator early (a page's Stop button, a client gone) stops the answer."""
        yield from self._loop().iterate(self.reply(who, text, **kwargs))

    def call_blocking(self, coroutine):
        """Run one of the async commands (`reset`, `forget`, ...) from a thread; returns its result."""
        return self._loop().run(coroutine)

    def _loop(self) -> _LoopThread:
        with self._lock:
            if self._loop_thread is None:
                self._loop_thread = _LoopThread()
            return self._loop_thread

    def close(self) -> None:
        if self._loop_thread is not None:
            self._loop_thread.stop()
            self._loop_thread = None


class _LoopThread:
    """An asyncio loop running forever in a daemon thread."""

    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="medassist-service", daemon=True)
        self.thread.start()

    def run(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result()

    def iterate(self, agen) -> Iterator:
        out: queue.Queue = queue.Queue()
        done = object()

        async def pump() -> None:
            try:
                async for item in agen:
                    out.put(item)
            except BaseException as e:
                out.put(e)
                if isinstance(e, asyncio.CancelledError):
                    raise
            finally:
                out.put(done)

        future = asyncio.run_coroutine_threadsafe(pump(), self.loop)
        try:
            while (item := out.get()) is not done:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            if not future.done():
                future.cancel()  # cancels the reply: the answer stops

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


__all__ = ["DISCLAIMER_LINE", "Access", "ConversationService", "Limits", "Reply", "Who"]
