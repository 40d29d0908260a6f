"""Where a key fact is lost, per missed question of a DEVELOPMENT key-facts split: the cached raw answers of
`scripts/replay_checks.py generate keyfacts` replayed through the checks, then each miss classed by the first stage
that lost the fact (issue 22):

    retrieval   the fact is in none of the retrieved passages' text
    selection   in a quotable page sentence, but not among the four numbered evidence sentences nor quoted
    selection-page  in a passage's text, but not among the sentences read (16 a page, pages on the topic)
    generation  in the numbered evidence, but the raw answer does not state it
    check       the raw answer states it, the served answer does not (dropped or replaced)
    abstained   the served answer is an abstention (and the fact was within reach: in the evidence or the raw answer)
    fixed-reply the input check answered with a fixed reply (the emergency message, a refusal): no retrieval, no model

    python scripts/keyfacts_miss_causes.py runs/replay/fresh2.pkl [more.pkl ...] [--show]

Also prints each split's key facts, misconceptions, abstentions and supported-sentence rate of the replayed answers.
Counts only by default; `--show` prints each miss (development splits only: never a held-out or check split).
"""

from __future__ import annotations

import argparse
import copy
import pickle
from collections import Counter
from pathlib import Path


def classify(c: dict, vectors) -> tuple[str, dict]:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from replay_checks import served

    import medassist.model.faithfulness as F
    from medassist.training.evaluate.keyfacts import is_abstention, score_answer, states_fact

    row, pats = c["row"], c["row"]["key_fact"]
    evidence = c["evidence"]
    numbered = [s.text for s in evidence.sentences] if evidence else []
    passages = [p.answer for p in evidence.passages] if evidence else []
    raw = "".join(c["pieces"] or [])
    text = served(copy.deepcopy(c), vectors, set())["text"]
    judge = F.FaithfulnessCheck(copy.deepcopy(evidence), vectors.encode, c["query"]) if evidence else None
    scores = score_answer(row, text, judge)  # as `medassist eval --benchmark keyfacts` scores the served answer
    info = {"scores": scores, "question": row["question"], "raw": raw, "served": text, "numbered": numbered,
            "pages": [p.question for p in evidence.passages] if evidence else []}
    if states_fact(text, pats):
        return "hit", info
    if c["pieces"] is None:  # the safety layer's fixed reply: nothing was retrieved or generated
        return "fixed-reply", info
    in_numbered = any(states_fact(s, pats) for s in numbered)
    in_raw = states_fact(raw, pats)
    if is_abstention(text) and (in_numbered or in_raw):
        return "abstained", info
    if in_raw:
        return "check", info
    if in_numbered:
        return "generation", info
    quotable = [evidence.pool[k].text for k in evidence.about] if evidence else []
    if any(states_fact(q, pats) for q in quotable):
        return "selection", info  # a sentence the closing quotes could have shown
    if any(states_fact(p, pats) for p in passages):
        return "selection-page", info  # beyond the sentences read (16 a page) or on a page off the topic
    return "retrieval", info


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("caches", type=Path, nargs="+")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    from medassist.model.retrieval.embedder import shared_embedder
    from medassist.model.retrieval.evidence import SentenceVectors

    vectors = SentenceVectors(shared_embedder(), size=100_000)
    total: Counter = Counter()
    totals: Counter = Counter()
    for path in args.caches:
        counts: Counter = Counter()
        sums: Counter = Counter()
        for c in pickle.loads(path.read_bytes()):
            cause, info = classify(c, vectors)
            counts[cause] += 1
            sums.update({k: v for k, v in info["scores"].items()} | {"n": 1})
            if args.show and cause != "hit":
                print(f"--- [{path.stem}] {cause}: {info['question']}\n  pattern: {c['row']['key_fact']}\n"
                      f"  pages: {info['pages']}\n  numbered: {info['numbered']}\n  raw: {info['raw']!r}\n"
                      f"  served: {info['served']!r}")
        total += counts
        totals.update(sums)
        print(path.stem, dict(sorted(counts.items())), _summary(sums))
    print("all", dict(sorted(total.items())), _summary(totals))


def _summary(s: Counter) -> str:
    return (f"key fact {int(s['key_fact'])}/{s['n']}, misconceptions {int(s['misconception'])}, "
            f"abstained {int(s['abstained'])}, supported {100 * s['supported'] / max(s['judged'], 1):.1f}%")


if __name__ == "__main__":
    main()
