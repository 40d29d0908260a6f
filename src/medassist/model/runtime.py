"""ChatRuntime: the loaded model every front end shares, and streaming generation on it.

One generation at a time: a lock held by the generation thread means concurrent requests (Gradio
queue workers, API threads) wait their turn and never share KV caches, streamers or sampling state.
Each request gets its own streamer, and a cancel flag stops its generation when the client goes away.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from medassist.errors import MedAssistError
from medassist.model.chat_format import build_messages, encode_prompt
from medassist.model.decoding import GenerationSettings, eos_token_ids, pad_token_id
from medassist.model.prompts import SYSTEM_PROMPT
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

    def __iter__(self) -> Iterator[str]:
        return self._pieces

    def cancel(self) -> None:
        self._cancel.set()

    def text(self) -> str:
        return "".join(self)


class ChatRuntime:
    def __init__(self, model, tokenizer, *, model_id: str = "medassist", adapter: str | None = None,
                 max_context_tokens: int = DEFAULT_MAX_CONTEXT_TOKENS, system: str | None = SYSTEM_PROMPT):
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

    @classmethod
    def load(cls, model: str | None = None, adapter: str | Path | None = None, *,
             device: str | None = None, dtype: str = "auto", **kwargs) -> ChatRuntime:
        """Base model (+ the adapter, merged) on the best device with the best dtype it supports."""
        from medassist.model.loading import load_model_with_adapter
        from medassist.model.loading.registry import DEFAULT_MODEL

        adapter_dir = resolve_adapter(adapter)
        t0 = time.perf_counter()
        mdl, tok = load_model_with_adapter(model if (model or adapter_dir) else DEFAULT_MODEL, adapter_dir,
                                           merge=True, dtype=dtype, device=device)
        model_id = adapter_dir.name if adapter_dir else Path(model or DEFAULT_MODEL).name
        log.info("loaded %s (adapter: %s) on %s/%s in %.1fs", model or "(adapter base)",
                 adapter_dir or "none", mdl.device, mdl.dtype, time.perf_counter() - t0)
        return cls(mdl, tok, model_id=model_id, adapter=str(adapter_dir) if adapter_dir else None, **kwargs)

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
               settings: GenerationSettings | None = None) -> Generation:
        """Start generating; the returned Generation yields text pieces as they are decoded."""
        import torch
        from transformers import StoppingCriteria, StoppingCriteriaList, TextIteratorStreamer

        settings = settings or GenerationSettings()
        t0 = time.perf_counter()
        ids, dropped = self.build_prompt(question, history, context, max_new_tokens=settings.max_new_tokens)
        gen = Generation(prompt_tokens=len(ids), dropped_turns=dropped, max_new_tokens=settings.max_new_tokens)
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

        thread = threading.Thread(target=work, name="medassist-generate", daemon=True)

        def pieces() -> Iterator[str]:
            thread.start()
            finished = False
            try:
                for piece in streamer:
                    if piece:
                        if gen.ttft_s is None:
                            gen.ttft_s = time.perf_counter() - t0
                        yield piece
                finished = True
            finally:
                if finished:
                    thread.join()  # the counters are final once iteration ends
                else:
                    # The consumer stopped early (client gone, Stop pressed): stop generating. No join:
                    # the thread may still be queued behind another request, and ends on its own.
                    cancel.set()
            if error:
                raise error[0]

        gen._pieces = pieces()
        return gen

    def generate(self, question: str, history: Sequence[dict] = (), context: str | None = None,
                 settings: GenerationSettings | None = None) -> str:
        return self.stream(question, history, context, settings).text()
