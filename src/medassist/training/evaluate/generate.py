"""Batched greedy generation from prompts alone: left padding (so every row's last prompt token sits
at the same position and new tokens line up), the KV cache on, batches sorted by prompt length so
little compute goes to padding."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from medassist.errors import MedAssistError


@dataclass
class GenerationSettings:
    max_new_tokens: int = 256
    batch_size: int = 16
    do_sample: bool = False  # greedy by default: reproducible, and the same for base and tuned
    temperature: float = 1.0
    top_p: float = 1.0
    repetition_penalty: float = 1.0
    seed: int = 0

    def __post_init__(self) -> None:
        if self.max_new_tokens < 1:
            raise MedAssistError(f"--max-new-tokens must be >= 1 (got {self.max_new_tokens})")
        if self.batch_size < 1:
            raise MedAssistError(f"--batch-size must be >= 1 (got {self.batch_size})")
        if self.repetition_penalty <= 0:
            raise MedAssistError(f"--repetition-penalty must be > 0 (got {self.repetition_penalty})")
        if self.do_sample and not (self.temperature > 0 and 0 < self.top_p <= 1):
            raise MedAssistError("sampling needs temperature > 0 and 0 < top_p <= 1")

    def to_dict(self) -> dict:
        return asdict(self)

    def generation_config(self, tokenizer):
        from transformers import GenerationConfig

        eos = {tokenizer.eos_token_id}
        eot = tokenizer.convert_tokens_to_ids("<|im_end|>") if "<|im_end|>" in tokenizer.get_vocab() else None
        if eot is not None:
            eos.add(eot)
        sampling = dict(temperature=self.temperature, top_p=self.top_p) if self.do_sample else {}
        return GenerationConfig(max_new_tokens=self.max_new_tokens, do_sample=self.do_sample,
                                num_beams=1, use_cache=True, repetition_penalty=self.repetition_penalty,
                                pad_token_id=tokenizer.pad_token_id, eos_token_id=sorted(eos), **sampling)


def generate_batch(model, tokenizer, prompts: Sequence[str], settings: GenerationSettings) -> list[str]:
    """Answers for prompts already rendered by the chat template (no special tokens added)."""
    import torch

    old_side = tokenizer.padding_side
    tokenizer.padding_side = "left"
    try:
        enc = tokenizer(list(prompts), return_tensors="pt", padding=True, add_special_tokens=False)
    finally:
        tokenizer.padding_side = old_side
    enc = {k: v.to(model.device) for k, v in enc.items()}
    with torch.inference_mode():
        out = model.generate(**enc, generation_config=settings.generation_config(tokenizer))
    new = out[:, enc["input_ids"].shape[1]:]
    return [t.strip() for t in tokenizer.batch_decode(new, skip_special_tokens=True)]


def generate_all(model, tokenizer, prompts: Sequence[str], settings: GenerationSettings,
                 progress: bool = False) -> list[str]:
    """All answers in the prompts' order; batches are formed over prompts sorted by length."""
    if settings.do_sample:
        import torch

        torch.manual_seed(settings.seed)
    order = sorted(range(len(prompts)), key=lambda i: len(prompts[i]))
    answers: list[str] = [""] * len(prompts)
    t0 = time.perf_counter()
    for start in range(0, len(order), settings.batch_size):
        idx = order[start:start + settings.batch_size]
        for i, a in zip(idx, generate_batch(model, tokenizer, [prompts[i] for i in idx], settings),
                        strict=True):
            answers[i] = a
        if progress:
            done = min(start + settings.batch_size, len(order))
            print(f"generated {done}/{len(order)} ({time.perf_counter() - t0:.0f}s)", flush=True)
    return answers
