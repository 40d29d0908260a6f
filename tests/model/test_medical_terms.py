"""Organs, conditions and drugs a sentence names, and which of them the evidence and the question leave out
(model/medical_terms.py)."""

from __future__ import annotations

import pytest

from medassist.model.medical_terms import medical_terms, new_medical_terms, word_keys


@pytest.mark.parametrize(("sentence", "terms"), [
    ("A diet high in fat can damage your liver.", ["liver"]),  # an organ
    ("Omeprazole and other drugs ending the same way reduce acid.", ["omeprazole"]),  # a drug by its ending
    ("Antibiotics will not help.", ["antibiotics"]),  # a drug class
    ("It can lead to a heart attack or type 2 diabetes.", ["heart attack", "type 2 diabetes"]),  # names, longest
    ("Untreated, it may turn into pyelonephritis.", ["pyelonephritis"]),  # a condition by its ending
    ("The diagnosis is made by a doctor after an infection.", []),  # everyday and generic words
])
def test_terms_of_three_kinds(sentence, terms):
    assert medical_terms(sentence) == terms


def test_kinds_can_be_asked_apart():
    text = "Shingles is treated with acyclovir, and the rash can affect the eyes."
    assert medical_terms(text, frozenset({"condition"})) == ["shingles"]
    assert medical_terms(text, frozenset({"drug"})) == ["acyclovir"]
    assert medical_terms(text, frozenset({"organ"})) == ["eyes"]


def test_a_term_is_new_unless_the_evidence_or_question_names_each_of_its_words():
    known = word_keys("After a heart attack, eat a diet low in fat. What should I eat after a stent?")
    assert new_medical_terms("A diet high in fat can damage your liver.", known) == ["liver"]
    assert new_medical_terms("Fat in the diet can lead to another heart attack.", known) == []
    assert new_medical_terms("It can harm your kidneys.", word_keys("Diabetes can damage the kidney.")) == []


def test_a_term_saying_only_what_kind_of_thing_follows_is_not_a_new_claim():
    known = word_keys("Autism is a developmental disorder. Ringworm is a fungal infection. Shingles is treated early.")
    assert new_medical_terms("Autism is a brain disorder.", known) == []
    assert new_medical_terms("Ringworm causes a skin rash.", known) == []
    assert new_medical_terms("Shingles is treated with antiviral medicines.", known) == []
    assert new_medical_terms("Autism can cause brain damage.", known) == ["brain"]
    assert new_medical_terms("Ringworm can spread to the skin.", known) == ["skin"]
