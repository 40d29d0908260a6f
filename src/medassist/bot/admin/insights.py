"""The insights of one period for the desk, the CLI and the weekly summary: topics, questions
answered poorly, safety trends. Only aggregates leave here: counts, topic names (from MedQuAD, never
from a person's words) and, for topics at least MIN_PEOPLE_FOR_TEXT people asked about, a few
example questions with no name or id beside them.

Topics and the unanswered list cost a clustering run; its result is cached per period and store
state (the number and newest id of the kept vectors), in this process and in the store
(insights_snapshots), so a page view after the first, also after a restart, is a few queries.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from medassist.bot.admin import insights_snapshots as snapshots
from medassist.bot.admin.insights_embeddings import Questions, load_questions, pending_count
from medassist.bot.admin.insights_period import Period
from medassist.bot.admin.insights_topics import Topic, build_topics, medquad_centroids
from medassist.bot.admin.insights_trends import trends
from medassist.bot.admin.insights_unanswered import UnansweredGroup, unanswered
from medassist.bot.store import Store
from medassist.bot.store.models import Message, MessageEmbedding

log = logging.getLogger(__name__)

CACHE_SIZE = 32
WARM_EVERY_S = 300


@dataclass
class Analysis:
    """The clustering part of a period's insights (what the cache and the kept snapshots hold):
    only what the page shows, as plain data."""

    questions: int
    people: int
    topics: list[dict]
    unanswered: list[dict]
    start: datetime  # the period these topics cover (an earlier one's while `refreshing`)
    end: datetime
    computed_at: datetime
    refreshing: bool = False  # an earlier period's result, shown while this one is clustered in the background

    def to_json(self) -> dict:
        return {"questions": self.questions, "people": self.people, "topics": self.topics,
                "unanswered": self.unanswered, "start": self.start.isoformat(), "end": self.end.isoformat()}

    @classmethod
    def from_json(cls, d: dict, computed_at: datetime, *, refreshing: bool = False) -> Analysis:
        return cls(questions=d["questions"], people=d["people"], topics=d["topics"], unanswered=d["unanswered"],
                   start=datetime.fromisoformat(d["start"]), end=datetime.fromisoformat(d["end"]),
                   computed_at=computed_at, refreshing=refreshing)


def _topic(t: Topic) -> dict:
    return {"id": t.id, "name": t.name,
            "medquad_topics": [{"topic": n, "questions": c} for n, c in t.medquad_topics],
            "questions": t.questions, "people": t.people, "previous": t.previous,
            "change": None if t.change is None else round(t.change, 3),
            "central": t.central if t.shows_text else []}  # ids of small topics are not even kept


def _group(g: UnansweredGroup) -> dict:
    return {"topic_id": g.topic_id, "topic": g.topic, "questions": g.questions, "people": g.people, **g.counts,
            "example_ids": g.examples}


@dataclass
class Insights:
    period: Period
    questions: int  # embedded questions in the period
    people: int
    not_indexed: int  # questions of the period still waiting for `admin reindex`
    topics: list[dict]
    unanswered: list[dict]
    trends: dict
    texts: dict[int, tuple[str, int]] = field(default_factory=dict)  # message id -> (text, conversation id)
    topics_computed_at: datetime | None = None
    topics_period: tuple[datetime, datetime] | None = None  # what the topics cover (differs while refreshing)
    refreshing: bool = False

    def as_dict(self, *, with_text: bool = True) -> dict:
        def examples(ids: list[int]) -> list[dict]:
            if not with_text:
                return []
            return [{"text": self.texts[i][0], "conversation_id": self.texts[i][1]} for i in ids if i in self.texts]

        return {"period": self.period.as_dict(), "questions": self.questions, "people": self.people,
                "not_indexed": self.not_indexed,
                "topics": [{**{k: v for k, v in t.items() if k != "central"}, "examples": examples(t["central"])}
                           for t in self.topics],
                "unanswered": [{**{k: v for k, v in g.items() if k != "example_ids"},
                                "examples": examples(g["example_ids"])} for g in self.unanswered],
                "trends": self.trends,
                "topics_computed_at": None if self.topics_computed_at is None
                else self.topics_computed_at.isoformat(timespec="seconds")}


_cache: OrderedDict[tuple, Analysis] = OrderedDict()
_cache_lock = threading.Lock()
_refreshing: set[tuple] = set()  # periods being clustered in the background for a view that did not wait


def _stamp(store: Store) -> str:
    """The kept vectors' state (count and newest id): any new or deleted vector changes it."""
    with store.reading() as s:
        n, newest = s.execute(select(func.count(MessageEmbedding.message_id),
                                     func.max(MessageEmbedding.message_id))).one()
    return f"{n}:{newest}"


_compute_lock = threading.Lock()  # one clustering at a time: a view waits for the warm-up's result


def _cached(key: tuple) -> Analysis | None:
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    return None


