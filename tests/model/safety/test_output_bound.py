"""The output check's bound on the head (latency, issue 21): a sentence whose n-gram and cue part of the head's logit
cannot reach the threshold even with the largest embedding part of any train or validation sentence is cleared
without the embedder (`OutputHead.may_flag`). It must change no verdict. Every row of every answer set
(datasets/triage/answers.jsonl, which holds the answers/ context sets too) is checked with and without it by
scripts/output_bound_cases.py (minutes: run it after a refit or a change to the bound or the check); it stores the
hardest rows, by id, in tests/fixtures/output_bound_cases.json, and these tests check those (seconds): the train and
validation sentences with the largest embedding parts against the bound, the flagged rows nearest to being cleared,
the rows nearest to the bound on either side and a seeded sample of the rest for verdicts, and a bound just under what
the flagged rows need is shown to be caught. The sentences written here are in no answer set."""

from __future__ import annotations

import dataclasses
import json
import math

import numpy as np
import pytest
from support import CountingEmbedder

from medassist.model.faithfulness import plain_sentence
from medassist.model.safety.output_check import (
    EMBEDDING_PART_MAX,
    REFERRALS,
    OutputChecker,
    check_text,
    output_checker,
    output_features,
)
from medassist.paths import REPO_DIR
from medassist.training.safety.train_output import ANSWER_SET, load_answer_set

CASES = json.loads((REPO_DIR / "tests" / "fixtures" / "output_bound_cases.json").read_text())
QUESTION = "been getting pins and needles in both feet for months, is it diabetes"


@pytest.fixture(scope="module")
def shipped() -> OutputChecker:
    checker = output_checker()
    assert checker.head is not None and checker.embedder is not None
    return checker


@pytest.fixture(scope="module")
def rows() -> dict[str, dict]:
    """The fixture's rows by id (every id still in the answer set: else rerun the script)."""
    wanted = {i for key in ("part_rows", "need_rows", "margin_rows", "sample_rows") for i in CASES[key]}
    found = {r["id"]: r for r in load_answer_set(ANSWER_SET) if r["id"] in wanted}
    assert set(found) == wanted, "answer rows gone: rerun scripts/output_bound_cases.py --write"
    return found


def _unbounded(checker: OutputChecker, bound: float = math.inf, estimate: bool = True) -> OutputChecker:
    head = dataclasses.replace(checker.head, embedding_part_max=bound)
    return OutputChecker(head if estimate else dataclasses.replace(head, estimate_part_error=math.inf),
                         checker.embedder)


def _check(checker: OutputChecker, r: dict):
    return checker.check(r["text"], r.get("question", ""), previous=r.get("previous", ""))


def _differing(a: OutputChecker, b: OutputChecker, rows: list[dict]) -> list[str]:
    """Ids of the rows whose verdict (category, and source but for 'bound' where the head cleared) differs; ids only,
    as the held-out rows' texts are not to be read."""
    out = []
    for r in rows:
        va, vb = _check(a, r), _check(b, r)
        if not va.same_decision(vb):
            out.append(r["id"])
    return out


def _rest(head, r: dict) -> float:
    """A sentence's logit without its embedding part (n-grams, cues, bias)."""
    X = output_features(np.zeros((1, head.embedding_dim), dtype=np.float32), [r["text"]], head.ngram_dim,
                        [r.get("question", "")])
    return float((X @ head.w + head.b)[0])


def test_the_fixture_was_made_for_this_head_and_bound_and_found_no_verdict_changed(shipped):
    head = shipped.head
    fingerprint = head.meta["fingerprint"]
    # a head refitted: run the script; its fingerprint gets the largest part plus 0.05
    assert fingerprint in EMBEDDING_PART_MAX and CASES["head"] == fingerprint, \
        "rerun scripts/output_bound_cases.py --write and set EMBEDDING_PART_MAX from its largest part"
    assert head.embedding_part_max == EMBEDDING_PART_MAX[fingerprint] < math.inf
    assert CASES["embedding_part_max"] == head.embedding_part_max, "bound changed: rerun the script"
    # what the script measured on every row (5,850 when made): no verdict moved, and the bound cleared rows
    assert CASES["rows"] >= 3800 and CASES["verdicts_differing"] == 0 and CASES["cleared"] >= CASES["read"] // 20
    assert CASES["largest_part_train_validation"] + 0.05 <= head.embedding_part_max + 1e-3
    assert CASES["largest_need"] < head.embedding_part_max
    assert len(CASES["part_rows"]) >= 8 and len(CASES["need_rows"]) >= 8 and len(CASES["margin_rows"]) >= 8 \
        and len(CASES["sample_rows"]) >= 32


