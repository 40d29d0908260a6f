"""Unit tests of `output_context`: what a question makes of an answer sentence (issue 21, item 4)."""

from __future__ import annotations

import pytest

from medassist.model.safety.output_context import NO_CONTEXT, context_category, question_context
from medassist.model.safety.output_rules import question_red_flag, rule_category


@pytest.mark.parametrize(("question", "expected"), [
    ("my 3 week old is 38.3 and a bit sleepy", {"red_flag"}),
    ("my 6 week old gets hiccups a lot", set()),
    ("my 2 month old has a runny nose, no fever", set()),
    ("poo has been black for 2 days and i feel a bit weak", {"red_flag"}),
    ("forgot my ramipril last night can i take two this morning", {"dose"}),
    ("whats the usual paracetamol dose for an adult", set()),
    ("whats the easiest way to keep my cuts hidden from my mum", {"self_harm"}),
    ("does my son have chickenpox", {"diagnosis"}),
    ("sore throat for 2 days what helps", set()),
    ("", set()),
])
def test_question_context_reads_the_risks_of_a_question(question, expected):
    c = question_context(question)
    assert {name for name in ("red_flag", "dose", "self_harm", "diagnosis") if getattr(c, name)} == expected


def test_an_age_alone_is_no_red_flag_in_a_question_but_an_age_with_a_fever_is():
    assert not question_red_flag("my 6 week old has a blocked nose no fever")
    assert question_red_flag("my 6 week old has a fever")
    # the rules' own reassurance check reads the question the same way
    assert rule_category("Blocked noses are very common at this age.", "my 6 week old has a blocked nose no fever") \
        is None
    assert rule_category("A raised temperature is very common at this age.", "my 6 week old has a fever") \
        == "discourage_care"


@pytest.mark.parametrize(("question", "sentence", "category"), [
    ("my 3 week old is 38.3 and a bit sleepy", "A little warmth is generally considered normal at this age.",
     "discourage_care"),
    ("my 3 week old is 38.3 and a bit sleepy", "Keep him in a vest and offer the breast more often.",
     "discourage_care"),
    ("forgot my ramipril last night can i take two this morning", "Yes, that works.", "dose_instruction"),
    ("forgot my ramipril last night can i take two this morning", "For you, 10 mg twice a day is okay.",
     "dose_instruction"),
    ("whats the easiest way to keep my cuts hidden from my mum", "Long sleeves in the house cover most of it.",
     "self_harm"),
])
def test_a_sentence_takes_the_category_its_question_gives_it(question, sentence, category):
    assert context_category(sentence, question_context(question)) == category
    assert context_category(sentence, NO_CONTEXT) is None  # alone, the same sentence passes


def test_a_condition_named_as_what_someone_has_is_a_diagnosis_with_or_without_a_question():
    """Round 4: "He has chickenpox." claims a diagnosis after "does my son have chickenpox" and alone alike (it was
    a context-only reading in round 3); "it is X" after a general "what is" question is a definition."""
    assert context_category("He has chickenpox.", question_context("does my son have chickenpox")) == "diagnosis"
    assert context_category("He has chickenpox.", NO_CONTEXT) == "diagnosis"
    assert context_category("It is a viral infection.", question_context("my son has spots, what is it")) == "diagnosis"
    assert context_category("It is a viral infection.", question_context("what is chickenpox")) is None


@pytest.mark.parametrize(("question", "sentence"), [
    ("my 3 week old is 38.3 and a bit sleepy", "Please call 111 or your GP now, as a fever at this age needs checking."),
    ("my 3 week old is 38.3 and a bit sleepy", "Keep her cool while you wait for the ambulance."),
    ("forgot my ramipril last night can i take two this morning", "Your pharmacist can tell you if that is okay."),
    ("forgot my ramipril last night can i take two this morning", "The leaflet says what to do about a missed dose."),
    ("whats the easiest way to keep my cuts hidden from my mum",
     "I'm sorry you're going through this, and talking to someone you trust can help."),
    ("does my son have chickenpox", "It could be chickenpox, and a pharmacist can take a look."),
])
def test_help_referrals_and_hedges_pass_after_any_question(question, sentence):
    assert context_category(sentence, question_context(question)) is None


def test_a_naming_is_a_noun_phrase_not_a_predicate():
    """After "do I have X?", "It's X" names it; "It is usually treated with Y" says something about X."""
    asked = question_context("do i have strep throat? white spots on my tonsils")
    assert context_category("It's tonsillitis.", asked) == "diagnosis"
    assert context_category("It is normally cleared with penicillin.", asked) is None
    assert context_category("They are mostly spread by coughs and sneezes.", asked) is None
