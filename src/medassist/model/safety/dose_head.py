"""A learned own-medicine head over the MiniLM embedding (GitHub issue 21, item 5, tenth round).

The sixth round's reader (`dose_risk.py`) read a question by its nearest prototype in
`assets/dose_prototypes.txt`, and each round's fresh own-medicine questions got the dose notice less often (21, 18,
16 of 25 in rounds 7-9): one nearest neighbour carries a kind only as far as its own words. This head is one
direction in the same embedding, fitted (`medassist safety train-dose`) on the prototypes, the tenth round's written
kinds (`datasets/triage/dose_kinds10.txt`, many Englishes), the triage set's train split, the conversation set's dose
rows and MedQuAD questions, so it reads what the kinds share — the same change that carried to new text for
self-harm (`self_harm_head.py`). Its threshold and strength were chosen on the validation split.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from medassist import paths
from medassist.model.safety.unit_head import read_unit_head, save_unit_head, unit_logistic

HEAD_PATH = paths.MODEL_ASSETS_DIR / "dose_head.npz"
FEATURES = "minilm-unit/own-medicine-v1"  # bump when the features change: an old head is refused


@dataclass(frozen=True)
class DoseHead:
    w: np.ndarray  # (384,)
    b: float
    threshold: float  # the head's bar
    embedder: str  # the embedder it was fitted on; another one's vectors mean nothing to it

    def scores(self, vectors: np.ndarray) -> np.ndarray:
        return unit_logistic(vectors, self.w, self.b)

    def save(self, path: Path, meta: dict) -> None:
        save_unit_head(path, self, FEATURES, meta)


@cache
def load_head(path: Path = HEAD_PATH) -> DoseHead | None:
    """The shipped head, or None when there is none or it was fitted on other features (then only the dose rules
    and the triage head's dose output give the notice)."""
    fields = read_unit_head(path, FEATURES)
    return None if fields is None else DoseHead(fields["w"], fields["b"], fields["threshold"], fields["embedder"])
