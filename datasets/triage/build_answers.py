"""Build `answers.jsonl`, the output check's labelled answer sentences (GitHub issue 21), from
`answers/authored.txt` (hand-written) and `answers/model_labelled.txt` (sentences of the shipped model's
real answers, labelled by hand): ids, groups and a seeded train/validation/test split by group,
stratified by label and source.

`answers/fresh.txt` and `answers/fresh_labelled.txt` (same formats) are the FRESH held-out sentences of
the second round (written after the first test split's misses were read, before that round's tuning):
every one of them is in the test split, marked `"fresh": true`, with group and id prefixes of their own
("fa"/"fm"), so no older row changes its id, group or split; one that repeats an older sentence is refused.

`answers/round2.txt` (same format as authored.txt) holds the second round's extra sentences for fitting and
threshold choice: split by group, seeded, 75/25 into train and validation only (prefix "ra"); one that
repeats an older or a fresh sentence is refused.

`answers/fresh_context.txt` holds the THIRD round's fresh held-out sentences (issue 21, item 4), each WITH the
question it answers and, where it matters, the answer's previous sentence (fields `question`, `previous`):
test split only, `"fresh": true, "round": 3`, group and id prefix "fc"; one that repeats an older, fresh or
round-2 sentence, or a string of the safety tests, is refused. `answers/context_train.txt` (same format, written
after it) holds the third round's sentences for fitting and thresholds: split by answer, seeded, 75/25 into
train and validation only (prefix "rc"). `answers/fresh4_context.txt` (same format) holds the FOURTH round's
fresh held-out sentences: test split only, `"fresh": true, "round": 4`, group and id prefix "f4"; one that repeats
any earlier sentence or a safety-test string is refused; `answers/context4_train.txt` (same format, written after
it) holds the fourth round's sentences for fitting and thresholds: train and validation only (prefix "r4").
`answers/fresh5_context.txt` (same format) holds the FIFTH round's fresh held-out sentences: test split only,
`"fresh": true, "round": 5`, group and id prefix "f5"; one that repeats any earlier sentence or a safety-test
string is refused; `answers/context5_train.txt` (same format, written after that set's first reading) holds the
fifth round's sentences for fitting and thresholds: train and validation only (prefix "r5"). `answers/fresh6_context.txt`
and `answers/context6_train.txt` are the SIXTH round's, the same way (prefixes "f6" and "r6");
`answers/fresh7_context.txt`, `answers/fresh8_context.txt`, `answers/fresh9_context.txt`,
`answers/fresh11_context.txt`, `answers/fresh12_context.txt`, `answers/fresh13_context.txt`,
`answers/fresh14_context.txt`, `answers/fresh15_context.txt` and `answers/fresh16_context.txt` are the SEVENTH,
EIGHTH, NINTH, ELEVENTH, TWELFTH, THIRTEENTH, FOURTEENTH, FIFTEENTH and SIXTEENTH rounds' fresh held-out sets (prefixes
"f7", "f8", "f9", "f11", "f12", "f13", "f14", "f15" and "f16", test only), each written before its round's changes
(the sixteenth's after that round's development sentences were committed: its rows come after them, `FRESH_AFTER_TRAINING`). `answers/context9_train.txt` holds the NINTH round's development sentences (prefix "r9", train and
validation only), written and read in batches: its split is by a hash of each answer's question (`split_by_hash`),
so a batch's split is fixed before it is read and appending a batch moves no earlier row. `answers/context11_train.txt`
holds the ELEVENTH round's development sentences the same way (prefix "r11", hash seed SEED + 11), and so do the twelfth's and
thirteenth's. `answers/context14_train.txt` (prefix "r14") is split by each answer's place in the file instead
(`split_alternate`: every second question held for validation), and so is `answers/context16_train.txt` (prefix "r16",
the SIXTEENTH round's development sentences) and `answers/context17_train.txt` (prefix "r17", the SEVENTEENTH round's:
no fresh file of its own, so its rows come after round 16's fresh rows and no older line moves).
`answers/fresh18_context.txt` is the EIGHTEENTH round's fresh held-out set (prefix "f18", test only), written before
that round's changes: its rows come after round 17's development rows, and `answers/context18_train.txt` (prefix
"r18", session 44's development sentences, written after it) after them in turn, so no older line moves.
`answers/fresh19_context.txt` is the NINETEENTH round's fresh held-out set (prefix "f19", test only), written before
that round's changes and before any development file of its own: it comes after round 18 in `LATER_ROUNDS`, so its
rows come after the r18 rows (the last lines before it; answers.jsonl's first 7843 lines stay byte-identical), and a
`context19_train.txt` written later lands after them in turn (fresh rows first, no `FRESH_AFTER_TRAINING` entry).
`answers/fresh20_context.txt` is the TWENTIETH round's fresh held-out set (prefix "f20", test only), the same way:
written before that round's changes and before any development file of its own, and with no `context19_train.txt`
yet its rows come right after round 19's fresh rows (answers.jsonl's first 8134 lines stay byte-identical).
`answers/fresh21_context.txt` is the TWENTY-FIRST round's fresh held-out set (prefix "f21", test only), the same
way: written before that round's changes and before any development file of its own, and with no
`context20_train.txt` its rows come right after round 20's fresh rows (answers.jsonl's first 8425 lines stay
byte-identical).
`answers/fresh22_context.txt` is the TWENTY-SECOND round's fresh held-out set (prefix "f22", test only), the same
way: written before that round's changes and before any development file of its own, and with no
`context21_train.txt` its rows come right after round 21's fresh rows (answers.jsonl's first 8712 lines stay
byte-identical).
`answers/fresh23_context.txt` is the TWENTY-THIRD round's fresh held-out set (prefix "f23", test only), the same
way: written before that round's changes and before any development file of its own, and with no
`context22_train.txt` its rows come right after round 22's fresh rows (answers.jsonl's first 9000 lines stay
byte-identical).
`answers/fresh24_context.txt` is the TWENTY-FOURTH round's fresh held-out set (prefix "f24", test only), the same
way: written before that round's changes and before any development file of its own, and with no
`context23_train.txt` its rows come right after round 23's fresh rows (answers.jsonl's first 9290 lines stay
byte-identical).
`answers/fresh25_context.txt` is the TWENTY-FIFTH round's fresh held-out set (prefix "f25", test only), the same
way: written before that round's changes and before any development file of its own, and with no
`context24_train.txt` its rows come right after round 24's fresh rows (answers.jsonl's first 9580 lines stay
byte-identical).
`answers/fresh26_context.txt` is the TWENTY-SIXTH round's fresh held-out set (prefix "f26", test only), the same
way: written before that round's changes and before any development file of its own, and with no
`context25_train.txt` its rows come right after round 25's fresh rows (answers.jsonl's first 9870 lines stay
byte-identical).
`answers/fresh27_context.txt` is the TWENTY-SEVENTH round's fresh held-out set (prefix "f27", test only), the
same way: written before that round's changes and before any development file of its own, and with no
`context26_train.txt` its rows come right after round 26's fresh rows (answers.jsonl's first 10160 lines stay
byte-identical).
`answers/fresh28_context.txt` is the TWENTY-EIGHTH round's fresh held-out set (prefix "f28", test only), the
same way: written before that round's changes and before any development file of its own, and with no
`context27_train.txt` its rows come right after round 27's fresh rows (answers.jsonl's first 10450 lines stay
byte-identical).
`answers/fresh29_context.txt` is the TWENTY-NINTH round's fresh held-out set (prefix "f29", test only), the
same way: written before that round's changes and before any development file of its own, and with no
`context28_train.txt` its rows come right after round 28's fresh rows (answers.jsonl's first 10740 lines stay
byte-identical).
Format:

    ### the question
    ~ an earlier sentence of the answer (context only, not a row)
    label | one sentence of the answer       <- its previous sentence: the line above it in the answer

Groups: a sentence and its "= " paraphrases are one group; all sentences of one model answer are one
group (they share a question and a wording), so no answer is split across train and test.

answers/model_labelled.txt format:

    ### the question the model was asked
    label | one sentence of its answer            <- label: safe or one of the four categories

Usage:
    python datasets/triage/build_answers.py           # write answers.jsonl and print the counts
    python datasets/triage/build_answers.py --check   # exit 1 if answers.jsonl is not what the sources give
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
AUTHORED = HERE / "answers" / "authored.txt"
MODEL = HERE / "answers" / "model_labelled.txt"
FRESH = HERE / "answers" / "fresh.txt"  # second-round held-out sentences: test split only
FRESH_MODEL = HERE / "answers" / "fresh_labelled.txt"
ROUND2 = HERE / "answers" / "round2.txt"  # second-round sentences: train and validation only
ROUND2_VALIDATION = 0.25
CONTEXT = HERE / "answers" / "fresh_context.txt"  # third-round held-out sentences with their question: test only
CONTEXT_TRAIN = HERE / "answers" / "context_train.txt"  # third-round sentences with their question: train/validation
# Rounds 4 on: answers/fresh{N}_context.txt (held-out sentences with their question: test only) and
# answers/context{N}_train.txt (sentences with their question: train/validation).
LATER_ROUNDS = ((4, "fourth"), (5, "fifth"), (6, "sixth"), (7, "seventh"), (8, "eighth"), (9, "ninth"),
                (11, "eleventh"), (12, "twelfth"), (13, "thirteenth"), (14, "fourteenth"), (15, "fifteenth"),
                (16, "sixteenth"), (17, "seventeenth"), (18, "eighteenth"), (19, "nineteenth"),
                (20, "twentieth"), (21, "twenty-first"), (22, "twenty-second"),
                (23, "twenty-third"), (24, "twenty-fourth"), (25, "twenty-fifth"),
                (26, "twenty-sixth"), (27, "twenty-seventh"), (28, "twenty-eighth"),
                (29, "twenty-ninth"))
# From round 9 the training sentences were written and read in batches, each batch's split fixed before it was
# read: a split by a hash of the answer's question, so that appending a batch moves no earlier row.
HASH_SPLIT_FROM = 9
# From round 14 the split is by the answer's place in its file: every second question (the 2nd, 4th, ...) is held for
# validation, half of the development text, so that what the round's changes do to text they were not made from is
# measured on as many sentences as they were made from; appending a batch moves no earlier row either.
ALTERNATE_SPLIT_FROM = 14
# Rounds whose fresh held-out file was written after their development file was built: the fresh rows are appended
# after the development rows, so that no row already in answers.jsonl moves.
FRESH_AFTER_TRAINING = (16,)
OUT = HERE / "answers.jsonl"
SEED = 21  # GitHub issue 21
RATIOS = {"train": 0.6, "validation": 0.2, "test": 0.2}
LABELS = ("dose_instruction", "self_harm", "discourage_care", "diagnosis", "safe")


def key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def parse_authored(path: Path, prefix: str = "a") -> list[dict]:
    rows, label, group = [], None, -1
    if not path.exists():
        return rows
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("# "):
            continue
        if line.startswith("## "):
            label = line[3:].strip()
            if label not in LABELS:
                raise SystemExit(f"{path.name}:{n}: unknown label {label!r}")
            continue
        if label is None:
            raise SystemExit(f"{path.name}:{n}: a sentence before the first section")
        paraphrase = line.startswith("= ")
        if not paraphrase:
            group += 1
        rows.append({"text": line[2:].strip() if paraphrase else line.strip(), "label": label,
                     "source": "authored", "group": f"{prefix}{group:04d}"})
    return rows


def parse_model(path: Path, prefix: str = "m") -> list[dict]:
    rows, question, group = [], None, -1
    if not path.exists():
        return rows
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("# "):
            continue
        if line.startswith("### "):
            question, group = line[4:].strip(), group + 1
            continue
        label, sep, text = line.partition(" | ")
        if not sep or label.strip() not in LABELS or question is None:
            raise SystemExit(f"{path.name}:{n}: expected 'label | sentence' under a '### question' line")
        rows.append({"text": text.strip(), "label": label.strip(), "source": "model", "group": f"{prefix}{group:04d}",
                     "question": question})
    return rows


def parse_context(path: Path, prefix: str = "fc", fresh: bool = True, round_: int = 3) -> list[dict]:
    """The third (or a later) round's sentences: under each "### question", "~ context" and "label | sentence".
    A "## source: model" line marks the answers below it as the shipped model's own (labelled by hand), "## source:
    authored" hand-written ones (the default)."""
    rows, question, previous, group, source = [], None, None, -1, "authored"
    if not path.exists():
        return rows
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.rstrip() == "#" or line.startswith("# "):
            continue
        if line.startswith("### "):
            question, previous, group = line[4:].strip(), None, group + 1
            continue
        if line.startswith("## source: "):
            source = line[len("## source: "):].strip()
            if source not in ("authored", "model"):
                raise SystemExit(f"{path.name}:{n}: unknown source {source!r}")
            continue
        if question is None:
            raise SystemExit(f"{path.name}:{n}: a sentence before the first '### question' line")
        if line.startswith("~ "):
            previous = line[2:].strip()
            continue
        label, sep, text = line.partition(" | ")
        if not sep or label.strip() not in LABELS:
            raise SystemExit(f"{path.name}:{n}: expected 'label | sentence' or '~ sentence' under a '### question'")
        row = {"text": text.strip(), "label": label.strip(), "source": source, "group": f"{prefix}{group:04d}",
               "question": question, "round": round_, **({"fresh": True} if fresh else {})}
        if previous:
            row["previous"] = previous
        rows.append(row)
        previous = row["text"]
    return rows


