"""The output check's bound on the head (latency, issue 21): a sentence whose n-gram and cue part of the head's logit
cannot reach the threshold even with the largest embedding part of any train or validation sentence is cleared
without the embedder (`OutputHead.may_flag`). It must change no verdict: every row of every answer set
(datasets/triage/answers.jsonl, which holds the answers/ context sets too) is checked with and without it, and a bound
set too low is shown to be caught. The sentences written here are in no answer set."""

from __future__ import annotations

import dataclasses
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
)
from medassist.training.safety.train_output import ANSWER_SET, load_answer_set

QUESTION = "been getting pins and needles in both feet for months, is it diabetes"


@pytest.fixture(scope="module")
def shipped() -> OutputChecker:
    checker = output_checker()
    assert checker.head is not None and checker.embedder is not None
    return checker


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return load_answer_set(ANSWER_SET)


def _unbounded(checker: OutputChecker, bound: float = math.inf) -> OutputChecker:
    return OutputChecker(dataclasses.replace(checker.head, embedding_part_max=bound), checker.embedder)


def _differing(a: OutputChecker, b: OutputChecker, rows: list[dict]) -> list[str]:
    """Ids of the rows whose verdict (category, and source but for 'bound' where the head cleared) differs; ids only,
    as the held-out rows' texts are not to be read."""
    out = []
    for r in rows:
        va, vb = (c.check(r["text"], r.get("question", ""), previous=r.get("previous", "")) for c in (a, b))
        if va.category != vb.category or (va.source != vb.source and {va.source, vb.source} != {None, "bound"}):
            out.append(r["id"])
    return out


def test_the_shipped_head_has_a_bound_above_every_train_and_validation_sentence(shipped, rows):
    head = shipped.head
    assert head.embedding_part_max == EMBEDDING_PART_MAX[head.meta["fingerprint"]] < math.inf
    texts = [plain_sentence(r["text"]) for r in rows if r["split"] != "test"]
    parts = head.embedding_parts(shipped.embedder.encode(texts))
    # 0.05 on top of the largest: bf16 vectors (short calls on CPUs with native bf16) move it by up to 0.02
    assert float(parts.max()) + 0.05 <= head.embedding_part_max + 1e-3
    assert np.isclose(head.embedding_parts(np.zeros((1, head.embedding_dim)))[0], 0.0)


def test_the_bound_changes_no_verdict_on_any_answer_set(shipped, rows):
    n, splits = len(rows), {r["split"] for r in rows}  # held apart: a failing assert prints no row
    assert n >= 3800 and splits == {"train", "validation", "test"}
    assert _differing(_unbounded(shipped), shipped, rows) == []


def test_a_bound_set_too_low_is_caught(shipped, rows):
    # the comparison above can fail: a bound far below any embedding part clears what the head flags on validation
    flagged = [r for r in rows if r["split"] == "validation"
               and shipped.check(r["text"], r.get("question", ""), previous=r.get("previous", "")).source == "head"]
    n, differing = len(flagged), len(_differing(_unbounded(shipped), _unbounded(shipped, bound=-10.0), flagged))
    assert n > 0 and differing == n


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
