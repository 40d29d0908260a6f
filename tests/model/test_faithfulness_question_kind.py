"""Quotes for a question asking how a disease is caught, what causes it or who has it: the closest sentence of
the pages that says so comes first (closing quotes and an abstention's quotes); other questions keep the pages'
order (retrieval/question_kind.py)."""

from __future__ import annotations

import bag_of_words
import pytest
from bag_of_words import bag_of_words_check

from medassist.model.faithfulness import ABSTAIN_PREFIX, ADD_PREFIX, ADD_QUOTES, FaithfulnessCheck, check_text
from medassist.model.retrieval import Passage

NOROVIRUS = Passage("What is norovirus?", "Noroviruses are a group of related viruses. Norovirus is common on cruise "
                    "ships and in nursing homes. Norovirus causes diarrhea and vomiting. You can also get norovirus "
                    "if you touch a contaminated surface.", "https://medlineplus.gov/norovirus", "n", 0.7)


def check_for(question: str) -> FaithfulnessCheck:
    return bag_of_words_check([NOROVIRUS], question, n=1)


@pytest.fixture(autouse=True)
def low_quote_floor(monkeypatch):
    bag_of_words.low_quote_floor(monkeypatch)


def test_a_question_how_it_is_caught_closes_with_the_sentence_saying_how():
    check = check_for("can u only get norovirus on cruise ships")
    closing = check_text(check, "Norovirus causes diarrhea and vomiting.").split(ADD_PREFIX, 1)[1]
    assert closing.lstrip().startswith("\u201cYou can also get norovirus if you touch a contaminated surface.")


def test_a_question_of_no_kind_closes_in_the_pages_order():
    check = check_for("what is norovirus")
    closing = check_text(check, "Norovirus causes diarrhea and vomiting.").split(ADD_PREFIX, 1)[1]
    assert closing.lstrip().startswith("\u201cNoroviruses are a group of related viruses.")
    # the page's first ADD_QUOTES sentences it did not restate, in the page's order
    assert closing.count("\u201c") == ADD_QUOTES == 3
    assert closing.index("cruise ships") < closing.index("contaminated surface")


def test_an_abstention_quotes_the_sentence_of_the_kind_first():
    check = check_for("can u only get norovirus on cruise ships")
    shown = check.abstention()
    assert shown.startswith(ABSTAIN_PREFIX)
    assert shown[len(ABSTAIN_PREFIX):].lstrip().startswith("\u201cYou can also get norovirus if you touch")
