"""A word broken in two by a space ("unres ponsive") is read whole by triage (issue 21, disguised
words), and only when the halves are not words the rules know."""

from __future__ import annotations

from medassist.model.safety import check_input
from medassist.model.safety.obfuscation import deobfuscate


def test_a_broken_word_is_joined_and_alarms():
    assert deobfuscate("my wife is unres ponsive") == "my wife is unresponsive"
    verdict = check_input("my wife is unres ponsive and cold")
    assert verdict.action == "emergency" and verdict.message


def test_two_real_words_stay_apart():
    assert deobfuscate("heart attack now") == "heart attack now"
    assert deobfuscate("she over dosed") == "she over dosed"  # "over" is a word the rules know: left alone
