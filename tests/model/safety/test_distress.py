"""Hopelessness without a plan is answered, with a crisis line in the reply and an admin event."""

from __future__ import annotations

import pytest

from medassist.model.safety import check_input
from medassist.model.safety.distress import distressed
from medassist.model.safety.messages import DISTRESS_NOTICE


@pytest.mark.parametrize("text", [
    "i feel like there's no point anymore",
    "honestly whats the point of living",
    "honestly i really cant do this anymore",
    "i just wanna disappear",
    "im so tired of life honestly",
])
def test_hopelessness_gets_the_crisis_line_and_is_no_emergency(text):
    verdict = check_input(text, learned=False)
    assert verdict.action == "ok"
    assert verdict.category == "distress"
    assert DISTRESS_NOTICE in verdict.notice
    assert "988" in verdict.notice


@pytest.mark.parametrize("text", [
    "there's no point asking my gp, they never listen. what helps a sore throat?",
    "no point in taking antibiotics for a cold?",
    "not suicidal or anything, just a bit flat lately. does running help mood?",
    "i can't take ibuprofen, what else helps a headache?",
])
def test_everyday_phrasings_are_not_distress(text):
    assert not distressed(text)


@pytest.mark.parametrize("text", [
    "i really cant do this anymore, i've got the pills ready for tonight",
    "everyone would be better off without me tbh",  # the rules read these as self-harm: stronger
    "i dont want to wake up anymore",
])
def test_distress_never_downgrades_an_emergency(text):
    assert distressed(text)
    assert check_input(text, learned=False).action == "emergency"
