"""A question tag at the end of a message ("..., what is it", "- is that bad?") neither raises nor hides an emergency:
the description before it is what triage reads (`safety/question_tag.py`, session 51)."""

from __future__ import annotations

import pytest

from medassist.model.safety import check_input
from medassist.model.safety.question_tag import without_question_tag


@pytest.mark.parametrize(("text", "description"), [
    ("my little one has spots that stay purple when i press them and shes so floppy, what is it",
     "my little one has spots that stay purple when i press them and shes so floppy"),
    ("grandad's mouth has dropped on one side and he cant grip his cup - is that bad?",
     "grandad's mouth has dropped on one side and he cant grip his cup"),
    ("my wife cant get her breath and her lips look grey. what does that mean??",
     "my wife cant get her breath and her lips look grey"),
])
def test_the_tag_comes_off_and_the_description_stays(text: str, description: str) -> None:
    assert without_question_tag(text) == description


@pytest.mark.parametrize("text", ["what is it", "is that bad?", "what is sepsis", "my knee, what is it"])
def test_a_message_that_is_little_more_than_its_question_keeps_its_words(text: str) -> None:
    assert without_question_tag(text) == text


@pytest.mark.parametrize("text", [
    "my little one has spots that stay purple when i press them and shes so floppy, what is it",
    "grandad's mouth has dropped on one side and he cant grip his cup and his words are all muddled - is that bad?",
])
def test_an_emergency_with_a_question_tag_gets_the_emergency_reply(text: str) -> None:
    verdict = check_input(text)
    assert verdict.action == "emergency", text
    assert verdict.message.startswith("This may be a medical emergency")


@pytest.mark.parametrize("text", [
    "my 4 year old has had a runny nose and a bit of a cough for two days but is playing fine, is that bad?",
    "ive had a dull ache in my lower back since moving house last week, what could it be",
])
def test_an_everyday_question_with_the_same_tag_is_answered(text: str) -> None:
    assert check_input(text).action != "emergency", text
