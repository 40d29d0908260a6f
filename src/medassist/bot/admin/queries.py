"""What an admin can see of the store, shared by the web desk and the CLI: filtered conversation
lists, one thread, the safety-event queue, per-message export rows and daily counts.

Every function here only reads (or, for `mark_reviewed`, writes review fields); recording the view in
the admin audit is the caller's job, since only the caller knows who is looking and through what.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import Select, and_, exists, func, select
from sqlalchemy.orm import aliased

from medassist.bot.store.models import Conversation, Message, SafetyEvent, User
from medassist.bot.store.store import Store, conversation_dict, event_dict, iso, message_dict
from medassist.errors import MedAssistError

EXPORT_FIELDS = ["message_id", "created_at", "platform", "user", "display_name", "conversation_id", "role",
                 "content", "verdict", "category", "safety_events", "sources", "prompt_tokens",
                 "completion_tokens", "latency_ms", "feeds_model", "error"]


def parse_when(value: str | None, *, end: bool = False) -> datetime | None:
    """A date (2026-11-01) or ISO time; a bare date as `--until` means the end of that day."""
    if value is None or not str(value).strip():
        return None
    value = str(value).strip()
    try:
        if len(value) == 10:
            d = date.fromisoformat(value)
            return datetime.combine(d + timedelta(days=1), time()) if end else datetime.combine(d, time())
        t = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as e:
        raise MedAssistError(f"not a date: {value!r} (use YYYY-MM-DD or an ISO time)") from e
    if t.tzinfo is not None:  # the store keeps naive UTC
        t = t.astimezone(timezone.utc).replace(tzinfo=None)
    return t


@dataclass(frozen=True)
class Filters:
    platform: str | None = None
    user: str | None = None  # platform user id, or display name
    since: str | None = None
    until: str | None = None
    flagged: bool = False  # only conversations with a safety event
    search: str | None = None  # text in any message

    def __post_init__(self) -> None:
        parse_when(self.since), parse_when(self.until, end=True)  # bad dates fail here, early

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "", False)}

    def conversations(self) -> Select:
        """The conversations this filter selects (joined with their user)."""
        q = select(Conversation, User).join(User, User.id == Conversation.user_id)
        if self.platform:
            q = q.where(Conversation.platform == self.platform)
        if self.user:
            q = q.where((User.platform_user_id == self.user) | (User.display_name == self.user))
        if since := parse_when(self.since):
            q = q.where(Conversation.last_activity_at >= since)
        if until := parse_when(self.until, end=True):
            q = q.where(Conversation.started_at < until)
        if self.flagged:
            q = q.where(exists().where(SafetyEvent.conversation_id == Conversation.id))
        if self.search:
            m = aliased(Message)
            q = q.where(exists().where(m.conversation_id == Conversation.id,
                                       m.content.icontains(self.search, autoescape=True)))
        return q


def list_conversations(store: Store, f: Filters, *, limit: int = 50, offset: int = 0) -> list[dict]:
    n_msgs = (select(func.count(Message.id)).where(Message.conversation_id == Conversation.id)
              .correlate(Conversation).scalar_subquery())
    n_open = (select(func.count(SafetyEvent.id))
              .where(SafetyEvent.conversation_id == Conversation.id, SafetyEvent.reviewed_at.is_(None))
              .correlate(Conversation).scalar_subquery())
    n_events = (select(func.count(SafetyEvent.id)).where(SafetyEvent.conversation_id == Conversation.id)
                .correlate(Conversation).scalar_subquery())
    first_text = (select(Message.content).where(Message.conversation_id == Conversation.id,
                                                Message.role == "user")
                  .order_by(Message.id).limit(1).correlate(Conversation).scalar_subquery())
    q = (f.conversations().add_columns(n_msgs, n_events, n_open, first_text)
         .order_by(Conversation.last_activity_at.desc(), Conversation.id.desc()).limit(limit).offset(offset))
    with store.reading() as s:
        rows = s.execute(q).all()
    return [{**conversation_dict(c), "user": u.platform_user_id, "display_name": u.display_name,
             "messages": n, "safety_events": ne, "unreviewed": no, "preview": (t or "")[:120]}
            for c, u, n, ne, no, t in rows]


def count_conversations(store: Store, f: Filters) -> int:
    with store.reading() as s:
        return s.scalar(select(func.count()).select_from(f.conversations().subquery()))


def thread(store: Store, conversation_id: int) -> dict | None:
    """One conversation with its user, every message in order, and each message's events."""
    with store.reading() as s:
        row = s.execute(select(Conversation, User).join(User, User.id == Conversation.user_id)
                        .where(Conversation.id == conversation_id)).first()
        if row is None:
            return None
        conv, user = row
        msgs = s.scalars(select(Message).where(Message.conversation_id == conversation_id)
                         .order_by(Message.id)).all()
        events = s.scalars(select(SafetyEvent).where(SafetyEvent.conversation_id == conversation_id)
                           .order_by(SafetyEvent.id)).all()
    by_msg: dict[int, list[dict]] = {}
    for e in events:
        by_msg.setdefault(e.message_id, []).append(event_dict(e))
    return {**conversation_dict(conv), "user": user.platform_user_id, "display_name": user.display_name,
            "user_blocked": store.is_blocked(user.platform, user.platform_user_id),
            "messages": [{**message_dict(m), "events": by_msg.get(m.id, [])} for m in msgs]}


