"""Myths asked as everyday questions (issue 22, fresh2 development round): the yes/no rule holds answers to
the claim in doubt wherever the yes/no clause stands, or when a statement carries a tag ("... yes?"); a quiz's
blank is never quoted."""

from __future__ import annotations

import pytest
from bag_of_words import bag_of_words_check

from medassist.model.faithfulness import FaithfulnessCheck, quotable, yes_no_question
from medassist.model.retrieval import Passage


@pytest.mark.parametrize("question", ["is asthma contagious", "am i too old to start lifting weights at 75",
                                      "cat scratch fever, is that a real thing or a myth",
                                      "my neighbour is having leprosy, can we catch it just by touching him?",
                                      "zika only spread by mosquito yes?", "falling over is just part of gettin old right",
                                      "anthrax can spread from person to person or not ah"])
def test_questions_asking_whether_a_claim_is_so(question):
    assert yes_no_question(question)


@pytest.mark.parametrize("question", ["what is lupus", "how do you get hepatitis c", "what causes gout",
                                      "im pregnant what should i eat"])
def test_questions_asking_something_else(question):
    assert not yes_no_question(question)


def check_for(page: Passage, question: str, **thresholds) -> FaithfulnessCheck:
    return bag_of_words_check([page], question, n=2, **thresholds)


def test_a_tagged_claim_is_held_to_the_pages():
    zika = Passage("What is Zika?", "Zika is a virus spread by mosquitoes. Zika can also spread through sex.",
                   "https://medlineplus.gov/zika", "z", 0.7)
    check = check_for(zika, "zika only spread by mosquito yes?", support_threshold=0.3)
    assert check.judge("Zika is only spread by mosquitoes.").reason == "asked"  # the pages never say "only"


def test_a_quizs_blank_is_not_quoted():
    assert not quotable("____ Im older than 65.")
    assert quotable("Strength exercises make your muscles stronger.")
