"""Generation settings: one validated dataclass shared by the UI sliders, the API fields and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from medassist.errors import MedAssistError

# The API and the UI refuse anything above this; a 135M model rambles long before it.
MAX_NEW_TOKENS_LIMIT = 2048


@dataclass(frozen=True)
class GenerationSettings:
    max_new_tokens: int = 256
    temperature: float = 0.0  # 0 means greedy decoding (deterministic); > 0 samples
    top_p: float = 0.9
    repetition_penalty: float = 1.1  # small models loop without it

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

    @property
    def greedy(self) -> bool:
        return self.temperature == 0.0

    def generate_kwargs(self) -> dict:
        """Keyword arguments for `model.generate`. Sampling knobs are passed only when sampling, so
        transformers does not warn about unused flags under greedy decoding."""
        kw: dict = {"max_new_tokens": self.max_new_tokens, "repetition_penalty": self.repetition_penalty}
        if self.greedy:
            kw.update(do_sample=False, temperature=None, top_p=None, top_k=None)
        else:
            kw.update(do_sample=True, temperature=self.temperature, top_p=self.top_p, top_k=None)
        return kw
