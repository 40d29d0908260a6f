"""The one chat formatter: records and conversations become model input via the tokenizer's own
chat template, with labels that are -100 on every prompt token.

Masking is by prompt length (render the prompt with add_generation_prompt=True, then prompt+answer),
never by searching for role strings. The completion is cut right after the end-of-turn token (the
first special token after the answer), so the model learns to stop, and nothing depends on whether
pad_token == eos_token.
"""

from __future__ import annotations

from collections.abc import Sequence

from medassist.model.prompts import SYSTEM_PROMPT

IGNORE_INDEX = -100


def build_messages(question: str, *, system: str | None = SYSTEM_PROMPT,
                   history: Sequence[dict] = (), context: str | None = None) -> list[dict]:
    """System prompt (with retrieved passages appended, if any), earlier turns, then the question.

    Passages go into the system turn, not the user turn: the user turn then looks exactly as in
    training (the bare question). With passages in the user turn the tuned adapter, which never saw
    that layout, often echoed the question and stopped."""
    msgs: list[dict] = []
    if context:
        passages = f"Reference passages (use them where relevant; cite them by number):\n{context}"
        system = f"{system}\n\n{passages}" if system else passages
    if system:
        msgs.append({"role": "system", "content": system})
    msgs.extend({"role": m["role"], "content": m["content"]} for m in history)
    msgs.append({"role": "user", "content": question})
    return msgs


def render_prompt(tokenizer, messages: list[dict]) -> str:
    """The exact text given to the model for generation."""
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)


def encode_prompt(tokenizer, messages: list[dict]) -> list[int]:
    # Chat templates carry their own special tokens; adding BOS again would differ from training.
    return tokenizer(render_prompt(tokenizer, messages), add_special_tokens=False)["input_ids"]


def encode_example(tokenizer, question: str, answer: str, *, system: str | None = SYSTEM_PROMPT,
                   context: str | None = None, max_length: int | None = None) -> dict[str, list[int]]:
    """input_ids/labels/attention_mask for one QA pair (with retrieved passages in the prompt when
    `context` is given, laid out exactly as served); loss only on the answer + end-of-turn."""
    messages = build_messages(question, system=system, context=context)
    prompt_ids = encode_prompt(tokenizer, messages)
    full_text = tokenizer.apply_chat_template(
        messages + [{"role": "assistant", "content": answer}], tokenize=False)
    full_ids = tokenizer(full_text, add_special_tokens=False)["input_ids"]
    # Templates render prompt+answer with the prompt as a textual prefix; token merges across the
    # boundary are possible in principle, so take the common prefix rather than trusting lengths.
    n = 0
    limit = min(len(prompt_ids), len(full_ids))
    while n < limit and prompt_ids[n] == full_ids[n]:
        n += 1
    completion = full_ids[n:]
    special = set(tokenizer.all_special_ids)
    for i, tok in enumerate(completion):
        if tok in special:  # the end-of-turn token; drop the template's trailing newline after it
            completion = completion[: i + 1]
            break
    input_ids = full_ids[:n] + completion
    labels = [IGNORE_INDEX] * n + completion
    if max_length is not None and len(input_ids) > max_length:
        input_ids, labels = input_ids[:max_length], labels[:max_length]
    return {"input_ids": input_ids, "labels": labels, "attention_mask": [1] * len(input_ids)}
