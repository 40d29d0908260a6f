"""The conversation store every surface uses (through the conversation service): users, history as
context, safety events, and each user's control over their data (forget, export, retention).

Each public method is one short transaction, committed before it returns, so a process killed at any
moment loses nothing it has reported as stored. Methods are synchronous and thread-safe (a session
per call on a pooled engine): async callers run them with `asyncio.to_thread`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Engine, delete, exists, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from medassist.bot.store import migrate, pseudonyms
from medassist.bot.store.engine import WRITE_OPTION, display_url, make_engine, resolve_url
from medassist.bot.store.models import (
    END_REASONS,
    SAFETY_KINDS,
    AdminAudit,
    Block,
    Conversation,
    Message,
    SafetyEvent,
    StoreSecret,
    User,
)
from medassist.errors import MedAssistError

log = logging.getLogger(__name__)

ROLES = ("user", "assistant", "system")
DEFAULT_RETENTION_DAYS = 90
RETENTION_EVERY_S = 24 * 3600


def utcnow() -> datetime:
    """Naive UTC (the store's one time convention, see models)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class UserInfo:
    id: int
    blocked: bool
    is_new: bool  # first contact: the caller shows the data notice (reported once per user)
    country: str | None = None  # ISO 3166 alpha-2 the person set with /country


# The category of a message that ended an emergency (`model.safety.conversation_state.RESOLVED`;
# spelled here so the store does not import the safety layer).
EMERGENCY_RESOLVED = "emergency_resolved"


def safety_kind(role: str, verdict: str | None, category: str | None) -> str | None:
    """The safety event a stored user message records, if any (an emergency outranks the rest)."""
    if role != "user":
        return None
    if verdict == "emergency":
        return "emergency"
    if verdict == "reject":
        return "rejected_input"
    if category == "dose_request":
        return "dosing"
    if category == "injection":
        return "injection"
    if category == "distress":
        return "distress"
    return None


class Store:
    def __init__(self, engine: Engine, url: str, *, log_content: bool = True,
                 clock: Callable[[], datetime] = utcnow):
        self.engine = engine
        self.url_for_display = display_url(url)
        self.log_content = log_content
        self.clock = clock  # tests move time forward (idle timeout, retention)
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write_engine = engine.execution_options(**{WRITE_OPTION: True})
        self._write = sessionmaker(self._write_engine, expire_on_commit=False)
        # An in-memory SQLite database is one connection shared by every thread (see make_engine):
        # its transactions must take turns. Files and servers have their own locking.
        in_memory = engine.dialect.name == "sqlite" and engine.url.database in (None, "", ":memory:")
        self._turn = threading.RLock() if in_memory else nullcontext()
        self._closed = threading.Event()
        self._hash_key: str | None = None  # read once (see user_key)

    # ---- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str | None = None, *, upgrade: bool = True, log_content: bool = True,
             retention_days: int | None = DEFAULT_RETENTION_DAYS) -> Store:
        """resolve_url(url); migrate to head when `upgrade` (else refuse a database not at head);
        purge conversations past the retention period now and then once a day in a background
        thread until `close()` (None keeps everything)."""
        if retention_days is not None and retention_days < 1:
            raise MedAssistError("the retention period must be at least 1 day (or none)")
        url = resolve_url(url)
        engine = make_engine(url)
        try:
            if upgrade:
                migrate.upgrade_engine(engine, url)
            else:
                revisions = migrate.check_known(engine, url)
                head = migrate.head_revision()
                if revisions != (head,):
                    raise MedAssistError(
                        f"the database {display_url(url)} is at revision {', '.join(revisions) or 'none'}, "
                        f"not {head}: run `medassist db upgrade`")
        except BaseException:
            engine.dispose()
            raise
        store = cls(engine, url, log_content=log_content)
        if retention_days is not None:
            store.enforce_retention(retention_days)
            store.start_daily_retention(retention_days)
        return store

    def enforce_retention(self, days: int) -> int:
        n = self.purge_older_than(days)
        if n:
            log.info("retention: deleted %d messages in conversations idle for more than %d days", n, days)
        return n

    def start_daily_retention(self, days: int, every_s: float = RETENTION_EVERY_S) -> None:
        """Purge past `days` every `every_s` seconds in a daemon thread (a long-running server or bot
        keeps to the retention period without a restart). A failed purge is logged and retried."""
        def loop() -> None:
            while not self._closed.wait(every_s):
                try:
                    self.enforce_retention(days)
                except Exception:  # the database was briefly unreachable: try again next time
                    log.exception("retention purge failed")

        threading.Thread(target=loop, name="medassist-retention", daemon=True).start()

    def close(self) -> None:
        self._closed.set()
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction (takes SQLite's write lock at BEGIN), committed on exit."""
        with self._turn, self._write() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._turn, self._read() as session, session.begin():
            yield session

    # ---- users and conversations ---------------------------------------------------------------
    def touch_user(self, platform: str, platform_user_id: str, display_name: str | None = None) -> UserInfo:
        platform_user_id = str(platform_user_id)
        now = self.clock()
        hashed = self.user_hash(platform, platform_user_id)  # before the transaction: it may read the key
        for attempt in range(2):
            try:
                with self.writing() as s:
                    user = s.scalars(select(User).where(User.platform == platform,
                                                        User.platform_user_id == platform_user_id)).first()
                    if user is None:
                        user = User(platform=platform, platform_user_id=platform_user_id, first_seen=now,
                                    notice_shown=False)
                        s.add(user)
                    user.last_seen = now
                    if display_name and self.log_content:
                        user.display_name = without_nul(display_name)
                    is_new = not user.notice_shown
                    user.notice_shown = True
                    s.flush()
                    blocked = s.get(Block, (platform, hashed)) is not None
                    return UserInfo(user.id, blocked, is_new, user.country)
            except IntegrityError:
                # Two first messages raced (PostgreSQL has no database-wide write lock): the other
                # one created the row, so read it on the second pass.
                if attempt:
                    raise
        raise AssertionError("unreachable")

    # ---- blocks (kept apart from users: see models.Block) ------------------------------------------
    def set_blocked(self, platform: str, platform_user_id: str, blocked: bool) -> bool:
        """Block or unblock anyone, seen before or not (a forgotten user stays blocked). True when
        this changed something, False when they already were (or were not) blocked."""
        key = (platform, self.user_hash(platform, platform_user_id))
        with self.writing() as s:
            row = s.get(Block, key)
            if blocked and row is None:
                s.add(Block(platform=platform, user_hash=key[1], blocked_at=self.clock()))
                return True
            if not blocked and row is not None:
                s.delete(row)
                return True
        return False

    def is_blocked(self, platform: str, platform_user_id: str) -> bool:
        key = (platform, self.user_hash(platform, platform_user_id))
        with self.reading() as s:
            return s.get(Block, key) is not None

    def user_key(self) -> str:
        """This database's key of the user-id hashes (made by migration 0002; made here if lost)."""
        if self._hash_key is None:
            with self.reading() as s:
                key = s.scalar(select(StoreSecret.value).where(StoreSecret.name == pseudonyms.KEY_NAME))
            if key is None:
                try:
                    with self.writing() as s:
                        s.add(StoreSecret(name=pseudonyms.KEY_NAME, value=pseudonyms.new_key()))
                except IntegrityError:  # another process made it first
                    pass
                with self.reading() as s:
                    key = s.scalar(select(StoreSecret.value).where(StoreSecret.name == pseudonyms.KEY_NAME))
            self._hash_key = key
        return self._hash_key

    def user_hash(self, platform: str, platform_user_id: str) -> str:
        return pseudonyms.user_hash(self.user_key(), platform, str(platform_user_id))

    def pseudonym(self, platform: str, platform_user_id: str) -> str:
        """What the audit says instead of a forgotten user's id ("forgotten:<12 hex>")."""
        return pseudonyms.forgotten(self.user_key(), platform, str(platform_user_id))

    def set_country(self, platform: str, platform_user_id: str, country: str | None) -> bool:
        """Store the person's country (ISO 3166 alpha-2; None clears it). False when no such user."""
        with self.writing() as s:
            n = s.execute(update(User).where(User.platform == platform,
                                             User.platform_user_id == str(platform_user_id))
                          .values(country=country)).rowcount
        return bool(n)

    def current_conversation(self, user_id: int, *, platform: str, chat_id: str, thread_id: str | None = None,
                             is_private: bool = True, idle_timeout_s: float | None = 1800,
                             guild_id: str | None = None) -> int:
        chat_id = str(chat_id or "")
        thread_id = None if thread_id is None else str(thread_id)
        now = self.clock()
        with self.writing() as s:
            conv = s.scalars(
                select(Conversation)
                .where(Conversation.user_id == user_id, Conversation.platform == platform,
                       Conversation.chat_id == chat_id,
                       Conversation.thread_id.is_(None) if thread_id is None
                       else Conversation.thread_id == thread_id,
                       Conversation.ended_at.is_(None))
                .order_by(Conversation.id.desc()).limit(1)).first()
            if conv is not None:
                if idle_timeout_s is None or now - conv.last_activity_at <= timedelta(seconds=idle_timeout_s):
                    return conv.id
                conv.ended_at, conv.end_reason = now, "idle_timeout"
            conv = Conversation(user_id=user_id, platform=platform, chat_id=chat_id, thread_id=thread_id,
                                guild_id=None if guild_id is None else str(guild_id),
                                is_private=is_private, started_at=now, last_activity_at=now)
            s.add(conv)
            s.flush()
            return conv.id

    def end_conversation(self, conversation_id: int, reason: str) -> None:
        if reason not in END_REASONS:
            raise ValueError(f"end reason must be one of {END_REASONS}, not {reason!r}")
        with self.writing() as s:
            s.execute(update(Conversation)
                      .where(Conversation.id == conversation_id, Conversation.ended_at.is_(None))
                      .values(ended_at=self.clock(), end_reason=reason))

    # ---- history as context --------------------------------------------------------------------
    def history(self, conversation_id: int, limit: int = 50) -> list[dict]:
        """The newest `limit` turns that feed the model, oldest first."""
        with self.reading() as s:
            rows = s.execute(
                select(Message.role, Message.content)
                .where(Message.conversation_id == conversation_id, Message.feeds_model.is_(True),
                       Message.content.is_not(None))
                .order_by(Message.id.desc()).limit(limit)).all()
        return [{"role": role, "content": content} for role, content in reversed(rows)]

    def recent_user_texts(self, conversation_id: int, n: int = 3) -> list[str]:
        """The user's last `n` texts in this conversation (refused ones too), oldest first."""
        with self.reading() as s:
            rows = s.scalars(
                select(Message.content)
                .where(Message.conversation_id == conversation_id, Message.role == "user",
                       Message.content.is_not(None))
                .order_by(Message.id.desc()).limit(n)).all()
        return list(reversed(rows))

    def emergency_active(self, conversation_id: int) -> bool:
        """The conversation is in an emergency: its latest emergency or resolution verdict is an
        emergency (a message that ended one is stored with category `emergency_resolved`)."""
        with self.reading() as s:
            latest = s.scalar(
                select(Message.verdict)
                .where(Message.conversation_id == conversation_id,
                       (Message.verdict == "emergency") | (Message.category == EMERGENCY_RESOLVED))
                .order_by(Message.id.desc()).limit(1))
        return latest == "emergency"

    def add_message(self, conversation_id: int, role: str, content: str, *,
                    prompt_tokens: int | None = None, completion_tokens: int | None = None,
                    latency_ms: float | None = None, sources: list[str] | None = None, verdict: str | None = None,
                    category: str | None = None, feeds_model: bool = True, error: str | None = None,
                    events: Sequence[tuple[str, str | None]] = (), faithfulness: dict | None = None) -> int:
        """Store one message; `events`: extra (kind, category) safety events on it, written in the same
        transaction (the output check's replaced answer sentences); `faithfulness`: an answer's
        FaithfulnessCounts.to_dict() (counts only; None where the check did not run)."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, not {role!r}")
        now = self.clock()
        with self.writing() as s:
            user_id = s.scalar(select(Conversation.user_id).where(Conversation.id == conversation_id))
            if user_id is None:
                raise ValueError(f"no conversation {conversation_id}")
            # NUL is stripped, not refused: it means nothing in chat text, PostgreSQL cannot store it
            # in a text column, and SQLite could, which would make the two stores differ.
            msg = Message(conversation_id=conversation_id, user_id=user_id, role=role,
                          content=without_nul(content) if self.log_content else None, created_at=now,
                          prompt_tokens=prompt_tokens, completion_tokens=completion_tokens, latency_ms=latency_ms,
                          sources=[without_nul(x) for x in sources] if sources else None, verdict=verdict,
                          category=category, feeds_model=feeds_model, error=without_nul(error))
            if faithfulness is not None:
                f = faithfulness
                msg.faith_supported, msg.faith_unsupported = int(f["supported"]), int(f["unsupported"])
                msg.faith_replaced, msg.faith_dropped = int(f["replaced"]), int(f["dropped"])
                msg.faith_abstained = bool(f["abstained"])
            s.add(msg)
            s.flush()
            if kind := safety_kind(role, verdict, category):
                s.add(SafetyEvent(kind=kind, category=category, message_id=msg.id, conversation_id=conversation_id,
                                  user_id=user_id, created_at=now))
            for kind, event_category in events:
                if kind not in SAFETY_KINDS:
                    raise ValueError(f"safety event kind must be one of {SAFETY_KINDS}, not {kind!r}")
                s.add(SafetyEvent(kind=kind, category=event_category, message_id=msg.id,
                                  conversation_id=conversation_id, user_id=user_id, created_at=now))
            s.execute(update(Conversation).where(Conversation.id == conversation_id)
                      .values(last_activity_at=now))
            return msg.id

    # ---- the user's control over their data ----------------------------------------------------
    def forget_user(self, platform: str, platform_user_id: str) -> dict:
        """Delete everything of one user (events, messages, conversations, the user row) at once, and
        put a pseudonym in their place in the admin audit. A block (table `blocks`) stays."""
        platform_user_id = str(platform_user_id)
        self.user_key()  # before the transaction (see touch_user)
        with self.writing() as s:
            row = s.execute(select(User.id, User.display_name).where(
                User.platform == platform, User.platform_user_id == platform_user_id)).first()
            self._pseudonymise_audit(s, [(platform, platform_user_id, row.display_name if row else None)])
            if row is None:
                return {"users": 0, "conversations": 0, "messages": 0, "safety_events": 0}
            uid = row.id
            counts = {
                "safety_events": s.execute(delete(SafetyEvent).where(SafetyEvent.user_id == uid)).rowcount,
                "messages": s.execute(delete(Message).where(Message.user_id == uid)).rowcount,
                "conversations": s.execute(delete(Conversation).where(Conversation.user_id == uid)).rowcount,
                "users": s.execute(delete(User).where(User.id == uid)).rowcount,
            }
        return counts

    def export_user(self, platform: str, platform_user_id: str) -> dict:
        """Everything stored about one user, JSON-able (times as ISO 8601 UTC)."""
        blocked = self.is_blocked(platform, str(platform_user_id))
        with self.reading() as s:
            user = s.scalars(select(User).where(User.platform == platform,
                                                User.platform_user_id == str(platform_user_id))).first()
            if user is None:
                return {"user": None, "conversations": [], "safety_events": []}
            convs = s.scalars(select(Conversation).where(Conversation.user_id == user.id)
                              .order_by(Conversation.id)).all()
            msgs = s.scalars(select(Message).where(Message.user_id == user.id).order_by(Message.id)).all()
            events = s.scalars(select(SafetyEvent).where(SafetyEvent.user_id == user.id)
                               .order_by(SafetyEvent.id)).all()
        by_conv: dict[int, list[dict]] = {}
        for m in msgs:
            by_conv.setdefault(m.conversation_id, []).append(message_dict(m))
        return {
            "exported_at": iso(self.clock()),
            "user": {"platform": user.platform, "platform_user_id": user.platform_user_id,
                     "display_name": user.display_name, "first_seen": iso(user.first_seen),
                     "last_seen": iso(user.last_seen), "blocked": blocked, "country": user.country},
            "conversations": [{**conversation_dict(c), "messages": by_conv.get(c.id, [])} for c in convs],
            "safety_events": [event_dict(e) for e in events],
        }

    def purge_older_than(self, days: int) -> int:
        """Delete conversations whose last activity is older than `days` days (with their messages
        and events), and users with nothing left who were last seen before then. Returns the
        number of messages deleted."""
        if days < 0:
            raise ValueError("days must be >= 0")
        cutoff = self.clock() - timedelta(days=days)
        self.user_key()  # before the transaction (see touch_user)
        with self.writing() as s:
            old = select(Conversation.id).where(Conversation.last_activity_at < cutoff)
            s.execute(delete(SafetyEvent).where(SafetyEvent.conversation_id.in_(old)))
            n = s.execute(delete(Message).where(Message.conversation_id.in_(old))).rowcount
            s.execute(delete(Conversation).where(Conversation.last_activity_at < cutoff))
            idle = (User.last_seen < cutoff, ~exists().where(Conversation.user_id == User.id))
            gone = s.execute(select(User.id, User.platform, User.platform_user_id, User.display_name)
                             .where(*idle)).all()
            if gone:
                s.execute(delete(User).where(User.id.in_([u.id for u in gone])))
                self._pseudonymise_audit(s, [(u.platform, u.platform_user_id, u.display_name) for u in gone])
        return int(n or 0)

    def _pseudonymise_audit(self, s: Session, people: list[tuple[str, str, str | None]],
                            batch: int = 1000) -> None:
        """In audit rows that name one of `people` (platform, id, display name) as their target or
        user filter, replace the id, the user filter and the search term with the person's pseudonym;
        a search for the person's id or name alone is replaced too. Search terms of other rows cannot
        be told apart from anyone else's and stay."""
        key = self.user_key()
        refs = []
        for platform, uid, name in people:
            names = {n.strip().casefold() for n in (uid, name) if n and n.strip()}
            refs.append((platform, f"{platform}:{uid}", names, pseudonyms.forgotten(key, platform, uid)))
        last = 0
        while True:
            rows = s.execute(select(AdminAudit.id, AdminAudit.target, AdminAudit.filters)
                             .where(AdminAudit.id > last).order_by(AdminAudit.id).limit(batch)).all()
            for row_id, target, filters in rows:
                new_target, new_filters = target, dict(filters) if isinstance(filters, dict) else filters
                for platform, target_ref, names, alias in refs:
                    new_target, new_filters = _pseudonymised(new_target, new_filters, platform, target_ref,
                                                             names, alias)
                if (new_target, new_filters) != (target, filters):
                    s.execute(update(AdminAudit).where(AdminAudit.id == row_id)
                              .values(target=new_target, filters=new_filters))
            if len(rows) < batch:
                return
            last = rows[-1].id

    def stats(self) -> dict:
        with self.reading() as s:
            per_platform = {p: n for p, n in s.execute(
                select(Conversation.platform, func.count(Message.id))
                .join(Message, Message.conversation_id == Conversation.id)
                .group_by(Conversation.platform)).all()}
            return {
                "users": s.scalar(select(func.count(User.id))),
                "conversations": s.scalar(select(func.count(Conversation.id))),
                "open_conversations": s.scalar(select(func.count(Conversation.id))
                                               .where(Conversation.ended_at.is_(None))),
                "messages": s.scalar(select(func.count(Message.id))),
                "messages_per_platform": per_platform,
                "safety_events": s.scalar(select(func.count(SafetyEvent.id))),
                "safety_events_unreviewed": s.scalar(select(func.count(SafetyEvent.id))
                                                     .where(SafetyEvent.reviewed_at.is_(None))),
            }

    # ---- admin audit ---------------------------------------------------------------------------
    def audit(self, actor: str, via: str, action: str, target: str | None = None,
              filters: dict[str, Any] | None = None) -> None:
        """Record that an admin viewed or exported stored conversations (committed at once)."""
        with self.writing() as s:
            s.add(AdminAudit(at=self.clock(), actor=actor, via=via, action=action, target=target,
                             filters={k: v for k, v in (filters or {}).items() if v not in (None, "", False)}
                             or None))


def without_nul(text: str | None) -> str | None:
    return text.replace("\x00", "") if isinstance(text, str) else text


def _pseudonymised(target: str | None, filters: Any, platform: str, target_ref: str, names: set[str],
                   alias: str) -> tuple[str | None, Any]:
    """One audit row's target and filters with one person replaced by `alias` (see _pseudonymise_audit)."""
    def names_them(value: Any) -> bool:
        return isinstance(value, str) and value.strip().casefold() in names

    by_target = target == target_ref
    if by_target:
        target = alias
    if not isinstance(filters, dict):
        return target, filters
    same_platform = filters.get("platform") in (None, platform)
    if by_target or (same_platform and names_them(filters.get("user"))):
        filters = {**filters, **{k: alias for k in ("user", "search") if filters.get(k) is not None}}
    elif same_platform and names_them(filters.get("search")):
        filters = {**filters, "search": alias}
    return target, filters


def iso(t: datetime | None) -> str | None:
    return None if t is None else t.isoformat(timespec="seconds") + "Z"


def conversation_dict(c: Conversation) -> dict:
    return {"id": c.id, "platform": c.platform, "chat_id": c.chat_id, "thread_id": c.thread_id,
            "is_private": c.is_private, "started_at": iso(c.started_at), "last_activity_at": iso(c.last_activity_at),
            "ended_at": iso(c.ended_at), "end_reason": c.end_reason}


def message_dict(m: Message) -> dict:
    return {"id": m.id, "conversation_id": m.conversation_id, "role": m.role, "content": m.content,
            "created_at": iso(m.created_at),
            "prompt_tokens": m.prompt_tokens, "completion_tokens": m.completion_tokens, "latency_ms": m.latency_ms,
            "sources": m.sources, "verdict": m.verdict, "category": m.category, "error": m.error,
            "feeds_model": m.feeds_model}


def event_dict(e: SafetyEvent) -> dict:
    return {"id": e.id, "kind": e.kind, "category": e.category, "message_id": e.message_id,
            "conversation_id": e.conversation_id, "created_at": iso(e.created_at), "reviewed_by": e.reviewed_by,
            "reviewed_at": iso(e.reviewed_at), "note": e.note}