def test_the_shipped_head_has_a_bound_above_the_largest_train_and_validation_parts(shipped, rows):
    head = shipped.head
    cases = [rows[i] for i in CASES["part_rows"]]
    assert {r["split"] for r in cases} <= {"train", "validation"}
    parts = head.embedding_parts(shipped.embedder.encode([plain_sentence(r["text"]) for r in cases]))
    # 0.05 on top of the largest: bf16 vectors (short calls on CPUs with native bf16) move it by up to 0.02
    assert abs(float(parts.max()) - CASES["largest_part_train_validation"]) < 0.05
    assert float(parts.max()) + 0.05 <= head.embedding_part_max + 1e-3
    assert np.isclose(head.embedding_parts(np.zeros((1, head.embedding_dim)))[0], 0.0)


def test_the_bound_changes_no_verdict_on_the_hardest_rows_and_a_sample(shipped, rows):
    ids = [*CASES["need_rows"], *CASES["margin_rows"], *CASES["sample_rows"]]
    cases = [rows[i] for i in dict.fromkeys(ids)]
    assert _differing(_unbounded(shipped), shipped, cases) == []
    assert all(_check(shipped, rows[i]).source == "head" for i in CASES["need_rows"])  # flagged by the head


def test_the_bound_clears_exactly_what_its_rest_plus_the_bound_cannot_lift_to_the_bar(shipped, rows):
    # every sentence the head reads: cleared by the bound (the estimate off) if and only if the n-gram and cue part
    # plus the bound stays under the logit threshold (a change that clears more, or less, shows here)
    head = shipped.head
    bar = math.log(head.threshold / (1.0 - head.threshold))
    exact, bounded = _unbounded(shipped, estimate=False), _unbounded(shipped, head.embedding_part_max, estimate=False)
    read, cleared = 0, 0
    for i in dict.fromkeys([*CASES["margin_rows"], *CASES["need_rows"], *CASES["sample_rows"]]):
        if _check(exact, rows[i]).score is None:  # the head does not read it
            continue
        margin = bar - (_rest(head, rows[i]) + head.embedding_part_max)
        if abs(margin) > 1e-4:  # float ties left out
            read += 1
            cleared += margin > 0
            assert (_check(bounded, rows[i]).source == "bound") == (margin > 0), i
    assert read >= len(CASES["margin_rows"]) and 0 < cleared < read


def test_a_bound_set_too_low_is_caught(shipped, rows):
    # the flagged rows are the hardest: each needs an embedding part of (threshold - its n-gram and cue part); a bound
    # just under the largest need, or far below any part, changes a verdict, and the shipped bound is above it
    head = shipped.head
    bar = math.log(head.threshold / (1.0 - head.threshold))
    cases = [rows[i] for i in CASES["need_rows"]]
    needs = [bar - _rest(head, r) for r in cases]
    assert max(needs) < head.embedding_part_max
    for bound in (max(needs) - 0.01, -10.0):
        assert _differing(_unbounded(shipped), _unbounded(shipped, bound), cases) != []
    assert len(_differing(_unbounded(shipped), _unbounded(shipped, -10.0), cases)) == len(cases)


def test_what_the_head_cannot_flag_is_not_embedded_and_what_it_can_still_is(shipped):
    embedder = CountingEmbedder(shipped.embedder)
    checker = OutputChecker(shipped.head, embedder)
    calm = ["Numbness in the feet has many possible causes, and a simple blood test can check for diabetes.",
            "Keeping your feet warm and moving can ease the tingling for a while."]
    # after a "what do i have" question the screen clears nothing; the bound does
    assert [(v.category, v.source) for v in checker.check_many(calm, QUESTION)] == [(None, "bound")] * 2
    assert embedder.seen == []
    text = "A couple more of the naproxen should settle that ache."  # the rules miss it, the head catches it
    shown, flags = check_text(text, checker=checker)
    assert embedder.seen == [text]
    assert shown == REFERRALS["dose_instruction"] and [f.source for f in flags] == ["head"]
