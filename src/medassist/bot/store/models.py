"""The store's tables as typed SQLAlchemy 2 ORM classes. Alembic migrations (repository-root
`alembic/`) are the only way the schema is created; a test checks the two do not drift.

Times are naive UTC datetimes everywhere: SQLite keeps no time zone, and one convention on both
SQLite and PostgreSQL keeps comparisons (idle timeout, retention) the same on each.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Deterministic constraint names, so migrations can drop/alter them (SQLite batch mode needs names).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

END_REASONS = ("reset", "idle_timeout", "forget")
SAFETY_KINDS = ("emergency", "dosing", "injection", "distress", "rejected_input", "output_check")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class User(Base):
    """One person on one platform (the same human on Telegram and Discord is two users)."""

    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("platform", "platform_user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    platform_user_id: Mapped[str] = mapped_column(String(128))
    display_name: Mapped[str | None] = mapped_column(String(256))
    first_seen: Mapped[datetime] = mapped_column(DateTime)
    last_seen: Mapped[datetime] = mapped_column(DateTime, index=True)
    notice_shown: Mapped[bool] = mapped_column(Boolean, default=False)
    # ISO 3166 alpha-2, set by the person (/country): emergency replies give that country's number.
    country: Mapped[str | None] = mapped_column(String(2))

    conversations: Mapped[list[Conversation]] = relationship(back_populates="user", passive_deletes=True)


class Block(Base):
    """A blocked person. Its own table, not a flag on `users`, so that neither /forget nor the retention
    period (which delete the user row) lifts a block. Keyed by a hash of the platform id, not the id
    itself, so the list outlives a forgotten user without naming them (see pseudonyms.py)."""

    __tablename__ = "blocks"

    platform: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_hash: Mapped[str] = mapped_column(String(64), primary_key=True)  # pseudonyms.user_hash
    blocked_at: Mapped[datetime] = mapped_column(DateTime)


class StoreSecret(Base):
    """Per-database random values, such as the key of the user-id hashes (pseudonyms.KEY_NAME)."""

    __tablename__ = "store_secrets"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))


class Conversation(Base):
    """A run of turns in one chat (or thread) that share context, until reset, idle timeout or forget."""

    __tablename__ = "conversations"
    __table_args__ = (
        # current_conversation's lookup: the open conversation of (user, platform, chat, thread).
        Index("ix_conversations_open", "user_id", "platform", "chat_id", "thread_id", "ended_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(32), index=True)
    chat_id: Mapped[str] = mapped_column(String(128), default="")
    thread_id: Mapped[str | None] = mapped_column(String(128))
    guild_id: Mapped[str | None] = mapped_column(String(32))  # a Discord server message's server (insights filter)
    is_private: Mapped[bool] = mapped_column(Boolean, default=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    # The idle timeout and retention look at the latest activity, without scanning messages.
    last_activity_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    end_reason: Mapped[str | None] = mapped_column(String(16))

    user: Mapped[User] = relationship(back_populates="conversations")
    messages: Mapped[list[Message]] = relationship(back_populates="conversation", passive_deletes=True,
                                                   order_by="Message.id")


class Message(Base):
    """One turn: a user's question or the assistant's reply, with its metadata and safety verdict."""

    __tablename__ = "messages"
    __table_args__ = (
        # history(): the newest N turns of one conversation.
        Index("ix_messages_conversation_id_id", "conversation_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    # Denormalised owner: forget/export/retention and the admin filters work without a join.
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    content: Mapped[str | None] = mapped_column(Text)  # NULL when stored with log_content=False
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    prompt_tokens: Mapped[int | None] = mapped_column(Integer)
    completion_tokens: Mapped[int | None] = mapped_column(Integer)
    latency_ms: Mapped[float | None] = mapped_column(Float)
    sources: Mapped[list[str] | None] = mapped_column(JSON)
    verdict: Mapped[str | None] = mapped_column(String(16))
    category: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)
    feeds_model: Mapped[bool] = mapped_column(Boolean, default=True)
    # An answer's faithfulness verdict (model/faithfulness.py), counts only, never text: its sentences
    # supported / unsupported by the evidence (of those: replaced by a quote, dropped) and whether the
    # answer was withheld. NULL for replies the check did not run on and for answers stored before 0008.
    faith_supported: Mapped[int | None] = mapped_column(Integer)
    faith_unsupported: Mapped[int | None] = mapped_column(Integer)
    faith_replaced: Mapped[int | None] = mapped_column(Integer)
    faith_dropped: Mapped[int | None] = mapped_column(Integer)
    faith_abstained: Mapped[bool | None] = mapped_column(Boolean)

    conversation: Mapped[Conversation] = relationship(back_populates="messages")


class SafetyEvent(Base):
    """A message the safety layer acted on, queued for an admin's review."""

    __tablename__ = "safety_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)  # one of SAFETY_KINDS
    category: Mapped[str | None] = mapped_column(String(64))
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    reviewed_by: Mapped[str | None] = mapped_column(String(128))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(Text)


class AdminAudit(Base):
    """Who looked at or exported which stored conversations, and when (desk and CLI alike)."""

    __tablename__ = "admin_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(128))
    via: Mapped[str] = mapped_column(String(16))  # "web" | "cli"
    action: Mapped[str] = mapped_column(String(32))  # list, show, export, events, review, stats, purge ...
    target: Mapped[str | None] = mapped_column(String(256))
    filters: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class AdminAccount(Base):
    """A login for the admin desk; the password is kept only as a salted scrypt hash."""

    __tablename__ = "admin_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(128), unique=True)
    password_hash: Mapped[str] = mapped_column(String(512))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)


class ApiKey(Base):
    """A key for the OpenAI-compatible API, issued by an admin to one client. Only a SHA-256 hash of
    the key is kept (the key is 32 random bytes, so a fast hash cannot be brute-forced). `key_id` is
    the key's public part: it names the client's namespace of `user` values in the users table."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class MessageEmbedding(Base):
    """A user message's MiniLM vector for the insights page (topics, rephrasings), computed once by
    `medassist admin reindex` and kept: float16 bytes, unit length. Deleted with its message."""

    __tablename__ = "message_embeddings"

    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True)
    model: Mapped[str] = mapped_column(String(128))  # the embedder's name: another model means re-embedding
    vector: Mapped[bytes] = mapped_column(LargeBinary)
    # The nearest MedQuAD passage's focus (what names a topic) and its cosine similarity: the same
    # vectors retrieval searches, so a low score is a question the corpus hardly covers.
    reference_topic: Mapped[str | None] = mapped_column(String(256))
    reference_score: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class InsightsSnapshot(Base):
    """A period's clustered topics and poorly answered groups for the admin insights page (aggregates
    only: counts, MedQuAD topic names, example message ids whose text is looked up at view time), kept
    so a restarted desk serves the last result at once. `stamp` is the vectors it was computed from
    (their count and newest id): a different stamp means new or deleted vectors."""

    __tablename__ = "insights_snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_key: Mapped[str] = mapped_column(String(256), index=True)  # start|end|platform|chat|guild
    filters_key: Mapped[str] = mapped_column(String(256))  # platform|chat|guild|days: the "same view" later
    model: Mapped[str | None] = mapped_column(String(128))
    stamp: Mapped[str] = mapped_column(String(64))
    computed_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
