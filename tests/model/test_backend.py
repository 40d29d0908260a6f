"""OpenAIBackend against a real second `medassist serve` process over HTTP on loopback (tiny model):
generation moves to the engine server, safety and retrieval stay in this process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import pytest
from support import wait_for_health

from medassist.errors import MedAssistError
from medassist.model.assistant import Assistant
from medassist.model.backends import API_KEY_ENV, OpenAIBackend
from medassist.model.decoding import GenerationSettings

KEY = "engine-secret-key"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def engine_server(serve_model_dir, tmp_path_factory):
    """`medassist serve` on the tiny model in fp32 (the suite's `runtime` answers identically), with an
    API key, no adapter and no retrieval."""

    port = _free_port()
    log_path = tmp_path_factory.mktemp("engine") / "stderr.log"
    err = open(log_path, "w+")  # noqa: SIM115 - read after the process ends
    proc = subprocess.Popen(
        [sys.executable, "-m", "medassist", "serve", "--model", str(serve_model_dir), "--adapter", "none",
         "--no-retrieval", "--dtype", "float32", "--port", str(port), "--max-new-tokens", "8",
         "--auth", f"engine:{KEY}"],
        stdout=subprocess.DEVNULL, stderr=err, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(proc, base, timeout=180)
        yield base
    finally:
        proc.terminate()
        proc.wait(30)
        err.seek(0)
        assert KEY not in err.read()  # the key is never logged, on either side
        err.close()


@pytest.fixture
def backend(engine_server, monkeypatch):
    monkeypatch.setenv(API_KEY_ENV, KEY)
    b = OpenAIBackend(engine_server + "/v1", "medassist-engine", max_active=4, max_waiting=4)
    yield b
    b.close()


def test_streamed_answer_equals_the_engine_servers_answer(backend, runtime, engine_server):
    import httpx

    settings = GenerationSettings(max_new_tokens=8)
    # A dose question: the engine server (a full MedAssist) streams the answer, then its referral notice
    # as a later event, so the stream has several pieces even though its guard releases whole sentences.
    question = "how many mg of ibuprofen should i take for my back pain"
    whole = httpx.post(engine_server + "/v1/chat/completions", headers={"Authorization": f"Bearer {KEY}"},
                       timeout=60, json={"messages": [{"role": "user", "content": question}], "max_tokens": 8})
    whole = whole.json()["choices"][0]["message"]["content"]
    gen = backend.stream(question, settings=settings)
    pieces = list(gen)
    assert "".join(pieces) == whole and sum(1 for p in pieces if p) > 1  # the same reply, really streamed
    # ... and it is the answer this process's model gives (the engine server may add its own lines after it).
    assert whole.startswith(Assistant(runtime, None).answer(question, settings=settings).text())
    assert gen.prompt_tokens > 0 and 1 <= gen.completion_tokens <= 8 and gen.ttft_s is not None
    assert gen.finish_reason in ("stop", "length")
    assert backend.stats()["active"] == 0


def test_safety_and_retrieval_stay_in_this_process(backend, retriever):
    assistant = Assistant(backend, retriever)
    emergency = assistant.answer("I have crushing chest pain and I can't breathe right now")
    assert emergency.action == "emergency" and emergency.generation is None  # never sent to the engine
    turn = assistant.answer("What is gout?", settings=GenerationSettings(max_new_tokens=8), user="u1")
    text = turn.text()
    assert retriever.queries == ["What is gout?"]  # retrieved here
    assert all(p.source in text for p in turn.passages)  # sources added here
    messages = backend.build_messages("What is gout?", context="Passage about gout.")
    assert messages[0]["role"] == "system" and "Passage about gout." in messages[0]["content"]
    assert messages[-1] == {"role": "user", "content": "What is gout?"}


def test_cancel_stops_generation_on_the_engine_server(backend, engine_server):
    import httpx

    gen = backend.stream("What is anemia?", settings=GenerationSettings(max_new_tokens=900, repetition_penalty=1.0))
    it = iter(gen)
    next(it)
    assert httpx.get(engine_server + "/health").json()["active"] == 1
    gen.cancel()  # from any thread: the connection is dropped, the engine frees the slot
    list(it)
    deadline = time.monotonic() + 10
    while httpx.get(engine_server + "/health").json()["active"] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert httpx.get(engine_server + "/health").json()["active"] == 0
    assert backend.stats()["active"] == 0 and gen.completion_tokens < 900


def test_a_wrong_key_and_a_bad_url_are_clear_errors(engine_server, monkeypatch):
    monkeypatch.setenv(API_KEY_ENV, "wrong")
    b = OpenAIBackend(engine_server + "/v1", "m")
    with pytest.raises(MedAssistError, match="credentials"):
        b.generate("What is gout?")
    with pytest.raises(MedAssistError, match="--backend-url"):
        OpenAIBackend("localhost:8000", "m")
    with pytest.raises(MedAssistError, match="backend-model"):
        OpenAIBackend("http://127.0.0.1:8000/v1", "")
