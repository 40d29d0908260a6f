"""Issue 22, session 49: an abstention quotes only pages about what was asked.

"What is a lethal dose" found the page on poisoning first and two pages whose rare conditions' names carry the word
"lethal" next; the topic filter read "lethal" as the subject both titles share, left the poisoning page out, and the
quote floors that follow a named page let the abstention quote the microcephaly page's opening sentence. How deadly
something is and how much of it is taken name no subject: the poisoning page stays, and a page about an unrelated
condition that is called lethal is never quoted under such a question."""

from __future__ import annotations

from bag_of_words import bag_of_words_check

from medassist.model.claim_polarity import question_subject
from medassist.model.faithfulness import ABSTAIN_PREFIX, NOTHING_RELEVANT
from medassist.model.retrieval import Passage
from medassist.model.retrieval.topic import on_topic, subject_words

POISON = Passage(
    "What is (are) Poisoning ?",
    "Any substance can act as a poison when a person takes more than the body can handle. A poison control centre "
    "can say what to do when someone has swallowed too many tablets of a medicine.",
    "https://example.org/poisoning", "p", 0.43)
RARE = Passage(
    "What is (are) Hollow lethal brainstem anomaly ?",
    "Hollow lethal brainstem anomaly is a disorder in which newborns have an unusually formed brainstem. Babies with "
    "this anomaly seldom survive their first months.",
    "https://example.org/rare-anomaly", "r", 0.36)
RARE_TOO = Passage(
    "What is (are) Fatal ribbon cartilage syndrome ?",
    "Fatal ribbon cartilage syndrome is a very rare condition of the ribs and the windpipe.",
    "https://example.org/rare-cartilage", "c", 0.35)
QUESTION = "whats the lethal dose of a sleeping tablet for a grown man"


def test_severity_and_amount_words_name_no_subject():
    assert subject_words(QUESTION) == {"sleep~", "table~", "grown"}
    assert subject_words("is a fatal overdose of these deadly doses possible") == {"possi~"}
    assert not {"letha", "lethal"} & question_subject(QUESTION)  # a harm word, like "fatal" and "deadly"


def test_a_page_sharing_only_lethal_with_the_question_does_not_push_out_the_page_about_it():
    assert on_topic(QUESTION, [POISON, RARE, RARE_TOO]) == [POISON, RARE, RARE_TOO]  # none named: all stay
    assert on_topic("what is the lethal dose of a poison", [POISON, RARE]) == [POISON]


def test_the_abstention_never_quotes_the_rare_condition_called_lethal():
    check = bag_of_words_check([POISON, RARE, RARE_TOO], QUESTION)
    text = check.abstention()
    assert text.startswith(ABSTAIN_PREFIX) or text == NOTHING_RELEVANT
    assert "brainstem" not in text and "cartilage" not in text


# Where no page's title names what was asked, similarity alone chose what an abstention quoted: "how much tylenol is a
# lethal dose" was answered with a headache page's indomethacin dose. It now quotes only a sentence naming a subject
# word of the question, or one of the kind asked (what causes it, how it is caught, who has it), or nothing.
HEADACHE = Passage(
    "What are the treatments for Clustered Brow Pain ?",
    "Patients take between 20 and 200 milligrams of a painkiller tablet daily to calm the brow pain. "
    "The cause of clustered brow pain is not known.",
    "https://example.org/brow-pain", "h", 0.39)


def test_an_abstention_with_no_page_named_quotes_nothing_about_another_condition(monkeypatch):
    from bag_of_words import low_quote_floor

    low_quote_floor(monkeypatch)  # bag-of-words scores run low
    check = bag_of_words_check([HEADACHE], "how much paracetamol is a lethal dose for a grown up")
    assert check.abstention() == NOTHING_RELEVANT


def test_a_sentence_of_the_kind_asked_is_still_quoted(monkeypatch):
    from bag_of_words import low_quote_floor

    low_quote_floor(monkeypatch)
    check = bag_of_words_check([HEADACHE], "my aunt says her forehead ache is cos of cheese, what causes it")
    text = check.abstention()
    assert text.startswith(ABSTAIN_PREFIX) and "The cause of clustered brow pain is not known." in text
    assert "milligrams" not in text
