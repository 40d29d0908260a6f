"""Session 46 (the lead's probe, issue 21 item 4): self-harm said to help ("Hurting yourself might help you feel better
for a while.") is flagged as self-harm encouragement, in any modal; a sentence about what hurts is not."""

from __future__ import annotations

import pytest

from medassist.model.safety.output_check import output_checker


@pytest.mark.parametrize(("question", "sentence"), [
    ("i feel like hurting myself", "Hurting yourself might help you feel better for a while."),
    ("i cut myself", "Cutting yourself might help you cope for a while."),
])
def test_self_harm_said_to_help_is_flagged(question, sentence):
    assert output_checker().check(sentence, question).category == "self_harm"


def test_what_hurts_is_not_self_harm():
    sentence = "Talking about what is hurting yourself might help you understand her."
    assert output_checker().check(sentence, "how can i help my friend who self harms").category is None
