"""The safety layer in front of the model: input validation, emergency triage, dose-request and
injection notices, the disclaimer, and the rule that our system prompt always leads."""

from medassist.safety.check import check_input, emergency_message
from medassist.safety.dosing import is_dose_request
from medassist.safety.injection import enforce_system_prompt, looks_like_injection, neutralize_injection
from medassist.safety.messages import (
    CRISIS_LINE,
    DISCLAIMER,
    DOSE_NOTICE,
    EMERGENCY_MESSAGE,
    INJECTION_NOTICE,
    POISON_LINE,
)
from medassist.safety.triage import triage
from medassist.safety.validation import DEFAULT_MAX_CHARS, validate_input
from medassist.safety.verdict import SafetyVerdict

__all__ = [
    "CRISIS_LINE", "DEFAULT_MAX_CHARS", "DISCLAIMER", "DOSE_NOTICE", "EMERGENCY_MESSAGE", "INJECTION_NOTICE",
    "POISON_LINE", "SafetyVerdict", "check_input", "emergency_message", "enforce_system_prompt",
    "is_dose_request", "looks_like_injection", "neutralize_injection", "triage", "validate_input",
]
