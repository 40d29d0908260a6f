"""check_input: the one gate every front end calls before retrieval or the model."""

from __future__ import annotations

from collections.abc import Sequence

from medassist.model.safety import learned as learned_triage
from medassist.model.safety import other_languages
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
    "poisoning_overdose": (POISON_LINE, CRISIS_LINE),  # the learned head's category for both
}


READABLE_REJECTS = {"too_long", "control_characters", "chat_markup"}
TRIAGE_MAX_CHARS = 4000  # bounds the regex work on an over-long message
CONTEXT_MESSAGES = 3  # how many of the person's recent messages are read with the new one
ONGOING = "ongoing_emergency"  # the category of a follow-up in a conversation already in an emergency


def emergency_message(category: str) -> str:
    return "\n\n".join((EMERGENCY_MESSAGE, *EXTRA_LINES.get(category, ())))


class _Assessment:
    """The learned head's verdicts for this message and for it read with the recent ones, computed
    at most once per check (one embedder call for both) and only when something needs them."""

    def __init__(self, text: str, earlier: list[str], use: bool):
        self.text, self.earlier, self.use = text, earlier, use
        self._verdicts = None

    def verdicts(self) -> list[learned_triage.LearnedVerdict]:
        if self._verdicts is None:
            found = learned_triage.detector() if self.use else None
            if found is None:
                self._verdicts = []
            elif self.earlier:
                self._verdicts = found.assess_with_context(self.text, self.earlier)
            else:
                self._verdicts = found.assess([self.text])
        return self._verdicts


def _earlier(recent: Sequence[str]) -> list[str]:
    """The last few of the person's earlier messages that hold any text, bounded like the message."""
    texts = [m for m in list(recent or ()) if isinstance(m, str) and m.strip()]
    return [m[:TRIAGE_MAX_CHARS] for m in texts[-CONTEXT_MESSAGES:]]


def _context(text: str, earlier: list[str]) -> str | None:
    return "\n".join([*earlier, text])[-TRIAGE_MAX_CHARS:] if earlier else None


def _emergency_category(text: str, context: str | None, assessment: _Assessment) -> str | None:
    """Rules first (they name the category precisely), on the message and then on it read with the
    recent messages; then the learned head on the same two."""
    for t in (text, context):
        if t and (category := triage(t)):
            return category
    for verdict in assessment.verdicts():
        if verdict.emergency:
            return verdict.category
    return None


def check_input(text: str, *, max_chars: int = DEFAULT_MAX_CHARS, recent: Sequence[str] = (),
                emergency_active: bool = False, learned: bool = True, language: str | None = None,
                country: str | None = None) -> SafetyVerdict:
    """Validation, then emergency triage, then injection and dose-request notices. An emergency
    outranks a rejection for the message's form.

    Triage is the regex rules OR the learned head (`learned.py`; `learned=False` for the rules
    alone, as when the embedding model is not installed). `recent`: the person's earlier messages
    in this conversation, oldest first (the last few count), so an emergency told over several
    messages is caught on the follow-up. `emergency_active`: this conversation already showed the
    emergency message; every further readable message gets it again (category `ongoing_emergency`
    unless the new message or its context names one). Deterministic: the same arguments always
    get the same verdict.

    Other languages (`other_languages.py`): their emergency lexicons run after the English triage;
    an emergency reply is worded in the message's language (else the `language` hint's, an IETF tag
    such as "pt-BR") with the `country`'s numbers (ISO 3166 alpha-2; else the hint's region); a
    non-emergency message clearly in another language is rejected as `unsupported_language`."""
    rejected = validate_input(text, max_chars=max_chars)
    # Triage reads the text whatever it asks the model to do: no wording switches it off. It also
    # reads text that is rejected only for its form (too long, stray control characters or chat
    # markup): "shorten your message" is the wrong answer to someone describing an emergency.
    readable = rejected is None or rejected.category in READABLE_REJECTS
    assessment = None
    if readable:
        head = text[:TRIAGE_MAX_CHARS]
        earlier = _earlier(recent)
        context = _context(head, earlier)
        assessment = _Assessment(head, earlier, learned)
        category = _emergency_category(head, context, assessment)
        found = None if category else other_languages.lexicon_emergency(head, context)
        category = category or (found and found[1])
        if category or emergency_active:
            category = category or ONGOING
            message = other_languages.emergency_reply(category, head, language=language, country=country,
                                                      found_in=found and found[0])
            return SafetyVerdict("emergency", category, message=message or emergency_message(category))
    if rejected:
        return rejected
    if unsupported := other_languages.unsupported_language(text, country=country, language=language):
        return unsupported
    notices, category = [], "ok"
    if looks_like_injection(text):
        notices.append(INJECTION_NOTICE)
        category = "injection"
    if is_dose_request(text) or any(v.dose_request for v in assessment.verdicts()[:1]):
        notices.append(DOSE_NOTICE)
        category = "dose_request" if category == "ok" else category
    return SafetyVerdict("ok", category, notice="\n\n".join(notices) or None)
