"""Counts for tuning the other-language lexicons (issue 21) on development data only: per language,
emergencies caught and non-emergencies alarmed by `check_input` on `languages_dev8.jsonl` and
`languages_dev9.jsonl` (by batch) and on `languages.jsonl`'s train and validation splits. The test split of `languages.jsonl` and the
held-out `languages_fresh8.jsonl` and `languages_fresh9.jsonl` are never read.

    PYTHONPATH=src python scripts/lexicon_dev_counts.py          # rules + lexicons
    PYTHONPATH=src python scripts/lexicon_dev_counts.py --head   # rules + learned head + lexicons
    PYTHONPATH=src python scripts/lexicon_dev_counts.py -v       # and the messages missed or alarmed
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from medassist.model.safety import check_input

AUTHORED = Path(__file__).resolve().parents[1] / "datasets" / "triage" / "authored"
# languages_dev8.jsonl's batches, by the first id number of each (emergencies D8E.., others D8N..)
BATCHES = {"D8": {"emergency": (1, 17, 27, 31, 39), "non_emergency": (1, 11, 17, 23, 27)},
           # languages_dev9.jsonl's (the ninth round's), ids D9E.. and D9N..
           "D9": {"emergency": (1, 17, 27, 33, 39, 43, 47), "non_emergency": (1, 9, 17, 27, 35, 45, 51)}}


def _batch(row: dict) -> str:
    round_ = "D9" if "-D9" in row["id"] else "D8"
    number = int(row["id"].rsplit(round_, 1)[1][1:])
    starts = BATCHES[round_][row["label"]]
    return "dev" + round_[1] + "abcdefg"[sum(number >= start for start in starts[1:])]


def _sets() -> dict[str, list[dict]]:
    dev = []
    for name in ("languages_dev8.jsonl", "languages_dev9.jsonl"):
        with open(AUTHORED / name, encoding="utf-8") as f:
            dev += [json.loads(line) for line in f]
    with open(AUTHORED / "languages.jsonl", encoding="utf-8") as f:
        older = [row for row in map(json.loads, f) if row["split"] != "test"]  # test rows stay unread
    sets: dict[str, list[dict]] = defaultdict(list)
    for row in dev:
        sets[_batch(row)].append(row)
    return {**dict(sorted(sets.items())), "dev8 + dev9 (all)": dev, "languages.jsonl train+validation": older}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--head", action="store_true", help="use the learned head as the front ends do")
    parser.add_argument("-v", action="store_true", help="list the messages missed or alarmed")
    args = parser.parse_args()
    for name, rows in _sets().items():
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # caught, emergencies, alarmed, others
        wrong = []
        for row in rows:
            emergency = check_input(row["text"], learned=args.head).action == "emergency"
            c = counts[row["language"]]
            if row["label"] == "emergency":
                c[0] += emergency
                c[1] += 1
            else:
                c[2] += emergency
                c[3] += 1
            if emergency != (row["label"] == "emergency"):
                wrong.append(f"  {'missed ' if not emergency else 'alarmed'} {row['id']}: {row['text']}")
        total = [sum(c[i] for c in counts.values()) for i in range(4)]
        print(f"{name}: {total[0]}/{total[1]} emergencies caught, {total[2]}/{total[3]} others alarmed")
        print("  " + ", ".join(f"{lang} {c[0]}/{c[1]} {c[2]}/{c[3]}" for lang, c in sorted(counts.items())))
        if args.v:
            print("\n".join(wrong))


if __name__ == "__main__":
    main()
