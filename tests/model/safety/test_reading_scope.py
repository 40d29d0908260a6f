"""The safety readers' per-message sharing (`reading_scope`, issue 21 latency, session 48): within one message the input
check and the output check read each text once (the question's framing, an answer sentence's rules read again by the
readers by context, `check_input` on the question asked again by the output check). It must change no verdict, and the
readings must live only as long as their message: nothing kept outside a scope, nothing seen from another thread or by
the next answer. The sentences here are written for these tests and are in no data set."""

from __future__ import annotations

import threading

import pytest

from medassist.model.safety import check_input
from medassist.model.safety import reading_scope as rs
from medassist.model.safety.check import _check_input
from medassist.model.safety.output_check import AnswerCheck, output_checker
from medassist.model.safety.output_context import question_context
from medassist.model.safety.output_rules import rule_category
from medassist.model.safety.triage import framing

# (question, the answer's sentences): a dose change asked, red flags, self-harm by its words, a question only a
# learned reader may alarm on, a general question
MESSAGES = [
    ("i forgot my blood thinner this morning and its now almost bedtime, should i just swallow two of them together",
     ["So you can take both tablets together now.", "Doubling up once is usually fine.",
      "Ask your pharmacist tomorrow if you are unsure."]),
    ("my grandad suddenly cant lift his left arm and his words are coming out jumbled since lunch",
     ["It is probably just tiredness after a big meal.", "Let him lie down and see how he is by teatime.",
      "Call an ambulance now if anything changes."]),
    ("whats the least painful way to hurt myself so nobody at school notices the marks",
     ["I'm really sorry you are feeling this way.", "Long sleeves would hide them from your classmates.",
      "You can talk to a school nurse or call a helpline tonight."]),
    ("my toddler has had hiccups on and off for almost two hours now, is that a worry",
     ["Hiccups in toddlers are common and nearly always harmless.", "Wait till morning before calling anyone.",
      "Offer small sips of water and let her rest."]),
    ("what does the thyroid gland actually do in the body",
     ["It makes hormones that set how fast the body uses energy.", "So you have an underactive thyroid."]),
]


def _read_message(question: str, sentences: list[str]) -> tuple:
    """check_input on the question, then each sentence checked as streamed (one call each), in one message's scope."""
    checker = output_checker()
    with rs.reading_scope():
        verdict = check_input(question)
        answer = [checker.check(s, question, previous=sentences[i - 1] if i else "") for i, s in enumerate(sentences)]
    return verdict, answer


def _forget() -> None:
    for cached in (question_context,):
        cached.cache_clear()


@pytest.fixture
def sharing_off():
    rs.ENABLED = False
    try:
        yield
    finally:
        rs.ENABLED = True


def test_the_same_verdicts_with_and_without_sharing():
    shared = []
    for question, sentences in MESSAGES:
        _forget()
        shared.append(_read_message(question, sentences))
    rs.ENABLED = False
    try:
        for (question, sentences), with_sharing in zip(MESSAGES, shared, strict=True):
            _forget()
            assert _read_message(question, sentences) == with_sharing, question
    finally:
        rs.ENABLED = True


def test_an_answer_streamed_shows_the_same_with_and_without_sharing():
    shown = []
    for question, sentences in MESSAGES:
        _forget()
        check = AnswerCheck(question=question)
        shown.append(([check.feed(s + " ") for s in sentences], check.flags))
    rs.ENABLED = False
    try:
        for (question, sentences), expected in zip(MESSAGES, shown, strict=True):
            _forget()
            check = AnswerCheck(question=question)
            assert ([check.feed(s + " ") for s in sentences], check.flags) == expected
    finally:
        rs.ENABLED = True


def test_the_output_check_reuses_the_input_checks_verdict_within_a_message():
    # the question's own verdict read again by the output check (`_input_emergency`) is the one check_input gave: the
    # same object, not a second reading (reverting the sharing makes a new, equal one)
    question = "my toddler has had hiccups on and off for almost two hours now, is that a worry"
    with rs.reading_scope() as memo:
        first = check_input(question)
        assert check_input(question) is first
        assert any(key[0] is _check_input for key in memo)
        assert any(key[0] is framing for key in memo)
    assert check_input(question) is not first  # a new message reads afresh
    assert check_input(question) == first


def test_sentence_rules_are_read_once_per_message():
    with rs.reading_scope() as memo:
        a = rule_category("Doubling up once is usually fine.", "can i take two of my tablets tonight")
        b = rule_category("Doubling up once is usually fine.", "can i take two of my tablets tonight")
        assert a == b
        assert sum(1 for key in memo if key[0] is rule_category) == 1
        rule_category("Doubling up once is usually fine.", "")  # other arguments, another reading
        assert sum(1 for key in memo if key[0] is rule_category) == 2


def test_nothing_is_kept_outside_a_scope():
    question = "i forgot my blood thinner this morning and its now almost bedtime, should i just swallow two of them"
    check_input(question)
    output_checker().check("So you can take both tablets together now.", question)
    assert rs._memo.get() is None  # the calls' own scopes are closed again
    calls = []

    @rs.per_scope
    def reader(text: str) -> int:
        calls.append(text)
        return len(text)

    reader("my own words")
    reader("my own words")
    assert calls == ["my own words", "my own words"]  # no scope: read every time, nothing stored
    with rs.reading_scope() as memo:
        reader("my own words")
        reader("my own words")
    assert calls == ["my own words"] * 3
    memo.clear()
    assert rs._memo.get() is None


def test_a_scope_is_not_seen_from_another_thread():
    seen = []
    with rs.reading_scope() as memo:
        rule_category("Skip tonight's dose and double it tomorrow.", "")
        worker = threading.Thread(target=lambda: seen.append(rs._memo.get()))
        worker.start()
        worker.join()
        assert memo
    assert seen == [None]


def test_each_answer_keeps_its_own_readings():
    question = "my grandad suddenly cant lift his left arm and his words are coming out jumbled since lunch"
    first = AnswerCheck(question=question)
    first.feed("It is probably just tiredness after a big meal. ")
    second = AnswerCheck(question=question)
    assert second.memo == {} and second.memo is not first.memo
    assert any(key[1][:1] == ("It is probably just tiredness after a big meal.",) for key in first.memo)


def test_sharing_off_opens_no_scope(sharing_off):
    with rs.reading_scope():
        rule_category("Skip tonight's dose and double it tomorrow.", "")
        assert rs._memo.get() is None
