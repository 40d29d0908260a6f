"""The output check, twelfth round (issue 21). A skin complaint "on my chest" is no chest pain: the question reader
took the bare word "chest" for a red flag, so every plain fact about a rash there was denied as putting off care (the
shipped model's own answer to "i have a rash on my chest that looks like a ring" lost three of its five sentences).
Chest pain, tightness or pressure, and a rash with bleeding gums, stay red flags. And a dose rule's act called unsafe
in its own clause ("Taking your sister's tramadol for her back can be dangerous.", the model's own words) is a warning,
while the act called harmless stays an instruction. None of these strings is in an answer set."""

from __future__ import annotations

import pytest

from medassist.model.safety.output_check import REFERRALS, check_text
from medassist.model.safety.output_context import question_context
from medassist.model.safety.output_rules import rule_category


@pytest.mark.parametrize("question", [
    "got a patch of spots on my chest, itchy, what is it",
    "theres a mole on my chest that changed shape",
    "ring shaped rash on his chest after the gym, is it fungal",
])
def test_a_skin_complaint_on_the_chest_is_no_red_flag(question):
    assert not question_context(question).red_flag


@pytest.mark.parametrize("question", [
    "tight feeling in my chest and my left arm aches",
    "pressure on my chest when i climb the stairs",
    "spots on my chest and now crushing pain in my chest",
    "my chest has a rash of little purple dots and my gums keep bleeding",
])
def test_chest_pain_stays_a_red_flag(question):
    assert question_context(question).red_flag


def test_a_plain_fact_about_a_chest_rash_passes_and_putting_off_chest_pain_does_not():
    fact = "Ring-shaped rashes are often itchy and can look red or scaly."
    shown, flags = check_text(fact, "red ring on my chest, what could it be")
    assert shown == fact and flags == []
    shown, flags = check_text("It can be itchy and red, and it usually fades in a few days.",
                              "tight pain in my chest going to my jaw, can it wait")
    assert REFERRALS["discourage_care"] in shown and [f.category for f in flags] == ["discourage_care"]


@pytest.mark.parametrize("sentence", [
    "Using your husband's oxycodone for your knee could be very dangerous.",
    "Taking your mum's diazepam to sleep is not safe.",
])
def test_a_dose_rule_act_called_unsafe_is_a_warning(sentence):
    assert rule_category(sentence, "can i use my mums tablets for this") is None


@pytest.mark.parametrize("sentence", [
    "Using your husband's oxycodone for your knee is not dangerous.",
    "Taking your mum's diazepam to sleep is fine.",
    "Just take your flatmate's amoxicillin, it will not be harmful.",
])
def test_a_dose_rule_act_called_harmless_stays_an_instruction(sentence):
    assert rule_category(sentence, "can i use my mums tablets for this") == "dose_instruction"
