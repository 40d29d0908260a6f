"""Continuous batching on transformers' own engine (`ContinuousBatchingManager`, paged attention).

Requests join the running batch as they arrive and leave when done; each streams its own tokens and can
be cancelled, which frees its cache blocks at the engine's next step. One engine per loaded model.

transformers' engine applies one decoder to the whole batch and drops the processors it cannot batch
(repetition penalty, no-repeat n-grams). MedAssist's one decoder (`GenerationSettings`) is applied per
request instead, through the engine's logits-processor hook (`PerRequestDecoder`): each row of the batch
goes through transformers' own `RepetitionPenaltyLogitsProcessor`, `NoRepeatNGramLogitsProcessor`,
`TemperatureLogitsWarper` and `TopPLogitsWarper` with that request's settings and full token history
(prompt + reply), exactly as `model.generate` does, so a batched greedy answer equals the one-at-a-time
greedy answer. Sampled rows are sampled here and handed to the engine's argmax as a one-hot row.
That hook is Python run at every step, so CUDA graphs and async double-buffering stay off (the engine
would replay a captured graph without calling it).

This reaches into transformers internals beyond its public API; `engine_internals.py` lists them (keep it in
step), `ChatRuntime` checks them before starting the engine, and pyproject pins the tested transformers minor.
"""

from __future__ import annotations

import logging
import math
import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from medassist.model.decoding import GenerationSettings

log = logging.getLogger(__name__)

# Cache pages of 64 tokens waste little on short chat turns (a request holds whole pages).
DEFAULT_PAGE_SIZE = 64
# Tokens of one engine step (prefill chunks + one token per decoding request). Larger steps prefill more
# prompts at once; the attention mask of a step grows with it (sdpa needs one).
DEFAULT_MAX_BATCH_TOKENS = 1024
# Cache budget per active request. A chat turn with retrieved passages and a reply is ~1k tokens; sizing
# every slot for the longest possible request (4096) would reserve 1.4 GB for SmolLM2 at 16 slots. When
# long requests overflow the budget, the engine re-queues the newest and recomputes it later ("soft
# reset"), so nothing fails; one request of the longest allowed length always fits.
TYPICAL_SEQ_TOKENS = 1024


class EngineError(RuntimeError):
    """The engine failed a request (its message names the engine's error)."""


@dataclass
class EngineRequest:
    """One request in the engine: its output queue and its progress."""

    request_id: str
    prompt_len: int
    max_new_tokens: int
    outputs: queue.Queue = field(default_factory=queue.Queue)
    tokens: list[int] = field(default_factory=list)  # consumed by the reader
    produced: int = 0  # generated so far by the engine (updated as outputs arrive, read or not)
    finished: bool = False
    cancelled: bool = False


class PerRequestDecoder:
    """The engine's logits-processor hook, applying each request's own `GenerationSettings`.

    `prepare_tensor_args` (called when a batch is built, on the engine thread) records every row's
    request state; `__call__` (the forward of that same batch, same thread, right after) processes the
    rows. Rows whose request uses the neutral settings (greedy, no penalty) are left untouched."""

    # Declared for the engine's kwargs check (add_request(**kwargs) is type-checked against these).
    supported_kwargs: dict[str, type] = {"repetition_penalty": float, "no_repeat_ngram_size": int,
                                         "temperature": float, "top_p": float, "seed": int}
    ignored_kwargs: tuple[str, ...] = ()

    def __init__(self) -> None:
        self._rows: list = []
        self._generators: dict[str, object] = {}  # seeded sampling: one torch.Generator per request

    # -- the ContinuousBatchingLogitsProcessor interface --
    def fill_defaults(self, int32_tensor) -> None:
        int32_tensor.fill_(0)

    def prepare_tensor_args(self, requests_with_new_token: list):
        import torch

        self._rows = [fs.state for fs in requests_with_new_token]
        return torch.zeros(len(self._rows), dtype=torch.int32)

    def __call__(self, scores, tensor_arg):
        import torch
        from transformers import (
            NoRepeatNGramLogitsProcessor,
            RepetitionPenaltyLogitsProcessor,
            TemperatureLogitsWarper,
            TopPLogitsWarper,
        )

        rows = self._rows
        if len(rows) != scores.shape[0]:  # warm-up batches carry fake states: nothing to apply
            return scores
        for i, state in enumerate(rows):
            kw = state.logit_processor_kwargs
            if not kw:
                continue
            penalty = kw.get("repetition_penalty", 1.0)
            ngram = kw.get("no_repeat_ngram_size", 0)
            temperature = kw.get("temperature", 0.0)
            row = scores[i:i + 1]
            if penalty != 1.0 or ngram:
                # The history generate() sees: the prompt and every token generated so far. (A request the
                # engine soft-reset carries its generated tokens inside initial_tokens: same sequence.)
                history = torch.tensor([state.initial_tokens + state.generated_tokens], device=scores.device)
                if penalty != 1.0:
                    row = RepetitionPenaltyLogitsProcessor(penalty)(history, row)
                if ngram:
                    row = NoRepeatNGramLogitsProcessor(ngram)(history, row)
            if temperature > 0.0:
                row = TemperatureLogitsWarper(temperature)(None, row)
                top_p = kw.get("top_p", 1.0)
                if top_p < 1.0:
                    row = TopPLogitsWarper(top_p)(None, row)
                probs = torch.softmax(row, dim=-1)
                generator = self._generator(state.request_id, kw.get("seed"), probs.device)
                token = torch.multinomial(probs, 1, generator=generator)
                row = torch.full_like(row, float("-inf"))
                row[0, token] = 0.0  # the engine's argmax picks the sampled token
            scores[i:i + 1] = row
        return scores

    def _generator(self, request_id: str, seed: int | None, device):
        import torch

        if seed is None:
            return None
        gen = self._generators.get(request_id)
        if gen is None:  # on the scores' device: multinomial on CUDA needs a CUDA generator
            gen = self._generators[request_id] = torch.Generator(device=device).manual_seed(seed)
        return gen

    def forget(self, request_id: str) -> None:
        self._generators.pop(request_id, None)


