"""Generation on another server: any OpenAI-compatible engine (vLLM with the adapter via --enable-lora,
or another `medassist serve`) behind the same `stream()` -> `Generation` interface as `ChatRuntime`.

Only generation moves: safety, retrieval, history and the disclaimer stay in this process (the
`Assistant` in front calls `stream()` exactly as it calls the local runtime). The prompt goes out as
chat messages from the one chat formatter (`build_messages`: our system prompt, retrieved passages in
the system turn, the sanitised history, the question). The same bounded fair queue as the local
runtime limits how many requests this process sends at once. The API key comes from
MEDASSIST_BACKEND_API_KEY and is sent only in the Authorization header, never logged.
"""

from __future__ import annotations

import json
import logging
import os
import time
import weakref
from collections.abc import Iterator, Sequence
from urllib.parse import urlparse

from medassist.errors import MedAssistError
from medassist.model.chat_format import build_messages
from medassist.model.decoding import GenerationSettings
from medassist.model.prompts import SYSTEM_PROMPT
from medassist.model.queue import DEFAULT_MAX_ACTIVE, DEFAULT_MAX_WAITING, FairQueue
from medassist.model.runtime import Generation

log = logging.getLogger(__name__)

API_KEY_ENV = "MEDASSIST_BACKEND_API_KEY"


class BackendError(RuntimeError):
    """The engine server failed (5xx, dropped connection, malformed stream)."""


class OpenAIBackend:
    """Streams chat completions from an OpenAI-compatible server (`base_url` ends in /v1, as for the
    `openai` client)."""

    def __init__(self, base_url: str, model: str, *, api_key: str | None = None, system: str | None = SYSTEM_PROMPT,
                 max_active: int = DEFAULT_MAX_ACTIVE, max_waiting: int = DEFAULT_MAX_WAITING,
                 timeout_s: float = 300.0):
        import httpx

        parsed = urlparse(base_url or "")
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise MedAssistError(f"--backend-url must be an http(s) URL such as http://127.0.0.1:8000/v1, got {base_url!r}")
        if not model:
            raise MedAssistError("--backend-model is required with --backend openai (the model name the engine serves)")
        self.base_url = base_url.rstrip("/")
        self.backend_model = model
        self.model_id = model  # what /v1/models and every response name
        self.adapter = None  # the engine owns the weights
        self.system = system
        self.queue = FairQueue(max_active, max_waiting)
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        # A generous read timeout: a busy engine may take a while between tokens.
        self._client = httpx.Client(headers=headers, timeout=httpx.Timeout(timeout_s, connect=10.0))

    def stats(self) -> dict:
        return {**self.queue.stats(), "engine": "openai"}  # /health is public: no internal URL

    def close(self) -> None:
        self._client.close()

    def build_messages(self, question: str, history: Sequence[dict] = (), context: str | None = None) -> list[dict]:
        return build_messages(question, system=self.system, history=list(history), context=context)

    def stream(self, question: str, history: Sequence[dict] = (), context: str | None = None,
               settings: GenerationSettings | None = None, *, user: str | None = None) -> Generation:
        settings = settings or GenerationSettings()
        t0 = time.perf_counter()
        messages = self.build_messages(question, history, context)
        ticket = self.queue.enter(user)  # Busy at once when the line is full
        gen = Generation(prompt_tokens=0, dropped_turns=0, max_new_tokens=settings.max_new_tokens)
        gen._on_cancel.append(lambda: self.queue.leave(ticket))
        weakref.finalize(gen, self.queue.leave, ticket)  # a reply nobody ever read does not keep its slot
        gen._pieces = self._pieces(messages, settings, gen, ticket, t0)
        return gen

    def _body(self, messages: list[dict], settings: GenerationSettings) -> dict:
        body = {"model": self.backend_model, "messages": messages, "stream": True,
                "stream_options": {"include_usage": True}, "max_tokens": settings.max_new_tokens,
                "temperature": settings.temperature,
                # vLLM's extension to the OpenAI schema; servers that do not know it ignore it.
                "repetition_penalty": settings.repetition_penalty}
        if not settings.greedy:
            body["top_p"] = settings.top_p
        if settings.seed is not None:
            body["seed"] = settings.seed
        return body

    def _pieces(self, messages: list[dict], settings: GenerationSettings, gen: Generation, ticket,
                t0: float) -> Iterator[str]:
        import httpx

        finished = False
        try:
            while not ticket.admitted.wait(0.05):
                if gen._cancel.is_set():
                    return
            if gen._cancel.is_set():
                return
            url = f"{self.base_url}/chat/completions"
            try:
                with self._client.stream("POST", url, json=self._body(messages, settings)) as response:
                    # Cancel from any thread: closing the response drops the connection, which makes the
                    # engine stop generating for this request.
                    gen._on_cancel.append(response.close)
                    if response.status_code != 200:
                        raise self._http_error(response)
                    for piece in self._read_sse(response, gen):
                        if gen.ttft_s is None:
                            gen.ttft_s = time.perf_counter() - t0
                        yield piece
            except (httpx.HTTPError, httpx.StreamError) as e:
                if gen._cancel.is_set():
                    return
                raise BackendError(f"the generation server at {self.base_url} failed: {type(e).__name__}: {e}") from e
            finished = True
        finally:
            if not finished:
                gen._cancel.set()
            self.queue.leave(ticket, time.perf_counter() - t0 if finished else None)

    def _read_sse(self, response, gen: Generation) -> Iterator[str]:
        for line in response.iter_lines():
            if gen._cancel.is_set():
                return
            if not line.startswith("data:"):
                continue
            data = line[len("data:"):].strip()
            if data == "[DONE]":
                return
            try:
                chunk = json.loads(data)
            except json.JSONDecodeError as e:
                raise BackendError(f"the generation server sent a malformed event: {data[:80]!r}") from e
            if "error" in chunk:
                raise BackendError(f"the generation server failed: {chunk['error'].get('message', chunk['error'])}")
            usage = chunk.get("usage")
            if usage:
                gen.prompt_tokens = usage.get("prompt_tokens", gen.prompt_tokens)
                gen.completion_tokens = usage.get("completion_tokens", gen.completion_tokens)
            for choice in chunk.get("choices") or []:
                if choice.get("finish_reason"):
                    gen.finish_reason = "length" if choice["finish_reason"] == "length" else "stop"
                piece = (choice.get("delta") or {}).get("content")
                if piece:
                    yield piece

    def _http_error(self, response) -> Exception:
        response.read()
        try:
            message = response.json()["error"]["message"]
        except (ValueError, KeyError, TypeError):
            message = response.text[:200]
        status = response.status_code
        if status == 401 or status == 403:
            return MedAssistError(f"the generation server refused our credentials (HTTP {status}); "
                                  f"set {API_KEY_ENV}")
        if 400 <= status < 500:
            return MedAssistError(f"the generation server rejected the request (HTTP {status}): {message}")
        return BackendError(f"the generation server failed (HTTP {status}): {message}")

    def generate(self, question: str, history: Sequence[dict] = (), context: str | None = None,
                 settings: GenerationSettings | None = None) -> str:
        return self.stream(question, history, context, settings).text()
