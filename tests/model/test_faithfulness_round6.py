"""Round 6 of the faithfulness check (issue 22): it abstains less where the pages answer the question,
keeps paraphrases of a negated sentence, never quotes headings or questions, lists no irrelevant
sources, and refuses a group comparison or a route of infection the pages contradict."""

from __future__ import annotations

import pytest
from bag_of_words import BagOfWords

from medassist.model.faithfulness import ABSTAIN_PREFIX, NOTHING_RELEVANT, FaithfulnessCheck, check_text
from medassist.model.retrieval import Passage
from medassist.model.retrieval.evidence import SentenceVectors, select_evidence


@pytest.fixture
def make_check():
    def make(passages: Passage | list[Passage], question: str) -> FaithfulnessCheck:
        vectors = SentenceVectors(BagOfWords())
        pages = passages if isinstance(passages, list) else [passages]
        return FaithfulnessCheck(select_evidence(question, pages, vectors, topic=False), vectors.encode, question)
    return make


SHINGLES = Passage("What is shingles?", "You can't catch shingles from someone who has it. Shingles is caused by "
                   "the chickenpox virus coming back years later. Shingles causes a painful rash on one side of "
                   "the body.", "https://nia.nih.gov/shingles", "s", 0.7)
WRONG_OPENING = "Yes, children catch it from parents every time. Bananas grow quickly in tropical plantations. "


def test_an_answer_opening_unsupported_is_the_pages_answer_when_their_quote_is_about_the_question(
        make_check, monkeypatch):
    monkeypatch.setattr("medassist.model.faithfulness.ANSWER_QUOTE_SCORE", 0.3)  # bag-of-words scores run low
    check = make_check(SHINGLES, "Can my kids catch shingles from her?")
    shown = check_text(check, WRONG_OPENING + "Shingles causes a painful rash on one side of the body.")
    assert not shown.startswith(ABSTAIN_PREFIX) and not check.counts.abstained
    assert shown.startswith("\u201cYou can't catch shingles from someone who has it.\u201d [")
    assert "children catch" not in shown and "Bananas" not in shown
    # the answer goes on: a supported sentence after the quote is shown
    assert "Shingles causes a painful rash on one side of the body." in shown
    # with quotes off the question it is still an abstention
    monkeypatch.setattr("medassist.model.faithfulness.ANSWER_QUOTE_SCORE", 1.01)
    monkeypatch.setattr("medassist.model.faithfulness.RELATIVE_ANSWER_FLOOR", 1.01)
    assert check_text(make_check(SHINGLES, "Can my kids catch shingles from her?"), WRONG_OPENING) \
        .startswith(ABSTAIN_PREFIX)


DEHYDRATION = Passage("What is dehydration?", "When you are dehydrated, your body does not have enough fluid to "
                      "work properly. Drink small amounts of water over a period of time.",
                      "https://medlineplus.gov/dehydration", "d", 0.7)
PRESSURE = Passage("Does high blood pressure have symptoms?", "Most people with high blood pressure do not have "
                   "symptoms. High blood pressure can damage the kidneys over time.",
                   "https://nhlbi.nih.gov/hbp", "p", 0.7)


def test_a_plain_sentence_is_refused_for_negation_only_when_it_says_what_the_evidence_denies(make_check):
    check = make_check(DEHYDRATION, "what is dehydration")
    # "does not have enough fluid" denies "enough"; losing fluid says something else, in other words
    assert check.judge("When you are dehydrated, your body loses too much fluid to work properly.").action == "keep"
    # it says the very word the evidence denies: a contradiction
    assert check.judge("Most people with high blood pressure have symptoms.").reason != "ok"
    hbp = make_check(PRESSURE, "does high blood pressure have symptoms")
    assert hbp.judge("Most people with high blood pressure have symptoms.").reason == "negation"
    # a negated sentence next to a plain one is still refused: its denial is a claim of its own
    assert check.judge("Do not drink small amounts of water over a period of time.").reason == "negation"


HEADINGS = Passage("How is gout diagnosed?", "How is gout diagnosed? Complications of Gout Attacks\n"
                   "These resources address the diagnosis or management of gout: - Gene Review - MedlinePlus. "
                   "Gout is diagnosed with a joint fluid test. Gout is diagnosed with a joint fluid test.",
                   "https://niams.nih.gov/gout", "g", 0.7)


