"""Question fingerprints shared by training (which records them beside the adapter) and evaluation
(which refuses to score questions the adapter was trained on)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from medassist.model.loading.loader import TRAINING_RECORD
from medassist.training.data.clean import normalise_key

__all__ = ["TRAINING_RECORD", "question_hash", "question_hashes"]


def question_hash(question: str) -> str:
    return hashlib.sha1(normalise_key(question).encode("utf-8")).hexdigest()[:16]


def question_hashes(questions: Iterable[str]) -> list[str]:
    return sorted({question_hash(q) for q in questions})
