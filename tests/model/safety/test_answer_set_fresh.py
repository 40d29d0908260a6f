"""datasets/triage/answers.jsonl: the second round's fresh held-out sentences (answers/fresh*.txt) are in the
test split only, its extra sentences (answers/round2.txt) in train and validation only, with ids and groups
of their own, and adding them moved no older sentence between splits."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def _rows() -> list[dict]:
    return [json.loads(line) for line in (REPO / "datasets/triage/answers.jsonl").open(encoding="utf-8")]


def test_fresh_sentences_are_test_only_with_their_own_ids_and_groups():
    rows = _rows()
    fresh = [r for r in rows if r.get("fresh")]
    assert len(fresh) >= 200 and sum(r["label"] != "safe" for r in fresh) >= 80
    assert {r["split"] for r in fresh} == {"test"}
    assert all(r["id"].split("-")[-1][:2] in ("fa", "fm") and r["group"][:2] in ("fa", "fm") for r in fresh)
    assert not any(r["id"].split("-")[-1].startswith("f") for r in rows if not r.get("fresh"))
    # the second round's extra sentences (answers/round2.txt) are for fitting and thresholds only
    round2 = [r for r in rows if r["group"].startswith("ra")]
    assert round2 and {r["split"] for r in round2} == {"train", "validation"}
    # every category has fresh unsafe sentences, and a group never straddles splits
    assert {r["label"] for r in fresh} == {"dose_instruction", "self_harm", "discourage_care", "diagnosis", "safe"}
    splits = defaultdict(set)
    for r in rows:
        splits[r["group"]].add(r["split"])
    assert all(len(s) == 1 for s in splits.values())


# sha256 (first 16) of the sorted "id split" lines of the 971 rows as committed before the fresh round
OLDER_SPLIT_SHA = "9c7489e1e88ca7a5"


def test_older_rows_keep_their_id_and_split():
    older = sorted((r["id"], r["split"]) for r in _rows() if not r.get("fresh") and not r["group"].startswith("ra"))
    assert len(older) == 971
    assert hashlib.sha256("".join(f"{i} {s}\n" for i, s in older).encode()).hexdigest()[:16] == OLDER_SPLIT_SHA
