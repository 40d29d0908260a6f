"""Issue 22, session 54: a page's last sentence is read even where it has no full stop (key facts fresh11, development).

MedQuAD pages often end on a list with no full stop ("Each day, toddlers need enough nutrients, including - 7
milligrams of iron - 700 milligrams of calcium ...", "On every food label you will see - Serving size, ..."), and the
splitter kept only what ended in a sentence end, so that list was never evidence, never quoted and never searched. It is
now a sentence like the others; a title-case line closing a summary page (the agency, "NIH: National Institute on
Aging") is no statement and stays out. What the person sees: the closing quotes of an answer show the page's list.
Sentences here are written for the tests, about a made-up page."""

from __future__ import annotations

from bag_of_words import bag_of_words_check, low_quote_floor

from medassist.model.faithfulness import ADD_PREFIX, check_text
from medassist.model.retrieval import Passage
from medassist.model.retrieval.evidence import split_sentences

LIST_TAIL = ("Each day, small sprouts need enough minerals, including - 9 grains of zinkle - 300 grains of calcite - "
             "40 drops of sunwater")
PAGE = Passage(
    "Do you have information about Sprout Feeding",
    "Summary : Sprouts need minerals to grow well. Sprouts are learning to eat new things. They should eat a variety "
    f"of things. {LIST_TAIL}",
    "https://example.org/sprouts", "s", 0.7)
AGENCY_PAGE = Passage(
    "Do you have information about Sprout Care",
    "Summary : Sprouts need care to grow well. Keep their soil moist every day. NIH: National Institute of Sprout Care",
    "https://example.org/sprout-care", "c", 0.6)
ANSWER = "Ask a doctor or pharmacist if you are worried about it."  # advice: neutral, so nothing is restated


def test_a_pages_unterminated_last_sentence_is_one_of_its_sentences():
    assert split_sentences(PAGE.answer)[-1] == LIST_TAIL
    # ... but a closing agency line (title case) states nothing
    assert split_sentences(AGENCY_PAGE.answer) == ["Summary : Sprouts need care to grow well.",
                                                   "Keep their soil moist every day."]
    # a page with no sentence end at all is still one sentence, and one ending in a full stop is unchanged
    assert split_sentences("sprouts need water and light to grow") == ["sprouts need water and light to grow"]
    assert split_sentences("Sprouts need water to grow. They like light too.") == [
        "Sprouts need water to grow.", "They like light too."]


def test_the_answer_shows_the_pages_closing_list(monkeypatch):
    low_quote_floor(monkeypatch)
    text = check_text(bag_of_words_check([PAGE], "what do small sprouts need each day, like zinkle and calcite"),
                      ANSWER)
    assert ADD_PREFIX in text
    assert "9 grains of zinkle" in text.split(ADD_PREFIX, 1)[1]


def test_a_closing_agency_line_is_never_quoted(monkeypatch):
    low_quote_floor(monkeypatch)
    text = check_text(bag_of_words_check([AGENCY_PAGE], "who looks after sprout care at the national institute"),
                      ANSWER)
    assert "National Institute of Sprout Care" not in text
