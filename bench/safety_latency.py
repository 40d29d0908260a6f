"""Latency of the whole safety check (`check_input`: validation, rules, MiniLM embedding, learned head)
per message, one at a time as a front end calls it, alone and with two earlier messages as context;
then the output check (issue 21) per answer sentence and per answer, and check_input + the output check
per message, alone and with the faithfulness check's sentence cache (a grounded answer: each sentence is
embedded once, by the faithfulness check, and the output check reads it from the cache). Messages: the
validation splits of datasets/triage/messages.jsonl and answers.jsonl (the
test splits stay for `medassist safety eval`).

    python bench/safety_latency.py [--repeats 3]

Targets: check_input p95 < 20 ms (issue 12); check_input + the output check p95 < 30 ms per message
(issue 21). On a CPU with native bf16 the embedder runs short calls in bf16 (`MiniLMEmbedder`); the
whole measurement is then repeated with the fp32 encoder (what an fp32-only CPU runs) and the ratio
printed. The last line is one JSON object (the served embedder's figures, the fp32 ones beside)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import time

import numpy as np

from medassist.model.retrieval.embedder import shared_embedder
from medassist.model.safety import check_input, learned
from medassist.model.safety.output_check import OutputChecker, output_checker
from medassist.paths import REPO_DIR
from medassist.training.safety.eval_output import _forget_cached, answers_of, measure_output_latency
from medassist.training.safety.evaluate import _percentiles, measure_latency
from medassist.training.safety.train_output import ANSWER_SET, load_answer_set


def measure(det, checker, texts: list[dict], answers: list[dict], repeats: int) -> dict:
    lat = measure_latency(det, texts, repeats)
    for name in ("single", "with_context"):
        p = lat[name]
        print(f"{name:>12}: p50 {p['p50_ms']:.1f} ms, p95 {p['p95_ms']:.1f} ms, max {p['max_ms']:.1f} ms")
    out = measure_output_latency(checker, answers, repeats)
    for label, block in (("alone", out), ("shared cache", out["shared_cache"])):
        for name in ("per_sentence", "per_answer", "check_input_plus_output_per_message",
                     "faithfulness_embedding_per_answer"):
            if (p := block.get(name)) is not None:
                print(f"output check ({label}) {name}: p50 {p['p50_ms']:.1f} ms, p95 {p['p95_ms']:.1f} ms, "
                      f"max {p['max_ms']:.1f} ms")
    return {**lat, "output_check": out, "bound_vs_none": compare_bound(checker, answers, repeats)}


def compare_bound(checker: OutputChecker, rows: list[dict], repeats: int) -> dict:
    """check_input + the output check per message without evidence (each sentence checked alone, as streamed), the
    shipped checker (`new`) and the same head with no bound (`old`), each answer timed with both in turn, the one
    that goes first alternating, every cache emptied before each timing; and whether any verdict differs."""
    old = OutputChecker(dataclasses.replace(checker.head, embedding_part_max=math.inf), checker.embedder)
    times: dict[str, list[float]] = {"old": [], "new": []}
    differ = embedded_new = embedded_old = 0
    for r in range(max(repeats, 1)):
        for k, (question, sentences) in enumerate(answers_of(rows)):
            verdicts = {}
            for name in (("old", "new") if (r + k) % 2 == 0 else ("new", "old")):
                c = old if name == "old" else checker
                _forget_cached(checker)
                t0 = time.perf_counter()
                check_input(question)
                verdicts[name] = [c.check(s, question, previous=sentences[i - 1] if i else "")
                                  for i, s in enumerate(sentences)]
                times[name].append(time.perf_counter() - t0)
            differ += sum(a.category != b.category for a, b in zip(verdicts["old"], verdicts["new"], strict=True))
            embedded_old += sum(v.source in (None, "head") for v in verdicts["old"])
            embedded_new += sum(v.source in (None, "head") for v in verdicts["new"])
    out = {name: _percentiles(t) for name, t in times.items()}
    out["p95_ratio_old_over_new"] = out["old"]["p95_ms"] / out["new"]["p95_ms"]
    out["paired_median_saving_ms"] = float(np.median(np.subtract(times["old"], times["new"])) * 1000)
    out |= {"verdicts_differing": differ, "sentences_embedded_old": embedded_old, "sentences_embedded_new": embedded_new}
    for name, label in (("old", "old (no bound)"), ("new", "new (shipped)")):
        p = out[name]
        print(f"without evidence, check_input + output check per message, {label}: p50 {p['p50_ms']:.1f} ms, "
              f"p95 {p['p95_ms']:.1f} ms, max {p['max_ms']:.1f} ms")
    print(f"  old/new p95 {out['p95_ratio_old_over_new']:.2f}x, paired median saving {out['paired_median_saving_ms']:.1f} ms; "
          f"sentences embedded {embedded_old} -> {embedded_new}; verdicts differing: {differ}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    rows = [json.loads(line) for line in (REPO_DIR / "datasets/triage/messages.jsonl").read_text().splitlines()]
    texts = [r for r in rows if r["split"] == "validation"]
    det = learned.detector()
    if det is None:
        raise SystemExit("the learned detector is unavailable (embedding model or head missing)")
    checker = output_checker()
    if checker.head is None:
        raise SystemExit("the output head is unavailable (embedding model or head missing)")
    answers = [r for r in load_answer_set(ANSWER_SET) if r["split"] == "validation"]
    embedder = shared_embedder()
    served = embedder.bf16_batch_max
    results = {}
    # The served embedder first; on a CPU with native bf16 the same again with the fp32 encoder, for the ratio.
    for name, bf16_max in (("served", served), ("fp32", None)) if served is not None else (("served", None),):
        embedder.bf16_batch_max = bf16_max
        with embedder._queries_lock:
            embedder._queries.clear()
        print(f"-- {name} embedder ({'bf16' if bf16_max else 'fp32'} for short calls)")
        results[name] = measure(det, checker, texts, answers, args.repeats)
    embedder.bf16_batch_max = served
    if "fp32" in results:
        key = "check_input_plus_output_per_message"
        ratio = results["fp32"]["output_check"][key]["p95_ms"] / results["served"]["output_check"][key]["p95_ms"]
        print(f"check_input + output check p95, fp32 encoder / served (bf16): {ratio:.2f}x")
    print(json.dumps({"messages": len(texts), "repeats": args.repeats, "load_average": os.getloadavg()[0],
                      **results["served"], "fp32_encoder": results.get("fp32")}))


if __name__ == "__main__":
    main()
