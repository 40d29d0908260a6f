"""Earlier turns as model context: stored replies taken back apart into what the model said, and
trimmed to a token budget (oldest turns first)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from medassist.bot.formatting import SEPARATOR, split_sources, without_disclaimer
from medassist.model.safety import DOSE_NOTICE, INJECTION_NOTICE
from medassist.model.safety.messages import DISTRESS_NOTICE, LETHAL_AMOUNT_NOTICE, PET_NOTICE, RESOLVED_LINE

DATA_NOTICE = (
    "Before we start: conversations with MedAssist are stored, and the service's admins review them "
    "to keep it safe. Send /forget to delete yours at any time, or /export to get a copy."
)
# The API has no /forget or /export messages (they would be answered as questions): its people's
# data is reached through the client's endpoints.
API_DATA_NOTICE = (
    "Before we start: conversations with MedAssist are stored, and the service's admins review them "
    "to keep it safe. The app you are using can delete yours at any time (DELETE /v1/users/{user}) "
    "or get you a copy (GET /v1/users/{user}/export)."
)
OLDER_DROPPED_NOTE = "Older messages in this conversation are no longer used as context."
SERVICE_NOTICES = (DATA_NOTICE, API_DATA_NOTICE, OLDER_DROPPED_NOTE)
SAFETY_NOTICES = (DOSE_NOTICE, INJECTION_NOTICE, RESOLVED_LINE, PET_NOTICE, DISTRESS_NOTICE, LETHAL_AMOUNT_NOTICE)
PER_MESSAGE_TOKENS = 4  # the chat template's role markers around each message


def model_text(stored: str) -> str:
    """A stored assistant reply without what the service and the safety layer added around the
    model's answer (notices, sources, disclaimer): only the model's own words go back as context."""
    text = without_disclaimer(stored)
    changed = True
    while changed:
        changed = False
        for notice in SERVICE_NOTICES:
            if text.startswith(notice + SEPARATOR) or text == notice:
                text = text[len(notice) + len(SEPARATOR):]
                changed = True
    text, _ = split_sources(text)
    changed = True
    while changed:
        changed = False
        for notice in SAFETY_NOTICES:
            if text.endswith(SEPARATOR + notice):
                text = text[: -len(SEPARATOR + notice)]
                changed = True
    return text


def as_context(messages: Sequence[dict]) -> list[dict]:
    """Stored messages as model context: assistant replies reduced to the model's words, empty ones
    (content not logged) left out together with their question."""
    out: list[dict] = []
    for m in messages:
        content = m.get("content")
        if m.get("role") == "assistant" and content is not None:
            content = model_text(content)
        if not content:
            if m.get("role") == "assistant" and out and out[-1]["role"] == "user":
                out.pop()  # a question without its answer would read as unanswered
            continue
        out.append({"role": m["role"], "content": content})
    return out


def trim_to_budget(messages: Sequence[dict], budget: int, count_tokens: Callable[[str], int]) -> tuple[list[dict], int]:
    """(the newest whole turns that fit in `budget` tokens, how many messages were dropped). A turn
    is a user message with the replies after it, so the context never opens with a reply."""
    messages = list(messages)
    sizes = [count_tokens(m["content"]) + PER_MESSAGE_TOKENS for m in messages]
    total = sum(sizes)
    start = 0
    while start < len(messages) and (total > budget or messages[start]["role"] != "user"):
        total -= sizes[start]
        start += 1
    return messages[start:], start
