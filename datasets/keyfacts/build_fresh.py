"""Build a fresh key-facts round from its source (see each source's header):

* `fresh`  (second round): fresh_source.txt  -> fresh.jsonl,  ids kf2-NNN;
* `fresh2` (third round):  fresh2_source.txt -> fresh2.jsonl, ids kf3-NNN;
* `fresh3` (fourth round): fresh3_source.txt -> fresh3.jsonl, ids kf4-NNN;
* `fresh4` (fifth round):  fresh4_source.txt -> fresh4.jsonl, ids kf5-NNN;
* `dev4` (development, round 13): dev4_source.txt -> dev4.jsonl, ids kd4-NNN, each row's split `dev4-tune` or
  `dev4-check` (alternately, in file order, fixed before any answer was generated); a question is also refused
  when the page the retriever ranks first for it is the first page of a question of any earlier split (so dev4
  is about other conditions; those questions are compared, never printed). dev4 and fresh4 were written at the
  same time by different writers, neither seeing the other's questions.
* `fresh5` (sixth round, round 14): fresh5_source.txt -> fresh5.jsonl, ids kf6-NNN; like dev4, refused when its first
  page is the first page of a question of any earlier split, dev4 included.
* `fresh6` (seventh round, round 15): fresh6_source.txt -> fresh6.jsonl, ids kf7-NNN; refused, as fresh5, when its
  first page is the first page of a question of any earlier split (fresh5 and dev4 included). Unlike the earlier
  rounds it mixes plain questions (whose misconception patterns may be empty) with myth questions.
* `dev22` (development, session 46): dev22_source.txt -> dev22.jsonl, ids kd22-NNN, halves `dev22-tune` / `dev22-check`
  as dev4's; refused, as dev4, when its first page is the first page of a question of an earlier split (test and
  fresh7, held out, are not compared: its writer never opened them).
* `fresh7` (eighth round, round 16): fresh7_source.txt -> fresh7.jsonl, ids kf8-NNN; refused, as fresh6, when its first
  page is the first page of a question of any earlier split (fresh6 included); a mix of plain and myth questions too.
* `fresh8` (ninth round, round 21): fresh8_source.txt -> fresh8.jsonl, ids kf9-NNN; refused, as fresh7, when its first
  page is the first page of a question of any earlier split (fresh7 and dev22 included); 25 plain and 25 myth questions.
* `fresh9` (tenth round, round 22): fresh9_source.txt -> fresh9.jsonl, ids kf10-NNN; refused, as fresh8, when its first
  page is the first page of a question of any earlier split (fresh8 included); 25 plain and 25 myth questions.
* `fresh10` (eleventh round, round 23): fresh10_source.txt -> fresh10.jsonl, ids kf11-NNN; refused, as fresh9, when its
  first page is the first page of a question of any earlier split (fresh9 included); 25 plain and 25 myth questions.
* `fresh11` (twelfth round, round 24): fresh11_source.txt -> fresh11.jsonl, ids kf12-NNN; refused, as fresh10, when its
  first page is the first page of a question of any earlier split (fresh10 included); 25 plain and 25 myth questions.
* `fresh12` (thirteenth round, session 51): fresh12_source.txt -> fresh12.jsonl, ids kf13-NNN; refused, as fresh11, when
  its first page is the first page of a question of any earlier split (fresh11 included); 25 plain and 25 myth questions.
* `fresh13` (fourteenth round, session 52): fresh13_source.txt -> fresh13.jsonl, ids kf14-NNN; refused, as fresh12, when
  its first page is the first page of a question of any earlier split (fresh12 included); 25 plain and 25 myth questions.
* `fresh14` (fifteenth round, session 53): fresh14_source.txt -> fresh14.jsonl, ids kf15-NNN; refused, as fresh13, when
  its first page is the first page of a question of any earlier split (fresh13 included); 25 plain and 25 myth questions.
* `fresh15` (sixteenth round, session 54): fresh15_source.txt -> fresh15.jsonl, ids kf16-NNN; refused, as fresh14, when
  its first page is the first page of a question of any earlier split (fresh14 included); 25 plain and 25 myth questions.
* `fresh16` (seventeenth round, session 55): fresh16_source.txt -> fresh16.jsonl, ids kf17-NNN; refused, as fresh15, when
  its first page is the first page of a question of any earlier split (fresh15 included); 25 plain and 25 myth questions.

`python datasets/keyfacts/build_fresh.py [fresh|fresh2|fresh3|fresh4|dev4|fresh5|fresh6|fresh7|dev22|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16]`
writes it (default: fresh); `--check` exits 1 when the file is not what the source builds. Needs the shipped retriever (MiniLM + the MedQuAD index)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOP = 10
# split -> (source, id prefix, the earlier splits whose questions it must not repeat)
ROUNDS = {"fresh": ("fresh_source.txt", "kf2", ("validation", "test")),
          "fresh2": ("fresh2_source.txt", "kf3", ("validation", "test", "fresh")),
          "fresh3": ("fresh3_source.txt", "kf4", ("validation", "test", "fresh", "fresh2")),
          "fresh4": ("fresh4_source.txt", "kf5", ("validation", "test", "fresh", "fresh2", "fresh3")),
          "dev4": ("dev4_source.txt", "kd4", ("validation", "test", "fresh", "fresh2", "fresh3")),
          "fresh5": ("fresh5_source.txt", "kf6", ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4")),
          "fresh6": ("fresh6_source.txt", "kf7",
                     ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5")),
          "fresh7": ("fresh7_source.txt", "kf8",
                     ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5", "fresh6")),
          # development (session 46): the held-out test and fresh7 are left out, never opened by its writer
          "dev22": ("dev22_source.txt", "kd22",
                    ("validation", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5", "fresh6")),
          "fresh8": ("fresh8_source.txt", "kf9",
                     ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5", "fresh6", "fresh7",
                      "dev22")),
          "fresh9": ("fresh9_source.txt", "kf10",
                     ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5", "fresh6", "fresh7",
                      "dev22", "fresh8")),
          "fresh10": ("fresh10_source.txt", "kf11",
                      ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5", "fresh6", "fresh7",
                       "dev22", "fresh8", "fresh9")),
          "fresh11": ("fresh11_source.txt", "kf12",
                      ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5", "fresh6", "fresh7",
                       "dev22", "fresh8", "fresh9", "fresh10")),
          "fresh12": ("fresh12_source.txt", "kf13",
                      ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5", "fresh6", "fresh7",
                       "dev22", "fresh8", "fresh9", "fresh10", "fresh11")),
          "fresh13": ("fresh13_source.txt", "kf14",
                      ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5", "fresh6", "fresh7",
                       "dev22", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12")),
          "fresh14": ("fresh14_source.txt", "kf15",
                      ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5", "fresh6", "fresh7",
                       "dev22", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13")),
          "fresh15": ("fresh15_source.txt", "kf16",
                      ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5", "fresh6", "fresh7",
                       "dev22", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14")),
          "fresh16": ("fresh16_source.txt", "kf17",
                      ("validation", "test", "fresh", "fresh2", "fresh3", "fresh4", "dev4", "fresh5", "fresh6", "fresh7",
                       "dev22", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15"))}
# rounds whose questions must be about other pages than every earlier split's (see the docstring)
DISJOINT_PAGES = {"dev4", "fresh5", "fresh6", "fresh7", "dev22", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                  "fresh13", "fresh14", "fresh15", "fresh16"}
# rounds split into halves, alternately in file order: the first tunes, the second checks
HALVES = {"dev4": ("dev4-tune", "dev4-check"), "dev22": ("dev22-tune", "dev22-check")}


def parse(text: str) -> list[dict]:
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        question, fact, misconception = (part.strip() for part in re.split(r" \|(?: |$)", line.rstrip()))
        rows.append({"question": question, "key_fact": [p.strip() for p in fact.split(";;") if p.strip()],
                     "misconception": [p.strip() for p in misconception.split(";;") if p.strip()]})
    return rows


def build(split: str = "fresh") -> tuple[list[dict], list[str]]:
    from medassist.model.retrieval import Retriever

    source, prefix, earlier = ROUNDS[split]
    first = {json.loads(line)["question"] for name in earlier
             for line in (HERE / f"{name}.jsonl").read_text().splitlines() if line.strip()}
    retriever = Retriever.load_default()
    taken = {_first_page(retriever, q) for q in first} if split in DISJOINT_PAGES else set()
    kept, dropped = [], []
    for n, row in enumerate(parse((HERE / source).read_text())):
        if row["question"] in first:
            raise SystemExit(f"{row['question']!r} is a question of an earlier round")
        if _first_page(retriever, row["question"]) in taken:
            raise SystemExit(f"{row['question']!r}: its first page is an earlier split's")
        pages = " ".join(p.answer for p in retriever.search(row["question"], k=TOP))
        if any(re.search(p, pages, re.I) for p in row["key_fact"]):
            half = HALVES[split][n % 2] if split in HALVES else split
            kept.append({"id": f"{prefix}-{len(kept) + 1:03d}", **row, "split": half})
        else:
            dropped.append(row["question"])
    return kept, dropped


def _first_page(retriever, question: str) -> str:
    """The source page of the passage the served retriever ranks first for `question` (as served: spelled)."""
    hits = retriever.search(retriever.spelled(question), k=1)
    return hits[0].source if hits else ""


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("--")] or ["fresh"]
    if len(names) != 1 or names[0] not in ROUNDS:
        raise SystemExit(f"usage: build_fresh.py [{'|'.join(ROUNDS)}] [--check]")
    split = names[0]
    kept, dropped = build(split)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept)
    out = HERE / f"{split}.jsonl"
    if "--check" in argv:
        return 0 if out.exists() and out.read_text() == text else 1
    out.write_text(text)
    print(f"{len(kept)} kept, {len(dropped)} dropped (fact not in the top {TOP} pages): {dropped}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
