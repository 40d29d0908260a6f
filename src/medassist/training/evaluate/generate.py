"""Batched generation from prompts alone, with the served decoder (`medassist.model.decoding`): left
padding (so every row's last prompt token sits at the same position and new tokens line up), the KV
cache on, batches sorted by prompt length so little compute goes to padding. Every answer then passes
the served repetition guard (`medassist.model.repetition`), so evaluation scores what people get."""

from __future__ import annotations

import time
from collections.abc import Sequence

from medassist.errors import MedAssistError
from medassist.model.decoding import GenerationSettings, eos_token_ids, pad_token_id
from medassist.model.repetition import guard_text

DEFAULT_BATCH_SIZE = 16


def generate_batch_ids(model, tokenizer, prompts: Sequence[str], settings: GenerationSettings) -> list[list[int]]:
    """The new token ids of each row (end-of-turn and padding included) for prompts already rendered
    by the chat template (no special tokens added)."""
    import torch

    old_side = tokenizer.padding_side
    tokenizer.padding_side = "left"
    try:
        enc = tokenizer(list(prompts), return_tensors="pt", padding=True, add_special_tokens=False)
    finally:
        tokenizer.padding_side = old_side
    enc = {k: v.to(model.device) for k, v in enc.items()}
    eos = eos_token_ids(model, tokenizer)
    with torch.inference_mode():
        out = model.generate(**enc, eos_token_id=eos, pad_token_id=pad_token_id(tokenizer, eos),
                             **settings.generate_kwargs())
    return out[:, enc["input_ids"].shape[1]:].tolist()


def decode_answer(tokenizer, new_ids: Sequence[int], eos: Sequence[int], *, guard: bool = True) -> str:
    """One row's answer text, through the repetition guard unless `guard=False` (raw decoder output).
    A row without an end-of-turn token was cut by max_new_tokens (the runtime's finish_reason
    "length"), so its unfinished last sentence is dropped, as when serving."""
    text = tokenizer.decode(list(new_ids), skip_special_tokens=True).strip()
    if not guard:
        return text
    return guard_text(text, truncated=not any(t in eos for t in new_ids)).strip()


def generate_batch(model, tokenizer, prompts: Sequence[str], settings: GenerationSettings,
                   *, guard: bool = True) -> list[str]:
    """Answers for prompts already rendered by the chat template (no special tokens added), through
    the repetition guard unless `guard=False`."""
    eos = eos_token_ids(model, tokenizer)
    return [decode_answer(tokenizer, row, eos, guard=guard)
            for row in generate_batch_ids(model, tokenizer, prompts, settings)]


def generate_all(model, tokenizer, prompts: Sequence[str], settings: GenerationSettings,
                 batch_size: int = DEFAULT_BATCH_SIZE, progress: bool = False, *, guard: bool = True) -> list[str]:
    """All answers in the prompts' order; batches are formed over prompts sorted by length."""
    if batch_size < 1:
        raise MedAssistError(f"--batch-size must be >= 1 (got {batch_size})")
    if not settings.greedy and settings.seed is not None:
        import torch

        torch.manual_seed(settings.seed)
    order = sorted(range(len(prompts)), key=lambda i: len(prompts[i]))
    answers: list[str] = [""] * len(prompts)
    t0 = time.perf_counter()
    for start in range(0, len(order), batch_size):
        idx = order[start:start + batch_size]
        for i, a in zip(idx, generate_batch(model, tokenizer, [prompts[i] for i in idx], settings, guard=guard),
                        strict=True):
            answers[i] = a
        if progress:
            done = min(start + batch_size, len(order))
            print(f"generated {done}/{len(order)} ({time.perf_counter() - t0:.0f}s)", flush=True)
    return answers