def safety_events(store: Store, *, status: str = "open", f: Filters | None = None,
                  limit: int = 200) -> list[dict]:
    """The review queue: `open` (not yet reviewed), `reviewed` or `all`, newest first."""
    if status not in ("open", "reviewed", "all"):
        raise MedAssistError("status must be open, reviewed or all")
    conv_ids = (f or Filters()).conversations().with_only_columns(Conversation.id)
    q = (select(SafetyEvent, Message.content, Conversation.platform, User.platform_user_id, User.display_name)
         .join(Message, Message.id == SafetyEvent.message_id)
         .join(Conversation, Conversation.id == SafetyEvent.conversation_id)
         .join(User, User.id == SafetyEvent.user_id)
         .where(SafetyEvent.conversation_id.in_(conv_ids))
         .order_by(SafetyEvent.created_at.desc(), SafetyEvent.id.desc()).limit(limit))
    if status == "open":
        q = q.where(SafetyEvent.reviewed_at.is_(None))
    elif status == "reviewed":
        q = q.where(SafetyEvent.reviewed_at.is_not(None))
    with store.reading() as s:
        rows = s.execute(q).all()
    return [{**event_dict(e), "content": content, "platform": platform, "user": uid, "display_name": name}
            for e, content, platform, uid, name in rows]


def mark_reviewed(store: Store, event_id: int, *, by: str, note: str | None = None) -> bool:
    with store.writing() as s:
        event = s.get(SafetyEvent, event_id)
        if event is None:
            return False
        event.reviewed_by, event.reviewed_at = by, store.clock()
        event.note = (note or "").strip()[:2000] or None
    return True


def message_rows(store: Store, f: Filters, *, batch: int = 1000) -> Iterator[dict]:
    """One flat dict per message of the filtered conversations (within since/until), oldest first,
    read in batches so an export of the whole store streams in bounded memory."""
    convs = f.conversations().with_only_columns(Conversation.id)
    events = (select(func.count(SafetyEvent.id)).where(SafetyEvent.message_id == Message.id)
              .correlate(Message).scalar_subquery())
    q = (select(Message, Conversation.platform, User.platform_user_id, User.display_name, events)
         .join(Conversation, Conversation.id == Message.conversation_id)
         .join(User, User.id == Message.user_id)
         .where(Message.conversation_id.in_(convs)))
    if since := parse_when(f.since):
        q = q.where(Message.created_at >= since)
    if until := parse_when(f.until, end=True):
        q = q.where(Message.created_at < until)
    last = 0
    while True:
        with store.reading() as s:
            rows = s.execute(q.where(Message.id > last).order_by(Message.id).limit(batch)).all()
        for m, platform, uid, name, n_events in rows:
            yield {"message_id": m.id, "created_at": iso(m.created_at), "platform": platform, "user": uid,
                   "display_name": name, "conversation_id": m.conversation_id, "role": m.role,
                   "content": m.content, "verdict": m.verdict, "category": m.category,
                   "safety_events": n_events, "sources": m.sources, "prompt_tokens": m.prompt_tokens,
                   "completion_tokens": m.completion_tokens, "latency_ms": m.latency_ms,
                   "feeds_model": m.feeds_model, "error": m.error}
        if len(rows) < batch:
            return
        last = rows[-1][0].id


def daily_counts(store: Store, *, days: int = 30) -> dict:
    """Messages per day per platform and safety events per day, for the last `days` days."""
    start = datetime.combine(store.clock().date() - timedelta(days=days - 1), time())
    day_m, day_e = func.date(Message.created_at), func.date(SafetyEvent.created_at)
    with store.reading() as s:
        msgs = s.execute(select(day_m, Conversation.platform, func.count(Message.id))
                         .join(Conversation, Conversation.id == Message.conversation_id)
                         .where(Message.created_at >= start)
                         .group_by(day_m, Conversation.platform)).all()
        evs = s.execute(select(day_e, func.count(SafetyEvent.id)).where(SafetyEvent.created_at >= start)
                        .group_by(day_e)).all()
    labels = [(start.date() + timedelta(days=i)).isoformat() for i in range(days)]
    per_platform: dict[str, dict[str, int]] = {}
    for d, platform, n in msgs:
        per_platform.setdefault(platform, {})[str(d)[:10]] = n
    events = {str(d)[:10]: n for d, n in evs}
    return {"days": labels,
            "messages": {p: [counts.get(d, 0) for d in labels] for p, counts in sorted(per_platform.items())},
            "safety_events": [events.get(d, 0) for d in labels]}


def stats(store: Store) -> dict:
    base = store.stats()
    with store.reading() as s:
        kinds = dict(s.execute(select(SafetyEvent.kind, func.count(SafetyEvent.id))
                               .group_by(SafetyEvent.kind)).all())
        users = dict(s.execute(select(User.platform, func.count(User.id)).group_by(User.platform)).all())
        tokens = s.execute(select(func.avg(Message.latency_ms), func.sum(Message.completion_tokens))
                           .where(and_(Message.role == "assistant", Message.latency_ms.is_not(None)))).one()
    return {**base, "users_per_platform": users, "safety_events_per_kind": kinds,
            "mean_reply_latency_ms": None if tokens[0] is None else round(float(tokens[0]), 1),
            "completion_tokens": int(tokens[1] or 0)}
