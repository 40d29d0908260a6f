"""Retrieval fixtures: a deterministic hashed bag-of-words embedder and a few QA records."""

from __future__ import annotations

import hashlib
import re

import numpy as np
import pytest

from medassist.model.records import QARecord

RECORDS = [
    ("What is glaucoma?", "Glaucoma is a group of eye diseases that damage the optic nerve.", "https://nei.nih.gov/glaucoma"),
    ("What are the symptoms of asthma?", "Wheezing, coughing, chest tightness and shortness of breath.", "https://nhlbi.nih.gov/asthma"),
    ("How is hypertension treated?", "High blood pressure is treated with lifestyle changes and medicines.", "https://nhlbi.nih.gov/hbp"),
    ("What causes pneumonia?", "Bacteria, viruses or fungi that infect the air sacs of the lungs.", "https://nhlbi.nih.gov/pneumonia"),
    ("What is diabetes?", "Diabetes is a disease in which blood sugar levels are too high.", "https://niddk.nih.gov/diabetes"),
    ("What is anemia?", "A condition in which the blood has too few healthy red blood cells.", "https://nhlbi.nih.gov/anemia"),
    ("How can kidney stones be prevented?", "Drinking plenty of water and limiting salt in the diet.", "https://niddk.nih.gov/stones"),
    ("What is gout?", "Gout is a kind of arthritis caused by uric acid crystals in a joint.", "https://niams.nih.gov/gout"),
]


class HashingEmbedder:
    """Hashed bag of words: texts sharing words get similar vectors. Deterministic, instant, and
    counts what it was asked to embed so tests can see whether the cache was used."""

    name = "test-hashing-bow-128"
    dim = 128

    def __init__(self):
        self.calls: list[int] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(len(texts))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z]+", text.lower()):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
        return out

    @property
    def embedded(self) -> int:
        return sum(self.calls)


@pytest.fixture
def embedder():
    return HashingEmbedder()


@pytest.fixture
def records():
    return [QARecord(q, a, src, f"r{i}") for i, (q, a, src) in enumerate(RECORDS)]
