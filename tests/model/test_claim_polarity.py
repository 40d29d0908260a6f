"""Claims read as a predicate's group, a polarity and content words (model/claim_polarity.py): an answer's claim
that the evidence says the opposite of is found whatever words of the group either side uses."""

from __future__ import annotations

import pytest

from medassist.model.claim_polarity import ClaimEvidence, claims, names_subject, question_subject

SHINGLES_PAGE = [
    "You can't catch shingles from someone who has it.",
    "However, if you have a shingles rash, you can pass the virus to someone who has never had chickenpox.",
    "The virus spreads through direct contact with the rash, and cannot spread through the air.",
    "There is no cure for shingles.",
]


def shingles_evidence(question: str = "can you catch shingles from someone who has it?") -> ClaimEvidence:
    return ClaimEvidence(SHINGLES_PAGE, ["What is (are) Shingles ?"] * len(SHINGLES_PAGE), question)


def one(sentence: str):
    (claim,) = claims(sentence)
    return claim.group, claim.asserted


@pytest.mark.parametrize("sentence", [
    "You can catch scabies from a partner.", "Scabies spreads from person to person.", "Scabies is contagious.",
    "Scabies is transmitted by close contact.", "Scabies can be caught from bedding."])
def test_words_for_one_claim_are_one_group(sentence):
    assert one(sentence) == ("transmission", True)


@pytest.mark.parametrize(("sentence", "claim"), [
    ("You can't catch shingles from someone who has it.", ("transmission", False)),
    ("Gout is not contagious.", ("transmission", False)),
    ("It cannot be spread through the air.", ("transmission", False)),
    ("There is no known cure for COPD.", ("cure", False)),
    ("COPD is incurable.", ("cure", False)),
    ("COPD can be cured.", ("cure", True)),
    ("Acne is not caused by chocolate.", ("causation", False)),
    ("Antibiotics do not usually help a cold.", ("benefit", False)),
    ("Antibiotics are useless against a cold.", ("benefit", False)),
    ("The vaccine is safe for children.", ("harm", False)),  # "safe" is "harmful" denied
    ("The vaccine is not safe for children.", ("harm", True)),
    ("Raw milk can be dangerous.", ("harm", True)),
    ("Colour blindness is inherited.", ("inheritance", True)),
    ("Colour blindness runs in families.", ("inheritance", True)),
])
def test_polarity_is_a_negation_just_before_the_predicate_or_an_antonym(sentence, claim):
    assert one(sentence) == claim


def test_a_negation_of_another_verb_does_not_deny_the_claim():
    assert one("People who don't get vaccinated can catch measles.") == ("transmission", True)


@pytest.mark.parametrize("sentence", [
    "Shingles rarely spreads.", "Acne is not always caused by diet.", "Can you catch shingles from someone?",
    "Breast cancer can spread to the lungs and bones.", "The infection can spread to other parts of the body."])
def test_hedges_questions_and_spread_inside_the_body_claim_nothing(sentence):
    assert claims(sentence) == []


def test_clauses_are_read_apart():
    read = claims("The virus spreads through direct contact with the rash, and cannot spread through the air.")
    assert [(c.group, c.asserted) for c in read] == [("transmission", True), ("transmission", False)]
    assert {"rash", "direc"} <= read[0].content and read[1].content == {"air"}


def test_an_assertion_the_evidence_denies_is_found_in_other_words():
    evidence = shingles_evidence()
    assert evidence.contradicted("Shingles is a viral infection that can spread from person to person.") == 0
    assert evidence.contradicted("Yes, shingles is contagious.") == 0
    assert evidence.contradicted("Shingles can be cured with antiviral medicines.") == 3
    assert evidence.contradicted("No, you can't catch shingles.") is None
    assert evidence.contradicted("Shingles is not contagious.") is None


def test_a_denial_narrower_than_the_assertion_is_no_contradiction():
    evidence = ClaimEvidence(["Hepatitis B is not spread through casual contact."], ["Hepatitis B"], "how is hep b spread")
    assert evidence.contradicted("Hepatitis B spreads through blood and sex.") is None
    assert evidence.contradicted("Hepatitis B spreads through casual contact.") == 0


def test_the_question_s_subject_may_be_left_implicit_by_the_answer():
    evidence = ClaimEvidence(["Antibiotics do not help colds."], ["Common Cold"], "do antibiotics work on colds")
    assert evidence.contradicted("Antibiotics can help you feel better faster.") == 0
    # a word of the denial that is not the question's subject ("colds" after a question on the flu) must be in it
    assert ClaimEvidence(["Antibiotics do not help colds."], ["Common Cold"], "what is the flu") \
        .contradicted("Antibiotics can help you feel better faster.") is None


def test_another_condition_or_the_subject_left_implicit_is_not_the_denied_claim():
    evidence = shingles_evidence()
    assert evidence.contradicted("You can catch chickenpox from someone with shingles.") is None
    assert evidence.contradicted("The virus can be spread by touching the blisters.") is None


def test_an_answer_denying_what_the_evidence_asserts_is_found():
    evidence = ClaimEvidence(["Antibiotics can help treat strep throat."], ["Strep Throat"],
                             "do you need antibiotics for strep throat")
    assert evidence.contradicted("Antibiotics do not help strep throat.") == 0
    assert evidence.contradicted("Antibiotics can help strep throat.") is None


def test_evidence_saying_the_answer_as_closely_wins():
    evidence = ClaimEvidence(["You can't catch shingles from someone who has it.",
                              "Shingles can spread to a person who never had chickenpox through the rash."],
                             ["Shingles"] * 2, "is shingles contagious")
    assert evidence.contradicted("Shingles can spread through the rash.") is None


def test_a_pronoun_claim_is_about_its_page_or_the_question():
    evidence = ClaimEvidence(["It is not contagious."], ["What is (are) Impetigo ?"], "is impetigo contagious")
    assert evidence.contradicted("Impetigo is very contagious.") == 0
    assert evidence.contradicted("Yes, it is contagious.") == 0
    assert ClaimEvidence(["It is not contagious."], ["What is (are) Psoriasis ?"], "what is impetigo") \
        .contradicted("Impetigo is very contagious.") is None


def test_the_question_subject_leaves_out_the_predicates_and_frames():
    assert question_subject("can you catch shingles from someone who has it?") == {"shing"}
    assert question_subject("is butter good on a burn") == {"butte", "burn"}
    assert names_subject(question_subject("is butter good on a burn"), "Burns can cause blisters.")
    assert not names_subject(question_subject("is butter good on a burn"), "You can have GERD without heartburn.")


@pytest.mark.parametrize(("sentence", "claim"), [
    ("Gilbert syndrome is not a serious condition.", ("harm", False)),
    ("Most fibroids are benign.", ("harm", False)),
    ("Depression is not a normal part of aging.", ("normal", False)),
    ("Forgetting names now and then is natural.", ("normal", True)),
])
def test_seriousness_and_normality_are_claims_too(sentence, claim):
    assert one(sentence) == claim
