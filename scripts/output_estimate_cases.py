"""The output check's int8 estimate (`MiniLMEmbedder.estimate`, `output_check.ESTIMATE_PART_ERROR`) checked on every row
of datasets/triage/answers.jsonl, and the hardest rows chosen for the cheap test (tests/model/safety/
test_output_estimate.py reads them from tests/fixtures/output_estimate_cases.json; round 15: the old test checked
every row in pytest and ran past its 600 s on a loaded machine).

    PYTHONPATH=src nice -n 10 python scripts/output_estimate_cases.py            # check every row, print the counts
    PYTHONPATH=src nice -n 10 python scripts/output_estimate_cases.py --write    # and rewrite the fixture

Run as an fp32-only CPU runs (the embedder's bf16 short calls off), the query cache emptied before every row so no
estimate is an exact vector left there by an earlier row. Per row it compares the verdict without the estimate and
with it (category; source but for 'bound' where the head cleared), and for every sentence the head reads (it is
embedded without the estimate) it measures
  - gap: |estimated embedding part - exact embedding part| (the bound is twice the largest on train and validation);
  - need: for a sentence the head flags, the error the estimate needs not to clear it (logit threshold - n-gram and
    cue part - estimated part); a bound at or below the largest need changes that verdict.
Chosen for the fixture (ids only; no text is printed or stored): the train and validation sentences with the largest
gaps (the test re-measures them against the bound), the flagged rows of any split with the largest needs (the test
checks their verdicts, and that a bound just under their largest need is caught), and a seeded sample of the other
rows (what the estimate usually clears). Held-out (test split) rows are counted only.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import random
import time
from pathlib import Path

import numpy as np

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "output_estimate_cases.json"
GAP_ROWS, NEED_ROWS, SAMPLE_ROWS, SEED = 16, 24, 64, 15


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"rewrite {FIXTURE.name}")
    args = parser.parse_args()

    from medassist.model.faithfulness import plain_sentence
    from medassist.model.safety.output_check import OutputChecker, output_checker, output_features
    from medassist.training.safety.train_output import ANSWER_SET, load_answer_set

    rows = load_answer_set(ANSWER_SET)
    shipped = output_checker()
    head, embedder = shipped.head, shipped.embedder
    assert head is not None and embedder is not None and head.estimate_part_error < math.inf
    embedder.bf16_batch_max = None  # as on a CPU without native bf16
    exact = OutputChecker(dataclasses.replace(head, estimate_part_error=math.inf), embedder)
    bar = math.log(head.threshold / (1.0 - head.threshold))

    class Counting:
        def __init__(self, inner):
            self.inner, self.encoded = inner, 0

        def encode(self, texts):
            self.encoded += len(texts)
            return self.inner.encode(texts)

        def estimate(self, texts):
            return self.inner.estimate(texts)

    counted = Counting(embedder)
    with_estimate = OutputChecker(head, counted)
    exact_counted = OutputChecker(exact.head, Counting(embedder))

    started = time.perf_counter()
    differing, cleared, reads, cases = [], 0, 0, []
    for r in rows:
        question, previous = r.get("question", ""), r.get("previous", "")
        embedder._queries.clear()
        va = exact_counted.check(r["text"], question, previous=previous)
        embedder._queries.clear()
        vb = with_estimate.check(r["text"], question, previous=previous)
        if not va.same_decision(vb):
            differing.append(r["id"])
        cleared += va.source is None and vb.source == "bound"
        if va.score is None:  # the head did not read it: the estimate is never asked
            continue
        reads += 1
        embedder._queries.clear()
        plain = plain_sentence(r["text"])
        estimated = float(head.embedding_parts(embedder.estimate([plain]))[0])
        exact_part = float(head.embedding_parts(embedder.encode([plain]))[0])
        X = output_features(np.zeros((1, head.embedding_dim), dtype=np.float32), [r["text"]], head.ngram_dim, [question])
        rest = float((X @ head.w + head.b)[0])
        cases.append({"id": r["id"], "split": r["split"], "flagged": va.source == "head",
                      "gap": abs(estimated - exact_part), "need": bar - rest - estimated})
    seconds = time.perf_counter() - started

    train_val = [c for c in cases if c["split"] != "test"]
    flagged = [c for c in cases if c["flagged"]]
    largest_gap = max(c["gap"] for c in train_val)
    largest_need = max(c["need"] for c in flagged)
    print(f"rows {len(rows)}, verdicts differing {len(differing)} {differing[:20]}, cleared by the estimate {cleared}")
    print(f"fp32 embedder texts: without the estimate {exact_counted.embedder.encoded}, with it {counted.encoded}")
    print(f"sentences the head reads {reads} (train/validation {len(train_val)}), flagged by the head {len(flagged)}")
    print(f"largest gap (train/validation) {largest_gap:.4f}, all splits {max(c['gap'] for c in cases):.4f}; "
          f"bound {head.estimate_part_error}")
    print(f"largest need (flagged, any split) {largest_need:.4f}; per split "
          + ", ".join(f"{s} {max((c['need'] for c in flagged if c['split'] == s), default=float('nan')):.4f}"
                      for s in ("train", "validation", "test")))
    print(f"{seconds:.0f} s")

    gap_ids = [c["id"] for c in sorted(train_val, key=lambda c: -c["gap"])[:GAP_ROWS]]
    need_ids = [c["id"] for c in sorted(flagged, key=lambda c: -c["need"])[:NEED_ROWS]]
    chosen = set(gap_ids) | set(need_ids)
    others = sorted(r["id"] for r in rows if r["id"] not in chosen)
    sample_ids = random.Random(SEED).sample(others, SAMPLE_ROWS)
    if args.write:
        FIXTURE.parent.mkdir(parents=True, exist_ok=True)
        FIXTURE.write_text(json.dumps({
            "made_by": "scripts/output_estimate_cases.py --write",
            "head": head.meta["fingerprint"], "estimate_part_error": head.estimate_part_error,
            "rows": len(rows), "verdicts_differing": len(differing), "cleared": cleared,
            "largest_gap_train_validation": round(largest_gap, 4), "largest_need": round(largest_need, 4),
            "gap_rows": gap_ids, "need_rows": need_ids, "sample_rows": sample_ids, "sample_seed": SEED,
        }, indent=1) + "\n")
        print(f"wrote {FIXTURE}")


if __name__ == "__main__":
    main()
