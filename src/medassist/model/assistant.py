"""Assistant: one user turn through safety, retrieval and the model — the pipeline every front end
(Gradio, the OpenAI-compatible API, the terminal) shares, so they cannot drift apart.

Order matters: the safety check runs first, and an emergency is answered with the fixed message
before retrieval or the model are touched.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from medassist.safety import check_input, enforce_system_prompt
from medassist.serve.generation import GenerationSettings
from medassist.serve.runtime import ChatRuntime, Generation

log = logging.getLogger(__name__)

DEFAULT_TOP_K = 3


@dataclass
class Turn:
    """An answered turn. Safety answers (`reject`, `emergency`) carry `fixed_reply` and no generation."""

    action: str  # the safety verdict: "ok", "reject" or "emergency"
    category: str | None = None
    fixed_reply: str | None = None
    notice: str | None = None  # e.g. the referral added to a personal-dose question
    passages: list = field(default_factory=list)
    sources: str = ""  # format_sources(passages): markdown links, "" without retrieval
    generation: Generation | None = None
    retrieval_s: float = 0.0
    started: float = field(default_factory=time.perf_counter)

    def stream(self, *, with_sources: bool = True) -> Iterator[str]:
        """The reply as text pieces: the model's answer, then the notice, then the sources."""
        if self.generation is None:
            yield self.fixed_reply or ""
            return
        yield from self.generation
        if self.notice:
            yield f"\n\n{self.notice}"
        if with_sources and self.sources:
            yield f"\n\n{self.sources}"

    def text(self, *, with_sources: bool = True) -> str:
        return "".join(self.stream(with_sources=with_sources))


class Assistant:
    def __init__(self, runtime: ChatRuntime, retriever=None, *, top_k: int = DEFAULT_TOP_K,
                 max_input_chars: int | None = None):
        self.runtime = runtime
        self.retriever = retriever  # None: retrieval switched off for the whole server
        self.top_k = top_k
        self.max_input_chars = max_input_chars  # None: the safety layer's default

    def answer(self, question: str, history: Sequence[dict] = (), settings: GenerationSettings | None = None,
               *, use_retrieval: bool = True) -> Turn:
        """Check the question, retrieve passages, and start the model's streamed reply.

        `history` is the earlier conversation as given by the front end (a client may send anything):
        the safety layer drops its system messages and neutralises forged turn markup, and the
        runtime's own system prompt always leads."""
        from medassist.retrieval import format_context, format_sources

        limit = {} if self.max_input_chars is None else {"max_chars": self.max_input_chars}
        verdict = check_input(question, **limit)
        if verdict.action != "ok":
            return Turn(action=verdict.action, category=verdict.category, fixed_reply=verdict.message)
        turn = Turn(action="ok", category=verdict.category, notice=verdict.notice)
        context = None
        if use_retrieval and self.retriever is not None:
            t0 = time.perf_counter()
            turn.passages = list(self.retriever.search(question, k=self.top_k))
            turn.retrieval_s = time.perf_counter() - t0
            if turn.passages:
                context = format_context(turn.passages)
                turn.sources = format_sources(turn.passages)
        history = enforce_system_prompt(list(history))[1:]  # [0] is the system prompt; the runtime adds it
        turn.generation = self.runtime.stream(question, history, context, settings)
        return turn
