"""Build `messages.jsonl` from the hand-written files in `authored/`: ids, groups and the split.

The sentences are written by hand in `authored/<category>.txt` (triage) and `authored/dosing.txt`;
this script only numbers them, ties near-paraphrases into groups, checks for duplicates and for
overlap with the safety tests, and assigns the seeded train/validation/test split by group,
stratified by (task, label, category).

Authored file format:

    # a comment
    ## emergency                 <- section: the label (emergency | non_emergency | dose_request | general)
    register | text             <- one message; register = how it is written
    register/kind | text        <- look-alikes also name their kind (educational, past_event, ...)
    = register | text           <- a near-paraphrase of the message above: same group

A file named `<category>.<name>.txt` adds a set of its own to a category (issue 21: everyday mild
messages): its ids are `<name>-<n|e|d|g>NNN`, its rows carry `"set": "<name>"`, and a header line
`#! splits: test` (or `train validation`) pins which splits its groups may go to. Its groups are split
in strata of their own, so the rows of the other files keep their split whatever it adds.

Such a file may also hold real emergencies written in its voice (issue 21, ninth round: a mild set
measured from both sides): `## emergency <category>` names their triage category. A line `#! batch <name>`
starts a batch whose rows are strata of their own (by label and category), `#! batch: <name>` one whose
emergencies are split together by label (a mixed batch's few emergencies span categories); either way a batch's
split is fixed when it is written and a later batch never moves the split of one already read.

Usage:
    python datasets/triage/build.py            # write messages.jsonl and print the counts
    python datasets/triage/build.py --check    # exit 1 if messages.jsonl is not what the sources give
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
AUTHORED = HERE / "authored"
OUT = HERE / "messages.jsonl"

SEED = 12  # GitHub issue 12
RATIOS = {"train": 0.6, "validation": 0.2, "test": 0.2}
LABELS = {"emergency": "triage", "non_emergency": "triage", "dose_request": "dosing", "general": "dosing"}
REGISTERS = {"plain", "typo", "slang", "third_person", "parent_child", "esl", "short", "buried", "lowercase"}
KINDS = {"educational", "past_event", "hypothetical", "coursework", "chronic_stable", "first_aid_general",
         "everyday",
         # the "other" category: messages about none of the 14 emergency categories
         "chit_chat", "non_medical", "instruction", "negated", "feelings", "lifestyle", "admin", "noise"}
SHORT = {"emergency": "e", "non_emergency": "n", "dose_request": "d", "general": "g"}
TRIAGE_CATEGORIES = ("cardiac", "stroke", "breathing", "anaphylaxis", "bleeding_trauma", "poisoning_overdose",
                     "self_harm", "obstetric", "infant_child", "seizure", "diabetic", "sepsis_meningitis", "pe_dvt",
                     "gi_bleed")
OTHER = "other"  # non-emergencies outside the 14 categories: chit-chat, non-medical, mild everyday, noise


def key(text: str) -> str:
    """Duplicate key: lower case letters and digits only (the text itself if it has none)."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip() or text.strip()


def parse(path: Path) -> list[dict]:
    category, _, extra_set = path.stem.partition(".")
    if category not in (*TRIAGE_CATEGORIES, OTHER, "dosing"):
        raise SystemExit(f"{path.name}: unknown category {category!r}")
    rows, label, counters, splits, batch, own_category = [], None, Counter(), None, None, None
    by_label = False  # the batch's emergencies split together by label, whatever their categories
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        if line.startswith("#! splits:"):
            splits = line.partition(":")[2].split()
            if not extra_set or not splits or not set(splits) <= set(RATIOS):
                raise SystemExit(f"{where}: '#! splits:' names splits of {set(RATIOS)} in a <category>.<name>.txt file")
            continue
        if line.startswith(("#! batch:", "#! batch ")):
            by_label = line.startswith("#! batch:")
            batch = line[len("#! batch:"):].strip()
            if not extra_set or not batch:
                raise SystemExit(f"{where}: '#! batch[:] <name>' belongs in a <category>.<name>.txt file")
            continue
        if not line.strip() or (line.startswith("#") and not line.startswith("##")):
            continue
        if line.startswith("## "):
            label, _, own_category = line[3:].strip().partition(" ")
            if label not in LABELS:
                raise SystemExit(f"{where}: unknown section {label!r}")
            if own_category and (label != "emergency" or not extra_set or own_category not in TRIAGE_CATEGORIES):
                raise SystemExit(f"{where}: '## emergency <category>' names a triage category, in a set's file")
            continue
        if label is None:
            raise SystemExit(f"{where}: message before any '## label' section")
        paraphrase = line.startswith("=")
        tag, sep, text = line.lstrip("= ").partition(" | ")
        text = text.strip()
        if not sep or not text:
            raise SystemExit(f"{where}: expected 'register | text'")
        register, _, kind = tag.strip().partition("/")
        if register not in REGISTERS:
            raise SystemExit(f"{where}: unknown register {register!r}")
        if kind and kind not in KINDS:
            raise SystemExit(f"{where}: unknown kind {kind!r}")
        if label == "non_emergency" and not kind:
            raise SystemExit(f"{where}: a look-alike names its kind (register/kind)")
        counters[label] += 1
        row = {"id": f"{extra_set or category}-{SHORT[label]}{counters[label]:03d}", "text": text, "label": label,
               "task": LABELS[label], "category": own_category or category, "register": register}
        if kind:
            row["kind"] = kind
        if extra_set:
            if splits is None:
                raise SystemExit(f"{where}: a <category>.<name>.txt file starts with '#! splits: ...'")
            row["set"], row["splits"] = extra_set, splits
            if batch:
                row["batch"], row["by_label"] = batch, by_label
        if paraphrase:
            if not rows or rows[-1]["label"] != label:
                raise SystemExit(f"{where}: '=' paraphrase with no message above it in its section")
            row["group"] = rows[-1]["group"]
        else:
            row["group"] = row["id"]
        rows.append(row)
    return rows


