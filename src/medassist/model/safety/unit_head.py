"""One logistic direction in the unit MiniLM embedding: how the self-harm, own-medicine and frame heads score a message
(each fitted by its trainer in `training/safety/`, each with its own bar and asset)."""

from __future__ import annotations

import numpy as np


def unit_logistic(vectors: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """sigmoid(unit(v) . w + b) for each row of `vectors` (clipped so a far score cannot overflow)."""
    v = np.atleast_2d(np.asarray(vectors, dtype=np.float32))
    v = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
    return 1.0 / (1.0 + np.exp(-np.clip(v @ w + np.float32(b), -40, 40)))
