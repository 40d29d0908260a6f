"""Issue 22, session 48: what the served answers of the development key-facts rounds got wrong.

A myth asked as "X is fine / ok / harmless" is answered by a small model in another of those words ("X is safe"), and
the yes/no rule, which holds an answer's use of the question's words to the pages' polarity, compared words by their
letters only: "safe" was no word of the question, so "aspirin is safe for children with flu" passed on pages that
call aspirin a risk factor and never call it safe. The words calling something safe are now one claim."""

from __future__ import annotations

from bag_of_words import bag_of_words_check, low_quote_floor

from medassist.model.faithfulness import SAFE_KEY, _asked_key, _asked_word, check_text
from medassist.model.retrieval import Passage

WARTS = Passage(
    "What is (are) Plantar Warts ?",
    "Plantar warts are growths on the soles of the feet caused by a virus. Cutting or burning a plantar wart at home "
    "is a risk factor for infection and scarring. Over-the-counter salicylic acid treatments are used for plantar "
    "warts. A foot doctor can freeze a stubborn plantar wart.",
    "https://example.org/plantar-warts", "w", 0.7)
SAFE_PAGE = Passage(
    "What is (are) Plantar Warts ?",
    "Plantar warts are growths on the soles of the feet caused by a virus. Cutting a plantar wart at home with a "
    "sterile blade is safe for most healthy adults. A foot doctor can freeze a stubborn plantar wart.",
    "https://example.org/plantar-warts-2", "w2", 0.7)
# the reported belief calls it "fine"; the answer calls it "safe"
QUESTION = "my uncle reckons slicing off a plantar wart at home with a razor is fine, is he right"
ANSWER = "Cutting a plantar wart at home is safe for adults."


def test_words_calling_something_safe_are_one_key():
    assert {_asked_key(w) for w in ("safe", "fine", "okay", "ok", "harmless", "alright")} == {SAFE_KEY}
    assert _asked_word("ok") and _asked_word("fine")
    assert _asked_key("harmless") != _asked_key("harmful")  # no longer meets "harm" by its start


def test_an_answer_calling_it_safe_needs_a_page_saying_so_when_the_question_said_fine():
    check = bag_of_words_check([WARTS], QUESTION, support_threshold=0.3)
    judgement = check.judge(ANSWER)
    assert judgement.action in ("replace", "drop") and judgement.reason == "asked"
    assert ANSWER not in check_text(bag_of_words_check([WARTS], QUESTION, support_threshold=0.3), ANSWER)


def test_a_page_that_says_safe_undenied_still_supports_it():
    check = bag_of_words_check([SAFE_PAGE], QUESTION, support_threshold=0.3)
    assert check.judge(ANSWER).action == "keep"


def test_a_denial_of_safety_is_supported_by_a_page_denying_it():
    page = Passage("What is (are) Plantar Warts ?",
                   "Plantar warts are growths on the soles of the feet caused by a virus. Cutting a plantar wart at "
                   "home is not safe, because it can cause infection and scarring. A foot doctor can freeze a "
                   "stubborn plantar wart.", "https://example.org/plantar-warts-3", "w3", 0.7)
    check = bag_of_words_check([page], QUESTION, support_threshold=0.3)
    assert check.judge("Cutting a plantar wart at home is not safe.").action == "keep"
    assert check.judge(ANSWER).action in ("replace", "drop")


# A cause told as a clause ("says its cos ...") asks what causes the condition as much as "cos of" does: the
# abstention and the closing quotes then open with the page's word on the cause.
def test_a_cause_told_as_a_clause_asks_for_the_cause():
    from medassist.model.retrieval.question_kind import asked_kinds

    for question in ("my brother has a stammer and granny says its cos he was left handed at school",
                     "the gp found gallstones, my wife reckons thats just coz i love fried breakfasts",
                     "my toddler gets nosebleeds, is it because the central heating dries the air"):
        assert "cause" in asked_kinds(question), question
    # "because" opening the reason for asking is no cause in doubt
    assert "cause" not in asked_kinds("i am asking because my niece has a rash on her elbows, what is eczema")


def test_the_abstention_quotes_the_pages_word_on_the_cause_first(monkeypatch):
    from medassist.model.faithfulness import ABSTAIN_PREFIX

    low_quote_floor(monkeypatch)  # bag-of-words scores run low
    stammer = Passage(
        "What is (are) Stuttering ?",
        "Stuttering is a speech disorder in which sounds, syllables, or words are repeated or prolonged. "
        "Stuttering often begins in young children as they learn to talk. "
        "Some children outgrow stuttering by the time they are teenagers. "
        "The exact cause of stuttering is not known, but it tends to run in families.",
        "https://example.org/stuttering", "s", 0.6)
    question = "my brother stutters and granny says its cos he was forced to write with his right hand at school"
    check = bag_of_words_check([stammer], question)
    wrong = ("Writing with the wrong hand damages the speech centre. Teachers should never change a child's hand. "
             "Left handed children talk later.")
    shown = check_text(check, wrong)
    assert shown.startswith(ABSTAIN_PREFIX)
    assert shown[len(ABSTAIN_PREFIX):].lstrip().startswith("\u201cThe exact cause of stuttering")


# An age limit asked about ("am i too old to ...") is the claim in doubt: an answer asserting it needs a page saying it.
DONOR = Passage(
    "What is (are) Blood Donation ?",
    "Blood donation takes blood from a healthy person for transfusion into another. "
    "Healthy people of every age over seventeen can give blood. "
    "A blood donation takes about an hour from start to finish.",
    "https://example.org/blood-donation", "b", 0.7)
AGE_QUESTION = "im 82, am i too old to give blood"


def test_an_answer_asserting_the_age_limit_asked_about_needs_a_page_saying_it():
    check = bag_of_words_check([DONOR], AGE_QUESTION, support_threshold=0.2)
    judgement = check.judge("You are too old to give blood.")
    assert judgement.action in ("replace", "drop") and judgement.reason == "asked"


def test_a_page_denying_the_age_limit_supports_the_denial():
    page = Passage("What is (are) Blood Donation ?",
                   "Blood donation takes blood from a healthy person for transfusion into another. "
                   "You are never too old to give blood if you are healthy.",
                   "https://example.org/blood-donation-2", "b2", 0.7)
    check = bag_of_words_check([page], AGE_QUESTION, support_threshold=0.3)
    assert check.judge("You are never too old to give blood.").action == "keep"
    assert check.judge("You are too old to give blood.").action in ("replace", "drop")
