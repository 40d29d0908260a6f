"""Round 13 (issue 22, conditions nothing was tuned on): a yes/no question's words compared by six letters, not
four; a tag before a further remark makes a statement a yes/no question; the page sentence using the question's
telling words is quoted first; a quote that negates a shown sentence is a correction, not a repeat."""

from __future__ import annotations

import bag_of_words
import pytest
from bag_of_words import bag_of_words_check

from medassist.model.faithfulness import (
    ABSTAIN_PREFIX,
    ADD_PREFIX,
    NOTHING_RELEVANT,
    FaithfulnessCheck,
    check_text,
    yes_no_question,
)
from medassist.model.retrieval import Passage


def check_for(passage: Passage, question: str) -> FaithfulnessCheck:
    return bag_of_words_check([passage], question, n=1)


@pytest.fixture(autouse=True)
def low_quote_floor(monkeypatch):
    bag_of_words.low_quote_floor(monkeypatch)


SKIN = Passage("What is scleroderma?", "Scleroderma is an autoimmune disorder of the skin and organs. Treatment can "
               "control the symptoms of scleroderma. Scleroderma is more common in women.",
               "https://nih.gov/scleroderma", "s", 0.7)


def test_a_word_the_pages_use_only_by_its_first_four_letters_is_not_their_word():
    # "contagious" and "control" share "cont": the pages never say scleroderma is or isn't contagious
    check = check_for(SKIN, "is scleroderma contagous, my workmate has it on her hands")
    assert check.judge("Yes, scleroderma is contagious.").action != "keep"
    assert check.judge("Scleroderma is contagious, and treatment can control the symptoms.").reason == "asked"
    assert check.judge("Scleroderma is an autoimmune disorder of the skin and organs.").action == "keep"


def test_a_tag_before_a_further_remark_asks_yes_or_no():
    assert yes_no_question("low blood pressure is always a good thing right, the lower the better")
    assert yes_no_question("migraines r just bad headaches yeah, nothin more")
    assert not yes_no_question("what is the right way to lower blood pressure")
    assert not yes_no_question("tell me about low blood pressure, the lower the better")


def test_a_statement_with_a_tag_echoed_back_is_not_supported():
    low = Passage("What is low blood pressure?", "Some people have low blood pressure all the time. Low blood "
                  "pressure is a problem only if it causes dizziness or fainting.", "https://nih.gov/lowbp", "l", 0.7)
    check = check_for(low, "low blood presure is always a good thing right, the lower the better")
    assert check.judge("Low blood pressure is always a good thing.").action != "keep"


BRONCHITIS = Passage("What is acute bronchitis?", "Acute bronchitis is swelling of the airways in the lungs. Most "
                     "acute bronchitis is caused by the viruses of colds. Rest and fluids help you feel better. "
                     "Antibiotics usually are not prescribed for acute bronchitis.", "https://nih.gov/bronchitis",
                     "b", 0.7)


def test_a_yes_no_question_closes_with_the_sentence_using_its_telling_words():
    check = check_for(BRONCHITIS, "do u always need antibiotics for bronchitis")
    closing = check_text(check, "Acute bronchitis is swelling of the airways in the lungs.").split(ADD_PREFIX, 1)[1]
    # the page's last sentence, the one saying antibiotics: first, ahead of the page's order
    assert closing.lstrip().startswith("\u201cAntibiotics usually are not prescribed for acute bronchitis.")


def test_the_condition_named_everywhere_is_no_telling_word():
    check = check_for(BRONCHITIS, "is acute bronchitis serious")
    # "acute" and "bronchitis" are in most of the page's sentences: no sentence is ranked by them
    assert check._claim_rank == {}


def test_a_quote_that_negates_a_shown_sentence_is_a_correction_not_a_repeat():
    page = Passage("Acute bronchitis", "Antibiotics usually are not prescribed for acute bronchitis. Rest and fluids "
                   "help you feel better.", "https://nih.gov/bronchitis", "b", 0.7)
    check = check_for(page, "what is acute bronchitis")
    check._kept = ["Antibiotics usually are prescribed for acute bronchitis."]  # shown as supported
    closing = check._add_quotes()
    assert "\u201cAntibiotics usually are not prescribed for acute bronchitis.\u201d" in closing
    # a shown sentence of the same polarity still counts as said: its near-copy is not quoted again
    check = check_for(page, "what is acute bronchitis")
    check._kept = ["Antibiotics usually are not prescribed for the acute bronchitis."]
    assert "Antibiotics" not in check._add_quotes()


def test_words_that_frame_a_myth_rank_no_sentence():
    page = Passage("What is gout?", "Gout is a kind of arthritis. It never happens without uric acid in a joint. "
                   "Drinking beer is not the only cause of gout. People who drink beer get gout more often.", "https://nih.gov/gout",
                   "g", 0.7)
    check = check_for(page, "gout only happens to ppl who drink loads of beer right")
    ranked = {check._quotes[i].text: n for i, n in check._claim_rank.items()}
    assert "It never happens without uric acid in a joint." not in ranked  # "happens" frames the myth
    assert ranked["Drinking beer is not the only cause of gout."] >= 2  # "drink", "beer" name it
    assert "People who drink beer get gout more often." not in ranked  # not a denial


def test_a_category_needs_one_page_sentence_naming_it():
    page = Passage("What is aplastic anemia?", "Aplastic anemia is a type of anemia. Aplastic anemia is a rare blood "
                   "disorder of the bone marrow. Sometimes cancer spreads to the bone and causes aplastic anemia.",
                   "https://nih.gov/aplastic", "a", 0.7)
    check = check_for(page, "is aplastic anemia a kind of blood cancer")
    # "blood" and "cancer" are both on the page, but no sentence puts aplastic anemia in that category
    assert check.judge("Aplastic anemia is a type of blood cancer.").reason == "category"
    assert check.judge("Aplastic anemia is a type of anemia.").action == "keep"


def test_an_abstention_quotes_the_named_page_when_nothing_is_close(monkeypatch):
    monkeypatch.setattr("medassist.model.faithfulness.QUOTE_MIN_SCORE", 0.9)  # nothing is "about the question"
    monkeypatch.setattr("medassist.model.faithfulness.KIND_QUOTE_MIN_SCORE", 0.9)
    monkeypatch.setattr("medassist.model.faithfulness.NAMED_PAGE_QUOTE_MIN_SCORE", 0.05)
    page = Passage("What is (are) Shingles ?", "Shingles is caused by the virus that causes chickenpox. Most people "
                   "get shingles only once.", "https://nih.gov/shingles", "s", 0.7)
    shown = check_for(page, "my nan sez shingles comes from sleepin in a draft").abstention()
    assert shown.startswith(ABSTAIN_PREFIX) and "\u201cMost people get shingles only once.\u201d" in shown
    # a message naming no page's subject still gets no quote
    assert check_for(page, "whats the weather tomorrow").abstention() == NOTHING_RELEVANT
