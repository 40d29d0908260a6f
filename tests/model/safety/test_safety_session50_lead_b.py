"""Session 50, the lead's probe after conv26's find: a symptom told after the reassurance someone gave keeps the
emergency going. New sentences, in no training or evaluation file."""

from __future__ import annotations

import pytest
from conversation_replay import gets_an_answer, last_verdict


@pytest.mark.parametrize("second", [
    "the poison line said its nothing to worry about but hes drooling and crying and wont eat his dinner",
    "the poison line said not to worry but hes crying and wont eat",
])
def test_a_symptom_told_after_a_reassurance_keeps_the_emergency(second):
    assert last_verdict(["my lad swallowed a button battery", second]).action == "emergency"


def test_a_reassurance_with_only_tiredness_after_it_is_a_resolution():
    verdict = last_verdict(["my lad swallowed a button battery",
                            "the hospital took it out with a scope, shes home and fine but a bit tired"])
    assert gets_an_answer(verdict)
