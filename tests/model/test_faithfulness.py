"""The faithfulness check: each sentence is kept, replaced by quoted evidence, or dropped before it is
shown; an answer that opens unsupported is not given."""

from __future__ import annotations

import logging

import pytest
from bag_of_words import BagOfWords

from medassist.model.faithfulness import (
    ABSTAIN_PREFIX,
    ADD_PREFIX,
    NOTHING_RELEVANT,
    QUOTE_MIN_SCORE,
    FaithfulnessCheck,
    check_text,
    judge_sentence,
)
from medassist.model.retrieval import Passage
from medassist.model.retrieval.evidence import SentenceVectors, select_evidence
from medassist.model.runtime import Generation

SHINGLES = Passage("What is shingles?", "You can't catch shingles from someone who has it. Shingles is caused by "
                   "the chickenpox virus coming back years later. Shingles causes a painful rash on one side of "
                   "the body. About 1 in 3 adults will get shingles.", "https://nia.nih.gov/shingles", "s", 0.7)
GOUT = Passage("Is gout contagious?", "Gout is not contagious. Gout is caused by uric acid crystals in joints.",
               "https://niams.nih.gov/gout", "g", 0.7)


@pytest.fixture
def embedder():
    return BagOfWords()


@pytest.fixture
def make_check(embedder):
    def make(passage: Passage, question: str) -> FaithfulnessCheck:
        vectors = SentenceVectors(embedder)
        return FaithfulnessCheck(select_evidence(question, [passage], vectors), vectors.encode, question)
    return make


def test_supported_sentences_are_kept_word_for_word(make_check):
    check = make_check(SHINGLES, "What causes shingles?")
    text = "Shingles is caused by the chickenpox virus coming back [1]. Shingles causes a painful rash."
    # (the page's own sentences may close the answer: a page's title names the question's subject)
    assert check_text(check, text).split(f"\n\n{ADD_PREFIX}")[0] == text
    assert check.counts.supported == 2 and check.counts.unsupported == 0 and not check.counts.abstained


def test_a_contradiction_is_replaced_by_the_quoted_evidence(make_check):
    check = make_check(GOUT, "Is gout contagious?")
    assert check.judge("Gout is contagious.").reason == "contradiction"  # claim_polarity.py, before negation
    shown = check_text(check, "Gout is caused by uric acid crystals. Gout is contagious.")
    assert shown == "Gout is caused by uric acid crystals. \u201cGout is not contagious.\u201d [1]" or \
        shown.startswith("Gout is caused by uric acid crystals. \u201cGout is not contagious.\u201d [")
    assert "Gout is contagious." not in shown and check.counts.replaced == 1


def test_numbers_the_evidence_does_not_give_are_not_kept(make_check):
    check = make_check(SHINGLES, "How many adults get shingles?")
    assert check.judge("About 1 in 3 adults will get shingles.").action == "keep"
    assert check.judge("About 9 in 10 adults will get shingles.").reason == "number"


def test_off_topic_sentences_are_dropped_and_advice_is_kept(make_check):
    check = make_check(GOUT, "Is gout contagious?")
    assert judge_sentence("Bananas grow quickly in tropical plantations.", check.evidence, check.encode).action == "drop"
    shown = check_text(check, "Gout is not contagious. Bananas grow quickly in tropical plantations. "
                              "See a doctor if a joint is hot and swollen.")
    assert shown == "Gout is not contagious. See a doctor if a joint is hot and swollen."
    assert (check.counts.supported, check.counts.dropped, check.counts.neutral) == (1, 1, 1)


def test_an_answer_that_opens_unsupported_is_not_given(make_check, monkeypatch):
    # the quotes that would replace its sentences are not about the question (tests/model/
    # test_faithfulness_round6.py: when they are, they are the answer)
    monkeypatch.setattr("medassist.model.faithfulness.ANSWER_QUOTE_SCORE", 1.01)
    monkeypatch.setattr("medassist.model.faithfulness.RELATIVE_ANSWER_FLOOR", 1.01)
    check = make_check(SHINGLES, "Can my kids catch shingles from her?")
    cancelled = []
    rest = iter(["Also unread. "] * 3)

    def pieces():
        yield "Yes, children catch it from parents every time. "
        yield "Bananas grow quickly in tropical plantations. "
        yield from rest

    shown = "".join(check.filter(pieces(), cancel=lambda: cancelled.append(True)))
    assert shown.startswith(ABSTAIN_PREFIX) and "\u201c" in shown and "[1]" in shown
    assert "Bananas" not in shown and "children catch" not in shown
    assert cancelled and check.counts.abstained and next(rest, None) is not None  # generation stopped