def _remember(key: tuple, a: Analysis) -> Analysis:
    with _cache_lock:
        _cache[key] = a
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return a


def analyse(store: Store, period: Period, *, model: str | None = None, stale_ok: bool = False) -> Analysis:
    """The period's topics: from this process's cache, else from the kept snapshot of the same
    period and vectors, else clustered now (and kept). With `stale_ok` (the page's default view)
    and no exact result, the newest snapshot of the same view is returned at once, marked
    `refreshing`, while a background thread clusters the current period."""
    stamp = _stamp(store)
    key = (store.url_for_display, id(store), period.key(), model, stamp)
    if (hit := _cached(key)) is not None:
        return hit
    if (kept := snapshots.exact(store, period, model, stamp)) is not None:
        return _remember(key, Analysis.from_json(*kept))
    if stale_ok and (kept := snapshots.latest(store, period, model)) is not None:
        _refresh_in_background(store, period, model)
        return Analysis.from_json(*kept, refreshing=True)
    with _compute_lock:
        if (hit := _cached(key)) is not None:  # computed while this view waited
            return hit
        return _compute(store, period, model, key, stamp)


def _compute(store: Store, period: Period, model: str | None, key: tuple, stamp: str) -> Analysis:
    qs: Questions = load_questions(store, period, model)
    prev = load_questions(store, period.previous, model)
    topics, topic_of = build_topics(qs, prev, medquad_centroids(model or _stored_model(store)) if len(qs) else None)
    result = Analysis(questions=len(qs), people=len(set(qs.user_ids.tolist())), topics=[_topic(t) for t in topics],
                      unanswered=[_group(g) for g in unanswered(qs, topics, topic_of)],
                      start=period.start, end=period.end, computed_at=store.clock())
    try:
        snapshots.save(store, period, model, stamp, result.to_json())
    except Exception:  # a read-only or busy database: the page still has this process's cache
        log.exception("could not keep the insights topics")
    return _remember(key, result)


def _stored_model(store: Store) -> str | None:
    with store.reading() as s:  # the table holds one model's vectors (reindex replaces another's)
        return s.scalar(select(MessageEmbedding.model).limit(1))


def _refresh_in_background(store: Store, period: Period, model: str | None) -> None:
    key = (id(store), period.key(), model)
    with _cache_lock:
        if key in _refreshing:
            return
        _refreshing.add(key)

    def run() -> None:
        try:
            analyse(store, period, model=model)
        except Exception:
            log.exception("could not refresh the insights topics")
        finally:
            with _cache_lock:
                _refreshing.discard(key)

    threading.Thread(target=run, name="medassist-insights-refresh", daemon=True).start()


def insights(store: Store, period: Period, *, model: str | None = None, max_topics: int = 20,
             stale_ok: bool = False) -> Insights:
    a = analyse(store, period, model=model, stale_ok=stale_ok)
    topics, groups = a.topics[:max_topics], a.unanswered[:max_topics]
    wanted = {i for t in topics for i in t["central"]} | {i for g in groups for i in g["example_ids"]}
    texts: dict[int, tuple[str, int]] = {}
    if wanted:
        with store.reading() as s:
            texts = {mid: (" ".join((text or "").split())[:300], cid) for mid, text, cid in s.execute(
                select(Message.id, Message.content, Message.conversation_id).where(Message.id.in_(wanted)))}
    return Insights(period=period, questions=a.questions, people=a.people,
                    not_indexed=pending_count(store, model, period) if model else _not_indexed(store, period),
                    topics=topics, unanswered=groups, trends=trends(store, period), texts=texts,
                    topics_computed_at=a.computed_at, topics_period=(a.start, a.end), refreshing=a.refreshing)


def _not_indexed(store: Store, period: Period) -> int:
    """Questions of the period with stored text and no vector (from any model: the table only ever
    holds one, since reindex drops another model's vectors first)."""
    q = period.messages(select(func.count(Message.id)).where(
        Message.role == "user", Message.content.is_not(None),
        Message.id.not_in(select(MessageEmbedding.message_id))))
    with store.reading() as s:
        return int(s.scalar(q) or 0)


def keep_warm(store: Store, every_s: float = WARM_EVERY_S) -> None:
    """Cluster the default period (the last 7 days) now and every `every_s` seconds in a daemon
    thread, until the store is closed: the page's first view after new vectors arrive is then
    served from the cache too. Unchanged vectors cost one count query (the cache key)."""
    closed = getattr(store, "_closed", None)  # the Store's own stop signal, as its retention thread uses

    def loop() -> None:
        while True:
            try:
                analyse(store, Period.parse(now=store.clock()))
            except Exception:  # a busy or briefly unreachable database: the page computes it on demand
                log.exception("could not precompute the insights topics")
            if closed is None or closed.wait(every_s):
                return

    threading.Thread(target=loop, name="medassist-insights", daemon=True).start()
