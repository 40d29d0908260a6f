"""Issue 22, session 48: what the served answers of the development key-facts rounds got wrong.

A myth asked as "X is fine / ok / harmless" is answered by a small model in another of those words ("X is safe"), and
the yes/no rule, which holds an answer's use of the question's words to the pages' polarity, compared words by their
letters only: "safe" was no word of the question, so "aspirin is safe for children with flu" passed on pages that
call aspirin a risk factor and never call it safe. The words calling something safe are now one claim."""

from __future__ import annotations

from bag_of_words import bag_of_words_check

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
