"""Input validation: what a message must look like before anything else reads it."""

from __future__ import annotations

import re
import unicodedata

from medassist.model.safety.verdict import SafetyVerdict

DEFAULT_MAX_CHARS = 2000
ALLOWED_CONTROL = {"\n", "\r", "\t"}  # ordinary line breaks and tabs in pasted text are fine

# Chat-template control markup (ChatML, Llama/Mistral, TinyLlama/Zephyr, Gemma, Phi). Tokenizers turn
# these strings into real special tokens even inside user text, so a message containing them could
# forge a fake system turn in the rendered prompt. No honest health question needs them.
CHAT_MARKUP = re.compile(
    r"<\|(?:im_start|im_end|system|user|assistant|end|endoftext|eot_id|start_header_id|end_header_id"
    r"|begin_of_text|end_of_text)\|>"
    r"|</?s>|\[/?INST\]|<</?SYS>>|<start_of_turn>|<end_of_turn>",
    re.IGNORECASE,
)


def _reject(category: str, message: str) -> SafetyVerdict:
    return SafetyVerdict("reject", category, message=message)


def validate_input(text: object, *, max_chars: int = DEFAULT_MAX_CHARS) -> SafetyVerdict | None:
    """A `reject` verdict naming the problem, or None when the text is acceptable."""
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, got {max_chars}")
    if not isinstance(text, str):
        return _reject("not_text", f"The message must be text, got {type(text).__name__}.")
    if text == "":
        return _reject("empty", "The message is empty. Please type a health question.")
    if not text.strip():
        return _reject("whitespace", "The message contains only whitespace. Please type a health question.")
    if len(text) > max_chars:
        return _reject("too_long", f"The message is {len(text):,} characters long; the limit is "
                                   f"{max_chars:,}. Please shorten it to the question you want answered.")
    bad = sorted({c for c in text if unicodedata.category(c) == "Cc" and c not in ALLOWED_CONTROL})
    if bad:
        codes = ", ".join(f"U+{ord(c):04X}" for c in bad)
        return _reject("control_characters", f"The message contains control characters ({codes}). "
                                             "Please remove them and send plain text.")
    if m := CHAT_MARKUP.search(text):
        return _reject("chat_markup", f"The message contains chat-control markup ({m.group(0)!r}). "
                                      "Please remove it and send plain text.")
    return None
