"""Session 50, the lead's probe after conv26's find: a symptom told after the reassurance someone gave keeps the
emergency going. New sentences, in no training or evaluation file."""

from __future__ import annotations

import pytest
from conversation_replay import gets_an_answer, last_verdict


@pytest.mark.parametrize("second", [
    "111 said shes probably fine but she keeps dribbling and wont swallow her juice",
    "poisons line said not to worry but hes vomited twice now",
])
def test_a_symptom_told_after_a_reassurance_keeps_the_emergency(second):
    assert last_verdict(["my 3 year old swallowed one of those flat round batteries", second]).action == "emergency"


def test_a_reassurance_with_only_tiredness_after_it_is_a_resolution():
    verdict = last_verdict(["my 3 year old swallowed one of those flat round batteries",
                            "the hospital took it out with a scope, shes home and fine but a bit tired"])
    assert gets_an_answer(verdict)