def decoder_kwargs(settings: GenerationSettings) -> dict:
    """The per-request kwargs `PerRequestDecoder` reads (typed as the engine checks them)."""
    kw: dict = {"repetition_penalty": float(settings.repetition_penalty),
                "no_repeat_ngram_size": int(settings.no_repeat_ngram_size)}
    if not settings.greedy:
        kw.update(temperature=float(settings.temperature), top_p=float(settings.top_p))
        if settings.seed is not None:
            kw["seed"] = int(settings.seed)
    return kw


VARLEN_SDPA = "medassist_varlen_sdpa"
# Attention scores (per head) a step must save before attending request by request pays for its extra
# kernel calls. The dense form grows with (requests)^2 x context: a decoding step of 8 people with ~300 cached tokens
# each took 1.3-1.7 ms per layer dense and 0.6-0.8 ms request by request (one and two threads, fp32 CPU), from four
# people on; two short requests stay dense.
SPLIT_MIN_SAVING = 2048


def _varlen_sdpa(module, query, key, value, attention_mask, dropout: float = 0.0, scaling: float | None = None,
                 **kwargs):
    """SDPA over each request of a continuous batch on its own.

    With sdpa the engine concatenates every request of a step into one sequence and masks it block-
    diagonally, so a step costs (all query tokens) x (all cached tokens): a 600-token prompt prefilled
    beside eight decoding requests pays for their caches too. Attending request by request (the
    `cu_seq_lens` the engine passes for flash-attention's varlen kernels) costs the sum of each
    request's own. Steps where the dense form is as cheap (pure decoding) stay dense. Either form reads the
    key/value heads in place (`_gqa_sdpa`); calls outside the engine go to transformers' sdpa unchanged."""
    import torch
    from transformers.integrations.sdpa_attention import sdpa_attention_forward

    cu_q, cu_k = kwargs.get("cu_seq_lens_q"), kwargs.get("cu_seq_lens_k")
    if isinstance(cu_k, dict):
        cu_k = next(iter(cu_k.values())) if len(cu_k) == 1 else None
    if isinstance(attention_mask, dict):
        attention_mask = next(iter(attention_mask.values())) if len(attention_mask) == 1 else None
    if cu_q is None or cu_k is None or attention_mask is None or "read_index" not in kwargs:
        return sdpa_attention_forward(module, query, key, value, attention_mask, dropout=dropout, scaling=scaling,
                                      **kwargs)
    qs, ks = cu_q.tolist(), cu_k.tolist()
    n = len(qs) - 1
    dense = qs[-1] * ks[-1]
    split = sum((qs[i + 1] - qs[i]) * (ks[i + 1] - ks[i]) for i in range(n))
    padded = query.shape[2] != qs[-1] or key.shape[2] != ks[-1]  # static shapes (graphs): keep the dense form
    if padded:
        return sdpa_attention_forward(module, query, key, value, attention_mask, dropout=dropout, scaling=scaling,
                                      **kwargs)
    if n <= 1 or dense - split < SPLIT_MIN_SAVING:
        return _gqa_sdpa(query, key, value, attention_mask, dropout, scaling), None
    # A decoding request's row (one new token, its whole cache unmasked) is then what model.generate computes when it
    # decodes that request alone, to the bit (tests/model/test_batching.py).
    parts = [_gqa_sdpa(query[:, :, qs[i]:qs[i + 1]], key[:, :, ks[i]:ks[i + 1]], value[:, :, ks[i]:ks[i + 1]],
                       attention_mask[..., qs[i]:qs[i + 1], ks[i]:ks[i + 1]], dropout, scaling)
             for i in range(n) if qs[i + 1] > qs[i]]
    return torch.cat(parts, dim=1), None