def test_questions_headings_resource_lists_and_repeats_are_never_quoted(make_check, monkeypatch):
    monkeypatch.setattr("medassist.model.faithfulness.QUOTE_MIN_SCORE", 0.0)
    monkeypatch.setattr("medassist.model.faithfulness.ANSWER_QUOTE_SCORE", 1.01)
    check = make_check(HEADINGS, "how is gout diagnosed")
    texts = [s.text for s in check.evidence.sentences]
    assert "How is gout diagnosed?" in texts  # the evidence holds them all ...
    shown = check_text(check, "Bananas grow quickly in tropical plantations. The moon is made of cheese.")
    assert shown.startswith(ABSTAIN_PREFIX)
    assert "?\u201d" not in shown and "Complications" not in shown and "resources" not in shown
    assert shown.count("joint fluid test") == 1  # ... a page's repeated sentence is quoted once


def test_an_abstention_that_quotes_nothing_lists_no_sources(make_check):
    gout = Passage("Is gout contagious?", "Gout is not contagious. Gout is caused by uric acid crystals in joints.",
                   "https://niams.nih.gov/gout", "g", 0.7)
    check = make_check(gout, "Can I double up on my sertraline since I forgot yesterday's?")
    assert check_text(check, "You can double up safely. It works quickly in the liver.") == NOTHING_RELEVANT
    assert check.sources() == ""  # the gout page is not where this answer came from
    answered = make_check(gout, "Is gout contagious?")
    check_text(answered, "Gout is not contagious.")
    assert "niams.nih.gov/gout" in answered.sources()


BREAST = Passage("Can men get breast cancer?", "Although breast cancer is much more common in women, men can get "
                 "it too. It happens most often to men between the ages of 60 and 70. Men who have a lump in the "
                 "breast should see a doctor.", "https://cancer.gov/male-breast", "b", 0.7)


def test_ranking_men_first_is_refused_when_the_pages_rank_women_first(make_check):
    check = make_check(BREAST, "can men get breast cancer")
    # "most often to men between 60 and 70" ranks within men; "more common in women" ranks women over men
    assert check.judge("Breast cancer is the most common cancer in men.").reason == "comparison"
    shown = check_text(check, "Men can get breast cancer too. Breast cancer is the most common cancer in men.")
    assert "most common cancer in men" not in shown
    assert check.judge("Breast cancer is much more common in women.").action == "keep"


TB = Passage("What is tuberculosis?", "Tuberculosis (TB) is a disease that is spread through the air from one person "
             "to another. TB blood tests show if a person has been infected with TB bacteria. TB can be treated "
             "with medicines.", "https://cdc.gov/tb", "t", 0.7)


def test_a_route_of_infection_must_be_one_the_pages_give(make_check):
    check = make_check(TB, "how is tb spread")
    # "blood" is on the page, but in a sentence about tests, not about how TB spreads
    assert check.judge("TB is spread through the blood from one person to another.").reason == "claim"
    assert check.judge("TB is spread through the air from one person to another.").action == "keep"


def test_the_served_abstention_that_quotes_nothing_shows_no_sources(tmp_path, runtime, monkeypatch):
    """What a person sees through Assistant.answer -> Turn.stream: no page listed under an answer that
    says the pages don't cover the question (it listed the pages it had just found irrelevant)."""
    from medassist.model.assistant import Assistant
    from medassist.model.records import QARecord
    from medassist.model.retrieval import Retriever
    from medassist.model.runtime import Generation

    records = [QARecord("Is gout contagious?", "Gout is not contagious. Gout is caused by uric acid crystals in "
                        "joints.", "https://niams.nih.gov/gout", "g")]
    retriever = Retriever.from_records(records, cache_dir=tmp_path, embedder=BagOfWords())
    assistant = Assistant(runtime, retriever, top_k=1)

    def fake_stream(question, history=(), context=None, settings=None, **kwargs):
        return Generation(prompt_tokens=5, dropped_turns=0, max_new_tokens=64, _pieces=iter([
            "You can double up safely. ", "It works quickly in the liver. "]))

    monkeypatch.setattr(assistant.runtime, "stream", fake_stream)
    turn = assistant.answer("Can I double up on my sertraline since I forgot yesterday's gout pill?")
    assert turn.faithfulness is not None  # the gout page was found, and its evidence checked the answer
    text = turn.text()
    assert NOTHING_RELEVANT in text
    assert "niams.nih.gov" not in text and "Sources" not in text
