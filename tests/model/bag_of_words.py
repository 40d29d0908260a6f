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
