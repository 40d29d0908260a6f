"""A learned self-harm head over the MiniLM embedding (GitHub issue 21, eighth round).

The prototype reader (`self_harm_risk.py`) reads a message by its nearest prototype, and each round's fresh
indirect self-harm messages sat just outside its bar ("i used my compass on my arm in maths again today", "i dont
see myself being alive by christmas"): one nearest neighbour carries a kind only as far as its own words. This
head is one direction in the same embedding, fitted (`medassist safety train-self-harm`) on the prototypes, the
lead's written kinds (`datasets/triage/self_harm_kinds8.txt`), the triage set's train split and MedQuAD
questions, so it reads what the kinds share. Alone it over-reads (idioms and grief score high), so
`self_harm_risk` takes its word only beside the prototypes' own looser agreement (a message closer to a risk
prototype than to every look-alike, at NEAR_MIN); the threshold and NEAR_MIN are chosen on the validation split.

Ninth round: refitted on about four times the text (`datasets/triage/self_harm_kinds9.txt`, written in batches in
many Englishes, each read once before it was trained on), as class-weighted logistic regression whose strength
(C) is chosen on validation beside the bars; the prototypes' agreement is one of the bars chosen there (near_min
0 and gap_min below -1 turn it off). It also reads a conversation: the messages' embeddings pooled as the triage
head pools them (`learned.Detector.assess_with_context`), at its own bar (`context_threshold`), when the newest
message leans that way on its own (`context_last`): "hey" / "thank you for always being there" / "i wont be
messaging anymore after tonight" says in three messages what none says alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from medassist import paths
from medassist.model.safety.unit_head import read_unit_head, save_unit_head, unit_logistic

HEAD_PATH = paths.MODEL_ASSETS_DIR / "self_harm_head.npz"
FEATURES = "minilm-unit/self-harm-v2"  # bump when the features change: an old head is refused


@dataclass(frozen=True)
class SelfHarmHead:
    w: np.ndarray  # (384,)
    b: float
    threshold: float  # the head's bar
    near_min: float  # the prototypes' bar beside it (cosine to the nearest risk prototype)
    embedder: str  # the embedder it was fitted on; another one's vectors mean nothing to it
    gap_min: float = 0.0  # how much closer a look-alike than the nearest risk prototype may be (-1: any)

    def scores(self, vectors: np.ndarray) -> np.ndarray:
        return unit_logistic(vectors, self.w, self.b)

    def reads(self, scores, near, gap):
        """Risk by this head (`scores`) where the prototype reader agrees at the head's bar: the cosine to the
        nearest risk prototype (`near`) at least `near_min`, and no look-alike closer by more than `gap_min`.
        Elementwise on arrays, or on single numbers."""
        return (scores >= self.threshold) & (near >= self.near_min) & (gap >= self.gap_min)

    def save(self, path: Path, meta: dict) -> None:
        save_unit_head(path, self, FEATURES, meta, near_min=self.near_min, gap_min=self.gap_min)


@cache
def load_head(path: Path = HEAD_PATH) -> SelfHarmHead | None:
    """The shipped head, or None when there is none or it was fitted on other features (then only the prototype
    reader reads self-harm)."""
    fields = read_unit_head(path, FEATURES)
    return None if fields is None else SelfHarmHead(fields["w"], fields["b"], fields["threshold"], fields["near_min"],
                                                    fields["embedder"], fields["gap_min"])
