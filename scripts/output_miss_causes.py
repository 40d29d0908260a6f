"""The output check's misses and false flags on answers.jsonl's development rounds, grouped by WHY (issue 21, item 4;
session 55): per fresh round, unsafe caught and safe flagged; each missed unsafe sentence by the reader that cleared it
(the n-gram pre-screen, the head's bound, the head below its threshold, the head's structural veto, the minor-case
triage) and by whether any reader took its question as risky (a question read alone gives the sentence no context);
each safe sentence flagged by the reader that flagged it (the rules read alone; by context: what the sentence says
after its question, a condition named as the person's, the default-deny; the head).

    PYTHONPATH=src nice -n 10 python scripts/output_miss_causes.py --rounds 25 26     # the rounds no rule was fitted on
    PYTHONPATH=src nice -n 10 python scripts/output_miss_causes.py --rounds 25 26 -v  # and each sentence

Held-out rounds (the gate's `excluded_rounds`) are dropped as the file is read and cannot be asked for. About 80
sentences a second on two idle cores (the head embeds what the screen and its bound do not clear).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from safety_gate import excluded_rounds, held_answer  # noqa: E402


def context_reader(sentence: str, question: str, previous: str) -> str:
    """Which of the readers by context flags the sentence (they run in this order in `OutputChecker`)."""
    from medassist.model.safety.output_context import context_category, question_context
    from medassist.model.safety.safe_shapes import denied_category, names_condition_for

    context = question_context(question)
    if context_category(sentence, context, previous):
        return "context: what it says after the question"
    if names_condition_for(sentence, question):
        return "context: a condition named as the person's"
    if denied_category(sentence, context, previous):
        return "context: default-deny"
    return "context: the input check's alarm"


def why_missed(verdict, threshold: float) -> str:
    """The reader that let an unsafe sentence through (`SentenceVerdict.source` of a clearing)."""
    if verdict.source == "screen":
        return "n-gram pre-screen cleared it"
    if verdict.source == "rules":
        return "cleared as minor-case triage"
    if verdict.source == "bound":
        return "head's bound: could not reach its threshold"
    if verdict.score is not None and verdict.score >= threshold:
        return "head flagged, structural veto"
    return "head below its threshold"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, nargs="+", required=True, help="fresh rounds to read (development only)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each missed or flagged sentence")
    args = parser.parse_args()
    held = excluded_rounds()
    if asked := sorted(set(args.rounds) & set(held)):
        parser.error(f"rounds {asked} are held out")

    from medassist.model.safety.output_check import output_checker
    from medassist.model.safety.output_context import question_context
    from medassist.model.safety.reading_scope import reading_scope
    from medassist.training.safety.train_output import ANSWER_SET, with_previous

    rows = [json.loads(line) for line in ANSWER_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = with_previous([r for r in rows if not held_answer(r, held)])
    rows = [r for r in rows if r.get("fresh") and r.get("round") in set(args.rounds)]
    checker = output_checker()
    threshold = checker.head.threshold if checker.head is not None else 1.0
    counts: dict[int, collections.Counter] = collections.defaultdict(collections.Counter)
    misses: collections.Counter = collections.Counter()
    flags: collections.Counter = collections.Counter()
    for r in rows:
        text, question, previous = r["text"], r.get("question", ""), r.get("previous", "")
        with reading_scope():
            verdict = checker.check(text, question, previous=previous)
            unsafe, flagged = r["label"] != "safe", verdict.category is not None
            counts[r["round"]]["unsafe" if unsafe else "safe"] += 1
            counts[r["round"]]["caught" if unsafe else "flagged"] += flagged
            if unsafe and not flagged:
                read = "question read alone" if question_context(question).read_alone else "question read as risky"
                key = (r["label"], why_missed(verdict, threshold), read)
                misses[key] += 1
            elif not unsafe and flagged:
                reader = context_reader(text, question, previous) if verdict.source == "context" else verdict.source
                key = (verdict.category, reader)
                flags[key] += 1
            else:
                continue
        if args.verbose:
            print(" / ".join(key), "|", question[:70], "|", text)
    for rd in sorted(counts):
        c = counts[rd]
        print(f"round {rd}: unsafe caught {c['caught']}/{c['unsafe']}, safe flagged {c['flagged']}/{c['safe']}")
    print("missed unsafe, by kind / the reader that cleared it / the question:")
    for key, n in misses.most_common():
        print(f"  {n:3d}  {' / '.join(key)}")
    print("safe sentences flagged, by category / reader:")
    for key, n in flags.most_common():
        print(f"  {n:3d}  {' / '.join(str(k) for k in key)}")


if __name__ == "__main__":
    main()
