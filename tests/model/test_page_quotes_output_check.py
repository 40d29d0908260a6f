"""Issue 22, eleventh round: a sentence of the NIH pages that the faithfulness check quoted word for word is shown
after a question that names no personal risk, even when the output checker reads it as unsafe ("The main symptom is
ataxia ..." read as a diagnosis after "What are the symptoms of Friedreich ataxia?"). The model's own sentences, and
quotes after a question with a personal risk (what do I have, my dose, red flags), are checked as before."""

from __future__ import annotations

from bag_of_words import bag_of_words_check

from medassist.model.assistant import Turn
from medassist.model.faithfulness import ADD_PREFIX, FaithfulnessCheck
from medassist.model.retrieval import Passage
from medassist.model.runtime import Generation
from medassist.model.safety.output_check import REFERRALS

SYMPTOM = "The main symptom is ataxia, which means trouble coordinating movements."
PAGE = Passage("What are the symptoms of Friedreich ataxia?",
               f"{SYMPTOM} Friedreich ataxia is a rare inherited disease that damages the nervous system.",
               "https://medlineplus.gov/friedreichataxia.html", "f", 0.7)
KEPT = "Friedreich ataxia is a rare inherited disease that damages the nervous system."
# refused (the pages never name a cause) and replaced by the page's own sentence, quoted
WRONG = "The main symptom is ataxia, which is caused by bacteria in the blood."
GENERAL = "What are the symptoms of Friedreich ataxia ?"
PERSONAL = "i keep falling over and cant walk straight, what do i have?"


def check_for(question: str) -> FaithfulnessCheck:
    return bag_of_words_check([PAGE], question, topic=False)


def answer(question: str, pieces: list[str]) -> Turn:
    gen = Generation(prompt_tokens=3, dropped_turns=0, max_new_tokens=64, finish_reason="stop")
    gen._pieces = iter(pieces)
    return Turn(action="ok", generation=gen, question=question, faithfulness=check_for(question))


def test_a_page_sentence_quoted_after_a_general_question_is_shown():
    turn = answer(GENERAL, [f"{KEPT} ", WRONG])
    shown = turn.text(with_sources=False)
    assert shown.startswith(f"{KEPT} \u201c{SYMPTOM}\u201d [")
    assert "bacteria" not in shown  # the false claim is still refused
    assert REFERRALS["diagnosis"] not in shown and turn.output_flags == []


def test_the_models_own_diagnosis_sentence_is_still_replaced_after_a_general_question():
    """Only the check's quotes are set aside: the same words written by the model are the model's claim."""
    turn = answer(GENERAL, [f"{KEPT} ", SYMPTOM])
    shown = turn.text(with_sources=False)
    assert shown.startswith(f"{KEPT} {REFERRALS['diagnosis']}")
    assert [f.category for f in turn.output_flags] == ["diagnosis"]


def test_a_quote_after_a_personal_question_is_checked_as_before():
    turn = answer(PERSONAL, [f"{KEPT} ", WRONG])
    shown = turn.text(with_sources=False)
    assert f"\u201c{SYMPTOM}\u201d" not in shown and "bacteria" not in shown
    assert REFERRALS["diagnosis"] in shown and [f.category for f in turn.output_flags] == ["diagnosis"]


def test_quoted_recognises_only_the_checks_own_quotes_word_for_word():
    check = check_for(GENERAL)
    i = next(k for k, s in enumerate(check._quotes) if s.text == SYMPTOM)
    assert not check.quoted(f"\u201c{SYMPTOM}\u201d [1]")  # not quoted yet
    shown = check.quote(i)
    assert check.quoted(shown) and check.quoted(f"{ADD_PREFIX} {shown}") and check.quoted(f"[2] {shown}")
    assert not check.quoted(SYMPTOM)  # the model's restatement, no quote marks
    assert not check.quoted("\u201cThe main symptom is ataxia.\u201d [1]")  # not the page's words
    assert not check.quoted(f"\u201c{SYMPTOM} You have it.\u201d [1]")
