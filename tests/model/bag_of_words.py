"""A stand-in embedder for the faithfulness tests: a hashed bag of words, so sentences that share words get
similar vectors (no model download, deterministic)."""

from __future__ import annotations

import hashlib
import re

import numpy as np


class BagOfWords:
    name = "test-bow-256"

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 256), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z]+", text.lower()):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % 256] += 1.0
        return out


def bag_of_words_check(pages, question: str, *, n: int | None = None, topic: bool = True, **thresholds):
    """The faithfulness check of `question` over `pages` with the bag-of-words embedder: the evidence chosen as served
    (`n` sentences, default the served number; `topic` filtering), `thresholds` passed to the check."""
    from medassist.model.faithfulness import FaithfulnessCheck
    from medassist.model.retrieval.evidence import N_EVIDENCE, SentenceVectors, select_evidence

    vectors = SentenceVectors(BagOfWords())
    evidence = select_evidence(question, list(pages), vectors, n=N_EVIDENCE if n is None else n, topic=topic)
    return FaithfulnessCheck(evidence, vectors.encode, question, **thresholds)


def low_quote_floor(monkeypatch, *, kind_quotes: bool = True) -> None:
    """Bag-of-words scores run low: let any sentence be quoted (and a quote of the kind asked, with `kind_quotes`)."""
    monkeypatch.setattr("medassist.model.faithfulness.QUOTE_MIN_SCORE", 0.0)
    if kind_quotes:
        monkeypatch.setattr("medassist.model.faithfulness.KIND_QUOTE_MIN_SCORE", 0.0)
