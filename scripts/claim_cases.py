"""Development cases for the faithfulness check's claim rules (datasets/faithfulness/claim_cases.jsonl): each a
question, one model-like answer sentence and whether the check should keep it ("keep") or refuse it ("refuse": a
myth, a contradiction of the pages, an invention), judged against the evidence the served retrieval finds.

    python scripts/claim_cases.py                 # counts per split (tune: read; check: counted only)
    python scripts/claim_cases.py --show tune     # each tune case with its judgement

The split was fixed before the cases were run (every second case to `check`).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

CASES = Path(__file__).resolve().parents[1] / "datasets" / "faithfulness" / "claim_cases.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", choices=("tune",), help="print each case of this split with its judgement")
    args = ap.parse_args()

    from medassist.model.assistant import DEFAULT_TOP_K
    from medassist.model.faithfulness import FaithfulnessCheck
    from medassist.model.retrieval import Retriever
    from medassist.model.retrieval.evidence import SentenceVectors, select_evidence
    from medassist.model.retrieval.followup import retrieval_query

    retriever = Retriever.load_default()
    vectors = SentenceVectors(retriever.embedder)
    totals: dict[str, list[int]] = {}
    for line in CASES.read_text().splitlines():
        case = json.loads(line)
        query = retriever.spelled(retrieval_query(case["question"], []))
        evidence = select_evidence(query, list(retriever.search(query, k=DEFAULT_TOP_K)), vectors)
        judged = FaithfulnessCheck(evidence, vectors.encode, query).judge(case["answer"])
        right = (judged.action == "keep") == (case["expect"] == "keep")
        total = totals.setdefault(f"{case['split']} {case['expect']}", [0, 0])
        total[0] += right
        total[1] += 1
        if args.show == case["split"]:
            print(f"{'ok ' if right else 'BAD'} {case['expect']:6} {judged.action:7} {judged.reason:13} "
                  f"{judged.support:.2f} | {case['question']} | {case['answer']}")
    for key, (right, n) in sorted(totals.items()):
        print(f"{key}: {right}/{n} as expected")


if __name__ == "__main__":
    main()
