"""Choose the faithfulness check's similarity threshold on the MedQuAD validation split.

For each sampled validation question, evidence is selected from an index over the TRAIN split only
(build_retriever: the question's own record is never in it). Positives: the opening sentences of the
question's reference answer (true statements a right answer makes; MedQuAD repeats most facts on
several NIH pages, so support is usually there). Negatives: the opening sentences of another,
randomly paired validation question's answer (confident statements about something else). Each
sentence's support is its best cosine to the evidence pool; the threshold maximising TPR - FPR
(Youden's J) is printed with both rates, and the full check's keep rates (negation, numbers, terms
included) at that threshold. Also the share of negated positives ("X is not ...") the check keeps.

    PYTHONPATH=src python scripts/calibrate_faithfulness.py --n 150
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter

import numpy as np


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sentences", type=int, default=2, help="reference sentences per question")
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.45, 0.5, 0.55])
    args = ap.parse_args()

    from medassist.model.faithfulness import FaithfulnessCheck
    from medassist.model.retrieval.evidence import SentenceVectors, select_evidence, split_sentences
    from medassist.paths import DEFAULT_DATA_DIR
    from medassist.training.data.prepare import ensure_prepared, load_split
    from medassist.training.evaluate.heldout import build_retriever

    data = ensure_prepared(DEFAULT_DATA_DIR)
    rng = random.Random(args.seed)
    val = rng.sample(load_split(data, "validation"), args.n)
    retriever = build_retriever(load_split(data, "train"), val)
    vectors = SentenceVectors(retriever.embedder)
    pos, neg, checks = [], [], []
    for i, rec in enumerate(val):
        ev = select_evidence(rec.question, retriever.search(rec.question, k=3), vectors)
        if not ev:
            continue
        check = FaithfulnessCheck(ev, vectors.encode, rec.question)
        other = val[(i + 1 + rng.randrange(len(val) - 1)) % len(val)]
        for label, source, out in ((1, rec, pos), (0, other, neg)):
            for s in split_sentences(source.answer)[:args.sentences]:
                sims = ev.pool_vectors @ vectors.encode([s])[0]
                out.append(float(sims.max()))
                checks.append((label, check, s))
    pos_a, neg_a = np.array(pos), np.array(neg)
    best = max(np.arange(0.30, 0.90, 0.01), key=lambda t: (pos_a >= t).mean() - (neg_a >= t).mean())
    print(json.dumps({"questions": args.n, "positives": len(pos), "negatives": len(neg),
                      "youden_threshold": round(float(best), 2),
                      "tpr": round(float((pos_a >= best).mean()), 3), "fpr": round(float((neg_a >= best).mean()), 3),
                      "pos_median": round(float(np.median(pos_a)), 3), "neg_median": round(float(np.median(neg_a)), 3),
                      **{f"tpr@{t}": round(float((pos_a >= t).mean()), 3) for t in (0.45, 0.5, 0.55, 0.6)},
                      **{f"fpr@{t}": round(float((neg_a >= t).mean()), 3) for t in (0.45, 0.5, 0.55, 0.6)}}))
    for t in args.thresholds:
        kept = {0: [], 1: []}
        negated, reasons = [], Counter()
        for label, check, s in checks:
            check.support_threshold = t
            j = check.judge(s)
            kept[label].append(j.action in ("keep", "neutral"))
            if label == 1:
                reasons[j.reason] += 1
            if label == 1 and re.search(r"\b(is|are|can)\b", s) and not re.search(r"\bnot\b", s):
                negated.append(check.judge(re.sub(r"\b(is|are|can)\b", r"\1 not", s, count=1)).action == "keep")
        print(json.dumps({"threshold": t, "full_check_keep_positives": round(float(np.mean(kept[1])), 3),
                          "full_check_keep_negatives": round(float(np.mean(kept[0])), 3),
                          "full_check_keep_negated_positives": round(float(np.mean(negated)), 3),
                          "negated_n": len(negated), "positive_reasons": dict(reasons)}))


if __name__ == "__main__":
    main()
