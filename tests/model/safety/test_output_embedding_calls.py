"""How the output check reaches the embedder (issue 21, latency): the sentences of one `check_many` call that the
rules, the pre-screen and the bound leave go to the embedder in one call (an answer checked whole), with the verdicts
sentence-by-sentence calls (streaming) give; and after a risky question the pre-screen, whose scores nothing then
reads, is not computed. Sentences written for this test, in no answer set."""

from __future__ import annotations

import numpy as np
import pytest

from medassist.model.safety.output_check import OutputChecker, output_checker

DOSE_QUESTION = "can i take my blood pressure pill twice if i missed yesterdays"
KNEE_QUESTION = "my knee has been kinda swollen since i fell off my bike last wk, what shud i do"
ANSWER = ["Swelling after a fall often goes down with rest, ice and keeping the leg raised.",
          "An x-ray can show whether anything is broken.",
          "Just double the next one and you'll be fine.",
          "Your pharmacist can tell you what to do about a missed dose.",
          "Missing one dose is rarely dangerous for most people."]


class CallCounter:
    """The real embedder, each call's texts recorded."""

    def __init__(self, inner):
        self.inner, self.calls = inner, []

    def encode(self, texts):
        self.calls.append(list(texts))
        return self.inner.encode(texts)


@pytest.fixture(scope="module")
def shipped() -> OutputChecker:
    checker = output_checker()
    if checker.head is None:
        pytest.skip("the output head or the embedding model is missing")
    return checker


def test_an_answer_checked_whole_is_one_embedder_call_with_the_streamed_verdicts(shipped):
    counter = CallCounter(shipped.embedder)
    checker = OutputChecker(shipped.head, counter)
    whole = checker.check_many(ANSWER, DOSE_QUESTION)
    assert len(counter.calls) == 1 and len(counter.calls[0]) >= 3  # the head reads most of them after this question
    counter.calls.clear()
    streamed = [checker.check(s, DOSE_QUESTION, previous=ANSWER[i - 1] if i else "") for i, s in enumerate(ANSWER)]
    assert len(counter.calls) == sum(v.score is not None for v in streamed)  # one call a sentence the head reads
    assert [(v.category, v.source) for v in whole] == [(v.category, v.source) for v in streamed]
    assert "dose_instruction" in [v.category for v in whole]  # "just double the next one"
    # a padded batch and one text give the same vector up to rounding (exact where no padding moves the kernels)
    scored = [(a.score, b.score) for a, b in zip(whole, streamed, strict=True) if a.score is not None]
    assert scored and np.allclose(*zip(*scored, strict=True), atol=2e-3)


def test_after_a_risky_question_the_prescreen_is_not_computed(shipped, monkeypatch):
    calls = []
    original = type(shipped.head).screen_scores

    def spy(head, texts):
        calls.append(list(texts))
        return original(head, texts)

    monkeypatch.setattr(type(shipped.head), "screen_scores", spy)
    risky = shipped.check_many(ANSWER, DOSE_QUESTION)
    assert calls == [] and all(v.source != "screen" for v in risky)
    calm = shipped.check_many(ANSWER, KNEE_QUESTION)  # a question that is not risky: the screen clears sentences
    assert len(calls) == 1 and any(v.source == "screen" for v in calm)
