"""The insights of one period for the desk, the CLI and the weekly summary: topics, questions
answered poorly, safety trends. Only aggregates leave here: counts, topic names (from MedQuAD, never
from a person's words) and, for topics at least MIN_PEOPLE_FOR_TEXT people asked about, a few
example questions with no name or id beside them.

Topics and the unanswered list cost a clustering run; it is cached per period and store state
(the number and newest id of the kept vectors), so a page view after the first is a few queries.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from sqlalchemy import func, select

from medassist.bot.admin.insights_embeddings import Questions, load_questions, pending_count
from medassist.bot.admin.insights_period import Period
from medassist.bot.admin.insights_topics import Topic, build_topics
from medassist.bot.admin.insights_trends import trends
from medassist.bot.admin.insights_unanswered import UnansweredGroup, unanswered
from medassist.bot.store import Store
from medassist.bot.store.models import Message, MessageEmbedding

log = logging.getLogger(__name__)

CACHE_SIZE = 32
WARM_EVERY_S = 300


@dataclass
class Analysis:
    """The clustering part of a period's insights (what the cache keeps)."""

    questions: int
    people: int
    topics: list[Topic]
    unanswered: list[UnansweredGroup]


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
                "trends": self.trends}


_cache: OrderedDict[tuple, Analysis] = OrderedDict()
_cache_lock = threading.Lock()


def _stamp(store: Store) -> tuple:
    with store.reading() as s:
        return tuple(s.execute(select(func.count(MessageEmbedding.message_id),
                                      func.max(MessageEmbedding.message_id))).one())


_compute_lock = threading.Lock()  # one clustering at a time: a view waits for the warm-up's result


def _cached(key: tuple) -> Analysis | None:
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    return None


def analyse(store: Store, period: Period, *, model: str | None = None) -> Analysis:
    key = (store.url_for_display, id(store), period.key(), model, _stamp(store))
    if (hit := _cached(key)) is not None:
        return hit
    with _compute_lock:
        if (hit := _cached(key)) is not None:  # computed while this view waited
            return hit
        return _compute(store, period, model, key)


def _compute(store: Store, period: Period, model: str | None, key: tuple) -> Analysis:
    qs: Questions = load_questions(store, period, model)
    prev = load_questions(store, period.previous, model)
    topics, topic_of = build_topics(qs, prev)
    result = Analysis(questions=len(qs), people=len(set(qs.user_ids.tolist())), topics=topics,
                      unanswered=unanswered(qs, topics, topic_of))
    with _cache_lock:
        _cache[key] = result
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return result


def insights(store: Store, period: Period, *, model: str | None = None, max_topics: int = 20) -> Insights:
    a = analyse(store, period, model=model)
    topics = [{"id": t.id, "name": t.name, "medquad_topics": [{"topic": n, "questions": c} for n, c in t.medquad_topics],
               "questions": t.questions, "people": t.people, "previous": t.previous,
               "change": None if t.change is None else round(t.change, 3),
               "central": t.central if t.shows_text else []}
              for t in a.topics[:max_topics]]
    groups = [{"topic_id": g.topic_id, "topic": g.topic, "questions": g.questions, "people": g.people, **g.counts,
               "example_ids": g.examples} for g in a.unanswered[:max_topics]]
    wanted = {i for t in topics for i in t["central"]} | {i for g in groups for i in g["example_ids"]}
    texts: dict[int, tuple[str, int]] = {}
    if wanted:
        with store.reading() as s:
            texts = {mid: (" ".join((text or "").split())[:300], cid) for mid, text, cid in s.execute(
                select(Message.id, Message.content, Message.conversation_id).where(Message.id.in_(wanted)))}
    return Insights(period=period, questions=a.questions, people=a.people,
                    not_indexed=pending_count(store, model, period) if model else _not_indexed(store, period),
                    topics=topics, unanswered=groups, trends=trends(store, period), texts=texts)


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