def _gqa_sdpa(query, key, value, attention_mask, dropout: float, scaling: float | None):
    """torch's SDPA on the key/value heads as they are (`enable_gqa`), the engine's mask given: transformers' sdpa
    copies each key/value head once per query head it serves (`repeat_kv`: 3x for SmolLM2) unless the step has one
    query token, and that copy was most of a decoding step's attention at eight people on a CPU. The same sums: the
    dense form is bit-identical to transformers' (tests/model/test_batching.py). Returns [1, tokens, heads, head_dim]."""
    import torch

    out = torch.nn.functional.scaled_dot_product_attention(query, key, value, attn_mask=attention_mask,
                                                           dropout_p=dropout, scale=scaling, enable_gqa=True)
    return out.transpose(1, 2).contiguous()


def _use_varlen_sdpa(model) -> bool:
    """Switch an sdpa model to `_varlen_sdpa` (same masks as sdpa); flash and eager stay as they are."""
    from transformers import AttentionInterface
    from transformers.masking_utils import ALL_MASK_ATTENTION_FUNCTIONS

    if model.config._attn_implementation != "sdpa":
        return False
    AttentionInterface.register(VARLEN_SDPA, _varlen_sdpa)
    ALL_MASK_ATTENTION_FUNCTIONS.register(VARLEN_SDPA, ALL_MASK_ATTENTION_FUNCTIONS["sdpa"])
    model.config._attn_implementation = VARLEN_SDPA
    return True


