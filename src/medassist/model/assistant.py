"""Assistant: one user turn through safety, retrieval and the model — the pipeline every front end
(Gradio, the OpenAI-compatible API, the terminal) shares, so they cannot drift apart.

Order matters: the safety check runs first, and an emergency is answered with the fixed message
before retrieval or the model are touched.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from medassist.errors import MedAssistError
from medassist.model.decoding import GenerationSettings
from medassist.model.repetition import RepetitionGuard
from medassist.model.runtime import ChatRuntime, Generation
from medassist.model.safety import check_input, sanitize_history
from medassist.model.safety.output_check import (
    AnswerCheck,
    OutputChecker,
    OutputFlag,
    SentenceVerdict,
    output_checker,
)
from medassist.model.safety.output_context import question_context
from medassist.model.safety.reading_scope import reading_scope

log = logging.getLogger(__name__)

DEFAULT_TOP_K = 3


class PageQuotesShown:
    """The output checker for an answer to a question that names no personal risk (no dose for someone, no
    self-harm, no red flags, not "what do I have": `QuestionContext.any`): a sentence of the NIH pages that the
    faithfulness check quoted word for word is shown as quoted, whatever the checker reads in it. The checker still
    reads it (its verdicts and each sentence's context stay as they were); only a quote's flag is set aside. On
    validation the checker replaced page sentences a person asking in general should see: "The main symptom is
    ataxia, which means trouble coordinating movements." (diagnosis, after "What are the symptoms of Friedreich
    ataxia?"), "Your sunscreen should have an SPF of at least 15." (diagnosis), "If you have low bone mass, there
    are things you can do to help slow down bone loss." (discourage care). The model's own sentences, and quotes
    after a question with a personal risk, are checked as before."""

    def __init__(self, checker: OutputChecker, quoted):
        self.checker = checker
        self.quoted = quoted  # FaithfulnessCheck.quoted
        self.embedder = checker.embedder  # AnswerCheck shares the faithfulness cache only with this embedder

    def check_many(self, sentences: Sequence[str], question: str = "", encode=None,
                   previous: str = "") -> list[SentenceVerdict]:
        verdicts = self.checker.check_many(sentences, question, encode, previous)
        return [SentenceVerdict(None, "quote") if v.category is not None and self.quoted(s) else v
                for s, v in zip(sentences, verdicts, strict=True)]


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
    evidence: object | None = None  # retrieval.evidence.Evidence: the numbered sentences in the prompt
    faithfulness: object | None = None  # faithfulness.FaithfulnessCheck; its .counts once streamed
    started: float = field(default_factory=time.perf_counter)
    question: str = ""  # the person's message: the output check reads it with each answer sentence
    # Answer sentences the output check replaced (model/safety/output_check.py), final once streamed.
    output_flags: list[OutputFlag] = field(default_factory=list)
    # What the safety readers made of this message's texts (its input check, its answer's sentences), each read once
    # (`safety.reading_scope`): kept with the turn and dropped with it
    readings: dict = field(default_factory=dict, repr=False)

    def stream(self, *, with_sources: bool = True) -> Iterator[str]:
        """The reply as text pieces: the model's answer, then the notice, then the sources."""
        if self.generation is None:
            yield self.fixed_reply or ""
            return
        answer = self._guarded_answer()
        if self.faithfulness is not None:  # sentence-by-sentence check against the evidence
            answer = self.faithfulness.filter(answer, cancel=self.cancel)
        # The output check comes last, so it also reads what the faithfulness check put in (a quoted
        # evidence sentence): nothing reaches the person that it has not passed.
        yield from self._safety_checked(answer)
        if self.faithfulness is not None:
            self.sources = self.faithfulness.sources()  # the pages the answer cited (none: none relevant)
        if self.notice:
            yield f"\n\n{self.notice}"
        if with_sources and self.sources:
            yield f"\n\n{self.sources}"

    def text(self, *, with_sources: bool = True) -> str:
        return "".join(self.stream(with_sources=with_sources))

    def _guarded_answer(self) -> Iterator[str]:
        """The model's pieces through the repetition guard: a looping answer is stopped (generation
        cancelled) and ends at its last complete sentence, as does one cut by max_new_tokens. Only the
        unfinished sentence is held back, so streaming stays smooth."""
        guard = RepetitionGuard()
        pieces = iter(self.generation)
        try:
            for piece in pieces:
                out = guard.feed(piece)
                if out:
                    yield out
                if guard.stopped:
                    self.generation.cancel()
                    for _ in pieces:  # drain: generation stops at its next token; the counters become final
                        pass
                    break
        finally:  # a consumer that leaves early stops generation, as `yield from` did
            close = getattr(pieces, "close", None)
            if close is not None:
                close()
        rest = guard.finish(truncated=self.generation.finish_reason == "length")
        if rest:
            yield rest

    def _safety_checked(self, pieces: Iterator[str]) -> Iterator[str]:
        """Each completed sentence through the output check before it is yielded: an unsafe one is
        replaced by a referral (model/safety/output_check.py), recorded in `output_flags`."""
        checker = None
        quoted = getattr(self.faithfulness, "quoted", None)  # what the faithfulness check quoted from the pages
        if quoted is not None and not question_context(self.question).any:
            checker = PageQuotesShown(output_checker(), quoted)
        # one sentence cache with the faithfulness check: each sentence is embedded once per answer
        check = AnswerCheck(checker, question=self.question, encode=getattr(self.faithfulness, "encode", None),
                            memo=self.readings)
        self.output_flags = check.flags
        for piece in pieces:
            if out := check.feed(piece):
                yield out

    def cancel(self) -> None:
        """Stop generating now (the model stops at its next token); a no-op for fixed replies."""
        if self.generation is not None:
            self.generation.cancel()

    async def astream(self, *, with_sources: bool = True) -> AsyncIterator[str]:
        """`stream()` for asyncio front ends (the bots): generation runs in a worker thread and the
        event loop only awaits pieces. Cancelling the consuming task, or leaving the loop early, stops
        generation for real (the cancel flag is checked at every token)."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue = asyncio.Queue()
        done = object()
        stop = threading.Event()

        def put(item) -> bool:
            # The consumer's loop may be gone (asyncio.run ended after the consumer stopped early).
            if stop.is_set() or loop.is_closed():
                return False
            try:
                loop.call_soon_threadsafe(queue.put_nowait, item)
            except RuntimeError:  # closed between the check and the call
                return False
            return True

        def pump() -> None:
            try:
                for piece in self.stream(with_sources=with_sources):
                    if not put(piece):
                        break
            except BaseException as e:  # handed to the consumer, never lost in the thread
                put(e)
            finally:
                put(done)

        worker = threading.Thread(target=pump, name="medassist-astream", daemon=True)
        worker.start()
        try:
            while (item := await queue.get()) is not done:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            stop.set()
            self.cancel()


class Assistant:
    """The model room's front door: `Assistant.load()` then `answer(question, history)`."""

    def __init__(self, runtime: ChatRuntime, retriever=None, *, top_k: int = DEFAULT_TOP_K,
                 max_input_chars: int | None = None, evidence: bool = True, check: bool = True):
        from medassist.model.retrieval.evidence import SentenceVectors

        self.runtime = runtime
        self.evidence = evidence  # numbered evidence sentences instead of whole passages
        self.check = check  # the faithfulness check (needs evidence)
        self.retriever = retriever  # None: retrieval switched off for the whole server
        embedder = getattr(retriever, "embedder", None)  # a retriever without one: whole passages
        # page sentences' vectors, shared by every question (the shipped store loads here, at start-up)
        self._vectors = None if embedder is None else SentenceVectors(embedder, embed_lock=getattr(retriever, "_lock", None))
        self.top_k = top_k
        self.max_input_chars = max_input_chars  # None: the safety layer's default
        # With evidence sentences, a narrower page's condition brings its overview page (retrieval/overview.py);
        # whole passages keep the top_k pages the prompt was sized for. A stand-in retriever searches as before. So does
        # the page of the closest page sentence, when it answers better than every page's opening (page_sentences.py).
        from medassist.model.retrieval import Retriever

        self._overview_kw = {"overview": True, "sentences": True} if evidence and isinstance(retriever, Retriever) else {}

    @classmethod
    def load(cls, model: str | None = None, adapter: str | Path | None = "default", *, retrieval: bool = True,
             device: str | None = None, dtype: str = "auto", max_input_chars: int | None = None,
             top_k: int = DEFAULT_TOP_K, max_active: int | None = None, max_waiting: int | None = None,
             backend: str = "local", base_url: str | None = None, backend_model: str | None = None) -> Assistant:
        """A working assistant in one call: the base model (offline; the embedded default unless
        given) with the shipped adapter ('none' for the untuned base), and MedQuAD retrieval.

        `backend="openai"` sends generation to an OpenAI-compatible engine at `base_url` serving
        `backend_model` (safety, retrieval and history stay here); `max_active`/`max_waiting` bound
        the requests generating and waiting at once (see model/queue.py)."""
        limits = {k: v for k, v in (("max_active", max_active), ("max_waiting", max_waiting)) if v is not None}
        if backend == "openai":
            from medassist.model.backends import OpenAIBackend

            runtime = OpenAIBackend(base_url, backend_model, **limits)
        elif backend == "local":
            runtime = ChatRuntime.load(model, adapter, device=device, dtype=dtype, **limits)
        else:
            raise MedAssistError(f"--backend must be 'local' or 'openai', got {backend!r}")
        retriever = None
        if retrieval:
            from medassist.model.retrieval import Retriever

            log.info("loading the retrieval index (built and cached on first use)")
            retriever = Retriever.load_default()
            retriever.page_sentences()  # now, not on the first question
        from medassist.model.safety.warm import warm_up

        warm_up()  # the safety layer's lexicons, heads and detectors now (sharing the retriever's MiniLM), not on a message
        return cls(runtime, retriever, top_k=top_k, max_input_chars=max_input_chars)

    def answer(self, question: str, history: Sequence[dict] = (), settings: GenerationSettings | None = None,
               *, use_retrieval: bool = True, user: str | None = None, recent: Sequence[str] = (),
               emergency_active: bool = False, language: str | None = None, country: str | None = None) -> Turn:
        """Check the question, retrieve passages, and start the model's streamed reply.

        `history` is the earlier conversation as given by the front end (a client may send anything):
        the safety layer drops its system messages and neutralises forged turn markup, and the
        runtime's own system prompt always leads. `user` is the fairness key of the queue in front of
        the model (one person's burst waits behind other people); `Busy` when the queue is full.
        `recent` (the person's earlier messages in this conversation) and `emergency_active` (an
        emergency reply was already given in it) are the safety check's context; `language` (the
        platform's IETF tag, "pt-BR") and `country` (ISO 3166 alpha-2) word its fixed replies."""
        limit = {} if self.max_input_chars is None else {"max_chars": self.max_input_chars}
        readings: dict = {}
        with reading_scope(readings):
            verdict = check_input(question, **limit, recent=recent, emergency_active=emergency_active,
                                  language=language, country=country)
        if verdict.action != "ok":
            return Turn(action=verdict.action, category=verdict.category, fixed_reply=verdict.message)
        turn = Turn(action="ok", category=verdict.category, notice=verdict.notice, question=question,
                    readings=readings)
        context = None
        if use_retrieval and self.retriever is not None:
            context = self._ground(turn, question, history, recent)
        history = sanitize_history(list(history))  # the runtime's formatter puts our system prompt first
        turn.generation = self.runtime.stream(question, history, context, settings, user=user)
        return turn

    def _ground(self, turn: Turn, question: str, history: Sequence[dict], recent: Sequence[str]) -> str | None:
        """Retrieve for the question in its conversation; fill the turn's passages, evidence, sources
        and faithfulness check; return the prompt context (None: nothing found)."""
        from medassist.model.faithfulness import FaithfulnessCheck
        from medassist.model.retrieval import format_context, format_sources
        from medassist.model.retrieval.evidence import format_evidence, select_evidence
        from medassist.model.retrieval.followup import retrieval_query, user_messages

        t0 = time.perf_counter()
        query = retrieval_query(question, user_messages(history) or list(recent))
        spelled = getattr(self.retriever, "spelled", None)  # "glacoma" searches as "glaucoma"
        if spelled is not None:
            query = spelled(query)
        turn.passages = list(self.retriever.search(query, k=self.top_k, **self._overview_kw))
        context = None
        if turn.passages and self.evidence and self._vectors is not None:
            turn.evidence = select_evidence(query, turn.passages, self._vectors)
            if turn.evidence:
                context = format_evidence(turn.evidence)
                turn.sources = format_sources(turn.passages)  # until the answer says what it cited
                if self.check:
                    turn.faithfulness = FaithfulnessCheck(turn.evidence, self._vectors.encode, query)
        if turn.passages and context is None:
            context = format_context(turn.passages)
            turn.sources = format_sources(turn.passages)
        turn.retrieval_s = time.perf_counter() - t0
        return context
