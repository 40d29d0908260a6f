"""Kept clustering results of the insights page (table `insights_snapshots`, revision 0007).

A period's topics cost seconds to cluster; kept in the store, the result survives a restart of the
desk, so the first view after one is a few queries. What is kept is what the page shows and no
more: counts, MedQuAD topic names and the message ids of example questions of topics enough people
asked about (their text is read at view time, so a forgotten message's text never shows).

A snapshot is exact for (period, embedding model, stamp), the stamp being the kept vectors' count
and newest id: a new or deleted vector makes a new one needed. The default view (the last 7 days)
moves every hour, so `latest` finds the newest snapshot of the same view (filters and length) for
the page to show, saying when it was computed, while the current one is computed in the background.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select

from medassist.bot.admin.insights_period import Period
from medassist.bot.store import Store
from medassist.bot.store.models import InsightsSnapshot

log = logging.getLogger(__name__)

KEEP = timedelta(days=8)  # older snapshots are deleted (a weekly view's previous week stays comparable)
# A "same view" result is shown in place of the current one only if its period ended at most this
# long before the current one's end (the previous week's topics are not this week's).
STALE_AT_MOST = timedelta(days=1)


def period_key(period: Period) -> str:
    return "|".join([period.start.isoformat(), period.end.isoformat(), period.platform or "", period.chat or "",
                     period.guild or ""])


def save(store: Store, period: Period, model: str | None, stamp: str, result: dict[str, Any]) -> None:
    now = store.clock()
    with store.writing() as s:
        s.execute(delete(InsightsSnapshot).where(InsightsSnapshot.computed_at < now - KEEP))
        s.execute(delete(InsightsSnapshot).where(InsightsSnapshot.period_key == period_key(period),
                                                 InsightsSnapshot.model.is_(None) if model is None
                                                 else InsightsSnapshot.model == model))
        s.add(InsightsSnapshot(period_key=period_key(period), filters_key=period.filters_key(), model=model,
                               stamp=stamp, computed_at=now, result=result))


def _model_is(model: str | None):
    return InsightsSnapshot.model.is_(None) if model is None else InsightsSnapshot.model == model


def exact(store: Store, period: Period, model: str | None, stamp: str) -> tuple[dict, datetime] | None:
    """(result, computed_at) of this very period over these very vectors, if kept."""
    with store.reading() as s:
        row = s.execute(select(InsightsSnapshot.result, InsightsSnapshot.computed_at)
                        .where(InsightsSnapshot.period_key == period_key(period), _model_is(model),
                               InsightsSnapshot.stamp == stamp)
                        .order_by(InsightsSnapshot.id.desc()).limit(1)).first()
    return None if row is None else (row[0], row[1])


def latest(store: Store, period: Period, model: str | None) -> tuple[dict, datetime] | None:
    """(result, computed_at) of the newest snapshot of the same view whose period ended at most
    STALE_AT_MOST before this one's (an hour ago's default view, not last week's)."""
    with store.reading() as s:
        rows = s.execute(select(InsightsSnapshot.result, InsightsSnapshot.computed_at)
                         .where(InsightsSnapshot.filters_key == period.filters_key(), _model_is(model),
                                InsightsSnapshot.computed_at >= period.end - STALE_AT_MOST - KEEP)
                         .order_by(InsightsSnapshot.computed_at.desc(), InsightsSnapshot.id.desc())
                         .limit(20)).all()
    for result, computed_at in rows:
        if period.end - STALE_AT_MOST <= datetime.fromisoformat(result["end"]) <= period.end:
            return result, computed_at
    return None
