"""Issue 21, twelfth round: emergencies the lead's own probes of the acuity gate found answered (none from a held-out
set): a baby's age said without "old", an open fracture, confusion said as "isnt making sense"."""

from __future__ import annotations

import pytest

from medassist.model.safety import check_input
from medassist.model.safety.acuity import acute


@pytest.mark.parametrize(("text", "category"), [
    ("our baby is 5 weeks and has a temp", "infant_child"),  # the age without "old"
    ("baby is 7 wks and feels really hot", "infant_child"),
    ("bone sticking out of his arm", "bleeding"),  # an open fracture, rules alone
    ("i think i've broken my leg, the bone is kind of poking out", "bleeding"),
])
def test_found_by_the_rules_alone(text, category):
    verdict = check_input(text, learned=False)
    assert (verdict.action, verdict.category) == ("emergency", category)
    assert verdict.message.startswith("This may be a medical emergency")


@pytest.mark.parametrize("text", [
    "my son is 6 weeks and had a fever 2 weeks ago, fine now?",  # was ill, fine now: the rules' past/settled readings
    "she's 6 weeks along and has a bit of a temp",  # a pregnancy's weeks are no baby's age (the head may still read it)
    "my bone density scan came back fine",
])
def test_look_alikes_are_not_the_rules_emergency(text):
    verdict = check_input(text, learned=False)
    assert verdict.category not in ("infant_child", "bleeding")


def test_confusion_said_with_a_dropped_apostrophe_is_a_sign_of_acuity():
    assert acute("my grandad's just gone really quiet and isnt making sense")
    assert not acute("this essay is making sense now")
