"""Session 44 (lead): a "what if" frame covers its own clause only, also when the later clause tells it of "he", "she"
or "they" in the present; blue and floppy is an emergency at any age (issue 21)."""

from __future__ import annotations

import pytest

from medassist.model.safety import check_input

TOLD = [
    "what if he stops breathing, he's gone blue and floppy",
    "what if he stops breathing? hes turned blue and wont wake up",
    "what if she stops breathing, she is not breathing now",
    "my dad has gone blue and floppy",
]
SUPPOSED = [
    "what do you do if someone collapses and they're not breathing",  # the pronoun is the someone: still supposed
    "what should i do if a baby stops breathing and he's gone blue",
    "my son has asthma, what do i do if he can't breathe",
    "what if he stops breathing in his sleep? hes had apnea before",
    "what if he has a seizure, he is epileptic",
    "my fingers went blue in the cold",
]


@pytest.mark.parametrize("text", TOLD)
def test_an_emergency_told_after_a_supposition_gets_the_emergency_reply_first(text):
    v = check_input(text)
    assert v.action == "emergency"
    assert v.message.lstrip().lower().startswith("this may be a medical emergency")


@pytest.mark.parametrize("text", SUPPOSED)
def test_a_supposition_or_a_standing_fact_is_answered(text):
    assert check_input(text).action == "ok"
