"""Conversation store latency at scale (targets: history p50 < 5 ms, add_message p50 < 10 ms).

    nice -n 15 python bench/store_latency.py [--users 10000] [--messages 20] [--n 2000] [--database URL]

Fills a fresh SQLite file (default: a temporary one) through the real migrations with `--users`
users × `--messages` messages (one conversation each, bulk-inserted in one transaction), then times,
on random users, the store calls one chat turn makes:

* history       — `Store.history(conversation_id)`: one user's context (the last 50 turns that feed the model)
* add_message   — `Store.add_message(...)`: append one turn, one committed transaction (WAL, synchronous=NORMAL)
* turn          — everything the conversation service does per question: touch_user, current_conversation,
                  history, recent_user_texts, emergency_active and two add_message calls

Last line: JSON with p50/p95 ms of each, the fill time and the database size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path


def fill(store, users: int, messages: int) -> float:
    """Bulk-insert the fixture with Core executemany (no ORM objects): seconds taken."""
    from sqlalchemy import insert

    from medassist.bot.store.models import Conversation, Message, User

    t0 = time.perf_counter()
    now = datetime.now(timezone.utc).replace(tzinfo=None) - timedelta(minutes=5)
    with store.writing() as s:
        s.execute(insert(User), [dict(id=u, platform="telegram", platform_user_id=str(100000 + u),
                                      display_name=f"user {u}", first_seen=now, last_seen=now, blocked=False,
                                      admin=False, notice_shown=True) for u in range(1, users + 1)])
        s.execute(insert(Conversation), [dict(id=u, user_id=u, platform="telegram", chat_id=str(100000 + u),
                                              thread_id=None, is_private=True, started_at=now,
                                              last_activity_at=now) for u in range(1, users + 1)])
        batch: list[dict] = []
        for u in range(1, users + 1):
            for i in range(messages):
                user_turn = i % 2 == 0
                batch.append(dict(conversation_id=u, user_id=u, role="user" if user_turn else "assistant",
                                  content=("What are the symptoms of asthma? " if user_turn else
                                           "Asthma causes wheezing, coughing and chest tightness. " * 4),
                                  created_at=now + timedelta(seconds=i), verdict="ok",
                                  sources=None if user_turn else ["https://medlineplus.gov/asthma.html"],
                                  prompt_tokens=None if user_turn else 300, completion_tokens=None if user_turn else 60,
                                  feeds_model=True))
            if len(batch) >= 20000:
                s.execute(insert(Message), batch)
                batch = []
        if batch:
            s.execute(insert(Message), batch)
    return time.perf_counter() - t0


def percentiles(samples: list[float]) -> dict:
    q = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50_ms": round(q[49], 3), "p95_ms": round(q[94], 3), "mean_ms": round(statistics.fmean(samples), 3)}


def timed(fn, n: int) -> list[float]:
    out = []
    for i in range(n):
        t0 = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=20, help="messages per user")
    parser.add_argument("--n", type=int, default=2000, help="timed calls of each kind")
    parser.add_argument("--database", default=None, help="an empty database URL (default: a temporary SQLite file)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    from medassist.bot.store import Store

    tmp = None
    if args.database is None:
        tmp = tempfile.TemporaryDirectory(prefix="medassist-bench-")
        args.database = f"sqlite:///{Path(tmp.name) / 'bench.db'}"
    store = Store.open(args.database, retention_days=None)
    fill_s = fill(store, args.users, args.messages)
    rng = random.Random(args.seed)
    pick = [rng.randint(1, args.users) for _ in range(args.n)]

    for i in range(50):  # warm the connection pool and the page cache a little, untimed
        store.history(pick[i])
    history = timed(lambda i: store.history(pick[i]), args.n)
    lengths = {len(store.history(pick[i])) for i in range(10)}
    add = timed(lambda i: store.add_message(pick[i], "user", "And how is it treated?", verdict="ok",
                                            category="ok"), args.n)

    def turn(i: int) -> None:
        uid = pick[i]
        user = store.touch_user("telegram", str(100000 + uid), f"user {uid}")
        conv = store.current_conversation(user.id, platform="telegram", chat_id=str(100000 + uid))
        store.history(conv)
        store.recent_user_texts(conv)
        store.emergency_active(conv)
        store.add_message(conv, "user", "Is it contagious?", verdict="ok", category="ok")
        store.add_message(conv, "assistant", "No, asthma is not contagious.", prompt_tokens=300,
                          completion_tokens=12, latency_ms=900.0, sources=["https://medlineplus.gov/asthma.html"])

    turns = timed(turn, max(args.n // 4, 10))
    stats = store.stats()
    size_mb = None
    if store.engine.dialect.name == "sqlite":
        db_path = store.engine.url.database
        size_mb = round(sum(os.path.getsize(p) for p in (db_path, db_path + "-wal") if os.path.exists(p)) / 1e6, 1)
    result = {
        "database": store.engine.dialect.name, "users": stats["users"], "messages": stats["messages"],
        "fill_s": round(fill_s, 2), "db_mb": size_mb, "history_turns_returned": sorted(lengths),
        "history": percentiles(history), "add_message": percentiles(add), "turn": percentiles(turns),
        "n": args.n, "targets": {"history_p50_ms": 5, "add_message_p50_ms": 10},
        "load_avg": round(os.getloadavg()[0], 2),
    }
    store.close()
    if tmp is not None:
        tmp.cleanup()
    print(f"history      p50 {result['history']['p50_ms']:.2f} ms  p95 {result['history']['p95_ms']:.2f} ms")
    print(f"add_message  p50 {result['add_message']['p50_ms']:.2f} ms  p95 {result['add_message']['p95_ms']:.2f} ms")
    print(f"whole turn   p50 {result['turn']['p50_ms']:.2f} ms  p95 {result['turn']['p95_ms']:.2f} ms")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
