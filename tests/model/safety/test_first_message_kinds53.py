"""First messages read by kind (GitHub issues 21 and 22, session 53, helper first29).

(a) A question about a named condition, a diagnosis given or a claim someone made, its usual symptoms told beside it,
is answered; a TV show, a game, a stage part or a first-aid class is a frame; the writer flopping onto a sofa is no
collapse. (b) Heavy bleeding after a birth told with the birth's date, and carbon monoxide told as a household pattern
(several people with the same symptoms beside a burning appliance, a pet ill too), are emergencies. Each beside the
same words told the other way. Sentences written for these tests, not copied from any set.
"""

from __future__ import annotations

import pytest

from medassist.model.safety import EMERGENCY_MESSAGE, check_input
from medassist.model.safety.condition_question import asked_of_a_named_thing
from medassist.model.safety.frames import about_a_pet
from medassist.model.safety.text import normalise
from medassist.model.safety.triage import triage

NAMED_CONDITION_QUESTIONS = [
    "my aunt gets breathless climbing stairs and the cardiologist wrote aortic stenosis on the letter, what exactly is that",
    "whats sarcoidosis, my brother gets tired all the time and a cough that never clears",
    "my 6 year old has henoch schonlein purpura, red spots on his legs and his knees ache, what does it do to kids",
    "my grandad has a kidney stone and keeps saying every kidney stone ends in an operation",
    "my husband just started statins and his brother says they wreck your liver, is that what statins do",
    "angina is the same thing as a heart attack right? my uncle reckons so",
]
EMERGENCY_TWINS = [
    "my aunt has aortic stenosis and right now she cant breathe and her lips are going blue",
    "my brother has sarcoidosis and tonight hes gasping and cant finish a sentence, what is that",
    "my grandad has angina and the pain wont stop, hes grey and sweating, what do i do",
    "the consultant said its meningitis and now shes confused and wont wake properly",
]


@pytest.mark.parametrize("text", NAMED_CONDITION_QUESTIONS)
def test_a_question_about_a_named_condition_or_a_claim_is_answered(text):
    assert asked_of_a_named_thing(text), text
    assert check_input(text).action == "ok", text


@pytest.mark.parametrize("text", EMERGENCY_TWINS)
def test_the_same_condition_with_a_sign_now_is_an_emergency(text):
    assert not asked_of_a_named_thing(text), text
    verdict = check_input(text)
    assert verdict.action == "emergency", text
    assert verdict.message.startswith(EMERGENCY_MESSAGE)


@pytest.mark.parametrize(("text", "asked"), [
    ("the gp wrote orthostatic tremor on the form, what is that", True),
    ("my mum has orthostatic tremor", False),  # nothing asked, no claim
    ("my mum has orthostatic tremor and suddenly collapsed, what is that", False),
    ("my mum has orthostatic tremor and since this morning she is muddled, what is that", False),
])
def test_asked_of_a_named_thing_reads_the_question_the_name_and_nothing_now(text, asked):
    assert asked_of_a_named_thing(text) is asked, text


POSTPARTUM_BLEEDS = [
    "had my son 5 days ago and tonight im soaking a maternity pad in under an hour",
    "c section 8 days ago and since lunch the bleeding is gushing out, passing clots bigger than a golf ball",
    "my partner gave birth on tuesday and now shes bleeding heavily again and looks grey",
]
POSTPARTUM_QUESTIONS = [
    "had my son 5 days ago and the bleeding is like a period, how long does it last",
    "c section 8 days ago, the wound is healing well, when can i lift the car seat",
    "with my first baby 3 years ago i was soaking pads every hour and needed a transfusion, will it happen again",
]


@pytest.mark.parametrize("text", POSTPARTUM_BLEEDS)
def test_heavy_bleeding_after_a_dated_birth_is_an_emergency(text):
    assert triage(text) in ("obstetric", "bleeding"), text  # the bleeding rule reads some of them first
    assert check_input(text).action == "emergency", text


@pytest.mark.parametrize("text", POSTPARTUM_QUESTIONS)
def test_a_birth_with_no_heavy_bleed_now_is_answered(text):
    assert triage(text) is None, text
    assert check_input(text).action == "ok", text


CARBON_MONOXIDE = [
    "ever since the gas fire was serviced all three of us wake up with headaches and feel sick, and the cat wont eat",
    "the whole family has been dizzy and sleepy since we lit the wood burner, the dog is lying about too",
    "my wife and the kids all have headaches since the new boiler went in, we feel better once we get outside",
]
HOUSEHOLD_QUESTIONS = [
    "all three of us have headaches from the cold going round, how long before it clears",
    "the whole family loves the new wood burner, how often should the chimney be swept",
    "the new boiler went in on monday, is it normal for the radiators to bang",
]


@pytest.mark.parametrize("text", CARBON_MONOXIDE)
def test_several_people_ill_beside_a_burning_appliance_is_an_emergency(text):
    assert triage(text) == "poisoning", text
    assert check_input(text).action == "emergency", text


@pytest.mark.parametrize("text", HOUSEHOLD_QUESTIONS)
def test_a_household_question_with_no_shared_symptoms_is_answered(text):
    assert triage(text) is None, text


def test_flopping_onto_a_bed_after_a_shift_is_no_collapse():
    assert triage("i collapsed onto my bed after the night shift and slept 12 hours, is that bad") is None
    assert triage("i collapsed onto the floor after the night shift") == "unconscious"


def test_a_pet_ill_beside_several_people_is_no_pet_message():
    assert not about_a_pet(normalise("the whole family has had headaches and the dog is sleepy too"))
    assert about_a_pet(normalise("the dog ate chocolate and is shaking, the whole family is worried"))


@pytest.mark.parametrize("text", [
    "on grey's this week a woman got crushed by a car and they did surgery in the corridor, could that happen",
    "playing red dead and my horse got shot and is bleeding out, how do i heal it",
    "im an actor playing a woman who has a seizure in act three, how should i fall safely",
    "red cross course today, we practised using a tourniquet on someone bleeding heavily from the leg",
])
def test_a_show_a_game_a_part_a_class_or_a_flop_onto_the_bed_is_answered(text):
    assert triage(text) is None, text
    assert check_input(text).action == "ok", text


@pytest.mark.parametrize("text", [
    "my dad collapsed on the sofa and isnt responding",
    "watching tv and my husband suddenly collapsed and isnt breathing",
    "i collapsed onto my bed and now i cant move my left arm or leg",
])
def test_the_same_words_as_a_real_event_are_an_emergency(text):
    assert check_input(text).action == "emergency", text
