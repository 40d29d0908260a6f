"""What the trainers of the MiniLM heads (self-harm, own medicine, frames) share: the embedder they must be fitted on,
and unit vectors of many texts at once."""

from __future__ import annotations

import numpy as np

from medassist.model.safety.prototypes import EMBEDDER


def unit(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float64)
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def fitting_detector(detector, head: str):
    """The triage detector whose embedder the head is fitted on; exits with a message naming `head` without it."""
    from medassist.model.retrieval.embedder import embedder_name
    from medassist.model.safety import learned

    detector = detector or learned.detector()
    if detector is None or embedder_name(detector.embedder) != EMBEDDER:
        raise SystemExit(f"the {head} head needs the embedder {EMBEDDER}")
    return detector


def encode(detector, texts: list[str]) -> np.ndarray:
    """Unit embeddings of `texts`, 256 at a time."""
    return unit(np.vstack([detector.embed(texts[i:i + 256]) for i in range(0, len(texts), 256)]))
