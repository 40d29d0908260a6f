"""One logistic direction in the unit MiniLM embedding: how the self-harm, own-medicine and frame heads score a message
(each fitted by its trainer in `training/safety/`, each with its own bar and asset), and how their assets are written
and read (one file layout for the three; a head's FEATURES tag refuses an asset of other features)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np


def unit_logistic(vectors: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """sigmoid(unit(v) . w + b) for each row of `vectors` (clipped so a far score cannot overflow)."""
    v = np.atleast_2d(np.asarray(vectors, dtype=np.float32))
    v = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
    return 1.0 / (1.0 + np.exp(-np.clip(v @ w + np.float32(b), -40, 40)))


def save_unit_head(path: Path, head, features: str, meta: dict, **bars: float) -> None:
    """Write `head` (w, b, threshold, embedder; `bars`: any further bars of its own) with its FEATURES tag and the
    trainer's `meta`, atomically (a reader never sees half a head)."""
    from medassist.io import atomic_path

    with atomic_path(path) as tmp, open(tmp, "wb") as f:
        np.savez(f, w=head.w.astype(np.float16), b=np.float32(head.b), threshold=np.float32(head.threshold),
                 **{name: np.float32(value) for name, value in bars.items()}, embedder=np.array(head.embedder),
                 features=np.array(features), meta=np.array(json.dumps(meta, sort_keys=True)))


def read_unit_head(path: Path, features: str) -> dict | None:
    """The asset's fields (w as float32, b and the bars as floats, embedder as str), or None when there is none or it
    was fitted on other features."""
    if not Path(path).is_file():
        return None
    with np.load(path, allow_pickle=False) as z:
        if str(z["features"]) != features:
            return None
        fields = {name: float(z[name]) for name in z.files if name not in ("w", "embedder", "features", "meta")}
        return {**fields, "w": z["w"].astype(np.float32), "embedder": str(z["embedder"])}