def test_strings() -> set[str]:
    """Every string literal (over 10 characters) of the safety tests, as `key`s: a held-out sentence a test
    was written on would not be held out."""
    import ast

    found = set()
    for path in (HERE.parents[1] / "tests").rglob("*.py"):
        if "safety" in path.as_posix():
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 10:
                    found.add(key(node.value))
    return found


def assign_splits(rows: list[dict]) -> None:
    """Seeded split by group; groups are stratified by (source, the group's most severe label)."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r["group"]].append(r)
    strata: dict[tuple, list[str]] = defaultdict(list)
    for g, members in sorted(groups.items()):
        unsafe = sorted({m["label"] for m in members} - {"safe"})
        strata[(members[0]["source"], unsafe[0] if unsafe else "safe")].append(g)
    rng = random.Random(SEED)
    for _, names in sorted(strata.items()):
        rng.shuffle(names)
        n_val, n_test = round(len(names) * RATIOS["validation"]), round(len(names) * RATIOS["test"])
        for i, g in enumerate(names):
            split = "test" if i < n_test else "validation" if i < n_test + n_val else "train"
            for r in groups[g]:
                r["split"] = split


def split_round2(rows: list[dict], seed: int = SEED + 1) -> None:
    """Train or validation by group, seeded, stratified by the group's label (never test)."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r["group"]].append(r)
    strata: dict[str, list[str]] = defaultdict(list)
    for g, members in sorted(groups.items()):
        strata[members[0]["label"]].append(g)
    rng = random.Random(seed)
    for _, names in sorted(strata.items()):
        rng.shuffle(names)
        n_val = round(len(names) * ROUND2_VALIDATION)
        for i, g in enumerate(names):
            for r in groups[g]:
                r["split"] = "validation" if i < n_val else "train"


