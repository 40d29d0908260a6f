"""The real MedQuAD (slow): the raw NIH XML prepares to >= 14,000 leakage-free records, and the shipped
corpus re-prepares to exactly the same splits (same fingerprint) as the raw XML."""

from __future__ import annotations

from pathlib import Path

import pytest

from medassist.io import read_jsonl
from medassist.paths import MEDQUAD_CORPUS
from medassist.training.data.clean import normalise_key
from medassist.training.data.prepare import prepare
from medassist.training.data.split import SPLIT_NAMES

RAW_MEDQUAD = Path(__file__).resolve().parents[4] / "shared" / "data" / "medquad"


@pytest.mark.slow
@pytest.mark.skipif(not RAW_MEDQUAD.exists(), reason="../shared/data/medquad not present")
def test_raw_medquad_matches_the_shipped_corpus(tmp_path, count_tokens):
    raw = prepare(str(RAW_MEDQUAD), tmp_path / "raw", count_tokens=count_tokens)
    c = raw["counts"]
    assert c["read"] == c["kept"] + c["dropped"] and c["kept"] >= 14_000
    assert c["kept"] == c["train"] + c["validation"] + c["test"]
    assert raw["dropped_by_reason"]["missing_answer"] >= 1  # MedQuAD's empty <Answer/>s are counted
    keys = {s: {normalise_key(r["question"]) for r in read_jsonl(tmp_path / "raw" / f"{s}.jsonl")}
            for s in SPLIT_NAMES}
    assert not keys["train"] & keys["validation"] and not keys["train"] & keys["test"]
    assert not keys["validation"] & keys["test"]
    assert all(r["source"].startswith("http") for r in read_jsonl(tmp_path / "raw" / "test.jsonl"))

    shipped = prepare(str(MEDQUAD_CORPUS), tmp_path / "shipped", count_tokens=count_tokens)
    assert shipped["counts"]["read"] == c["kept"] and shipped["counts"]["dropped"] == 0
    assert shipped["fingerprint"] == raw["fingerprint"]