def test_nothing_is_shown_before_its_sentence_is_complete(make_check):
    check = make_check(GOUT, "Is gout contagious?")
    shown = []
    for out in check.filter(iter(["Gout is ", "not conta", "gious.", " Gout is caused by uric acid crystals."])):
        shown.append(out)
    assert shown == ["Gout is not contagious.", " Gout is caused by uric acid crystals."]


def test_the_log_line_holds_counts_never_text(make_check, caplog):
    check = make_check(GOUT, "Is gout contagious?")
    with caplog.at_level(logging.INFO, logger="medassist.model.faithfulness"):
        check_text(check, "Gout is not contagious. Bananas grow quickly in tropical plantations.")
    line = " ".join(r.getMessage() for r in caplog.records)
    assert "supported=1" in line and "dropped=1" in line
    assert "contagious" not in line and "Bananas" not in line


def test_the_served_turn_shows_the_checked_answer_and_cited_sources(tmp_path, embedder, runtime, monkeypatch):
    """What a person sees through Assistant.answer -> Turn.stream (the shingles example of issue 22)."""
    from medassist.model.assistant import Assistant
    from medassist.model.records import QARecord
    from medassist.model.retrieval import Retriever

    records = [QARecord(SHINGLES.question, SHINGLES.answer, SHINGLES.source, "s"),
               QARecord(GOUT.question, GOUT.answer, GOUT.source, "g")]
    assistant = Assistant(runtime, Retriever.from_records(records, cache_dir=tmp_path, embedder=embedder), top_k=1)
    contexts = []

    def fake_stream(question, history=(), context=None, settings=None, **kwargs):
        contexts.append(context)
        return Generation(prompt_tokens=5, dropped_turns=0, max_new_tokens=64, _pieces=iter([
            "Yes, children can catch shingles from their parents. ",
            "Shingles is caused by the chickenpox virus coming back years later [2]."]))

    monkeypatch.setattr(assistant.runtime, "stream", fake_stream)
    turn = assistant.answer("My mother has shingles. Can my kids catch shingles from her?")
    text = turn.text()
    assert contexts[0].startswith("[1] What is shingles? — ")  # numbered evidence sentences, not the page
    assert "children can catch shingles" not in text
    assert "\u201cYou can't catch shingles from someone who has it.\u201d [" in text
    assert "Shingles is caused by the chickenpox virus coming back years later [2]." in text
    assert "[What is shingles?](https://nia.nih.gov/shingles)" in text and "niams" not in text
    assert turn.faithfulness.counts.to_dict() == {"supported": 1, "unsupported": 1, "replaced": 1, "dropped": 0,
                                                  "neutral": 0, "abstained": False}


def test_list_items_keep_their_line_breaks(make_check):
    check = make_check(GOUT, "Is gout contagious?")
    text = "Gout is not contagious.\n- Gout is caused by uric acid crystals in joints.\n- Bananas grow in plantations."
    assert check_text(check, text) == "Gout is not contagious.\n- Gout is caused by uric acid crystals in joints."


def test_short_list_items_are_supported_by_the_evidences_words(make_check):
    check = make_check(SHINGLES, "What are the signs of shingles?")
    assert check.judge("- Painful rash").reason == "fragment"
    assert check.judge("- Purple spots").action != "keep"
    assert check.judge("Shingles is contagious.").reason != "fragment"  # a short sentence is a claim


def test_an_abstention_quotes_no_evidence_off_the_question(make_check):
    """When the nearest pages do not answer the question, the abstention says so instead of quoting
    them (evidence below QUOTE_MIN_SCORE)."""
    check = make_check(GOUT, "Can I double up on my sertraline since I forgot yesterday's?")
    assert all(s.score < QUOTE_MIN_SCORE for s in check.evidence.sentences)
    shown = "".join(check.filter(iter(["You can double up safely. ", "It works quickly in the liver. "])))
    assert shown == NOTHING_RELEVANT
    assert "\u201c" not in shown


