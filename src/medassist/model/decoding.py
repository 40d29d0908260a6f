"""The decoder: one validated settings type, one default, and one end-of-sequence rule — shared by
serving (web page, API, terminal, bots) and evaluation, so published scores measure the decoder people
get. `medassist eval` records `to_dict()` in its metrics.json."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from medassist.errors import MedAssistError

# The API and the UI refuse anything above this; a 135M model rambles long before it.
MAX_NEW_TOKENS_LIMIT = 2048
# End-of-turn markers of the chat templates we ship or test (ChatML, Llama-2/Zephyr style).
END_OF_TURN_TOKENS = ("<|im_end|>", "<|eot_id|>", "<|end|>")


@dataclass(frozen=True)
class GenerationSettings:
    # max_new_tokens, repetition_penalty and no_repeat_ngram_size were chosen on the validation split
    # (docs/decoder_selection.md, scripts/decoder_sweep.py) with the repetition guard in place
    # (medassist.model.repetition): loops are stopped there, and a penalty of 1.1 or more, or n-gram
    # blocking, cost ROUGE-L (it also penalises the words an answer must reuse from the question).
    max_new_tokens: int = 192
    temperature: float = 0.0  # 0 means greedy decoding (deterministic); > 0 samples
    top_p: float = 0.9
    repetition_penalty: float = 1.0  # 1.0 = off
    no_repeat_ngram_size: int = 0  # 0 = off
    seed: int | None = None  # seeds sampling (evaluation); None = unseeded

    def __post_init__(self) -> None:
        if isinstance(self.max_new_tokens, bool) or not isinstance(self.max_new_tokens, int) \
                or not 1 <= self.max_new_tokens <= MAX_NEW_TOKENS_LIMIT:
            raise MedAssistError(f"max_new_tokens must be an integer in [1, {MAX_NEW_TOKENS_LIMIT}], "
                                 f"got {self.max_new_tokens!r}")
        if not 0.0 <= self.temperature <= 2.0:
            raise MedAssistError(f"temperature must be in [0, 2], got {self.temperature!r}")
        if not 0.0 < self.top_p <= 1.0:
            raise MedAssistError(f"top_p must be in (0, 1], got {self.top_p!r}")
        if not 1.0 <= self.repetition_penalty <= 2.0:
            raise MedAssistError(f"repetition_penalty must be in [1, 2], got {self.repetition_penalty!r}")
        if isinstance(self.no_repeat_ngram_size, bool) or not isinstance(self.no_repeat_ngram_size, int) \
                or self.no_repeat_ngram_size < 0:
            raise MedAssistError(f"no_repeat_ngram_size must be an integer >= 0, got {self.no_repeat_ngram_size!r}")

    @property
    def greedy(self) -> bool:
        return self.temperature == 0.0

    def to_dict(self) -> dict:
        return asdict(self)

    def generate_kwargs(self) -> dict:
        """Keyword arguments for `model.generate`. Sampling knobs are passed only when sampling, so
        transformers does not warn about unused flags under greedy decoding."""
        kw: dict = {"max_new_tokens": self.max_new_tokens, "repetition_penalty": self.repetition_penalty,
                    "num_beams": 1, "use_cache": True}
        if self.no_repeat_ngram_size:
            kw["no_repeat_ngram_size"] = self.no_repeat_ngram_size
        if self.greedy:
            kw.update(do_sample=False, temperature=None, top_p=None, top_k=None)
        else:
            kw.update(do_sample=True, temperature=self.temperature, top_p=self.top_p, top_k=None)
        return kw


def eos_token_ids(model, tokenizer) -> list[int]:
    """Every token that ends a reply: the model's generation-config EOS, the tokenizer's EOS and the
    chat template's end-of-turn marker, so a reply stops at the turn end whichever the model emits."""
    eos = getattr(getattr(model, "generation_config", None), "eos_token_id", None)
    ids = [eos] if isinstance(eos, int) else list(eos or [])
    candidates = [tokenizer.eos_token_id]
    vocab = tokenizer.get_vocab()
    candidates += [vocab[t] for t in END_OF_TURN_TOKENS if t in vocab]
    for i in candidates:
        if i is not None and i not in ids:
            ids.append(i)
    return ids


def pad_token_id(tokenizer, eos_ids: list[int]) -> int:
    return tokenizer.pad_token_id if tokenizer.pad_token_id is not None else eos_ids[0]
