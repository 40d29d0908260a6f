"""datasets/triage/meaning8.jsonl and meaning9.jsonl, the eighth and ninth rounds' held-out meaning sets (issue 21):
each 25 indirect self-harm messages and 25 look-alikes, 25 own-medicine questions and 25 look-alikes, all in the
test split, none repeating a message of an earlier meaning set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "datasets" / "triage"


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("round_", [8, 9])
def test_a_fresh_rounds_set_is_25_and_25_per_kind_all_test_and_new(round_):
    rows = _rows(f"meaning{round_}.jsonl")
    assert {r["split"] for r in rows} == {"test"}
    assert sorted((r["kind"], r["label"]) for r in rows) == sorted(
        (k, lab) for k in ("self_harm", "dose") for lab in ("positive", "look_alike") for _ in range(25))
    older = {r["text"].lower() for n in range(6, round_) for r in _rows(f"meaning{n}.jsonl")}
    assert len({r["id"] for r in rows}) == 100 and all(r["id"].startswith(f"m{round_}-") for r in rows)
    assert not older & {r["text"].lower() for r in rows}