ALPORT = Passage("What are the symptoms of Alport syndrome?", "The signs of Alport syndrome are not the same in every "
                 "person. The signs and symptoms of Alport syndrome are in the table.",
                 "https://rarediseases.info.nih.gov/alport", "t", 0.7)
ASTHMA = Passage("What is asthma?", "Asthma is a chronic disease. Asthma makes the airways of the lungs swell.",
                 "https://nhlbi.nih.gov/asthma", "a", 0.7)
STONES = Passage("What causes kidney stones?", "Kidney stones form when the urine has too much calcium or oxalate. "
                 "Kidney stones are common in adults. Kidney stones are more likely when you do not drink enough "
                 "water.", "https://niddk.nih.gov/stones", "k", 0.7)


def test_negation_is_judged_only_against_a_clearly_closest_sentence(make_check):
    check = make_check(ALPORT, "What are the symptoms of Alport syndrome?")
    # its nearest evidence says "not", but an evidence sentence without it is nearly as close
    assert check.judge("The signs of Alport syndrome in every person are in the table.").action == "keep"
    # a restated sentence with its negation removed is still a contradiction
    assert check.judge("The signs of Alport syndrome are the same in every person.").reason == "negation"


def test_a_restated_question_is_neither_supported_nor_refused(make_check):
    check = make_check(ALPORT, "what are alport symptoms")
    assert check.judge("What are the signs and symptoms of Alport syndrome?").action == "neutral"
    assert not check_text(check, "What are the signs and symptoms of Alport syndrome? The signs of Alport "
                          "syndrome in every person are in the table.").startswith(ABSTAIN_PREFIX)


def test_a_yes_no_answer_needs_the_evidence_not_the_question_for_its_claim(make_check):
    # "contagious" comes from the question only: echoing it is not support
    assert make_check(ASTHMA, "is asthma contagious").judge("Asthma is contagious.").reason == "asked"
    assert make_check(ASTHMA, "can asthma make the airways swell").judge(
        "Asthma makes the airways swell.").action == "keep"


def test_an_answer_ends_with_the_relevant_evidence_it_left_out(make_check, monkeypatch):
    monkeypatch.setattr("medassist.model.faithfulness.QUOTE_MIN_SCORE", 0.2)  # bag-of-words scores run low
    check = make_check(STONES, "what causes kidney stones to form")
    shown = check_text(check, "Kidney stones are common in adults.")
    first, _, added = shown.partition("\n\nFrom the NIH pages: ")
    assert first == "Kidney stones are common in adults."
    # the sentence the answer already says is not quoted again; the two it left out are, cited
    assert "\u201cKidney stones form when the urine has too much calcium or oxalate.\u201d [" in added
    assert "\u201cKidney stones are more likely when you do not drink enough water.\u201d [" in added
    assert "common in adults" not in added
    # an abstention already quotes its evidence: nothing is added after it
    abstained = check_text(make_check(STONES, "what causes kidney stones to form"),
                           "The moon is made of cheese. Cheese is a dairy food.")
    assert abstained.startswith(ABSTAIN_PREFIX) and "From the NIH pages" not in abstained


def test_a_sentence_said_already_is_not_shown_again(make_check):
    check = make_check(GOUT, "Is gout contagious?")
    shown = check_text(check, "Gout is not contagious. Gout is caused by uric acid crystals. Gout is not contagious.")
    assert shown.count("Gout is not contagious") == 1
    assert check_text(make_check(GOUT, "Is gout contagious?"), "Gout is contagious. Gout is not contagious.") \
        .count("Gout is not contagious") == 1  # the quote that replaced the first one says it already


def test_a_yes_to_a_claim_the_evidence_only_denies_is_not_supported(make_check):
    cure = Passage("Can COPD be cured?", "There is no cure for COPD yet. Treatment for COPD helps people breathe.",
                   "https://nhlbi.nih.gov/copd", "c", 0.7)
    check = make_check(cure, "can copd be cured")
    assert check.judge("Yes, COPD can be cured.").reason in ("asked", "negation", "similarity")
    assert check.judge("Yes, COPD can be cured.").action != "keep"
    assert check.judge("Treatment for COPD helps people breathe.").action == "keep"


