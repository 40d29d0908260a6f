"""Question fingerprints shared by training (which records them beside the adapter) and evaluation
(which refuses to score questions the adapter was trained on)."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable
from pathlib import Path

from medassist.model.loading.loader import TRAINING_RECORD
from medassist.training.data.clean import normalise_key

__all__ = ["TRAINING_RECORD", "question_hash", "question_hashes", "training_hashes"]

log = logging.getLogger(__name__)


def question_hash(question: str) -> str:
    return hashlib.sha1(normalise_key(question).encode("utf-8")).hexdigest()[:16]


def question_hashes(questions: Iterable[str]) -> list[str]:
    return sorted({question_hash(q) for q in questions})


def training_hashes(adapter_dir: str | Path | None) -> set[str]:
    """The question hashes an adapter folder records it was trained on (empty, with a warning, when
    it has no record: evaluation then cannot check the evaluated questions against them)."""
    if adapter_dir is None:
        return set()
    path = Path(adapter_dir) / TRAINING_RECORD
    if not path.exists():
        log.warning("%s: no %s; cannot check the evaluated questions against the training data",
                    adapter_dir, TRAINING_RECORD)
        return set()
    return set(json.loads(path.read_text()).get("train_question_hashes") or [])
