"""The shipped pages' evidence sentences, embedded once: looked up by a hash of the sentence instead of embedded.

Embedding a question's 40-50 page sentences cost 0.2-0.9 s of MiniLM on a 2-core CPU before the model could start,
and at eight people at once it competed with the model's prefill (measured on an fp32-only CPU: the first token's p95
5.2-6.5 s with the sentences embedded per question, 3.0-3.1 s with them already known). The vectors are int8 with a
scale per row (cosine to the fp32 vector >= 0.9999); written by scripts/ship_sentence_vectors.py. A sentence not
shipped (another corpus, a changed splitter) is embedded as before: the store only saves work.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from medassist import paths

log = logging.getLogger(__name__)

SHIPPED_SENTENCES = paths.MODEL_ASSETS_DIR / "medquad_sentences.json"


def sentence_key(text: str) -> int:
    """A 64-bit hash of the sentence as the evidence shows it."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def quantize(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 rows and each row's scale (row ~= int8 * scale)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    scale = np.maximum(np.abs(vectors).max(axis=1), 1e-12) / 127.0
    return np.round(vectors / scale[:, None]).astype(np.int8), scale.astype(np.float32)


class SentenceStore:
    """Shipped sentence vectors by sentence text; `lookup` returns unit rows for the texts it holds."""

    def __init__(self, keys: np.ndarray, vectors: np.ndarray, scale: np.ndarray, model: str):
        self.keys, self.vectors, self.scale, self.model = keys, vectors, scale, model

    def __len__(self) -> int:
        return len(self.keys)

    @classmethod
    def load(cls, meta_path=SHIPPED_SENTENCES) -> SentenceStore | None:
        """The shipped store, or None where it is missing or unreadable (sentences are then embedded)."""
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            with np.load(meta_path.with_suffix(".npz")) as z:
                return cls(z["keys"], z["vectors"], z["scale"], meta["model"])
        except (OSError, ValueError, KeyError) as e:
            log.warning("no shipped sentence vectors (%s): page sentences will be embedded per question", e)
            return None

    def lookup(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        if not texts:
            return {}
        wanted = np.array([sentence_key(t) for t in texts], dtype=np.uint64)
        at = np.minimum(np.searchsorted(self.keys, wanted), len(self.keys) - 1)
        hit = self.keys[at] == wanted
        rows = self.vectors[at[hit]].astype(np.float32) * self.scale[at[hit], None]
        rows /= np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)
        return dict(zip([t for t, h in zip(texts, hit, strict=True) if h], rows, strict=True))


@lru_cache(maxsize=1)
def _shipped() -> SentenceStore | None:
    return SentenceStore.load()


def shipped_store(model: str) -> SentenceStore | None:
    """The shipped store (loaded once) when it was embedded by `model`, else None."""
    store = _shipped()
    return store if store is not None and store.model == model else None
