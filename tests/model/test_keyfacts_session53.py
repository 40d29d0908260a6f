"""Issue 22, session 53: the closing quotes hold the pages' sentence closest to the question (key facts fresh11 and
fresh12, development).

The picks follow the pages' order, so the one sentence that answers what was asked ("... can occur anywhere on the
skin.") could sit below three that open the page and go unshown. It is now quoted after them when it is closer to the
question than every quote shown; the picks keep their places (a sentence of the kind asked first), a closest sentence
already picked changes nothing, and a question asking a narrower aspect
(its treatment, its symptoms) keeps the picks in the pages' order. Sentences here are written for the
tests, about a made-up page."""

from __future__ import annotations

from bag_of_words import bag_of_words_check, low_quote_floor

from medassist.model.faithfulness import ADD_PREFIX, check_text
from medassist.model.retrieval import Passage

PAGE = Passage(
    "Glimmer rash basics",
    "Glimmer rash is a skin problem seen in sailors. The patches shine faintly in dim light. Cool compresses ease the "
    "itch within days. Most cases clear within two weeks. Doctors know it from its faint shine. A glimmer rash can "
    "turn up on any part of the body. Glimmer rash is caused by a salt-loving yeast. It is not passed between people.",
    "https://example.org/glimmer-rash", "g", 0.7)
ANSWER = "Ask a doctor or pharmacist if you are worried about it."  # advice: neutral, so nothing is restated


def closing_quotes(question: str) -> list[str]:
    text = check_text(bag_of_words_check([PAGE], question), ANSWER)
    assert ADD_PREFIX in text
    return [q.split("\u201d")[0] for q in text.split(ADD_PREFIX, 1)[1].split("\u201c")[1:]]


def test_the_closest_sentence_comes_after_the_picks(monkeypatch):
    low_quote_floor(monkeypatch)
    quotes = closing_quotes("where on the body can a glimmer rash turn up")
    # the page's sixth sentence, after the three picked in the page's order, which keep their places
    assert quotes == ["Glimmer rash is a skin problem seen in sailors.", "The patches shine faintly in dim light.",
                      "Cool compresses ease the itch within days.", "A glimmer rash can turn up on any part of the body."]


def test_a_closest_sentence_already_picked_changes_nothing(monkeypatch):
    low_quote_floor(monkeypatch)
    quotes = closing_quotes("is glimmer rash a skin problem seen in sailors")
    assert quotes == ["Glimmer rash is a skin problem seen in sailors.", "The patches shine faintly in dim light.",
                      "Cool compresses ease the itch within days."]


def test_the_kind_asked_keeps_its_place(monkeypatch):
    low_quote_floor(monkeypatch)
    quotes = closing_quotes("can u catch glimmer rash off someone when it turns up on the body")
    assert quotes[0] == "It is not passed between people."  # how it is caught, quoted first
    assert quotes[-1] == "A glimmer rash can turn up on any part of the body."
    assert len(quotes) == 4


def test_a_question_asking_an_aspect_keeps_the_pages_order(monkeypatch):
    low_quote_floor(monkeypatch)
    quotes = closing_quotes("what are the symptoms when a glimmer rash can turn up on the body")
    assert "A glimmer rash can turn up on any part of the body." not in quotes
    assert quotes == ["Glimmer rash is a skin problem seen in sailors.", "The patches shine faintly in dim light.",
                      "Cool compresses ease the itch within days."]
