"""ChatRuntime: the loaded model every front end shares, and streaming generation on it.

Many requests at once: `ChatRuntime.load` starts and warms transformers' continuous-batching engine
(`model/batching.py`) when the server starts, so concurrent requests (Gradio workers, API threads, bot
tasks) join one running batch as they arrive and leave it when done; each streams its own tokens and
can be cancelled, which frees its slot at once. A bounded fair queue (`model/queue.py`) sits in front:
at most `max_active` requests generate, at most `max_waiting` wait (admitted round-robin across users),
and one more gets `Busy`. Without the engine (`batching=False`, a model it cannot run, or a transformers
that lacks an internal the engine uses: `model/engine_internals.py`) requests are answered one at a time
under a lock, through `model.generate`, with the same queue in front.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from medassist.errors import MedAssistError
from medassist.model.chat_format import build_messages, encode_prompt
from medassist.model.decoding import GenerationSettings, eos_token_ids, pad_token_id
from medassist.model.prompts import SYSTEM_PROMPT
from medassist.model.queue import DEFAULT_MAX_ACTIVE, DEFAULT_MAX_WAITING, FairQueue
from medassist.paths import DEFAULT_ADAPTER

log = logging.getLogger(__name__)

# Prompts never exceed this many tokens even when the model's window is larger: prefill time on a
# laptop CPU grows with the prompt, and the oldest turns matter least.
DEFAULT_MAX_CONTEXT_TOKENS = 4096


def resolve_adapter(adapter: str | Path | None) -> Path | None:
    """'none' -> the untuned base; None/'default' -> the shipped adapter when it exists (else the
    base, with a warning); anything else must be a LoRA adapter folder."""
    if adapter is not None and str(adapter).lower() == "none":
        return None
    if adapter is None or str(adapter) == "default":
        if (DEFAULT_ADAPTER / "adapter_config.json").exists():
            return DEFAULT_ADAPTER
        log.warning("default adapter %s not found; serving the untuned base model", DEFAULT_ADAPTER)
        return None
    path = Path(adapter).expanduser()
    if not (path / "adapter_config.json").exists():
        raise MedAssistError(f"--adapter {adapter}: not a LoRA adapter folder (no adapter_config.json); "
                             "pass a folder written by `medassist train`, or 'none' for the base model")
    return path


@dataclass
class Generation:
    """One streamed reply: iterate for text pieces; the counters are final once iteration ends."""

    prompt_tokens: int
    dropped_turns: int  # history messages left out to fit the context budget
    max_new_tokens: int
    completion_tokens: int = 0
    finish_reason: str = "stop"  # "length" when max_new_tokens cut the reply
    ttft_s: float | None = None  # seconds from the request to the first text piece
    _pieces: Iterator[str] = field(default_factory=lambda: iter(()), repr=False)
    _cancel: threading.Event = field(default_factory=threading.Event, repr=False)
    _on_cancel: list = field(default_factory=list, repr=False)  # stops the engine request / frees the slot

    def __iter__(self) -> Iterator[str]:
        return self._pieces

    def cancel(self) -> None:
        """Stop generating now, from any thread: the request leaves the batch (or the waiting line) at
        once and its slot goes to the next request."""
        self._cancel.set()
        for stop in list(self._on_cancel):
            stop()

    def text(self) -> str:
        return "".join(self)


class ChatRuntime:
    def __init__(self, model, tokenizer, *, model_id: str = "medassist", adapter: str | None = None,
                 max_context_tokens: int = DEFAULT_MAX_CONTEXT_TOKENS, system: str | None = SYSTEM_PROMPT,
                 batching: bool = False, max_active: int = DEFAULT_MAX_ACTIVE,
                 max_waiting: int = DEFAULT_MAX_WAITING):
        self.model = model
        self.tokenizer = tokenizer
        self.model_id = model_id
        self.adapter = adapter  # the loaded adapter's folder, None for the untuned base
        self.system = system
        window = getattr(model.config, "max_position_embeddings", None) or max_context_tokens
        self.max_context_tokens = min(window, max_context_tokens)
        self._lock = threading.Lock()
        self.eos_token_ids = eos_token_ids(model, tokenizer)
        self.pad_token_id = pad_token_id(tokenizer, self.eos_token_ids)
        self.engine = None
        if batching:
            self.engine = self._start_engine(max_active)
        # One at a time without the engine: the line in front still bounds and orders the waiting.
        self.queue = FairQueue(max_active if self.engine is not None else 1, max_waiting)

    def _start_engine(self, max_active: int):
        from medassist.model.batching import BatchEngine
        from medassist.model.engine_internals import missing_internals

        missing = missing_internals()
        if missing:  # an untested transformers: refuse the engine now rather than fail mid-answer
            import transformers

            log.warning("continuous batching off: transformers %s lacks %s (the engine relies on these; "
                        "reinstall with `pip install -c constraints.txt -e .`); answering one request at a time",
                        transformers.__version__, ", ".join(missing))
            return None
        try:
            return BatchEngine(self.model, eos_token_ids=self.eos_token_ids, pad_token_id=self.pad_token_id,
                               max_active=max_active, max_seq_tokens=self.max_context_tokens)
        except Exception as e:  # a model the engine cannot run still serves, one request at a time
            log.warning("continuous batching unavailable for this model (%s: %s); answering one request "
                        "at a time", type(e).__name__, e)
            return None

    @classmethod
    def load(cls, model: str | None = None, adapter: str | Path | None = None, *,
             device: str | None = None, dtype: str = "auto", batching: bool = True,
             max_active: int = DEFAULT_MAX_ACTIVE, max_waiting: int = DEFAULT_MAX_WAITING,
             **kwargs) -> ChatRuntime:
        """Base model (+ the adapter, merged) on the best device with the best dtype it supports, with
        the continuous-batching engine started and warmed (unless batching=False)."""
        from medassist.model.loading import load_model_with_adapter
        from medassist.model.loading.registry import DEFAULT_MODEL

        FairQueue(max_active, max_waiting)  # bad limits fail before the model loads
        adapter_dir = resolve_adapter(adapter)
        t0 = time.perf_counter()
        mdl, tok = load_model_with_adapter(model if (model or adapter_dir) else DEFAULT_MODEL, adapter_dir,
                                           merge=True, dtype=dtype, device=device)
        model_id = adapter_dir.name if adapter_dir else Path(model or DEFAULT_MODEL).name
        log.info("loaded %s (adapter: %s) on %s/%s in %.1fs", model or "(adapter base)",
                 adapter_dir or "none", mdl.device, mdl.dtype, time.perf_counter() - t0)
        return cls(mdl, tok, model_id=model_id, adapter=str(adapter_dir) if adapter_dir else None,
                   batching=batching, max_active=max_active, max_waiting=max_waiting, **kwargs)

    def stats(self) -> dict:
        """Load for /health: requests generating and waiting, the limits, and which engine runs."""
        return {**self.queue.stats(), "engine": "continuous_batching" if self.engine is not None else "sequential"}

    def close(self) -> None:
        if self.engine is not None:
            self.engine.close()

    # ---- prompt -------------------------------------------------------------------------------
    def build_prompt(self, question: str, history: Sequence[dict] = (), context: str | None = None, *,
                     max_new_tokens: int = 256) -> tuple[list[int], int]:
        """Token ids of the prompt and how many history messages were dropped to fit the budget.

        Whole turns are dropped oldest first (a user message with the replies after it), then the
        retrieved context; the current question is never cut. A question that alone does not fit
        is an error the user can fix."""
        budget = self.max_context_tokens - max_new_tokens
        history = list(history)
        dropped = 0
        while True:
            ids = encode_prompt(self.tokenizer, build_messages(question, system=self.system, history=history,
                                                               context=context))
            if len(ids) <= budget:
                return ids, dropped
            if history:
                n = 1
                while n < len(history) and history[n]["role"] != "user":
                    n += 1  # drop the oldest user message together with its answers
                history = history[n:]
                dropped += n
            elif context:
                log.info("prompt over budget without history: answering without retrieved passages")
                context = None
            else:
                raise MedAssistError(f"the question is too long for the model's context "
                                     f"({len(ids)} tokens, budget {budget})")

    # ---- generation ---------------------------------------------------------------------------
    def stream(self, question: str, history: Sequence[dict] = (), context: str | None = None,
               settings: GenerationSettings | None = None, *, user: str | None = None) -> Generation:
        """Start generating; the returned Generation yields text pieces as they are decoded.

        `user` is the fairness key (one person's requests wait their turn behind other people's).
        Raises `Busy` at once when every slot is taken and the waiting line is full."""
        settings = settings or GenerationSettings()
        t0 = time.perf_counter()
        ids, dropped = self.build_prompt(question, history, context, max_new_tokens=settings.max_new_tokens)
        ticket = self.queue.enter(user)  # Busy propagates to the caller before anything starts
        gen = Generation(prompt_tokens=len(ids), dropped_turns=dropped, max_new_tokens=settings.max_new_tokens)
        gen._on_cancel.append(lambda: self.queue.leave(ticket))  # a waiting request gives up its place at once
        weakref.finalize(gen, self.queue.leave, ticket)  # a reply nobody ever read does not keep its slot
        if self.engine is not None:
            gen._pieces = self._engine_pieces(ids, settings, gen, ticket, t0)
        else:
            gen._pieces = self._sequential_pieces(ids, settings, gen, ticket, t0)
        return gen

    def _wait_for_slot(self, gen: Generation, ticket) -> bool:
        while not ticket.admitted.wait(0.05):
            if gen._cancel.is_set():
                return False
        return not gen._cancel.is_set()

    def _engine_pieces(self, ids: list[int], settings: GenerationSettings, gen: Generation, ticket,
                       t0: float) -> Iterator[str]:
        engine = self.engine
        req = None
        finished = False
        try:
            if not self._wait_for_slot(gen, ticket):
                return
            req = engine.submit(ids, settings)
            gen._on_cancel.append(lambda: engine.cancel(req))
            if gen._cancel.is_set():  # cancelled between admission and submission
                engine.cancel(req)
            detok = _IncrementalText(self.tokenizer)
            for new in engine.stream(req):
                gen.completion_tokens = len(req.tokens)
                piece = detok.add(new)
                if piece:
                    if gen.ttft_s is None:
                        gen.ttft_s = time.perf_counter() - t0
                    yield piece
            if req.cancelled:
                return
            piece = detok.flush()
            if piece:
                if gen.ttft_s is None:
                    gen.ttft_s = time.perf_counter() - t0
                yield piece
            gen.completion_tokens = len(req.tokens)
            ended = bool(req.tokens) and req.tokens[-1] in self.eos_token_ids
            gen.finish_reason = "length" if len(req.tokens) >= settings.max_new_tokens and not ended else "stop"
            finished = True
        finally:
            if not finished:  # the consumer stopped early (client gone, Stop pressed) or an error
                gen._cancel.set()
                if req is not None:
                    engine.cancel(req)
            self.queue.leave(ticket, time.perf_counter() - t0 if finished else None)

    def _sequential_pieces(self, ids: list[int], settings: GenerationSettings, gen: Generation, ticket,
                           t0: float) -> Iterator[str]:
        """One request at a time through `model.generate` (no engine)."""
        import torch
        from transformers import StoppingCriteria, StoppingCriteriaList, TextIteratorStreamer

        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        cancel = gen._cancel

        class _Cancelled(StoppingCriteria):
            def __call__(self, input_ids, scores, **kwargs):
                return torch.full((input_ids.shape[0],), cancel.is_set(), dtype=torch.bool,
                                  device=input_ids.device)

        error: list[BaseException] = []

        def work() -> None:
            try:
                with self._lock:
                    if cancel.is_set():
                        return
                    input_ids = torch.tensor([ids], device=self.model.device)
                    with torch.inference_mode():
                        out = self.model.generate(
                            input_ids=input_ids, attention_mask=torch.ones_like(input_ids),
                            streamer=streamer, eos_token_id=self.eos_token_ids, pad_token_id=self.pad_token_id,
                            stopping_criteria=StoppingCriteriaList([_Cancelled()]), **settings.generate_kwargs())
                    new = out[0, len(ids):].tolist()
                    gen.completion_tokens = len(new)
                    ended = bool(new) and new[-1] in self.eos_token_ids
                    gen.finish_reason = "length" if len(new) >= settings.max_new_tokens and not ended else "stop"
            except BaseException as e:  # surfaced to the consumer below, never lost in the thread
                error.append(e)
            finally:
                streamer.end()  # unblocks the consumer even when generate failed or never ran
                self.queue.leave(ticket, time.perf_counter() - t0)

        finished = False
        try:
            if not self._wait_for_slot(gen, ticket):
                return
            thread = threading.Thread(target=work, name="medassist-generate", daemon=True)
            thread.start()
            for piece in streamer:
                if piece:
                    if gen.ttft_s is None:
                        gen.ttft_s = time.perf_counter() - t0
                    yield piece
            finished = True
            thread.join()  # generate() ends the streamer itself: the counters are final once it returns
        finally:
            if not finished:
                # The consumer stopped early: stop generating (the thread ends on its own and frees the slot).
                cancel.set()
                if not ticket.admitted.is_set():
                    self.queue.leave(ticket)
        if error:
            raise error[0]

    def generate(self, question: str, history: Sequence[dict] = (), context: str | None = None,
                 settings: GenerationSettings | None = None) -> str:
        return self.stream(question, history, context, settings).text()


class _IncrementalText:
    """Token ids in, new text out: decodes the whole reply so far (skipping special tokens) and emits
    what was added, holding back a trailing partial UTF-8 character until its bytes are complete."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        self.ids: list[int] = []
        self.sent = ""

    def add(self, new_ids: list[int]) -> str:
        self.ids.extend(new_ids)
        text = self.tokenizer.decode(self.ids, skip_special_tokens=True)
        if text.endswith("\ufffd") or not text.startswith(self.sent):
            return ""  # settled by a later token or by flush()
        piece, self.sent = text[len(self.sent):], text
        return piece

    def flush(self) -> str:
        text = self.tokenizer.decode(self.ids, skip_special_tokens=True)
        if not text.startswith(self.sent):
            log.warning("streamed text is not a prefix of the decoded reply; the stream keeps what was sent")
            return ""
        piece, self.sent = text[len(self.sent):], text
        return piece
