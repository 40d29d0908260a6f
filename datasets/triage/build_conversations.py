"""Build `conversations.jsonl` from `authored/conversations/` (GitHub issue 21): conversation-level
triage, obfuscated messages and casual dose questions, with a grouped, seeded train/validation/test
split made before anything was tuned on them.

Sources (hand-written, see each file's header):

* `multi_turn.txt`  - blocks: `@ kind state category`, then `> turn` lines; `@=` starts a
  near-paraphrase of the block above (same group, so same split);
* `obfuscated.txt`  - `category | text` under `## emergency` / `## non_emergency`;
* `dose_casual.txt` - one text a line under `## dose_request` / `## general`;
* `fresh_test.txt`  - the multi-turn format; items written after the first test split had been read
  (ids `fresh-NNN`): all in the test split, outside the seeded split, so no older row moves;
* `fresh3_test.txt` - the same, written in the third round before its fixes (ids `fresh3-NNN`);
* `fresh4_test.txt` - the same, written in the fourth round before its fixes (ids `fresh4-NNN`);
* `fresh5_test.txt` - the same, written in the fifth round before its fixes (ids `fresh5-NNN`);
* `fresh6_test.txt` - the same, written in the sixth round before its fixes (ids `fresh6-NNN`);
* `fresh7_test.txt` - the same, written in the seventh round before its changes (ids `fresh7-NNN`);
* `fresh8_test.txt` - the same, written in the eighth round before its changes (ids `fresh8-NNN`);
* `fresh9_test.txt` - the same, written in the ninth round before its changes (ids `fresh9-NNN`);
* `fresh10_test.txt` - the same, written in the tenth round before its changes (ids `fresh10-NNN`);
* `fresh11_test.txt` - the same, written in the eleventh round before its changes (ids `fresh11-NNN`);
* `fresh12_test.txt` - the same, written in the twelfth round before its changes (ids `fresh12-NNN`);
* `fresh13_test.txt` - the same, written in the thirteenth round before its changes (ids `fresh13-NNN`);
* `fresh14_test.txt` - the same, written in the fourteenth round before its changes (ids `fresh14-NNN`);
* `fresh15_test.txt` - the same, written in the fifteenth round before its changes (ids `fresh15-NNN`);
* `fresh16_test.txt` - the same, written in the sixteenth round before its changes (ids `fresh16-NNN`);
* `fresh17_test.txt` - the same, written in the seventeenth round before its changes (ids `fresh17-NNN`);
* `fresh18_test.txt` - the same, written in the eighteenth round before its changes (ids `fresh18-NNN`);
* `fresh19_test.txt` - the same, written in the nineteenth round before its changes (ids `fresh19-NNN`);
* `fresh20_test.txt` - the same, written in the twentieth round before its changes (ids `fresh20-NNN`);
* `fresh21_test.txt` - the same, written in the twenty-first round before its changes (ids `fresh21-NNN`);
* `fresh22_test.txt` - the same, written in the twenty-second round before its changes (ids `fresh22-NNN`);
* `fresh23_test.txt` - the same, written in the twenty-third round before its changes (ids `fresh23-NNN`);
* `fresh24_test.txt` - the same, written in the twenty-fourth round before its changes (ids `fresh24-NNN`);
* `fresh25_test.txt` - the same, written in the twenty-fifth round before its changes (ids `fresh25-NNN`);
* `fresh26_test.txt` - the same, written in the twenty-sixth round before its changes (ids `fresh26-NNN`);
* `fresh27_test.txt` - the same, written in the twenty-seventh round before its changes (ids `fresh27-NNN`);
* `fresh28_test.txt` - the same, written in the twenty-eighth round before its changes (ids `fresh28-NNN`);
* `fresh29_test.txt` - the same, written in the twenty-ninth round before its changes (ids `fresh29-NNN`);
* `tune4.txt`       - the multi-turn format, written in the fourth round for tuning (ids `tune4-NNN`):
  train and validation only, their own seeded split, so no older row moves;
* `tune5.txt`       - the same, written in the fifth round for tuning (ids `tune5-NNN`), split apart
  from tune4's (each tuning round is split on its own, so adding one moves no row of another);
* `tune6.txt`       - the same, written in the sixth round for tuning (ids `tune6-NNN`), split on its own;
* `tune9_frames.txt` - the same, written in the ninth round for false alarms in frames (ids `tune9-NNN`), in
  batches: a `#! batch <name>` line starts one, and each batch is split on its own, so its split is fixed
  when it is written and a later batch moves none of its rows;
* `tune9_selfharm.txt` - self-harm told over 2-4 messages and its look-alikes, written in the ninth round in
  batches for tuning the self-harm reader (ids `tune9sh-NNN`): every fourth conversation (by group) is
  validation, the rest train, a rule fixed before any batch was read, so a later batch moves no earlier row;
* `everyday11.txt` - two-message conversations written in the eleventh round for refitting the triage head (ids
  `everyday11-NNN`): an everyday mild first message, then a real emergency told in the same everyday voice or a
  mild follow-up (the two share a group); every third scenario (by group) validation, the rest train, a rule fixed
  before the file was read.

Every item becomes one conversation row: `turns` (the person's messages, oldest first), `label`
(what the last turn must get: `emergency`, `resolution`, `dose_request` or `ok`), `state` (the
conversation's state after it: `emergency`, `resolved` or `normal`), `kind`, `category`, `group`,
`split`. A single message is a one-turn conversation.

Usage:
    python datasets/triage/build_conversations.py           # write conversations.jsonl, print counts
    python datasets/triage/build_conversations.py --check   # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build import key, safety_test_strings  # noqa: E402  (the single-message set's duplicate key)

SOURCES = HERE / "authored" / "conversations"
OUT = HERE / "conversations.jsonl"
SEED = 21  # GitHub issue 21
FRESH = "fresh_test.txt"  # the second round's held-out items (test split only)
FRESH_PREFIX = "fresh"
# Held-out rounds written after a test split had been read: (file, id prefix), each test only.
FRESH_ROUNDS = ((FRESH, FRESH_PREFIX), ("fresh3_test.txt", "fresh3"), ("fresh4_test.txt", "fresh4"),
                ("fresh5_test.txt", "fresh5"), ("fresh6_test.txt", "fresh6"), ("fresh7_test.txt", "fresh7"),
                ("fresh8_test.txt", "fresh8"), ("fresh9_test.txt", "fresh9"), ("fresh10_test.txt", "fresh10"),
                ("fresh11_test.txt", "fresh11"), ("fresh12_test.txt", "fresh12"), ("fresh13_test.txt", "fresh13"),
                ("fresh14_test.txt", "fresh14"), ("fresh15_test.txt", "fresh15"),
                ("fresh16_test.txt", "fresh16"), ("fresh17_test.txt", "fresh17"), ("fresh18_test.txt", "fresh18"),
                ("fresh19_test.txt", "fresh19"), ("fresh20_test.txt", "fresh20"),
                ("fresh21_test.txt", "fresh21"), ("fresh22_test.txt", "fresh22"),
                ("fresh23_test.txt", "fresh23"), ("fresh24_test.txt", "fresh24"),
                ("fresh25_test.txt", "fresh25"), ("fresh26_test.txt", "fresh26"),
                ("fresh27_test.txt", "fresh27"), ("fresh28_test.txt", "fresh28"),
                ("fresh29_test.txt", "fresh29"))
RATIOS = {"train": 0.5, "validation": 0.2, "test": 0.3}  # a larger test share: it carries the targets
# Tuning items written later: (file, id prefix), train and validation only, split among themselves.
TUNE_ROUNDS = (("tune4.txt", "tune4"), ("tune5.txt", "tune5"), ("tune6.txt", "tune6"), ("tune9_frames.txt", "tune9"))
TUNE_RATIOS = {"train": 0.6, "validation": 0.4}
# Tuning items written in batches (file, id prefix, n): each n-th group validation, in the order written. The
# eleventh round's a third, not a fourth: its validation split must be large enough to see a lost emergency.
BATCHED_TUNE_ROUNDS = (("tune9_selfharm.txt", "tune9sh", 4), ("everyday11.txt", "everyday11", 3))
KINDS = {"escalation", "ongoing", "relapse", "resolution", "after_resolution", "neutral_followup", "past",
         "hypothetical", "fiction", "training", "others_care", "pet", "obfuscated", "dose"}
STATES = {"emergency", "resolved", "normal"}
LABEL_OF_STATE = {"emergency": "emergency", "resolved": "resolution", "normal": "ok"}


def parse_multi_turn(path: Path, prefix: str = "conv") -> list[dict]:
    rows: list[dict] = []
    batch = ""  # `#! batch <name>`: the rows below are split apart from the others (see `build`)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        if line.startswith("#! batch "):
            batch = line.partition("#! batch ")[2].strip()
            continue
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            paraphrase = line.startswith("@=")
            parts = line.lstrip("@=").split()
            if len(parts) != 3 or parts[0] not in KINDS or parts[1] not in STATES:
                raise SystemExit(f"{where}: expected '@ kind state category'")
            kind, state, category = parts
            row = {"id": f"{prefix}-{len(rows) + 1:03d}", "turns": [], "label": LABEL_OF_STATE[state], "state": state,
                   "kind": kind, "category": category, "batch": batch}
            if paraphrase and not rows:
                raise SystemExit(f"{where}: '@=' with no conversation above it")
            row["group"] = rows[-1]["group"] if paraphrase else row["id"]
            rows.append(row)
        elif line.startswith("> "):
            if not rows:
                raise SystemExit(f"{where}: a turn before any '@' header")
            rows[-1]["turns"].append(line[2:].strip())
        else:
            raise SystemExit(f"{where}: expected '@ ...', '> turn' or a comment")
    empty = [r["id"] for r in rows if not r["turns"]]
    if empty:
        raise SystemExit(f"{path.name}: conversations without turns: {empty}")
    return rows


def _sectioned(path: Path, sections: tuple[str, ...]):
    """(line number, section, line) for each message line of a file of `## section` blocks;
    comments and blank lines skipped, an unknown section refused. `section` is None before the
    first header (each caller says what that means for its format)."""
    section = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or (line.startswith("#") and not line.startswith("##")):
            continue
        if line.startswith("## "):
            section = line[3:].strip()
            if section not in sections:
                raise SystemExit(f"{path.name}:{n}: unknown section {section!r}")
            continue
        yield n, section, line


def parse_obfuscated(path: Path) -> list[dict]:
    rows = []
    for n, section, line in _sectioned(path, ("emergency", "non_emergency")):
        category, sep, text = line.partition(" | ")
        if not sep or not text.strip() or section is None:
            raise SystemExit(f"{path.name}:{n}: expected 'category | text' inside a section")
        state = "emergency" if section == "emergency" else "normal"
        rows.append({"id": f"obf-{len(rows) + 1:03d}", "turns": [text.strip()], "label": LABEL_OF_STATE[state],
                     "state": state, "kind": "obfuscated", "category": category.strip()})
    return rows


def parse_dose(path: Path) -> list[dict]:
    rows = []
    for n, section, line in _sectioned(path, ("dose_request", "general")):
        if section is None:
            raise SystemExit(f"{path.name}:{n}: a message before any section")
        rows.append({"id": f"dose-{len(rows) + 1:03d}", "turns": [line.strip()],
                     "label": "dose_request" if section == "dose_request" else "ok", "state": "normal",
                     "kind": "dose", "category": "dosing" if section == "dose_request" else "general"})
    return rows


def assign_splits(rows: list[dict], ratios: dict[str, float] = RATIOS) -> None:
    """Seeded split by group, stratified by (kind, label); the split furthest below its share takes
    the next group."""
    strata: dict[tuple, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        strata[(row["kind"], row["label"])][row["group"]].append(row)
    for stratum in sorted(strata):
        groups = strata[stratum]
        names = sorted(groups)
        random.Random(f"{SEED}:{'/'.join(stratum)}").shuffle(names)
        total = sum(len(g) for g in groups.values())
        filled: Counter = Counter()
        for name in names:
            split = max(ratios, key=lambda s: (ratios[s] * total - filled[s], -list(ratios).index(s)))
            filled[split] += len(groups[name])
            for row in groups[name]:
                row["split"] = split


def assign_every(rows: list[dict], every: int) -> None:
    """Every `every`-th group (in the order written) validation, the others train: appending rows moves none."""
    order = list(dict.fromkeys(row["group"] for row in rows))
    for row in rows:
        row["split"] = "validation" if order.index(row["group"]) % every == every - 1 else "train"


def build() -> list[dict]:
    rows = [*parse_multi_turn(SOURCES / "multi_turn.txt"), *parse_obfuscated(SOURCES / "obfuscated.txt"),
            *parse_dose(SOURCES / "dose_casual.txt")]
    # Held-out items written later: test only, and kept out of the seeded split so that no row of
    # the first round changes split (the split of a stratum depends on all of its groups).
    fresh = [row for name, prefix in FRESH_ROUNDS for row in parse_multi_turn(SOURCES / name, prefix=prefix)]
    tune_rounds = [parse_multi_turn(SOURCES / name, prefix=prefix) for name, prefix in TUNE_ROUNDS]
    batched = [parse_multi_turn(SOURCES / name, prefix=prefix) for name, prefix, _ in BATCHED_TUNE_ROUNDS]
    tune = [row for rnd in tune_rounds + batched for row in rnd]
    rows += fresh + tune
    for row in rows:
        row.setdefault("group", row["id"])
    seen: dict[str, str] = {}
    for row in rows:  # the whole conversation is the duplicate unit; a one-turn one is its message
        k = key("\n".join(row["turns"]))
        if k in seen:
            raise SystemExit(f"duplicate conversation: {row['id']} repeats {seen[k]}")
        seen[k] = row["id"]
    tests = safety_test_strings()
    in_tests = [row["id"] for row in rows if any(key(t) in tests for t in row["turns"] if len(t) > 10)]
    if in_tests:
        raise SystemExit(f"turns that are also safety-test sentences: {in_tests}")
    assign_splits([row for row in rows if row not in fresh and row not in tune])
    for rnd in tune_rounds:  # each round, and each batch of one, on its own: a later one moves no earlier row
        for batch in sorted({row["batch"] for row in rnd}):
            assign_splits([row for row in rnd if row["batch"] == batch], TUNE_RATIOS)
    for rnd, (_, _, every) in zip(batched, BATCHED_TUNE_ROUNDS, strict=True):
        assign_every(rnd, every)
    for row in fresh:
        row["split"] = "test"
    order = ("id", "turns", "label", "state", "kind", "category", "group", "split")
    return [{k: row[k] for k in order} for row in rows]


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def counts_table(rows: list[dict]) -> str:
    c = Counter((r["kind"], r["label"], r["split"]) for r in rows)
    lines = ["| kind | last turn | train | validation | test | total |", "|---|---|--:|--:|--:|--:|"]
    for kind, label in sorted({k[:2] for k in c}):
        n = [c[(kind, label, s)] for s in RATIOS]
        lines.append(f"| {kind} | {label} | {' | '.join(map(str, n))} | {sum(n)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify conversations.jsonl instead of writing it")
    args = parser.parse_args(argv)
    rows = build()
    text = render(rows)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.name} is out of date: run python datasets/triage/build_conversations.py", file=sys.stderr)
            return 1
        print(f"{OUT.name} is up to date ({len(rows)} conversations)")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(rows)} conversations to {OUT.name}\n")
    print(counts_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