class BatchEngine:
    """A started, warmed continuous-batching engine on one model.

    `max_active` sequences decode together. The paged cache holds `cache_tokens` tokens (default:
    `TYPICAL_SEQ_TOKENS` per active request, and at least one request of `max_seq_tokens`)."""

    def __init__(self, model, *, eos_token_ids: list[int], pad_token_id: int, max_active: int,
                 max_seq_tokens: int, page_size: int = DEFAULT_PAGE_SIZE,
                 max_batch_tokens: int = DEFAULT_MAX_BATCH_TOKENS, cache_tokens: int | None = None):
        import torch
        from transformers import ContinuousBatchingConfig, GenerationConfig
        from transformers.generation.continuous_batching.cb_logits_processors import (
            ContinuousBatchingLogitsProcessor,
            ContinuousBatchingLogitsProcessorList,
        )
        from transformers.generation.logits_process import LogitsProcessorList

        self.model = model
        self.max_active = max_active
        self.max_seq_tokens = max_seq_tokens
        self.eos_token_ids = list(eos_token_ids)
        if cache_tokens is None:
            cache_tokens = max_active * min(max_seq_tokens, TYPICAL_SEQ_TOKENS)
        num_blocks = math.ceil(max(cache_tokens, max_seq_tokens) / page_size) + 2
        self.cb_config = ContinuousBatchingConfig(
            page_size=page_size, num_blocks=num_blocks, max_batch_tokens=max(max_batch_tokens, max_active),
            max_requests_per_batch=max_active, use_cuda_graph=False, use_async_batching=False,
            # The system prompt opens every request: shared prefix pages are computed once.
            allow_block_sharing=True, scheduler_type="fifo")
        # Greedy argmax in the engine; every per-request decoder setting lives in PerRequestDecoder.
        gen_config = GenerationConfig(do_sample=False, max_new_tokens=256, eos_token_id=self.eos_token_ids,
                                      pad_token_id=pad_token_id)
        if model.config._attn_implementation == VARLEN_SDPA:  # a second engine on this model (tests)
            model.config._attn_implementation = "sdpa"
        self._manager = model.init_continuous_batching(generation_config=gen_config,
                                                       continuous_batching_config=self.cb_config)
        # Install the hook before the engine builds its batch tensors (warm-up does): one argument row.
        self.decoder = PerRequestDecoder()
        ContinuousBatchingLogitsProcessor.register(PerRequestDecoder)
        hook = ContinuousBatchingLogitsProcessorList(LogitsProcessorList([self.decoder]))
        hook.tensors_required = 1
        self._manager.logit_processor = hook
        self._requests: dict[str, EngineRequest] = {}
        self._lock = threading.Lock()
        self._counter = 0
        self._closed = False
        t0 = time.perf_counter()
        with torch.inference_mode():
            self._manager.warmup()  # builds the batch tensors, with sdpa's attention masks
        # Only now: the engine accepted sdpa and allocated its masks, which _varlen_sdpa slices per request.
        self.varlen = _use_varlen_sdpa(model)
        self._start()
        self._router = threading.Thread(target=self._route, name="medassist-engine-router", daemon=True)
        self._router.start()
        self._warm_up()
        self.warmup_s = time.perf_counter() - t0
        log.info("continuous batching engine ready in %.1fs (max_active=%d, %d cache pages of %d tokens)",
                 self.warmup_s, max_active, num_blocks, page_size)

    # ---- lifecycle ------------------------------------------------------------------------------
    def _start(self) -> None:
        """Start the engine's loop thread. It is created from a daemon thread so that it is a daemon
        too (threads inherit the flag): a process that never calls close() still exits."""
        import torch

        def start() -> None:
            with torch.inference_mode():
                self._manager.start()

        starter = threading.Thread(target=start, daemon=True)
        starter.start()
        starter.join()

    def _warm_up(self) -> None:
        """Requests end to end (a chat-sized prefill, decoding, two at once), so the first real message
        does not pay for lazy set-up: measured, the first request after start-up otherwise took ~1 s more."""
        filler = self.eos_token_ids[0]
        settings = GenerationSettings(max_new_tokens=4)
        reqs = [self.submit([filler] * max(1, min(n, self.max_seq_tokens - 8)), settings) for n in (200, 150)]
        for req in reqs:
            for _ in self.stream(req):
                pass

    def is_running(self) -> bool:
        return self._manager.is_running()

    def close(self) -> None:
        self._closed = True
        if self._manager.is_running():
            self._manager.stop(block=True, timeout=10)

    # ---- requests -------------------------------------------------------------------------------
    def submit(self, ids: list[int], settings: GenerationSettings) -> EngineRequest:
        if self._closed:
            raise EngineError("the generation engine is closed")
        if not self._manager.is_running():
            # A model error stops the engine's loop (its requests fail with that error): start it again
            # so one bad step does not take the whole server down.
            log.error("the generation engine had stopped (%s); restarting it",
                      self._manager.background_thread_status.fatal_error)
            self._start()
        with self._lock:
            self._counter += 1
            rid = f"medassist-{self._counter}"
            req = EngineRequest(rid, len(ids), settings.max_new_tokens)
            self._requests[rid] = req
        self._manager.add_request(list(ids), request_id=rid, max_new_tokens=settings.max_new_tokens,
                                  streaming=True, eos_token_id=self.eos_token_ids, **decoder_kwargs(settings))
        return req

    def cancel(self, req: EngineRequest) -> None:
        """Stop generating for this request; its cache pages are freed at the engine's next step."""
        if req.finished:
            return
        req.cancelled = True
        self._manager.cancel_request(req.request_id)
        self._done(req)
        req.outputs.put(None)

    def stream(self, req: EngineRequest, *, poll_s: float = 0.5) -> Iterator[list[int]]:
        """Yield the request's new token ids as the engine produces them, until it finishes."""
        while True:
            try:
                out = req.outputs.get(timeout=poll_s)
            except queue.Empty:
                if not self._manager.is_running() and not req.finished:
                    self._done(req)
                    raise EngineError(f"the generation engine stopped: "
                                      f"{self._manager.background_thread_status.fatal_error}") from None
                continue
            if out is None:  # cancelled
                return
            if out.error is not None:
                self._done(req)
                raise EngineError(out.error)
            new = out.generated_tokens[len(req.tokens):]
            req.tokens.extend(new)
            if new:
                yield new
            if out.is_finished():
                self._done(req)
                return

    def in_flight(self) -> dict[str, int]:
        """Requests in the engine and the tokens each has generated so far."""
        with self._lock:
            return {rid: r.produced for rid, r in self._requests.items()}

    def _done(self, req: EngineRequest) -> None:
        req.finished = True
        with self._lock:
            self._requests.pop(req.request_id, None)
        self.decoder.forget(req.request_id)

    def _route(self) -> None:
        """Hand the engine's outputs (one shared queue) to each request's own queue."""
        while not self._closed:
            out = self._manager.get_result(timeout=0.2)
            if out is None:
                if not self._manager.is_running():
                    time.sleep(0.1)
                continue
            with self._lock:
                req = self._requests.get(out.request_id)
            if req is not None:
                req.produced = len(out.generated_tokens)
                req.outputs.put(out)
