"""Session 52 (issue 21 latency): a rule list finds the literals a text holds in one pass of the regex engine
(`prefilter.longest_literal_scan`) instead of a Python `in` per literal of each pattern, and hands out the same candidate
patterns; the answer cues of what the person asked are read once per message (`output_rules._question_cues`)."""

from __future__ import annotations

import random
import re

import pytest

from medassist.model.safety import dosing, output_rules, prefilter, reading_scope, self_harm_cues
from medassist.model.safety.prefilter import RuleList, longest_literal_scan
from medassist.model.safety.text import normalise


def _present_by_scan(literals: list[str], text: str) -> set[str]:
    found = set(longest_literal_scan(literals).findall(text))
    return {s for s in literals if any(f.startswith(s) for f in found)}


def test_scan_captures_the_longest_literal_at_each_start():
    scan = longest_literal_scan(["ab", "abc", "b", "cd"])
    # at 0 "abc" (not "ab"), at 1 "b", at 2 "cd": every literal present starts where a captured one does
    assert scan.findall("abcd") == ["abc", "b", "cd"]


@pytest.mark.parametrize("literals", [
    ["double ", "double", "dou", "ouble"],  # prefixes and a suffix of one another
    ["a.b", "a+", "(x)", "[", "\\"],  # the regex engine's own characters, read as written
    ["pill", "pills", "ill", "tablet", "table", "able"],
])
def test_literals_present_are_the_captured_ones_and_their_prefixes(literals):
    rng = random.Random(52)
    alphabet = sorted(set("".join(literals)) | {" ", "z"})
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert _present_by_scan(literals, text) == {s for s in literals if s in text}, text


# the library's own sentences (none from a data set)
TEXTS = [
    "You could double up on the sertraline tonight since you forgot this morning's one.",
    "Please keep taking the bisoprolol and ask the heart nurse before you change anything.",
    "Three of the ibuprofen at once with food should be fine for a sprain like that.",
    "Nobody would even notice if I just stopped being around after this weekend.",
    "A lukewarm shower and an early night usually help the aches ease off.",
    "If her lips go blue or she cannot catch her breath, ring 999 straight away.",
    "so yeah i've been cutting again and i don't really want to stop this time",
    "Tonight you can skip the evening metformin and pick it up again with breakfast.",
]


def _lists() -> list[RuleList]:
    return [output_rules._DOSE_SCAN, output_rules._SELF_HARM_SCAN, output_rules._DIAGNOSIS_SCAN,
            dosing._DOSE_REQUEST_SCAN, self_harm_cues._SIGNAL_SCAN]


def test_one_scan_hands_out_the_candidates_of_the_literal_loop(monkeypatch):
    texts = [t for s in TEXTS for t in (s, normalise(s))]
    rng = random.Random(7)
    for rules in _lists():
        literals = sorted({s for need in rules._needs if need for s in need})
        # texts made of the list's own literals too, so that most patterns are candidates somewhere
        texts += [" ".join(rng.sample(literals, min(len(literals), 3))) for _ in range(20)]
    for rules in _lists():
        for text in texts:
            monkeypatch.setattr(prefilter, "SCAN_ONCE", True)
            scanned = list(rules.indexed_candidates(text))
            monkeypatch.setattr(prefilter, "SCAN_ONCE", False)
            assert scanned == list(rules.indexed_candidates(text)), text


def test_a_case_insensitive_pattern_is_still_always_a_candidate():
    rules = RuleList([re.compile(r"double dose", re.IGNORECASE), re.compile(r"\bextra tablets?\b")])
    assert list(rules.candidates("a DOUBLE DOSE")) == [rules.patterns[0]]
    assert list(rules.candidates("one extra tablet")) == list(rules.patterns)


def test_the_question_cues_are_read_once_per_message(monkeypatch):
    calls = []
    read = output_rules.question_red_flag

    def counted(q):
        calls.append(q)
        return read(q)

    monkeypatch.setattr(output_rules, "question_red_flag", counted)
    question = "my toddler has a fever of 40 and is floppy, can i give more calpol than the packet says?"
    sentences = ["Give her a cool drink and keep an eye on her.", "You can give another dose of calpol now."]
    alone = [output_rules.answer_cues(s, question) for s in sentences]
    assert len(calls) == len(sentences)  # outside a message's scope: every sentence reads the question
    calls.clear()
    with reading_scope.reading_scope():
        shared = [output_rules.answer_cues(s, question) for s in sentences]
    assert len(calls) == 1 and shared == alone
