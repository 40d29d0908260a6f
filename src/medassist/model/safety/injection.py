"""Prompt injection: text in a message cannot replace or loosen the system prompt's rules.

Three layers: client `system` messages are dropped and our system prompt always leads
(`sanitize_history`; the chat formatter adds ours); chat-template markup that would forge a turn is stripped from history
(`neutralize_injection`) and rejected in the current question (validation); and instructions such
as "ignore previous instructions" are detected so the reply carries a notice (`looks_like_injection`).
Emergency triage runs on the text regardless, so no wording can switch it off.
"""

from __future__ import annotations

import re

from medassist.errors import MedAssistError
from medassist.model.safety.text import normalise
from medassist.model.safety.validation import CHAT_MARKUP

INJECTION = tuple(re.compile(p) for p in (
    r"\b(?:ignore|disregard|forget|override|bypass|skip|drop|remove) (?:\w+ ){0,3}?(?:instructions?|rules?|prompts?"
    r"|guidelines?|directions?|restrictions?|safety|programming|polic(?:y|ies)|guardrails?|filters?|disclaimers?)\b",
    r"\byou are (?:now|no longer)\b|\bfrom now on(?:,)? you\b|\bpretend (?:to be|you are|you're|that you)\b"
    r"|\b(?:act|behave|respond) as (?:if|though|an? (?:unrestricted|unfiltered|real)|my (?:doctor|physician))\b"
    r"|\brole ?play as\b",
    r"\b(?:system prompt|developer mode|jailbreak\w*|dan mode|do anything now|unfiltered mode|god mode)\b",
    r"\b(?:new|updated|real|secret|hidden) (?:instructions|rules|system prompt)\b",
    r"\bwithout (?:any )?(?:restrictions|rules|filters|disclaimers?|warnings|safety)\b",
    r"\b(?:reveal|print|show|repeat) (?:\w+ ){0,2}(?:system prompt|instructions)\b",
))
# A line that pretends to start a new turn ("system: ...", "### Assistant:").
ROLE_LABEL = re.compile(r"(?im)^\s*(?:#+\s*)?(system|assistant|developer)\s*:")

KEPT_ROLES = ("user", "assistant")


def looks_like_injection(text: str) -> bool:
    t = normalise(text)
    return bool(any(p.search(t) for p in INJECTION) or ROLE_LABEL.search(text) or CHAT_MARKUP.search(text))


def neutralize_injection(text: str) -> str:
    """Strip chat-template markup (which tokenizers would turn into real turn boundaries) and defuse
    role labels at line starts, so message text stays text inside its own turn."""
    text = CHAT_MARKUP.sub(" ", text)
    return ROLE_LABEL.sub(lambda m: f"({m.group(1)}) said:", text)


def sanitize_history(messages: list[dict]) -> list[dict]:
    """The user/assistant turns with their text neutralised. Client `system`/`developer` messages
    (and tool/function roles) are dropped: a client may not replace or extend the rules the model is
    given — the chat formatter puts our system prompt first, always."""
    out: list[dict] = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or "role" not in m:
            raise MedAssistError(f"messages[{i}]: expected an object with 'role' and 'content'")
        if m["role"] not in KEPT_ROLES:
            continue
        content = m.get("content")
        if not isinstance(content, str):
            raise MedAssistError(f"messages[{i}].content: expected text, got {type(content).__name__}")
        out.append({"role": m["role"], "content": neutralize_injection(content)})
    return out