def split_by_hash(rows: list[dict], seed: int) -> None:
    """Train or validation by the answer's question (a seeded hash, ROUND2_VALIDATION of them validation): a
    group's split depends on its own question alone, so it is known before the batch is read and stays put as
    later batches are appended (split_round2 reshuffles every group when one is added)."""
    for r in rows:
        digest = hashlib.sha256(f"{seed}:{r['question']}".encode()).digest()
        r["split"] = "validation" if int.from_bytes(digest[:4], "big") / 2**32 < ROUND2_VALIDATION else "train"


def split_alternate(rows: list[dict]) -> None:
    """Train or validation by the answer's place in its file: the 1st, 3rd, ... question's sentences train, the 2nd,
    4th, ... validation (the group number, counted from 0 in file order, odd). Known before the file is read on the
    code, and appending a batch moves no earlier row."""
    for r in rows:
        r["split"] = "validation" if int(r["group"][-4:]) % 2 == 1 else "train"


def refuse_repeats(rows: list[dict], name: str, taken: set[str], in_tests: set[str]) -> None:
    """A round's sentences may repeat no earlier sentence (`taken`, which they join) and no safety-test string."""
    for r in rows:
        if key(r["text"]) in taken:
            raise SystemExit(f"{name}-round sentence repeats an older one: {r['text']!r}")
        taken.add(key(r["text"]))
        if key(r["text"]) in in_tests:
            raise SystemExit(f"{name}-round sentence is also a safety-test string: {r['text']!r}")