def safety_test_strings() -> set[str]:
    """Every string literal in the safety tests (whatever folder they live in), as duplicate keys."""
    found = set()
    for path in (REPO / "tests").rglob("*.py"):
        if "safety" not in path.as_posix():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 10:
                found.add(key(node.value))
    return found


def assign_splits(rows: list[dict]) -> None:
    """Seeded split by group, stratified by (task, label, category); greedy on message counts. A
    file's own set (`<category>.<name>.txt`) is a stratum of its own, split over its pinned splits."""
    strata: dict[tuple, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        if row.get("by_label"):  # a batch's few emergencies span categories: split them together, by label
            stratum = (row["task"], row["label"], row["set"], row["batch"])
        else:
            stratum = (row["task"], row["label"], row["category"], *([row["set"]] if "set" in row else []),
                       *([row["batch"]] if "batch" in row else []))
        strata[stratum][row["group"]].append(row)
    for stratum in sorted(strata):
        groups = strata[stratum]
        names = sorted(groups)
        random.Random(f"{SEED}:{'/'.join(stratum)}").shuffle(names)
        total = sum(len(g) for g in groups.values())
        allowed = next(iter(groups.values()))[0].get("splits", list(RATIOS))
        ratios = {s: RATIOS[s] / sum(RATIOS[a] for a in allowed) for s in RATIOS if s in allowed}
        filled = Counter()
        for name in names:
            size = len(groups[name])
            # the split furthest below its target share takes the group
            split = max(ratios, key=lambda s: (ratios[s] * total - filled[s], -list(RATIOS).index(s)))
            filled[split] += size
            for row in groups[name]:
                row["split"] = split


def build() -> list[dict]:
    rows = [row for path in sorted(AUTHORED.glob("*.txt")) for row in parse(path)]
    seen: dict[str, str] = {}
    for row in rows:
        k = key(row["text"])
        if k in seen:
            raise SystemExit(f"duplicate message: {row['id']} repeats {seen[k]}: {row['text']!r}")
        seen[k] = row["id"]
    test_strings = safety_test_strings()  # parsed once: every safety test file, not once per message
    in_tests = [row["id"] for row in rows if key(row["text"]) in test_strings]
    if in_tests:
        raise SystemExit(f"messages that are also safety-test sentences: {in_tests}")
    assign_splits(rows)
    order = ("id", "text", "label", "task", "category", "register", "kind", "set", "group", "split")
    return [{k: row[k] for k in order if k in row} for row in rows]


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def counts_table(rows: list[dict]) -> str:
    """Markdown: messages per task/label/category and split."""
    c = Counter((r["task"], r["label"], r["category"], r["split"]) for r in rows)
    lines = ["| task | label | category | train | validation | test | total |", "|---|---|---|--:|--:|--:|--:|"]
    for task, label, category in sorted({k[:3] for k in c}, key=lambda k: (k[0] != "triage", k[1], k[2])):
        n = [c[(task, label, category, s)] for s in RATIOS]
        lines.append(f"| {task} | {label} | {category} | {' | '.join(map(str, n))} | {sum(n)} |")
    for task, label in sorted({k[:2] for k in c}, key=lambda k: (k[0] != "triage", k[1])):
        n = [sum(v for k, v in c.items() if k[:2] == (task, label) and k[3] == s) for s in RATIOS]
        lines.append(f"| **{task}** | **{label}** | all | {' | '.join(map(str, n))} | {sum(n)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify messages.jsonl instead of writing it")
    args = parser.parse_args(argv)
    rows = build()
    text = render(rows)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.name} is out of date: run python datasets/triage/build.py", file=sys.stderr)
            return 1
        print(f"{OUT.name} is up to date ({len(rows)} messages)")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} messages to {OUT.relative_to(REPO)}\n")
    print(counts_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
