"""Quote floors that follow the question (issue 22, round 23): an everyday question sits further from every page
sentence than a MedQuAD question does, so where a page's title names what was asked, the page's best sentence for it
is quoted (closing quotes, an abstention's quotes) and may stand as the answer even when it scores below the fixed
floors (QUOTE_MIN_SCORE, ANSWER_QUOTE_SCORE). With no page named, the fixed floors stay."""

from __future__ import annotations

from bag_of_words import bag_of_words_check

from medassist.model.faithfulness import (
    ABSTAIN_PREFIX,
    ADD_PREFIX,
    ANSWER_QUOTE_SCORE,
    QUOTE_MIN_SCORE,
    RELATIVE_QUOTE_MARGIN,
    check_text,
)
from medassist.model.retrieval import Passage

BODY = ("Chilblains are small itchy swellings on the toes that appear after the skin gets cold. "
        "Warming cold skin too quickly, for example with a hot water bottle, makes chilblains more likely. "
        "Keeping your feet warm and dry helps prevent them. Most chilblains heal within two weeks.")
CHILBLAINS = Passage("What are chilblains?", BODY, "https://example.org/chilblains", "c", 0.6)
FROSTBITE = Passage("What is frostbite?", "Frostbite is an injury caused by freezing of the skin. It most often affects "
                    "the nose, ears, cheeks, chin, fingers, or toes.", "https://example.org/frostbite", "f", 0.5)
# the same page under a title that names nothing the questions name
UNNAMED = Passage("What is a cold injury?", BODY, "https://example.org/cold", "u", 0.6)

WARMING = "Warming cold skin too quickly"
CHATTY = ("my nan keeps warming her frozen feet on a hot water bottle after our winter walks, "
          "no harm in that for chilblains is there")
OPENING = "Chilblains are small itchy swellings on the toes that appear after the skin gets cold."


def test_the_best_sentence_of_a_named_page_closes_the_answer_below_the_fixed_floor():
    check = bag_of_words_check([CHILBLAINS, FROSTBITE], CHATTY)
    best = max(q.score for q in check._quotes if q.text.startswith(WARMING))
    assert best < QUOTE_MIN_SCORE  # the fixed floor would quote nothing
    shown = check_text(check, OPENING)
    assert ADD_PREFIX in shown
    assert WARMING in shown.split(ADD_PREFIX, 1)[1]


def test_with_no_page_named_the_fixed_floor_stays():
    check = bag_of_words_check([UNNAMED, FROSTBITE], CHATTY)
    assert ADD_PREFIX not in check_text(check, OPENING)


def test_quotes_replacing_a_wrong_opening_are_the_answer_when_they_are_the_pages_best_for_it():
    question = ("warming cold skin with a hot water bottle cant cause chilblains can it, "
                "my nan keeps doing it after our winter walks")
    answer = ("A hot water bottle is the best way to warm cold skin after a walk. Nan can keep the water bottle hot all "
              "winter. Warm skin with hot water never gets itchy.")
    check = bag_of_words_check([CHILBLAINS, FROSTBITE], question)
    best = max(q.score for q in check._quotes if q.text.startswith(WARMING))
    assert best < ANSWER_QUOTE_SCORE  # the fixed floor abstained here
    shown = check_text(check, answer)
    assert not shown.startswith(ABSTAIN_PREFIX)
    assert shown.startswith("\u201c" + WARMING)


def test_the_relative_floor_never_rises_above_the_fixed_one():
    question = "my nan says warming cold skin quickly with a hot water bottle is fine for chilblains, is she right"
    check = bag_of_words_check([CHILBLAINS, FROSTBITE], question)
    best = max(q.score for q in check._quotes)
    assert best - RELATIVE_QUOTE_MARGIN > QUOTE_MIN_SCORE
    assert check._quote_floor == QUOTE_MIN_SCORE and check._answer_floor <= ANSWER_QUOTE_SCORE
