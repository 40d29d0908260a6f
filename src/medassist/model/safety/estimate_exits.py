"""Early exits from the output check's int8 estimate (session 55, issue 21: the safety path's p95 on a CPU without native
bf16).

Without evidence the output check asks the embedder's int8 estimate for every answer sentence its rules, pre-screen and
bound leave (`OutputChecker._estimated_parts`), and clears it when even the estimated embedding part plus its measured
error (`output_check.ESTIMATE_PART_ERROR`) cannot lift the head's logit to its threshold. After a risky question the
pre-screen clears nothing, so the slowest messages pay 3-5 full estimates (bench/safety_latency.py). Most of what the
estimate clears is far from the bar: a reader of an EARLIER layer of the same int8 forward can already tell.

Per layer k (0: the embeddings' output) a linear readout of the mean over the tokens of the hidden state after k layers
predicts the embedding's part of the head's logit (the exact fp32 one); its bound is twice the largest gap between
prediction and exact part on the answer set's train and validation sentences (the estimate's own rule). The estimate
runs layer by layer (`MiniLMEmbedder.estimate_stages`) and stops at the first layer whose prediction plus bound cannot
lift the logit to the threshold: the later layers are never computed. A sentence no exit clears goes on to the full
estimate, and from there to the exact vector, as before. The readouts are fitted on the train split only, per shipped
head (its fingerprint; another head reads no exits), by scripts/fit_estimate_exits.py, which also checks the bounds on
the sentences it did not fit (every development row of the answer set, the retired rounds' among them).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from medassist import paths

EXITS_PATH = paths.MODEL_ASSETS_DIR / "output_exits.npz"


@dataclass(frozen=True)
class EstimateExits:
    """Per layer: a readout (`weights`, `intercepts`) of the hidden state's token mean, and the bound on its gap to the
    exact embedding part (`bounds`; inf: no exit after that layer)."""

    weights: np.ndarray  # (layers, hidden)
    intercepts: np.ndarray  # (layers,)
    bounds: np.ndarray  # (layers,)
    meta: dict

    def part_max(self, layer: int, state: np.ndarray) -> float:
        """The most the exact embedding part can be, read from the hidden state's token mean after `layer` layers
        (inf where that layer has no exit)."""
        if layer >= len(self.bounds) or not np.isfinite(self.bounds[layer]):
            return float("inf")
        return float(state @ self.weights[layer] + self.intercepts[layer] + self.bounds[layer])

    def save(self, path: Path = EXITS_PATH) -> None:
        with open(path, "wb") as f:
            np.savez_compressed(f, weights=self.weights.astype(np.float32), intercepts=self.intercepts.astype(np.float32),
                                bounds=self.bounds.astype(np.float32), meta=np.array(json.dumps(self.meta, sort_keys=True)))

    @classmethod
    def load(cls, fingerprint: str, path: Path = EXITS_PATH) -> EstimateExits | None:
        """The exits fitted for the head of `fingerprint`; None where there are none (no file, another head)."""
        if not path.is_file():
            return None
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            if meta.get("head") != fingerprint:
                return None
            return cls(weights=z["weights"].astype(np.float32), intercepts=z["intercepts"].astype(np.float32),
                       bounds=z["bounds"].astype(np.float32), meta=meta)


def fit_readouts(states: np.ndarray, parts: np.ndarray, ridge: float) -> tuple[np.ndarray, np.ndarray]:
    """Per layer, the least-squares readout (with a ridge on the weights) of `parts` (n,) from `states` (n, layers,
    hidden): (weights (layers, hidden), intercepts (layers,))."""
    n, layers, hidden = states.shape
    weights, intercepts = np.zeros((layers, hidden), np.float64), np.zeros(layers, np.float64)
    for k in range(layers):
        S = states[:, k].astype(np.float64)
        mean_s, mean_p = S.mean(0), float(parts.mean())
        C = S - mean_s
        weights[k] = np.linalg.solve(C.T @ C + ridge * n * np.eye(hidden), C.T @ (parts - mean_p))
        intercepts[k] = mean_p - mean_s @ weights[k]
    return weights, intercepts
