"""Round 14 (issue 22, fluent contradictions and inventions): a sentence claiming what the evidence denies is
replaced by the denial, quoted (model/claim_polarity.py); an organ, condition or drug neither the evidence nor the
question names makes a sentence unsupported (model/medical_terms.py); quotes come from pages about what was asked
where a page's title names it; a function word no longer stands for a question's word ("but" for "butter")."""

from __future__ import annotations

import bag_of_words
import pytest
from bag_of_words import bag_of_words_check

from medassist.model.faithfulness import ADD_PREFIX, FaithfulnessCheck, check_text
from medassist.model.retrieval import Passage


@pytest.fixture(autouse=True)
def low_quote_floor(monkeypatch):
    bag_of_words.low_quote_floor(monkeypatch)


SHINGLES = Passage("What is (are) Shingles ?", "Shingles is a disease caused by the varicella-zoster virus. You can't "
                   "catch shingles from someone who has it. As you get older, the virus may reappear as shingles.",
                   "https://nih.gov/shingles", "s", 0.7)


def check_for(pages, question: str, **kw) -> FaithfulnessCheck:
    return bag_of_words_check(pages, question, **kw)


def test_an_assertion_the_evidence_denies_is_replaced_by_the_denial_quoted():
    check = check_for([SHINGLES], "can you catch shingles from someone who has it?")
    judged = check.judge("Shingles is a viral infection that can spread from person to person.")
    assert judged.reason == "contradiction" and judged.action == "replace"
    assert check._quotes[judged.replacement].text == "You can't catch shingles from someone who has it."
    shown = check_text(check, "Shingles is a disease caused by the varicella-zoster virus. Shingles is a viral "
                              "infection that can spread from person to person.")
    assert "spread from person to person" not in shown
    assert "\u201cYou can't catch shingles from someone who has it.\u201d [" in shown


def test_the_answer_s_own_denial_is_not_quoted_again():
    check = check_for([SHINGLES], "can you catch shingles from someone who has it?")
    shown = check_text(check, "No, you can't catch shingles from someone who has it. Shingles is a viral infection "
                              "that can spread from person to person.")
    assert shown.split(ADD_PREFIX)[0].count("catch shingles") == 1
    assert "spread from person to person" not in shown and check.counts.dropped >= 1


STENT = Passage("What are the treatments for Heart Attack ?", "After a heart attack, eat a diet low in saturated fat. "
                "A diet high in fat can damage your arteries. Your doctor may put a stent in an artery.",
                "https://nih.gov/heart", "h", 0.7)


def test_an_organ_neither_the_evidence_nor_the_question_names_is_unsupported():
    check = check_for([STENT], "what should i eat after a heart stent")
    assert check.judge("High fat can damage your liver.").reason == "new term"  # 0.68 from the arteries' sentence
    assert check.judge("A diet high in fat can damage your arteries.").action == "keep"


def test_a_term_named_anywhere_on_a_retrieved_page_is_not_new():
    # the check reads a page's first sentences for support; a term the page names further on is the page's
    filler = " ".join(f"Atrial fibrillation is a heart rhythm problem number {i}." for i in range(20))
    afib = Passage("What is (are) Atrial Fibrillation ?", f"{filler} Atrial fibrillation can lead to a stroke.",
                   "https://nih.gov/afib", "a", 0.7)
    check = check_for([afib], "is afib harmless if u dont feel anything")
    assert "stroke" not in " ".join(e.text for e in check.evidence.pool)
    assert check.judge("Atrial fibrillation is a heart rhythm problem that can lead to a stroke.").reason != "new term"
    assert check.judge("Atrial fibrillation is a heart rhythm problem that can damage the liver.").reason == "new term"


def test_a_new_term_very_close_to_the_evidence_is_kept(monkeypatch):
    check = check_for([STENT], "what should i eat after a heart stent")
    sentence = "A diet high in fat can damage your arteries and your liver."
    monkeypatch.setattr("medassist.model.faithfulness.NEW_TERM_SUPPORT", 0.0)
    assert check.judge(sentence).action == "keep"
    monkeypatch.setattr("medassist.model.faithfulness.NEW_TERM_SUPPORT", 1.01)
    assert check.judge(sentence).reason == "new term"


BURNS = Passage("What is (are) Burns ?", "A burn is damage to your body's tissues caused by heat. Treatment for "
                "burns depends on how deep the burn is.", "https://nih.gov/burns", "b", 0.7)
FATS = Passage("Do you have information about Dietary Fats", "You should try to avoid saturated fats such as butter. "
               "Fats give you energy.", "https://nih.gov/fats", "f", 0.6)
HEARTBURN = Passage("What is (are) Heartburn ?", "Heartburn is a painful feeling in your chest. But you can have GERD "
                    "without having heartburn.", "https://nih.gov/heartburn", "h", 0.5)


def test_a_function_word_does_not_stand_for_a_question_word():
    # "but" opens "butter": the heartburn page counted as using "butter" and "burn" together
    check = check_for([BURNS, FATS, HEARTBURN], "is butter good on a burn?", topic=False)
    assert check.judge("Butter can help soothe a burn.").action != "keep"
    assert not any("GERD" in check._quotes[i].text for i in check._claim_rank)


def test_quotes_come_from_pages_about_what_was_asked():
    check = check_for([BURNS, FATS, HEARTBURN], "is butter good on a burn?", topic=False)
    quotable = {q.text for i, q in enumerate(check._quotes) if check._can_quote(i)}
    assert "A burn is damage to your body's tissues caused by heat." in quotable  # the page on burns
    assert "You should try to avoid saturated fats such as butter." in quotable  # names butter
    assert not any("eartburn" in text or "GERD" in text for text in quotable)  # the page on heartburn
    # no title names what was asked: every page may be quoted
    check = check_for([FATS, HEARTBURN], "what does a uti feel like", topic=False)
    assert all(check._can_quote(i) for i in range(len(check._quotes)))


MALE_BREAST = Passage("What is (are) Male Breast Cancer ?", "Although breast cancer is much more common in women, men "
                      "can get it too. It happens most often to men between the ages of 60 and 70.",
                      "https://nih.gov/mbc", "m", 0.7)


def test_a_restriction_the_pages_do_not_make_is_unsupported():
    check = check_for([MALE_BREAST], "can men get breast cancer")
    assert check.judge("Only women can get breast cancer.").reason == "only"
    assert check.judge("Breast cancer is much more common in women.").action == "keep"
