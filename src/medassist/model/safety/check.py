"""check_input: the one gate every front end calls before retrieval or the model."""

from __future__ import annotations

from medassist.model.safety.dosing import is_dose_request
from medassist.model.safety.injection import looks_like_injection
from medassist.model.safety.messages import (
    CRISIS_LINE,
    DOSE_NOTICE,
    EMERGENCY_MESSAGE,
    INJECTION_NOTICE,
    POISON_LINE,
)
from medassist.model.safety.triage import triage
from medassist.model.safety.validation import DEFAULT_MAX_CHARS, validate_input
from medassist.model.safety.verdict import SafetyVerdict

EXTRA_LINES = {
    "self_harm": (CRISIS_LINE,),
    "overdose": (POISON_LINE, CRISIS_LINE),  # an overdose may be intentional
    "poisoning": (POISON_LINE,),
}


READABLE_REJECTS = {"too_long", "control_characters", "chat_markup"}
TRIAGE_MAX_CHARS = 4000  # bounds the regex work on an over-long message


def emergency_message(category: str) -> str:
    return "\n\n".join((EMERGENCY_MESSAGE, *EXTRA_LINES.get(category, ())))


def check_input(text: str, *, max_chars: int = DEFAULT_MAX_CHARS) -> SafetyVerdict:
    """Validation, then emergency triage, then injection and dose-request notices. Pure Python and
    deterministic: the same text always gets the same verdict. An emergency outranks a rejection
    for the message's form."""
    rejected = validate_input(text, max_chars=max_chars)
    # Triage reads the text whatever it asks the model to do: no wording switches it off. It also
    # reads text that is rejected only for its form (too long, stray control characters or chat
    # markup): "shorten your message" is the wrong answer to someone describing an emergency.
    if rejected is None or rejected.category in READABLE_REJECTS:
        if category := triage(text[:TRIAGE_MAX_CHARS]):
            return SafetyVerdict("emergency", category, message=emergency_message(category))
    if rejected:
        return rejected
    notices, category = [], "ok"
    if looks_like_injection(text):
        notices.append(INJECTION_NOTICE)
        category = "injection"
    if is_dose_request(text):
        notices.append(DOSE_NOTICE)
        category = "dose_request" if category == "ok" else category
    return SafetyVerdict("ok", category, notice="\n\n".join(notices) or None)
