"""The admin insights page at scale (target: /admin/insights in < 1 s once the embeddings exist).

    nice -n 15 python bench/insights_latency.py [--people 1000] [--messages 100000] [--days 30] [--views 5]

Fills a fresh SQLite file through the real migrations: `--people` people on Discord and Telegram,
`--messages` messages (questions and replies in turn) spread over the last `--days` days, with
refusals, emergencies and dosing questions (and their safety events, some reviewed). The vectors
are what `admin reindex` would keep, float16 and unit length, but drawn around 40 topic centres
instead of computed by MiniLM (embedding 50k questions on a small CPU takes long and tells nothing
about the page); `--reindex-sample N` also times the real MiniLM backfill on N questions.

Then, through the desk's real router (HTTP Basic login included), times /admin/insights for the
default period (the last 7 days): the first view after the desk's first start ever (no kept result:
it waits for the background clustering), the next `--views` views, the first view of a custom
period nobody precomputed, the first view after a restart (the kept result, insights_snapshots),
and after a restart an hour later (the default period has moved: last hour's result at once, and
how long until this hour's is shown). `cold_clustering_s` is the clustering of one 7-day period
alone, on demand; `medquad_centroids_load_s` the one-off load of the MedQuAD topic centroids. The
vectors carry MiniLM's name, so the page clusters them as it does real ones. Last line: JSON with
the seconds of each.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

TOPICS = 40
DIM = 384
ADMIN, PASSWORD = "bench", "bench-password-123"


def fill(store, people: int, messages: int, days: int, seed: int = 0) -> dict:
    from sqlalchemy import insert

    from medassist.bot.admin.insights_embeddings import to_bytes
    from medassist.bot.store.models import Conversation, Message, MessageEmbedding, SafetyEvent, User

    rng, nprng = random.Random(seed), np.random.default_rng(seed)
    now = datetime.now(timezone.utc).replace(tzinfo=None) - timedelta(minutes=5)
    start = now - timedelta(days=days)
    centres = nprng.normal(size=(TOPICS, DIM)).astype(np.float32)
    # Labelled as MiniLM's: the page then clusters them as it clusters real ones (the MedQuAD profile included).
    from medassist.model.retrieval.embedder import MiniLMEmbedder

    model = MiniLMEmbedder().name
    t0 = time.perf_counter()
    users = [dict(id=u + 1, platform="discord" if u % 3 else "telegram", platform_user_id=str(10_000 + u),
                  display_name=f"person {u}", first_seen=start, last_seen=now, blocked=False, admin=False,
                  notice_shown=True) for u in range(people)]
    convs, msgs, vectors, events = [], [], [], []
    per_conv = 10
    n_convs = messages // per_conv
    mid = 0
    for c in range(1, n_convs + 1):
        u = users[rng.randrange(people)]
        t = start + timedelta(seconds=rng.uniform(0, days * 86400 - 3600))
        convs.append(dict(id=c, user_id=u["id"], platform=u["platform"], chat_id=f"class-{c % 5}", thread_id=None,
                          is_private=False, started_at=t, last_activity_at=t + timedelta(minutes=per_conv),
                          ended_at=None, end_reason=None))
        for k in range(per_conv):
            mid += 1
            at = t + timedelta(minutes=k)
            if k % 2 == 0:
                topic = rng.randrange(TOPICS)
                roll = rng.random()
                verdict, category = ("reject", "injection") if roll < 0.01 else \
                    ("emergency", "heart_attack") if roll < 0.015 else ("ok", "dose_request" if roll < 0.04 else "ok")
                msgs.append(dict(id=mid, conversation_id=c, user_id=u["id"], role="user", created_at=at,
                                 content=f"synthetic question {mid} about topic {topic}", verdict=verdict,
                                 category=category, feeds_model=True))
                v = centres[topic] + nprng.normal(scale=0.9, size=DIM).astype(np.float32)
                vectors.append(dict(message_id=mid, model=model, vector=to_bytes(v / np.linalg.norm(v)),
                                    reference_topic=f"MedQuAD topic {topic}", reference_score=rng.uniform(0.3, 0.9),
                                    created_at=now))
                kind = {"reject": "rejected_input", "emergency": "emergency"}.get(verdict) or \
                    ("dosing" if category == "dose_request" else None)
                if kind:
                    reviewed = rng.random() < 0.6
                    events.append(dict(kind=kind, category=category, message_id=mid, conversation_id=c,
                                       user_id=u["id"], created_at=at, reviewed_by="bench" if reviewed else None,
                                       reviewed_at=at + timedelta(hours=6) if reviewed else None))
            else:
                msgs.append(dict(id=mid, conversation_id=c, user_id=u["id"], role="assistant", created_at=at,
                                 content="synthetic answer", verdict="ok", category="ok", feeds_model=True))
    with store.writing() as s:
        s.execute(insert(User), users)
        s.execute(insert(Conversation), convs)
        for i in range(0, len(msgs), 20_000):
            s.execute(insert(Message), msgs[i:i + 20_000])
        s.execute(insert(SafetyEvent), events)
        for i in range(0, len(vectors), 20_000):
            s.execute(insert(MessageEmbedding), vectors[i:i + 20_000])
    return {"fill_s": round(time.perf_counter() - t0, 1), "messages": len(msgs), "questions": len(vectors),
            "safety_events": len(events), "conversations": len(convs)}


def time_reindex(store, n: int) -> dict:
    """The real backfill (MiniLM + the MedQuAD reference) on n fresh questions."""
    from medassist.bot.admin.insights_embeddings import Reference, reindex
    from medassist.model.retrieval.embedder import shared_embedder

    questions = [json.loads(line)["text"] for line in
                 (Path(__file__).resolve().parents[1] / "datasets/topics/questions.jsonl").read_text().splitlines()]
    user = store.touch_user("web", "reindex-bench")
    conv = store.current_conversation(user.id, platform="web", chat_id="bench")
    for i in range(n):
        store.add_message(conv, "user", questions[i % len(questions)])
    embedder = shared_embedder()
    t0 = time.perf_counter()
    reference = Reference.medquad(embedder)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = reindex(store, embedder, reference, limit=n)
    s = time.perf_counter() - t0
    return {"reindex_questions": result.embedded, "reindex_s": round(s, 2),
            "reindex_per_s": round(result.embedded / s, 1), "reference_load_s": round(load_s, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--people", type=int, default=1000)
    ap.add_argument("--messages", type=int, default=100_000)
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--views", type=int, default=5)
    ap.add_argument("--reindex-sample", type=int, default=0)
    ap.add_argument("--database", default=None)
    args = ap.parse_args()

    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from medassist.bot.admin import accounts
    from medassist.bot.admin.web import admin_router
    from medassist.bot.store import Store

    url = args.database or f"sqlite:///{Path(tempfile.mkdtemp(prefix='insights-bench-')) / 'store.db'}"
    store = Store.open(url, retention_days=None)
    accounts.set_password(store, ADMIN, PASSWORD)
    result = {"people": args.people, **fill(store, args.people, args.messages, args.days)}
    print(f"filled: {result}", flush=True)
    from medassist.bot.admin import insights as insights_module
    from medassist.bot.admin.insights import analyse
    from medassist.bot.admin.insights_period import Period
    from medassist.bot.admin.insights_topics import medquad_centroids
    from medassist.model.retrieval.embedder import MiniLMEmbedder

    t0 = time.perf_counter()
    medquad_centroids(MiniLMEmbedder().name)
    result["medquad_centroids_load_s"] = round(time.perf_counter() - t0, 3)
    # The clustering alone, on demand (what a view costs when nothing precomputed it).
    t0 = time.perf_counter()
    analyse(store, Period.parse(now=store.clock()).previous)
    result["cold_clustering_s"] = round(time.perf_counter() - t0, 3)  # with the first SciPy/scikit-learn imports
    t0 = time.perf_counter()
    a = analyse(store, Period.parse(now=store.clock()).previous.previous)
    result["cold_clustering_again_s"] = round(time.perf_counter() - t0, 3)
    result["cold_clustering_again_questions_topics"] = [a.questions, len(a.topics)]
    auth = (ADMIN, PASSWORD)

    def desk():
        """A desk process starting: nothing in memory, the background clustering of the default period started."""
        insights_module._cache.clear()
        app = FastAPI()
        app.include_router(admin_router(store))
        client = TestClient(app)
        client.__enter__()
        client.get("/admin/events", auth=auth)  # the login (scrypt) is cached from here on, as in a browser session
        return client

    def view(client, **params) -> float:
        t0 = time.perf_counter()
        r = client.get("/admin/insights", params=params, auth=auth)
        assert r.status_code == 200 and 'id="topics"' in r.text, r.text[:500]
        return time.perf_counter() - t0

    client = desk()  # the first start ever: no kept result, the view waits for the clustering
    timings = [view(client) for _ in range(args.views + 1)]
    since = (datetime.now(timezone.utc) - timedelta(days=14)).date().isoformat()
    custom = view(client, since=since, platform="discord")
    client.__exit__(None, None, None)
    client = desk()  # a restart: the kept result of this hour's default period
    restart = view(client)
    client.__exit__(None, None, None)
    real_clock = store.clock
    store.clock = lambda: real_clock() + timedelta(hours=1)
    client = desk()  # a restart an hour later: last hour's result at once, this hour's in the background
    t0 = time.perf_counter()
    next_hour = view(client)
    html = client.get("/admin/insights", auth=auth).text
    while "being clustered now" in html and time.perf_counter() - t0 < 120:
        time.sleep(0.2)
        html = client.get("/admin/insights", auth=auth).text
    refreshed = time.perf_counter() - t0
    client.__exit__(None, None, None)
    store.clock = real_clock
    result.update(first_view_first_start_s=round(timings[0], 3),
                  next_views_median_s=round(statistics.median(timings[1:]), 3),
                  next_views_max_s=round(max(timings[1:]), 3), custom_period_first_view_s=round(custom, 3),
                  first_view_after_restart_s=round(restart, 3),
                  first_view_after_restart_next_hour_s=round(next_hour, 3),
                  next_hour_refreshed_after_s=round(refreshed, 1))
    if args.reindex_sample:
        result.update(time_reindex(store, args.reindex_sample))
    store.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
