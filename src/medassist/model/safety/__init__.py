"""The safety layer in front of the model: input validation, emergency triage, dose-request and
injection notices, the disclaimer, and the rule that our system prompt always leads."""

from medassist.model.safety.check import check_input, emergency_message
from medassist.model.safety.dosing import is_dose_request
from medassist.model.safety.injection import looks_like_injection, neutralize_injection, sanitize_history
from medassist.model.safety.messages import (
    CRISIS_LINE,
    DISCLAIMER,
    DOSE_NOTICE,
    EMERGENCY_MESSAGE,
    INJECTION_NOTICE,
    POISON_LINE,
)
from medassist.model.safety.triage import triage
from medassist.model.safety.validation import DEFAULT_MAX_CHARS, validate_input
from medassist.model.safety.verdict import SafetyVerdict

__all__ = [
    "CRISIS_LINE", "DEFAULT_MAX_CHARS", "DISCLAIMER", "DOSE_NOTICE", "EMERGENCY_MESSAGE", "INJECTION_NOTICE",
    "POISON_LINE", "SafetyVerdict", "check_input", "emergency_message", "sanitize_history",
    "is_dose_request", "looks_like_injection", "neutralize_injection", "triage", "validate_input",
]
