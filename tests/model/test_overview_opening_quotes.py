"""Issue 22, session 51: an answer shows what the condition is, from its overview page's opening.

The closing quotes follow the best page found, often a narrower one (its treatments, its inheritance), so the sentence
of the overview page saying what the condition is went unshown when its words were far from the question's ("what
happens in it", "can we catch it off her"). Where a page found is the overview of what the question names and the
question asks for no narrower aspect, the overview's first statements open the closing quotes, beside the usual ones.
A question asking for an aspect (its treatments, its causes) keeps the quotes it had."""

from __future__ import annotations

from bag_of_words import bag_of_words_check, low_quote_floor

from medassist.model.faithfulness import ADD_PREFIX, check_text
from medassist.model.retrieval import Passage
from medassist.model.retrieval.question_kind import asks_aspect

TREATMENTS = Passage(
    "What are the treatments for Adhesive Capsulitis ?",
    "Adhesive capsulitis is treated with gentle stretching exercises done every day. A physiotherapist can show "
    "which stretches suit the stiff joint. Steroid injections into the joint may ease the ache for some weeks. "
    "Surgery is rarely needed for adhesive capsulitis.",
    "https://example.org/capsulitis-treatments", "t", 0.71)
OVERVIEW = Passage(
    "What is (are) Adhesive Capsulitis ?",
    "Adhesive capsulitis is a painful stiffening of the shoulder. In adhesive capsulitis, the tough lining around the "
    "ball of the joint thickens and shrinks, so the arm can barely be lifted. It is commoner in people who have "
    "diabetes.",
    "https://example.org/capsulitis", "o", 0.64)
OPENING = "In adhesive capsulitis, the tough lining around the ball of the joint thickens and shrinks"
WHAT_IS = "my auntie has been told she has adhesive capsulitis, what actually goes on in it"
ANSWER = "Adhesive capsulitis is treated with gentle stretching exercises done every day."


def closing_quotes(question: str) -> str:
    check = bag_of_words_check([TREATMENTS, OVERVIEW], question)
    text = check_text(check, ANSWER)
    return text.split(ADD_PREFIX, 1)[1] if ADD_PREFIX in text else ""


def test_the_overview_opening_is_quoted_for_what_it_is(monkeypatch):
    low_quote_floor(monkeypatch)
    monkeypatch.setattr("medassist.model.faithfulness.RELATIVE_QUOTE_FLOOR", 0.0)
    # by shared words the overview's third statement is the closest sentence, which since session 53 is quoted after the
    # picks (test_keyfacts_session53.py); this test is about the opening's two statements alone
    monkeypatch.setattr("medassist.model.faithfulness.CLOSEST_QUOTES", 0)
    quotes = closing_quotes(WHAT_IS)
    assert OPENING in quotes
    # first, then the best page's quotes as before
    assert quotes.index("Adhesive capsulitis is a painful stiffening") < quotes.index("A physiotherapist")
    assert "commoner in people who have diabetes" not in quotes  # its first two statements only


def test_a_question_asking_an_aspect_keeps_its_own_quotes(monkeypatch):
    low_quote_floor(monkeypatch)
    monkeypatch.setattr("medassist.model.faithfulness.RELATIVE_QUOTE_FLOOR", 0.0)
    quotes = closing_quotes("my auntie has adhesive capsulitis, how do they treat it and does it need surgery")
    assert OPENING not in quotes and "A physiotherapist" in quotes


def test_no_overview_page_no_opening(monkeypatch):
    low_quote_floor(monkeypatch)
    monkeypatch.setattr("medassist.model.faithfulness.RELATIVE_QUOTE_FLOOR", 0.0)
    check = bag_of_words_check([TREATMENTS], WHAT_IS)
    assert check._opening == []


def test_questions_asking_an_aspect():
    for question in ("what causes adhesive capsulitis in older women",
                     "whats the outlook for someone with a frozen joint like that",
                     "is there a cure for it or do u just live with it",
                     "how do they test for it at the clinic",
                     "what are the first signs of it"):
        assert asks_aspect(question), question
    for question in (WHAT_IS, "what is adhesive capsulitis exactly",
                     "my nan is poorly with it, can we pick it up off her when we visit"):
        assert not asks_aspect(question), question
