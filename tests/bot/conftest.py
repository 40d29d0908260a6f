"""Serve fixtures: a ChatRuntime on the tiny random model, a deterministic fake retriever, the app."""

from __future__ import annotations

import hashlib
import importlib.util
import socket
import threading
import time
from pathlib import Path

import pytest

# Both files are named conftest: load the suite's root one by path for its helper.
_spec = importlib.util.spec_from_file_location("_medassist_root_conftest_serve",
                                               Path(__file__).resolve().parents[1] / "conftest.py")
_root = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_root)
tiny_llama_config = _root.tiny_llama_config


class FakeRetriever:
    """Two passages per query whose urls carry a digest of the query, so every request's sources are
    distinct and checkable; records the queries it saw."""

    def __init__(self):
        self.queries: list[str] = []

    def search(self, query: str, k: int = 3):
        from medassist.retrieval import Passage

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
    from medassist.serve.runtime import ChatRuntime

    return ChatRuntime.load(str(serve_model_dir), "none", device="cpu", dtype="float32")


@pytest.fixture
def retriever():
    return FakeRetriever()


@pytest.fixture
def assistant(runtime, retriever):
    from medassist.serve.assistant import Assistant

    return Assistant(runtime, retriever)


@pytest.fixture
def settings():
    from medassist.serve.generation import GenerationSettings

    return GenerationSettings(max_new_tokens=8)


@pytest.fixture
def api_client(assistant, settings):
    from fastapi.testclient import TestClient

    from medassist.serve.server import build_app

    with TestClient(build_app(assistant, defaults=settings, ui=False)) as client:
        yield client


class LiveServer:
    """uvicorn serving an app on 127.0.0.1 on a free port, in a thread."""

    def __init__(self, app):
        import uvicorn

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=2))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


@pytest.fixture
def live_server():
    return LiveServer
