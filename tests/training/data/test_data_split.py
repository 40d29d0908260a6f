"""The split: seeded, close to the requested ratios, and leakage-free by normalised question."""

from __future__ import annotations

import random

import pytest

from medassist.errors import MedAssistError
from medassist.model.records import QARecord
from medassist.training.data.clean import normalise_key
from medassist.training.data.split import SPLIT_NAMES, parse_ratios, split_records


def corpus(n_questions: int = 400, seed: int = 0) -> list[QARecord]:
    """Questions repeated 1-5 times with different case/punctuation and different answers, shuffled,
    like MedQuAD's questions that recur across documents."""
    rng = random.Random(seed)
    recs = []
    for i in range(n_questions):
        base = f"what is condition number {i}"
        for j in range(rng.choice([1, 1, 1, 2, 3, 5])):
            variant = rng.choice([base.upper() + " ?", base.title() + "?", f"What is (are) condition number {i}",
                                  "  " + base + "!!"])
            recs.append(QARecord(variant, f"answer {j} for {i}", id=f"{i}-{j}"))
    rng.shuffle(recs)
    return recs


def keys(recs):
    return {normalise_key(r.question) for r in recs}


@pytest.mark.parametrize("seed", range(8))
def test_no_question_in_two_splits(seed):
    recs = corpus(seed=seed)
    splits = split_records(recs, (0.8, 0.1, 0.1), seed=seed)
    k = {name: keys(splits[name]) for name in SPLIT_NAMES}
    assert not k["train"] & k["validation"]
    assert not k["train"] & k["test"]
    assert not k["validation"] & k["test"]
    assert sorted(r.id for s in splits.values() for r in s) == sorted(r.id for r in recs)  # nothing lost


def test_ratios_roughly_respected():
    recs = corpus(2000)
    splits = split_records(recs, (0.7, 0.2, 0.1), seed=1)
    n = len(recs)
    assert abs(len(splits["validation"]) - 0.2 * n) <= 0.01 * n
    assert abs(len(splits["test"]) - 0.1 * n) <= 0.01 * n
    assert len(splits["train"]) == n - len(splits["validation"]) - len(splits["test"])


def test_seeded_determinism():
    recs = corpus()

    def ids(seed, records):
        return {name: [r.id for r in part] for name, part in split_records(records, seed=seed).items()}

    assert ids(3, recs) == ids(3, list(recs))
    def members(seed, records):
        return {name: set(part) for name, part in ids(seed, records).items()}

    assert members(3, recs) == members(3, list(reversed(recs)))  # input order: same membership
    assert members(3, recs) != members(4, recs)


def test_zero_fraction_split_is_empty():
    splits = split_records(corpus(50), (0.9, 0.1, 0.0), seed=0)
    assert splits["test"] == [] and splits["validation"]


@pytest.mark.parametrize("text", ["0.8,0.1", "0.8,0.1,0.2", "a,b,c", "0,0.5,0.5", "1.2,-0.1,-0.1", ""])
def test_bad_ratios(text):
    with pytest.raises(MedAssistError, match="--split"):
        parse_ratios(text)


def test_good_ratios():
    assert parse_ratios("0.8,0.1,0.1") == (0.8, 0.1, 0.1)
    assert parse_ratios("1,0,0") == (1.0, 0.0, 0.0)
