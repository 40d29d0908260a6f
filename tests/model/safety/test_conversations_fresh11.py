"""datasets/triage/conversations.jsonl: the eleventh round's held-out conversations (`fresh11_test.txt`, ids
`fresh11-NNN`) are test only, in the tenth round's mix of kinds, two to five turns each, with wording of their
own, and adding them changed no older row (GitHub issue 21)."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
CONVERSATIONS = REPO / "datasets" / "triage" / "conversations.jsonl"
PREFIX = "fresh11-"
# the id prefixes that existed before the eleventh round; a later round's rows are neither older nor fresh11
OLDER_PREFIXES = ("conv", "obf", "dose", "fresh", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
                  "fresh9", "fresh10", "tune4", "tune5", "tune6", "tune9", "tune9sh")
# sha256 (first 16) of the 1910 older lines, in order, as committed before the eleventh round (main 122445d)
OLDER_SHA = "406280bd947cb9bc"
KINDS = {"escalation": 26, "ongoing": 11, "relapse": 5, "fiction": 21, "resolution": 15, "after_resolution": 8,
         "past": 11, "hypothetical": 11, "others_care": 9, "training": 9, "neutral_followup": 9, "pet": 5}
LABEL_OF_STATE = {"emergency": "emergency", "resolved": "resolution", "normal": "ok"}
RUN = 6  # words: a shared run this long would be wording copied from an older set


def _lines() -> list[str]:
    return CONVERSATIONS.read_text(encoding="utf-8").splitlines(keepends=True)


def _fresh11() -> list[dict]:
    return [row for row in map(json.loads, _lines()) if row["id"].startswith(PREFIX)]


def test_older_rows_are_byte_identical_and_in_their_order():
    older = [line for line in _lines() if json.loads(line)["id"].rsplit("-", 1)[0] in OLDER_PREFIXES]
    assert len(older) == 1910
    assert hashlib.sha256("".join(older).encode()).hexdigest()[:16] == OLDER_SHA


def test_shape_ids_and_mix_of_kinds():
    rows = _fresh11()
    assert [r["id"] for r in rows] == [f"{PREFIX}{n:03d}" for n in range(1, len(rows) + 1)]
    assert all(r["group"] == r["id"] and r["split"] == "test" for r in rows)
    assert all(2 <= len(r["turns"]) <= 5 and all(t.strip() for t in r["turns"]) for r in rows)
    assert all(r["label"] == LABEL_OF_STATE[r["state"]] for r in rows)
    assert Counter(r["kind"] for r in rows) == KINDS
    emergencies = [r for r in rows if r["state"] == "emergency"]
    assert {r["kind"] for r in emergencies} == {"escalation", "ongoing", "relapse"}
    # gradual self-harm without the word itself, as a person at risk often tells it
    self_harm = [r for r in emergencies if r["category"] == "self_harm"]
    assert len(self_harm) == 12 and not any("suicid" in t.lower() for r in self_harm for t in r["turns"])


def _words(text: str) -> list[str]:
    return re.sub(r"[^\w]+", " ", text.lower()).split()


def test_no_wording_reused_from_the_older_conversations():
    older = [t for row in map(json.loads, _lines()) if row["id"].rsplit("-", 1)[0] in OLDER_PREFIXES
             for t in row["turns"]]
    runs = set()
    for text in older:
        w = _words(text)
        runs |= {tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}
    reused = [r["id"] for r in _fresh11() for t in r["turns"]
              if any(tuple(_words(t)[i:i + RUN]) in runs for i in range(len(_words(t)) - RUN + 1))]
    assert not reused
