"""Retrieval fixtures: a deterministic hashed bag-of-words embedder and a few QA records."""

from __future__ import annotations

import pytest
from support import HashingEmbedder

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


@pytest.fixture
def embedder():
    return HashingEmbedder()


@pytest.fixture
def records():
    return [QARecord(q, a, src, f"r{i}") for i, (q, a, src) in enumerate(RECORDS)]
