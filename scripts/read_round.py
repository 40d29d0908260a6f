"""Read one held-out safety round, counts only: the lead's before/after reading of a fresh round (issue 21).

Each session, writers who never saw the safety code write round N's fresh sets (conversations `fresh{N}-*`,
`authored/languages_fresh{N}.jsonl`, `meaning{N}.jsonl`, the answer sentences of `answers/fresh{N}_context.txt`);
the lead reads them once on the session's starting code and once on its final code. This prints what those
readings record, through the evaluations' own functions (learned heads on, as served), and nothing that would let
anyone tune to the set: no text, no id, only counts per kind, language and category.

    python scripts/read_round.py 28 [--out runs/round28_before.json]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from medassist import paths
from medassist.io import read_jsonl
from medassist.training.safety import eval_conversations, eval_languages, eval_meaning, eval_output
from medassist.training.safety.evaluate import proportion

TRIAGE = paths.REPO_DIR / "datasets" / "triage"


def _k_n(p: dict) -> list[int]:
    return [p["k"], p["n"]]


def _total(parts: list[list[int]]) -> list[int]:
    return [sum(k for k, _ in parts), sum(n for _, n in parts)]


def conversations(n: int) -> dict:
    rows = eval_conversations.select(read_jsonl(eval_conversations.CONVERSATIONS), "test",
                                     f"fresh{n}-")
    res = eval_conversations.evaluate_rows(rows, True, proportion)
    false_alarms = {k: _k_n(v) for k, v in res["false_alarms_by_kind"].items() if v["n"]}
    return {"recall": _k_n(res["multi_turn_recall"]),
            "recall_by_kind": {k: _k_n(v) for k, v in res["multi_turn_recall_by_kind"].items()},
            "false_alarms": _total(list(false_alarms.values())), "false_alarms_by_kind": false_alarms,
            "resolutions_recognised": _k_n(res["resolution_recognised"]), "state_as_expected": _k_n(res["state_correct"])}


def languages(n: int) -> dict:
    per = eval_languages.fresh_counts(read_jsonl(TRIAGE / "authored" / f"languages_fresh{n}.jsonl"))["languages"]
    by_language = {lang: {"recall": _k_n(v["recall"]), "false_alarms": _k_n(v["false_alarms"])}
                   for lang, v in per.items()}
    return {"recall": _total([v["recall"] for v in by_language.values()]),
            "false_alarms": _total([v["false_alarms"] for v in by_language.values()]), "by_language": by_language}


def meaning(n: int) -> dict:
    res = eval_meaning.evaluate_meaning(TRIAGE / f"meaning{n}.jsonl")
    return {kind: {label: _k_n(d["test"][label]["rules + head + readers"]) for label in ("positive", "look_alike")}
            for kind, d in res.items()}


def answers(n: int) -> dict:
    rows = [r for r in eval_output.with_previous(eval_output.load_answer_set(eval_output.ANSWER_SET))
            if r["split"] == "test" and r.get("fresh") and r.get("round") == n]
    s = eval_output.score_rows(rows, eval_output.output_checker_at(eval_output.HEAD_PATH))["rules+head"]
    return {"caught": _k_n(s["recall"]), "safe_flagged": _k_n(s["false_flags"]),
            "caught_by_category": {k: _k_n(v) for k, v in s["recall_per_category"].items()},
            "counts": dict(Counter(r["label"] for r in rows))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("round", type=int, help="the round's number, e.g. 28 for fresh28-*, meaning28.jsonl, ...")
    ap.add_argument("--out", type=Path, help="also write the counts here (JSON)")
    args = ap.parse_args(argv)
    if not (TRIAGE / f"meaning{args.round}.jsonl").is_file():
        ap.error(f"no round {args.round}: datasets/triage/meaning{args.round}.jsonl does not exist")
    out = {"round": args.round, "conversations": conversations(args.round), "languages": languages(args.round),
           "meaning": meaning(args.round), "answers": answers(args.round)}
    text = json.dumps(out, indent=1)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
