"""Build datasets/keyfacts/fresh.jsonl from fresh_source.txt (see its header).

`python datasets/keyfacts/build_fresh.py` writes it; `--check` exits 1 when the file is not what the
source builds. Needs the shipped retriever (MiniLM + the MedQuAD index)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOP = 10


def parse(text: str) -> list[dict]:
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        question, fact, misconception = (part.strip() for part in re.split(r" \|(?: |$)", line.rstrip()))
        rows.append({"question": question, "key_fact": [p.strip() for p in fact.split(";;") if p.strip()],
                     "misconception": [p.strip() for p in misconception.split(";;") if p.strip()]})
    return rows


def build() -> tuple[list[dict], list[str]]:
    from medassist.model.retrieval import Retriever

    first = {json.loads(line)["question"] for split in ("validation", "test")
             for line in (HERE / f"{split}.jsonl").read_text().splitlines() if line.strip()}
    retriever = Retriever.load_default()
    kept, dropped = [], []
    for row in parse((HERE / "fresh_source.txt").read_text()):
        if row["question"] in first:
            raise SystemExit(f"{row['question']!r} is a first-round question")
        pages = " ".join(p.answer for p in retriever.search(row["question"], k=TOP))
        if any(re.search(p, pages, re.I) for p in row["key_fact"]):
            kept.append({"id": f"kf2-{len(kept) + 1:03d}", **row, "split": "fresh"})
        else:
            dropped.append(row["question"])
    return kept, dropped


def main(argv: list[str]) -> int:
    kept, dropped = build()
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept)
    out = HERE / "fresh.jsonl"
    if "--check" in argv:
        return 0 if out.exists() and out.read_text() == text else 1
    out.write_text(text)
    print(f"{len(kept)} kept, {len(dropped)} dropped (fact not in the top {TOP} pages): {dropped}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
