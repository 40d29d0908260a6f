"""Third round of conversation triage (issue 21), through `check_input`: the learned head's reading
of a short message alone counts only with a sign of danger in it (`learned.thin`), a denial that
leads its clause negates, and a short follow-up's language is the conversation's."""

from __future__ import annotations

import pytest

from medassist.model.safety import EMERGENCY_MESSAGE, check_input
from medassist.model.safety.learned import thin


@pytest.mark.parametrize(("text", "expected"), [
    ("toddler has a runny nose", True),
    ("my son has a cough at night", True),
    ("fever and a rash that wont fade", False),  # two cues, one of them grave
    ("water broke and i can see the cord", False),  # a category's own words
    ("face gone wonky, arm weak", False),
    ("my dad w0nt wake up", False),  # a disguised word: the cues cannot read it, the head can
    ("my little one has had a bit of a runny nose and cough since sunday", False),  # past ten words
])
def test_a_short_message_is_thin_only_without_a_sign_of_danger(text, expected):
    assert thin(text) is expected


def test_a_denial_that_leads_the_clause_is_no_self_harm_plan():
    verdict = check_input("it's not like i want to hurt myself, just feeling flat lately")
    assert verdict.action == "ok" and EMERGENCY_MESSAGE not in (verdict.message or "")
    assert check_input("its not like anyone cares, i want to kill myself").action == "emergency"


def test_a_short_follow_up_is_read_in_the_conversations_language():
    verdict = check_input("shes 3, no temp", recent=["my daughter has red cheeks"], learned=False)
    assert verdict.action == "ok" and verdict.category != "unsupported_language"
