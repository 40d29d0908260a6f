"""Session 51 (latency, issue 21): more of the rules read once. The dose-request patterns, the resolution lists, the
self-harm signal kinds and the diagnosis rules search only the patterns whose necessary literals are in the text
(`prefilter.RuleList`), and the readers the input check and the output check both ask about the same text within one
message (the triage of the question, its signal kinds, framing as fiction, the urgency text, an answer sentence's
concern voiced, quoted words, help sent for, a general question) read it once per message (`reading_scope.per_scope`).
Neither may change a reading. The sentences here are written for these tests and are in no data set."""

from __future__ import annotations

import importlib

import pytest

from medassist.model.safety import check_input, prefilter
from medassist.model.safety import reading_scope as rs
from medassist.model.safety.output_check import AnswerCheck, output_checker
from medassist.model.safety.text import normalise

dosing = importlib.import_module("medassist.model.safety.dosing")
conversation_state = importlib.import_module("medassist.model.safety.conversation_state")
self_harm_cues = importlib.import_module("medassist.model.safety.self_harm_cues")
output_rules = importlib.import_module("medassist.model.safety.output_rules")
triage_module = importlib.import_module("medassist.model.safety.triage")

# questions and answer sentences of every kind the lists read: dose requests, a resolution, risk told in words, a
# condition named as the person's, and ordinary advice
TEXTS = [
    "how many of my nans co-codamol can i safely give my husband for his back tonight",
    "is it ok to have a second dose of my naproxen if the first one wore off after lunch",
    "the paramedics have been and checked him over, his sugar is back up and he is chatting away again",
    "panic over, she came round after a few minutes and the out of hours doctor says she is fine now",
    "i have sorted out who gets the dog and written letters for everyone, tonight is the night",
    "nobody would even notice if i was gone, i have the tablets saved up in my drawer",
    "From what you describe, you have shingles on your left side.",
    "I can tell you that this is a classic migraine with aura.",
    "Rinsing the graze under cool running water for a few minutes is a good first step.",
    "A heat pack and some gentle stretching usually ease a stiff lower back within a few days.",
]

SCANS = [
    (dosing.DOSE_REQUEST, dosing._DOSE_REQUEST_SCAN),
    (conversation_state.RESOLUTION, conversation_state._SCANS[id(conversation_state.RESOLUTION)]),
    (conversation_state.ENDED_IN_OTHER_WORDS, conversation_state._SCANS[id(conversation_state.ENDED_IN_OTHER_WORDS)]),
    ((*self_harm_cues.RISK_KINDS.values(), *self_harm_cues.MODIFIERS.values()), self_harm_cues._SIGNAL_SCAN),
    (output_rules.DIAGNOSIS_RULES, output_rules._DIAGNOSIS_SCAN),
]


@pytest.mark.parametrize(("patterns", "scan"), SCANS)
def test_every_pattern_that_matches_is_a_candidate(patterns, scan):
    assert scan.patterns == tuple(patterns)
    for text in TEXTS:
        for t in (normalise(text), conversation_state.plain(text)):
            kept = [i for i, _ in scan.indexed_candidates(t)]
            assert all(i in kept for i, p in enumerate(patterns) if p.search(t)), t


def test_dose_requests_skip_most_patterns_on_ordinary_advice():
    """Fails if the dose-request reader goes back to searching every pattern."""
    t = normalise("A heat pack and some gentle stretching usually ease a stiff lower back within a few days.")
    assert len(list(dosing._DOSE_REQUEST_SCAN.candidates(t))) < len(dosing.DOSE_REQUEST) // 3


def test_signal_kinds_name_their_patterns():
    # the kinds read with the prefilter are the kinds read by every pattern, by name
    for text in TEXTS:
        t = normalise(text)
        every = {name for name, p in (self_harm_cues.RISK_KINDS | self_harm_cues.MODIFIERS).items() if p.search(t)}
        got = self_harm_cues.signal_kinds.__wrapped__(text)
        assert every <= got and isinstance(got, frozenset)  # ("place" may be added beside the nerve worked up)
    assert self_harm_cues.signal_kinds(TEXTS[5]) & self_harm_cues.RISK_KINDS.keys()


READ_ONCE = [triage_module.triage, triage_module._triage_read, triage_module.framed_as_fiction,
             triage_module._as_urgency, self_harm_cues.signal_kinds,
             importlib.import_module("medassist.model.safety.answer_structure").voices_concern,
             importlib.import_module("medassist.model.safety.answer_structure").unquoted,
             importlib.import_module("medassist.model.safety.diagnosis_claims").general_question,
             output_rules._sends_for_help]


def test_readers_are_read_once_per_message():
    """Fails if one of these readers goes back to reading afresh on every call within a message."""
    assert all(hasattr(f, "__wrapped__") for f in READ_ONCE)
    question = "my dad has gone grey and sweaty and says his chest feels like it is being squeezed, what do i do"
    with rs.reading_scope() as memo:
        check_input(question)
        AnswerCheck(output_checker(), question).feed("Sit him down and call an ambulance now. Stay with him.")
        read = {key[0] for key in memo}
    assert triage_module._triage_read in read and triage_module.triage in read


MESSAGES = [
    (TEXTS[0], "You can give him two of the co-codamol now and two more later. Ask the pharmacist if you are unsure."),
    (TEXTS[2], "I'm glad he is feeling better. Keep an eye on his sugar tonight."),
    (TEXTS[4], "It sounds like you are planning to end your life, and I am worried about you. Please call 988 now."),
    ("have i got shingles, the rash only on one side of my ribs burns and tingles",
     "From what you describe, you have shingles. A pharmacist can tell you more."),
    ("what is the best way to look after a grazed knee on a six year old", TEXTS[8]),
]


def _verdicts() -> list:
    out = []
    for question, answer in MESSAGES:
        with rs.reading_scope():
            verdict = check_input(question)
            check = AnswerCheck(output_checker(), question)
            out.append((verdict, check.feed(answer), check.flags))
    return out


def test_the_same_verdicts_with_the_skips_and_sharing_off(monkeypatch):
    on = _verdicts()
    monkeypatch.setattr(prefilter, "ENABLED", False)
    monkeypatch.setattr(rs, "ENABLED", False)
    assert _verdicts() == on
