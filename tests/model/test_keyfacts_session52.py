"""Issue 22, session 52: the closing quotes of an everyday question (key facts fresh11, fresh9; development).

* A word of the condition's own name asks no narrower aspect ("what is newborn screening", "is it drug abuse if ..."),
  and nor does a diagnosis the person reports ("... was just diagnosed with it"): the overview's opening is quoted.
* The overview's opening comes beside ADD_QUOTES picks, not in place of two of them, where the best page is that
  overview (its opening is where the picks in page order begin).
* A sentence saying "general" names no cause (it met "gene\\w*"); one naming an exposure does.
Sentences here are written for the tests, about made-up pages."""

from __future__ import annotations

from bag_of_words import bag_of_words_check, low_quote_floor

from medassist.model.faithfulness import ADD_PREFIX, check_text
from medassist.model.retrieval import Passage
from medassist.model.retrieval.question_kind import answers_kind, asks_aspect

CAUSE = frozenset({"cause"})


def test_a_word_of_the_conditions_name_asks_no_aspect():
    question = "what is pelvic floor therapy, the physio at the clinic mentioned it for my mum"
    assert asks_aspect(question)  # "therapy" read alone asks for a treatment
    assert not asks_aspect(question, "pelvic floor therapy")
    assert not asks_aspect("whats hearing screening, they did one on my grandson", "hearing screenings")
    # another aspect word beside the name still asks that aspect
    assert asks_aspect("what is pelvic floor therapy and what are the risks of it", "pelvic floor therapy")


def test_a_reported_diagnosis_asks_no_aspect():
    for question in ("what actually is scleritis? my flatmate was just diagnosed with it",
                     "my grandad got diagnosed last month, what is a hiatus hernia",
                     "she has been diagnosed as having dyscalculia, what does that mean"):
        assert not asks_aspect(question), question
    for question in ("how is scleritis diagnosed", "how do they diagnose a hiatus hernia in older people"):
        assert asks_aspect(question), question


def test_general_names_no_cause_and_an_exposure_does():
    assert not answers_kind("Their reading age is about the same as in the general population.", CAUSE)
    assert answers_kind("Years of exposure to loud machinery have been linked with the condition.", CAUSE)
    assert answers_kind("It is caused by a change in one gene.", CAUSE)
    assert answers_kind("The disorder is genetic in most families.", CAUSE)


OVERVIEW = Passage(
    "What is (are) Lantern Lung ?",
    "Lantern lung is a scarring of the small airways. It makes breathing out slow and noisy. Lantern lung is commoner "
    "in glassblowers than in other workers. It is worse in cold damp weather. Lantern lung is not passed from one "
    "person to another. A chest scan shows the scarred airways. Most people with lantern lung keep working.",
    "https://example.org/lantern-lung", "o", 0.7)


def closing_quotes(question: str, answer: str) -> str:
    check = bag_of_words_check([OVERVIEW], question)
    text = check_text(check, answer)
    return text.split(ADD_PREFIX, 1)[1] if ADD_PREFIX in text else ""


def test_the_opening_comes_beside_three_picks(monkeypatch):
    low_quote_floor(monkeypatch)
    monkeypatch.setattr("medassist.model.faithfulness.RELATIVE_QUOTE_FLOOR", 0.0)
    quotes = closing_quotes("lantern lung what is that exactly, my uncle has it",
                            "Most people with lantern lung keep working.")
    # the opening (its first two statements) ...
    assert "Lantern lung is a scarring of the small airways." in quotes
    assert "It makes breathing out slow and noisy." in quotes
    # ... and three more of the page in its order, not one
    for sentence in ("commoner in glassblowers", "worse in cold damp weather", "not passed from one person"):
        assert sentence in quotes, sentence
    assert "A chest scan" not in quotes  # five in all
