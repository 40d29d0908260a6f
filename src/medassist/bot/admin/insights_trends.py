"""Safety trends: emergencies, dosing questions and the other safety events per day and per
category over a period, and the review queue's backlog (open events at the end of each day)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select

from medassist.bot.admin.insights_period import Period
from medassist.bot.store import Store
from medassist.bot.store.models import SAFETY_KINDS, Conversation, SafetyEvent

TOP_CATEGORIES = 6


def _events(period: Period, *columns):
    q = select(*columns)
    if period.platform or period.chat or period.guild:
        q = q.join(Conversation, Conversation.id == SafetyEvent.conversation_id)
        if period.platform:
            q = q.where(Conversation.platform == period.platform)
        if period.chat:
            q = q.where(Conversation.chat_id == period.chat)
        if period.guild:
            q = q.where(Conversation.guild_id == period.guild)
    return q


def trends(store: Store, period: Period) -> dict:
    """{"days", "per_kind": {kind: [n per day]}, "per_category": {category: [n per day]},
    "category_totals": {(kind, category): n}, "backlog": [open at each day's end], "open_now",
    "open_per_kind", "oldest_open"} (kinds the store knows come first, then any new ones)."""
    days = period.days
    index = {d: i for i, d in enumerate(days)}
    day = func.date(SafetyEvent.created_at)
    in_period = (SafetyEvent.created_at >= period.start, SafetyEvent.created_at < period.end)
    with store.reading() as s:
        rows = s.execute(_events(period, day, SafetyEvent.kind, SafetyEvent.category, func.count(SafetyEvent.id))
                         .where(*in_period).group_by(day, SafetyEvent.kind, SafetyEvent.category)).all()
        # Events that were open at some moment of the period: created before its end, not reviewed before its start.
        spans = s.execute(_events(period, SafetyEvent.created_at, SafetyEvent.reviewed_at)
                          .where(SafetyEvent.created_at < period.end,
                                 or_(SafetyEvent.reviewed_at.is_(None), SafetyEvent.reviewed_at >= period.start))
                          ).all()
        open_now = s.execute(_events(period, SafetyEvent.kind, func.count(SafetyEvent.id), func.min(SafetyEvent.created_at))
                             .where(SafetyEvent.reviewed_at.is_(None)).group_by(SafetyEvent.kind)).all()
    kinds = [k for k in SAFETY_KINDS] + sorted({k for _, k, _, _ in rows} - set(SAFETY_KINDS))
    per_kind = {k: [0] * len(days) for k in kinds}
    totals: Counter = Counter()
    per_cat: dict[str, list[int]] = {}
    for d, kind, category, n in rows:
        i = index.get(str(d)[:10])
        if i is None:
            continue
        per_kind[kind][i] += n
        label = category or kind
        per_cat.setdefault(label, [0] * len(days))[i] += n
        totals[(kind, label)] += n
    top = sorted(per_cat, key=lambda c: -sum(per_cat[c]))[:TOP_CATEGORIES]
    ends = [min(datetime.fromisoformat(d) + timedelta(days=1), period.end) for d in days]
    backlog = [sum(1 for created, reviewed in spans if created < end and (reviewed is None or reviewed >= end))
               for end in ends]
    oldest = min((t for _, _, t in open_now), default=None)
    return {"days": days,
            "per_kind": {k: v for k, v in per_kind.items() if any(v)},
            "per_category": {c: per_cat[c] for c in top},
            "category_totals": [{"kind": k, "category": c, "events": n}
                                for (k, c), n in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))],
            "backlog": backlog,
            "open_now": sum(n for _, n, _ in open_now),
            "open_per_kind": {k: n for k, n, _ in open_now},
            "oldest_open": None if oldest is None else oldest.isoformat(timespec="seconds")}