def build() -> list[dict]:
    rows = parse_authored(AUTHORED) + parse_model(MODEL)
    fresh = parse_authored(FRESH, "fa") + parse_model(FRESH_MODEL, "fm")
    older = {key(r["text"]) for r in rows}
    for r in fresh:
        if key(r["text"]) in older:
            raise SystemExit(f"fresh sentence repeats an older one: {r['text']!r}")
        r["fresh"] = True
    round2 = parse_authored(ROUND2, "ra")
    taken = older | {key(r["text"]) for r in fresh}
    for r in round2:
        if key(r["text"]) in taken:
            raise SystemExit(f"round-2 sentence repeats an older or fresh one: {r['text']!r}")
    context = parse_context(CONTEXT)
    context_train = parse_context(CONTEXT_TRAIN, "rc", fresh=False)
    taken |= {key(r["text"]) for r in round2}
    in_tests = test_strings()
    refuse_repeats(context + context_train, "third", taken, in_tests)
    # rounds 4 on, each its fresh sentences (test only) then its training ones (FRESH_AFTER_TRAINING: the other way)
    later: list[dict] = []
    for round_, name in LATER_ROUNDS:
        fresh_r = parse_context(HERE / "answers" / f"fresh{round_}_context.txt", f"f{round_}", round_=round_)
        train_r = parse_context(HERE / "answers" / f"context{round_}_train.txt", f"r{round_}", fresh=False,
                                round_=round_)
        ordered = train_r + fresh_r if round_ in FRESH_AFTER_TRAINING else fresh_r + train_r
        refuse_repeats(ordered, name, taken, in_tests)
        for r in fresh_r:
            r["split"] = "test"
        if round_ >= ALTERNATE_SPLIT_FROM:
            split_alternate(train_r)
        elif round_ >= HASH_SPLIT_FROM:
            split_by_hash(train_r, SEED + round_)
        else:
            split_round2(train_r, SEED + round_)
        later += ordered
    seen: dict[str, dict] = {}
    for r in rows + fresh + round2 + context + context_train + later:
        k = key(r["text"])
        # the same words may be safe after one question and unsafe after another ("It is usually not
        # serious." about a cold vs blood in the urine): only model sentences with different questions
        if k in seen and seen[k]["label"] != r["label"] and not (
                r.get("question") and seen[k].get("question") and r["question"] != seen[k]["question"]):
            raise SystemExit(f"conflicting labels for {r['text']!r}: {seen[k]['label']} vs {r['label']}")
        seen.setdefault(k, r)
    assign_splits(rows)  # the older rows only: adding fresh ones moves none of them
    for r in fresh:
        r["split"] = "test"
    split_round2(round2)
    for r in context:
        r["split"] = "test"
    split_round2(context_train, SEED + 2)
    # appended last, so every older row keeps its id, group and split
    rows += fresh + round2 + context + context_train + later
    counters: Counter = Counter()
    for r in rows:
        # a round's group prefix ("fc", "r4", "f11"): the group less its four-digit number
        prefix = r["group"][:-4] if r.get("round") else \
            ("f" if r.get("fresh") else "r" if r["group"].startswith("r") else "") + ("a" if r["source"] == "authored" else "m")
        counters[(prefix, r["label"])] += 1
        r["id"] = f"{r['label']}-{prefix}{counters[(prefix, r['label'])]:03d}"
    return [{k: r[k] for k in ("id", "text", "label", "source", "group", "split", "question", "previous",
                                          "fresh", "round")
             if k in r} for r in rows]


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    rows = build()
    text = render(rows)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.name} is out of date: run python {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    counts = Counter((r["split"], r["source"], r["label"]) for r in rows)
    for k in sorted(counts):
        print(*k, counts[k])
    print("total", len(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
