"""Issue 22, session 49: what the served answers of the development key-facts rounds got wrong.

"Is it dangerous" was answered "it is a serious condition" and kept beside pages that never call it serious or
dangerous: the yes/no rule held only the question's own word to the pages. The words calling something dangerous are
now one claim, as those calling it safe are. And an age group asks who can have a condition ("can teenagers get it or
is that an old persons thing"), so the page's "people of all ages" is quoted first."""

from __future__ import annotations

from bag_of_words import bag_of_words_check

from medassist.model.faithfulness import HARM_KEY, _asked_key
from medassist.model.retrieval import Passage
from medassist.model.retrieval.question_kind import answers_kind, asked_kinds

BUNION = Passage(
    "Who is at risk for Tailor's Bunion? ?",
    "A tailor's bunion is a bony bump at the base of the little toe. Tight pointed shoes raise the chance of a "
    "tailor's bunion. Most of the time a tailor's bunion gives no trouble beyond a sore shoe.",
    "https://example.org/tailors-bunion", "b", 0.7)
QUESTION = "is a tailors bunion on my little toe dangerous"
ANSWER = "A tailor's bunion is a serious problem of the little toe."


def test_words_calling_something_dangerous_are_one_key():
    assert {_asked_key(w) for w in ("dangerous", "serious", "harmful", "deadly", "fatal", "life-threatening")} \
        == {HARM_KEY}
    assert _asked_key("harm") == HARM_KEY and _asked_key("harmless") != HARM_KEY


def test_an_answer_calling_it_serious_needs_a_page_saying_so_when_the_question_said_dangerous():
    check = bag_of_words_check([BUNION], QUESTION, support_threshold=0.3)
    judgement = check.judge(ANSWER)
    assert judgement.action in ("replace", "drop") and judgement.reason == "asked"


def test_a_page_calling_it_serious_still_supports_it():
    page = Passage(BUNION.question, BUNION.answer + " A tailor's bunion is a serious problem when the skin over it "
                   "breaks.", "https://example.org/tailors-bunion-2", "b2", 0.7)
    check = bag_of_words_check([page], QUESTION, support_threshold=0.3)
    assert check.judge(ANSWER).action == "keep"


def test_an_age_group_asks_who_can_have_it():
    for question in ("my daughter is 15, can teenagers get gallstones or is that an old persons thing",
                     "is a frozen shoulder an older peoples illness",
                     "can young adults get a stroke"):
        assert "who" in asked_kinds(question), question
    assert asked_kinds("what is a frozen shoulder") == frozenset()
    assert answers_kind("Gallstones can affect people of all ages.", frozenset({"who"}))
    assert answers_kind("Teenagers rarely get gallstones.", frozenset({"who"}))
