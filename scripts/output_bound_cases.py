"""The output check's bound on the head (`OutputHead.may_flag`, `output_check.EMBEDDING_PART_MAX`) checked on every row
of datasets/triage/answers.jsonl, and the hardest rows chosen for the cheap test (tests/model/safety/
test_output_bound.py reads them from tests/fixtures/output_bound_cases.json; round 15: the old test checked every row
in pytest, ~170 s of CI's 900 s budget).

    PYTHONPATH=src nice -n 10 python scripts/output_bound_cases.py            # check every row, print the counts
    PYTHONPATH=src nice -n 10 python scripts/output_bound_cases.py --write    # and rewrite the fixture

Per row it compares the verdict of the shipped checker with the same checker without the bound (category; source but
for 'bound' where the head cleared), and for every sentence the head reads (it is checked without the bound and
without the int8 estimate, so `score` is set exactly where the head reads it) it measures
  - rest: the head's logit without its embedding part (n-grams, cues, bias);
  - part: the exact embedding part (train and validation: the bound must be above the largest plus 0.05);
  - need: for a sentence the head flags, the embedding part it needs to reach the logit threshold (threshold - rest);
    a bound at or below the largest need clears it;
  - margin: threshold - rest - bound (> 0: the bound clears it).
Chosen for the fixture (ids only; no text is printed or stored): the train and validation sentences with the largest
parts, the flagged rows of any split with the largest needs, the read rows nearest to the bound on either side
(smallest margins), and a seeded sample of the other rows. Held-out (test split) rows are counted only.
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

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "output_bound_cases.json"
PART_ROWS, NEED_ROWS, MARGIN_ROWS, SAMPLE_ROWS, SEED = 16, 24, 12, 64, 15


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
    assert head is not None and embedder is not None and head.embedding_part_max < math.inf
    unbounded = OutputChecker(dataclasses.replace(head, embedding_part_max=math.inf), embedder)
    exact = OutputChecker(dataclasses.replace(head, embedding_part_max=math.inf, estimate_part_error=math.inf), embedder)
    bar = math.log(head.threshold / (1.0 - head.threshold))

    started = time.perf_counter()
    differing, cleared, cases = [], 0, []
    for r in rows:
        question, previous = r.get("question", ""), r.get("previous", "")
        va, vb = (c.check(r["text"], question, previous=previous) for c in (unbounded, shipped))
        if not va.same_decision(vb):
            differing.append(r["id"])
        ve = exact.check(r["text"], question, previous=previous)
        if ve.score is None:  # the head does not read it: the bound is never asked
            continue
        X = output_features(np.zeros((1, head.embedding_dim), dtype=np.float32), [r["text"]], head.ngram_dim, [question])
        rest = float((X @ head.w + head.b)[0])
        cleared += rest + head.embedding_part_max < bar
        cases.append({"id": r["id"], "split": r["split"], "flagged": ve.source == "head", "rest": rest})
    train_val = [c for c in cases if c["split"] != "test"]
    # every train and validation sentence (also those the head does not read): the bound is over all of them
    all_tv = [r for r in rows if r["split"] != "test"]
    all_parts = head.embedding_parts(embedder.encode([plain_sentence(r["text"]) for r in all_tv]))
    seconds = time.perf_counter() - started

    flagged = [c for c in cases if c["flagged"]]
    for c in cases:
        c["need"], c["margin"] = bar - c["rest"], bar - c["rest"] - head.embedding_part_max
    largest_part = float(all_parts.max())
    largest_need = max(c["need"] for c in flagged)
    print(f"rows {len(rows)}, verdicts differing {len(differing)} {differing[:20]}")
    print(f"sentences the head reads {len(cases)} (train/validation {len(train_val)}), cleared by the bound {cleared}, "
          f"flagged by the head {len(flagged)}")
    print(f"largest part (train/validation, {len(all_tv)} sentences) {largest_part:.4f}; bound {head.embedding_part_max}")
    print(f"largest need (flagged, any split) {largest_need:.4f}; per split "
          + ", ".join(f"{s} {max((c['need'] for c in flagged if c['split'] == s), default=float('nan')):.4f}"
                      for s in ("train", "validation", "test")))
    print(f"smallest margins: cleared {min(c['margin'] for c in cases if c['margin'] > 0):.4f}, "
          f"not cleared {max(c['margin'] for c in cases if c['margin'] <= 0):.4f}")
    print(f"{seconds:.0f} s")

    order = np.argsort(-all_parts, kind="stable")
    part_ids = [all_tv[i]["id"] for i in order[:PART_ROWS]]
    need_ids = [c["id"] for c in sorted(flagged, key=lambda c: -c["need"])[:NEED_ROWS]]
    margin_ids = [c["id"] for c in sorted((c for c in cases if c["margin"] > 0), key=lambda c: c["margin"])[:MARGIN_ROWS]]
    margin_ids += [c["id"] for c in sorted((c for c in cases if c["margin"] <= 0), key=lambda c: -c["margin"])[:MARGIN_ROWS]]
    chosen = set(part_ids) | set(need_ids) | set(margin_ids)
    others = sorted(r["id"] for r in rows if r["id"] not in chosen)
    sample_ids = random.Random(SEED).sample(others, SAMPLE_ROWS)
    if args.write:
        FIXTURE.parent.mkdir(parents=True, exist_ok=True)
        FIXTURE.write_text(json.dumps({
            "made_by": "scripts/output_bound_cases.py --write",
            "head": head.meta["fingerprint"], "embedding_part_max": head.embedding_part_max,
            "rows": len(rows), "verdicts_differing": len(differing), "read": len(cases), "cleared": cleared,
            "largest_part_train_validation": round(largest_part, 4), "largest_need": round(largest_need, 4),
            "part_rows": part_ids, "need_rows": need_ids, "margin_rows": margin_ids, "sample_rows": sample_ids,
            "sample_seed": SEED,
        }, indent=1) + "\n")
        print(f"wrote {FIXTURE}")


if __name__ == "__main__":
    main()
