"""Retrieval query latency over the full shipped MedQuAD corpus (target: p50 < 50 ms).

    python bench/retrieval_latency.py [--n 200] [--k 3] [--cache DIR]

Builds the index first if it is not cached yet (the one-time embedding cost is reported as
build_s; 0 when the cache was warm, with the cached build's time as cached_build_s). Latency is
one `Retriever.search` call end to end: embedding the query plus the FAISS search. Queries are
lay questions written here plus questions sampled from the corpus (seeded).

The same queries are also timed with torch's default thread count for queries
(p50_ms_default_threads), to show why the shipped setting uses one thread per query.

Last line: JSON with p50_ms, p95_ms, n_queries, corpus_size, build_s.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import statistics
import time
from pathlib import Path

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

LAY_QUESTIONS = [
    "what is glaucoma", "how do i know if i have diabetes", "what causes high blood pressure",
    "is asthma contagious", "why do my joints hurt in the morning", "how is lupus treated",
    "what are the early signs of alzheimers", "can you cure hepatitis c", "what does a thyroid do",
    "how long does the flu last", "my kid has a rash and fever what could it be", "what is a stroke",
    "how to prevent kidney stones", "what is the outlook for pancreatic cancer", "is migraine genetic",
    "what are symptoms of anemia", "what increases the risk of osteoporosis", "how is celiac disease diagnosed",
    "treatment for shingles", "what is cystic fibrosis", "can stress cause hair loss",
    "what are the side effects of chemotherapy", "how does parkinson's disease progress",
    "what is the difference between type 1 and type 2 diabetes", "what causes gout",
    "how do you get lyme disease", "what is sickle cell anemia", "signs of a heart attack in women",
    "what is psoriasis", "is high cholesterol inherited",
]


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="timed queries")
    ap.add_argument("--k", type=int, default=3)
    ap.add_argument("--warmup", type=int, default=10)
    ap.add_argument("--cache", type=Path, default=None, help="index cache folder (default: medassist's cache)")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")

    import torch

    from medassist.model.retrieval import Retriever

    t0 = time.perf_counter()
    retriever = Retriever.load_default(cache_dir=args.cache)
    ready_s = time.perf_counter() - t0
    meta_path = (args.cache or default_cache()) / f"{retriever.fingerprint}.json"
    cached_build_s = json.loads(meta_path.read_text())["build_s"] if meta_path.exists() else None

    rng = random.Random(0)
    corpus_questions = [r.question for r in rng.sample(retriever.records, max(0, args.n - len(LAY_QUESTIONS)))]
    queries = (LAY_QUESTIONS + corpus_questions)[: args.n]
    def timed(queries: list[str]) -> list[float]:
        for q in queries[: args.warmup]:
            retriever.search(q, k=args.k)
        out = []
        for q in queries:
            t = time.perf_counter()
            retriever.search(q, k=args.k)
            out.append((time.perf_counter() - t) * 1000)
        return out

    # Same queries, same run: the shipped setting (one thread per query) and torch's default threads.
    embedder = retriever.embedder
    shipped = getattr(embedder, "query_threads", None)
    embedder.query_threads = None
    times_default_threads = timed(queries)
    embedder.query_threads = shipped
    times = timed(queries)

    example = retriever.search(LAY_QUESTIONS[0], k=args.k)
    print(f"example: {LAY_QUESTIONS[0]!r} -> " + "; ".join(f"{p.question} ({p.score:.2f})" for p in example))
    result = {
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(percentile(times, 0.95), 2),
        "mean_ms": round(statistics.fmean(times), 2),
        "n_queries": len(times),
        "corpus_size": len(retriever),
        "build_s": round(retriever.build_s, 1),
        "cached_build_s": cached_build_s,
        "ready_s": round(ready_s, 2),
        "query_threads": shipped,
        "p50_ms_default_threads": round(statistics.median(times_default_threads), 2),
        "p95_ms_default_threads": round(percentile(times_default_threads, 0.95), 2),
        "torch_threads": torch.get_num_threads(),
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(result))


def default_cache() -> Path:
    from medassist import paths

    return paths.cache_dir() / "index"


if __name__ == "__main__":
    main()
