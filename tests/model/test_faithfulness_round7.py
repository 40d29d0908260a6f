"""Round 7 of the faithfulness check (issue 22): quotes come from every sentence of the pages the evidence
is about, not only the few numbered in the prompt. A refused sentence is replaced by its page's own
wording, the closing quotes are the best page's statements in its order, each cited with the next
number so the sources list its page; pages off the question are never quoted."""

from __future__ import annotations

import re

import bag_of_words
import pytest
from bag_of_words import BagOfWords, bag_of_words_check

from medassist.model.faithfulness import ADD_PREFIX, FaithfulnessCheck, check_text, quotable
from medassist.model.retrieval import Passage
from medassist.model.retrieval.evidence import SentenceVectors, select_evidence

SSADH = Passage("What is SSADH deficiency?", "SSADH deficiency is a rare disorder of the brain. SSADH deficiency is "
                "caused by mutations in the ALDH5A1 gene. Children with SSADH deficiency often have seizures.",
                "https://ghr.nlm.nih.gov/ssadh", "s", 0.7)
HIV = Passage("What is HIV?", "HIV is a virus that attacks the immune system. HIV spreads through blood, semen and "
              "breast milk.", "https://medlineplus.gov/hiv", "h", 0.7)
MONO = Passage("What is mononucleosis?", "Mononucleosis is called the kissing disease because it spreads through "
               "saliva and kissing.", "https://medlineplus.gov/mono", "m", 0.6)


def check_for(pages: list[Passage], question: str, n: int) -> FaithfulnessCheck:
    return bag_of_words_check(pages, question, n=n)


@pytest.fixture(autouse=True)
def low_quote_floor(monkeypatch):
    bag_of_words.low_quote_floor(monkeypatch, kind_quotes=False)


def test_a_refused_sentence_is_replaced_by_its_pages_wording_outside_the_numbered_evidence():
    check = check_for([SSADH], "What is SSADH deficiency?", n=1)
    assert [s.text for s in check.evidence.sentences] == ["SSADH deficiency is a rare disorder of the brain."]
    shown = check_text(check, "SSADH deficiency is a rare disorder of the brain. "
                              "SSADH deficiency is caused by a bacterial infection of the liver.")
    assert "bacterial" not in shown
    assert "\u201cSSADH deficiency is caused by mutations in the ALDH5A1 gene.\u201d [2]" in shown
    # the quoted sentence is numbered after the prompt's evidence, so the sources cite its page
    assert len(check.evidence.sentences) == len(check.evidence.vectors) >= 2
    assert "[1, 2" in check.sources() and "ghr.nlm.nih.gov/ssadh" in check.sources()


def test_the_closing_quotes_are_the_pages_own_statements_in_page_order():
    check = check_for([SSADH], "What is SSADH deficiency?", n=1)
    shown = check_text(check, "SSADH deficiency is a rare disorder of the brain.")
    closing = shown.split(ADD_PREFIX, 1)[1]
    assert closing.index("ALDH5A1") < closing.index("seizures")  # the page's order
    assert re.findall(r"\[(\d)\]", closing) == ["2", "3"]
    assert "rare disorder" not in closing  # restated by the answer: not quoted again


def test_a_page_off_the_question_is_never_quoted():
    check = check_for([HIV, MONO], "can you get hiv from kissing", n=2)
    assert {check.evidence.passages[s.passage].question for s in check.evidence.sentences} == {"What is HIV?"}
    shown = check_text(check, "Yes, HIV spreads through kissing and saliva.")
    assert "kissing disease" not in shown and "mononucleosis" not in check.sources().lower()


def test_evidence_built_by_hand_quotes_its_numbered_sentences():
    vectors = SentenceVectors(BagOfWords())
    evidence = select_evidence("What is SSADH deficiency?", [SSADH], vectors, n=1)
    evidence.about = []  # no pool to quote from: the numbered evidence only
    check = FaithfulnessCheck(evidence, vectors.encode, "What is SSADH deficiency?")
    assert ADD_PREFIX not in check_text(check, "SSADH deficiency is a rare disorder of the brain.")


@pytest.mark.parametrize("opener", ["The signs and symptoms of childhood nephrotic syndrome may include",
                                    "The four key signs of restless legs syndrome (RLS) are:",
                                    "In addition to passing frequent, loose stools, other possible symptoms include"])
def test_a_lists_opener_cut_from_its_list_is_never_quoted(opener):
    assert not quotable(opener)


def test_long_statements_and_list_items_without_a_full_stop_are_still_quoted():
    assert quotable("Signs of pinworm infection include itching around the anus and trouble sleeping at night")
    assert quotable("nervousness or irritability - fatigue - a fast heartbeat")
