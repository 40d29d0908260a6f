"""Helpers several test folders share (the root conftest puts tests/ on sys.path for them): import them
with `from support import ...` rather than loading another folder's conftest by file path."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest

CHROMIUM = Path("/usr/bin/chromium")
# Headless Chromium as root on a closed network: no sandbox, no background connections.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
BROWSER_MARKS = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                                                     "(scripts/install.sh installs it)"),
]


def wait_for_health(proc: subprocess.Popen, base: str, timeout: float = 120, what: str = "server") -> dict:
    """Poll `base`/health until it answers 200 (returns its JSON); fail if the process dies or time runs out."""
    import httpx

    deadline = time.monotonic() + timeout
    while True:
        try:
            r = httpx.get(base + "/health")
            if r.status_code == 200:
                return r.json()
        except httpx.TransportError:
            pass
        assert proc.poll() is None and time.monotonic() < deadline, f"{what} did not come up"
        time.sleep(0.3)


# ---- tiny models and data (the root conftest's fixtures build on these) ----
QA_PAIRS = [
    ("What is diabetes?", "Diabetes is a disease in which blood sugar levels are too high."),
    ("What are the symptoms of asthma?", "Wheezing, coughing, chest tightness and shortness of breath."),
    ("How is hypertension treated?", "With lifestyle changes and medicines that lower blood pressure."),
    ("What causes pneumonia?", "Bacteria, viruses or fungi that infect the air sacs of the lungs."),
    ("What are the side effects of aspirin?", "Stomach upset, heartburn and a higher risk of bleeding."),
    ("What is anemia?", "A condition in which the blood has too few healthy red blood cells."),
    ("How is migraine diagnosed?", "From the history of headaches and a neurological examination."),
    ("What is glaucoma?", "A group of eye diseases that damage the optic nerve."),
    ("Who is at risk for osteoporosis?", "Older women, people with low body weight and smokers."),
    ("What is the outlook for celiac disease?", "Most people do well on a strict gluten-free diet."),
    ("What are the symptoms of flu?", "Fever, cough, sore throat, muscle aches and tiredness."),
    ("How can kidney stones be prevented?", "Drinking plenty of water and limiting salt in the diet."),
]


def tiny_llama_config(vocab_size: int, **overrides):
    from transformers import LlamaConfig

    cfg = dict(vocab_size=vocab_size, hidden_size=64, intermediate_size=128, num_hidden_layers=2,
               num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=1024,
               tie_word_embeddings=True)
    cfg.update(overrides)
    return LlamaConfig(**cfg)


def write_qa_jsonl(path: Path, pairs=QA_PAIRS, source="fixture") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for i, (q, a) in enumerate(pairs):
            f.write(json.dumps({"question": q, "answer": a, "source": f"https://example.org/{source}/{i}",
                                "id": f"{source}-{i}"}) + "\n")
    return path


# ---- retrieval ----
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


class CountingEmbedder:
    """Wraps the real embedder and records what it was asked to embed."""

    def __init__(self, inner):
        self.inner, self.seen = inner, []

    def encode(self, texts):
        self.seen.extend(texts)
        return self.inner.encode(texts)


def assert_emergency_reply_localized(text: str, language: str, country: str, number: str) -> None:
    """`text` (in `language`) gets the emergency reply worded in that language, with `country`'s `number` in it (the
    rules alone: the lexicons, not the English head, must carry it)."""
    from medassist.model.safety import check_input
    from medassist.model.safety.localized import emergency_text

    verdict = check_input(text, learned=False, country=country)
    assert verdict.action == "emergency", text
    localized = emergency_text(verdict.category, language, country)
    assert verdict.message.startswith(localized[:60]) and number in verdict.message
