"""A message in another language that its own lexicon reads as a question, a past event or a story is not alarmed by
the English head alone (session 40: "hatte letztes jahr nen herzinfarkt, jetzt geht's mir gut, darf ich wieder in die
sauna" got the self-harm emergency reply), while what is happening now in it is still read by the lexicon. Sentences
written for this file, none in `languages_dev16.jsonl`."""

from __future__ import annotations

import pytest

from medassist.model.safety import check_input, other_languages

PAST_OR_ASKED = [
    "mein onkel hatte vor zwei jahren einen schlaganfall, darf er wieder autofahren",
    "welche symptome hat eine lungenembolie eigentlich",
    "in meinem roman wird der kommissar vergiftet, wie schnell wirkt arsen",
]
NOW = [
    "mein onkel kann seit ner viertelstunde nicht mehr richtig sprechen, das reden klappt nur schwer und der arm haengt",
    "meine freundin hat ne ganze schachtel ibus eingeworfen und ist kaum wach",
]


@pytest.mark.parametrize("text", PAST_OR_ASKED)
def test_a_question_or_past_event_in_german_is_not_alarmed(text):
    assert other_languages.asked_or_past(text)
    assert check_input(text, language="de").action != "emergency"


@pytest.mark.parametrize("text", NOW)
def test_what_happens_now_in_german_is_still_an_emergency(text):
    verdict = check_input(text, language="de")
    assert verdict.action == "emergency", text


def test_an_english_message_is_never_read_as_another_languages_question():
    assert not other_languages.asked_or_past("my uncle had a stroke two years ago, can he drive again")


def test_bleeding_that_has_nearly_stopped_reassures():
    assert other_languages.reassured("mein sohn ist hingefallen, knie aufgeschlagen, blutet kaum noch, was drauf machen")
