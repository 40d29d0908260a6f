"""Shared fixtures: tiny random-weight Llama models with the real SmolLM2 tokenizer, small data.

Nothing here touches the network: HF_HUB_OFFLINE is forced on for the whole suite.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

import pytest

# tests/support.py is shared by test folders that are not packages.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from support import QA_PAIRS, tiny_llama_config, write_qa_jsonl  # noqa: E402

os.environ["HF_HUB_OFFLINE"] = "1"
# The conversation store defaults to a file in the user's data directory: never the tester's own.
os.environ["MEDASSIST_DATA_DIR"] = tempfile.mkdtemp(prefix="medassist-test-data-")
os.environ.pop("MEDASSIST_DATABASE_URL", None)
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

FIXTURES = Path(__file__).parent / "fixtures"
SMOLLM2_TOKENIZER = FIXTURES / "smollm2-tokenizer"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TINYLLAMA_DIR = SHARED / "models" / "tinyllama-1.1b-chat-v1.0-noweights"



@pytest.fixture(scope="session")
def tokenizer():
    """The real SmolLM2-135M-Instruct tokenizer and ChatML chat template (shipped test fixture)."""
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(SMOLLM2_TOKENIZER)


@pytest.fixture(scope="session")
def tinyllama_tokenizer():
    """TinyLlama's real tokenizer and <|user|>/<|assistant|> template (pad == eos)."""
    if not TINYLLAMA_DIR.exists():
        pytest.skip("../shared/models/tinyllama-1.1b-chat-v1.0-noweights not present")
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(TINYLLAMA_DIR)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory, tokenizer) -> Path:
    """A saved tiny random-weight Llama (seed 0) with the SmolLM2 tokenizer: a local model folder
    that `medassist.model.loading.load_model` accepts like any other."""
    import torch
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    cfg = tiny_llama_config(len(tokenizer), bos_token_id=tokenizer.bos_token_id,
                            eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id)
    model = AutoModelForCausalLM.from_config(cfg)
    out = tmp_path_factory.mktemp("tiny-llama")
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


@pytest.fixture
def tiny_data_dir(tmp_path) -> Path:
    """Prepared-looking splits (train/validation/test.jsonl) with disjoint questions."""
    d = tmp_path / "data"
    write_qa_jsonl(d / "train.jsonl", QA_PAIRS[:8], "train")
    write_qa_jsonl(d / "validation.jsonl", QA_PAIRS[8:10], "validation")
    write_qa_jsonl(d / "test.jsonl", QA_PAIRS[10:], "test")
    (d / "stats.json").write_text(json.dumps({"fingerprint": "fixture"}))
    return d


# ---- the shared model room on the tiny random model (model/ and bot/ tests use these) ----
class FakeRetriever:
    """Two passages per query whose urls carry a digest of the query, so every request's sources are
    distinct and checkable; records the queries it saw."""

    def __init__(self):
        self.queries: list[str] = []

    def search(self, query: str, k: int = 3):
        from medassist.model.retrieval import Passage

        self.queries.append(query)
        tag = hashlib.sha1(query.encode()).hexdigest()[:10]
        return [Passage(f"About {tag} part {i}?", f"Answer text {i} for {tag}.",
                        f"https://example.org/medquad/{tag}/{i}", f"{tag}-{i}", 0.9 - i / 10)
                for i in range(min(k, 2))]


@pytest.fixture(scope="session")
def serve_model_dir(tmp_path_factory, tokenizer):
    """Like the shared tiny_model_dir, but with larger random weights (initializer_range 0.5): the
    default 0.02 gives near-uniform logits and the same reply to every prompt, so tests could not
    tell one request's answer from another's."""
    import torch
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    cfg = tiny_llama_config(len(tokenizer), bos_token_id=tokenizer.bos_token_id,
                            eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
                            initializer_range=0.5)
    out = tmp_path_factory.mktemp("serve-tiny-llama")
    AutoModelForCausalLM.from_config(cfg).save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


@pytest.fixture(scope="session")
def runtime(serve_model_dir):
    from medassist.model.runtime import ChatRuntime

    return ChatRuntime.load(str(serve_model_dir), "none", device="cpu", dtype="float32")


@pytest.fixture
def retriever():
    return FakeRetriever()


@pytest.fixture
def assistant(runtime, retriever):
    from medassist.model.assistant import Assistant

    return Assistant(runtime, retriever)


@pytest.fixture
def settings():
    from medassist.model.decoding import GenerationSettings

    return GenerationSettings(max_new_tokens=8)


@pytest.fixture(autouse=True)
def _isolated_log_privacy():
    """A test that runs `medassist.cli.main` in-process installs the privacy filter on the root
    handlers, which include pytest's own capture handlers (they live for the whole session): take it
    off again, and reset the content switch, so later tests see their records as logged."""
    import logging

    from medassist import logging_setup

    yield
    for handler in logging.getLogger().handlers:
        for f in [f for f in handler.filters if isinstance(f, logging_setup.PrivacyFilter)]:
            handler.removeFilter(f)
    logging_setup.set_content_logging(False)