def test_a_yes_needs_one_evidence_sentence_saying_the_whole_claim(embedder):
    # "Can you get HIV from kissing?": a page on mono says you get *it* from kissing, one on HIV says
    # how HIV spreads; neither says HIV spreads by kissing, so the "yes" is not supported by them.
    hiv = Passage("What is HIV?", "HIV is spread through sex or shared needles with someone who has HIV.",
                  "https://nih.gov/hiv", "h", 0.7)
    mono = Passage("What is mono?", "You can get mono from kissing someone who has it.", "https://nih.gov/mono",
                   "m", 0.6)
    vectors = SentenceVectors(embedder)
    question = "can you get hiv from kissing someone"
    check = FaithfulnessCheck(select_evidence(question, [hiv, mono], vectors, topic=False), vectors.encode, question)
    assert check.judge("You can get HIV from kissing someone who has it.").reason == "asked"
    assert check.judge("HIV is spread through sex or shared needles with someone who has HIV.").action == "keep"


def test_the_yes_no_rule_reads_a_word_in_another_form(make_check):
    # "hugging" in the question, "hug" in the answer: the claim is the same, and no evidence makes it
    hiv = Passage("How is HIV spread?", "You can get the virus from the blood of someone who has HIV. HIV is not "
                  "spread by touch.", "https://nih.gov/hiv", "h", 0.7)
    check = make_check(hiv, "can u catch hiv from hugging someone")
    assert check.judge("When you hug someone who has HIV, you can get the virus.").action != "keep"
    assert check.judge("You can get the virus from the blood of someone who has HIV.").action == "keep"


def test_a_yes_whose_page_says_it_in_two_sentences_is_kept(make_check):
    page = Passage("Obesity and heart disease", "Obesity is a common condition in adults. It raises the risk of "
                   "heart disease and stroke.", "https://nih.gov/obesity", "o", 0.7)
    check = make_check(page, "does obesity raise the risk of heart disease")
    assert check.judge("Obesity raises the risk of heart disease and stroke.").action == "keep"


def test_a_yes_answers_the_question_it_was_asked_not_an_easier_one(make_check):
    page = Passage("Can asthma be cured?", "There is no cure for asthma. Asthma can be treated with medicines.",
                   "https://nih.gov/asthma", "a", 0.7)
    check = make_check(page, "can asthma be cured")
    assert check.judge("Yes, asthma can be treated with medicines.").action != "keep"  # a yes to "cured"
    assert check.judge("Asthma can be treated with medicines.").action == "keep"


TETANUS = Passage("What is tetanus?", "Tetanus is a serious illness caused by Clostridium bacteria. The bacteria "
                  "live in soil, saliva, dust and manure.", "https://medlineplus.gov/tetanus", "t", 0.7)
MALARIA = Passage("What is malaria?", "Malaria is spread by mosquitoes that bite infected people.",
                  "https://medlineplus.gov/malaria", "m", 0.7)


def test_a_cause_or_route_the_evidence_does_not_name_is_not_kept(make_check):
    # Close to the page and sharing nearly all its terms, but the cause or the route is the model's own.
    check = make_check(TETANUS, "what is tetanus")
    assert check.judge("Tetanus is a serious illness caused by Clostridium botulinum bacteria.").reason == "claim"
    assert check.judge("Tetanus is caused by Clostridium bacteria in the soil.").action == "keep"
    shown = check_text(make_check(MALARIA, "how do you catch malaria"),
                       "Malaria is spread by mosquitoes that bite people. You can catch malaria from infected water.")
    assert "water" not in shown and shown.startswith("Malaria is spread by mosquitoes that bite people.")


BREAST = Passage("Can men get breast cancer?", "Although breast cancer is much more common in women, men can get "
                 "it too. Most men with breast cancer have a lump. Breast cancer in men is treated with surgery.",
                 "https://medlineplus.gov/malebreastcancer", "b", 0.7)


def test_a_reversed_comparison_is_replaced_by_the_page(make_check):
    check = make_check(BREAST, "can men get breast cancer")
    assert check.judge("Breast cancer is much more common in men than in women.").reason == "comparison"
    shown = check_text(check, "Men can get breast cancer. Breast cancer is much more common in men than in women.")
    assert "more common in men" not in shown
    assert shown.startswith("Men can get breast cancer.")
    assert check.judge("Breast cancer is much more common in women than in men.").action == "keep"
