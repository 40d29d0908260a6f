"""datasets/triage/meaning8.jsonl, the eighth round's held-out meaning set (issue 21): 25 indirect self-harm
messages and 25 look-alikes, 25 own-medicine questions and 25 look-alikes, all in the test split, none
repeating a message of the earlier meaning sets."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "datasets" / "triage"


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


def test_the_eighth_round_set_is_25_and_25_per_kind_all_test_and_new():
    rows = _rows("meaning8.jsonl")
    assert {r["split"] for r in rows} == {"test"}
    assert sorted((r["kind"], r["label"]) for r in rows) == sorted(
        (k, lab) for k in ("self_harm", "dose") for lab in ("positive", "look_alike") for _ in range(25))
    older = {r["text"] for name in ("meaning6.jsonl", "meaning7.jsonl") for r in _rows(name)}
    assert len({r["id"] for r in rows}) == 100 and all(r["id"].startswith("m8-") for r in rows)
    assert not older & {r["text"] for r in rows}
