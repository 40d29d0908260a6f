"""Session 50 (latency): a rule list searches only the patterns whose necessary literals are in the text
(`prefilter.RuleList`), and the safety readers read the same with and without that."""

from __future__ import annotations

import re

import pytest

from medassist.model.safety import output_rules, prefilter
from medassist.model.safety.prefilter import RuleList, required_literals
from medassist.model.safety.text import normalise
from medassist.model.safety.triage import RED_FLAGS, triage


@pytest.mark.parametrize(("pattern", "needs"), [
    (r"\bdouble (?:up|dose)\b", {"double "}),
    # the most selective item: the longer strings
    (r"(?:cut|halve) (?:[\w']+ ){0,3}?(?:tablets?|pills?)", {"tablet", "pill"}),
    (r"(?:take|have) \d+ (?:mg|ml)", {"take", "have"}),
    (r"^(?:so )?\w+(?:pril|sartan)\b", {"pril", "sartan"}),
    (r"\b(?:a |the )?extra tablets?\b", {"extra tablet"}),
])
def test_required_literals_of_simple_patterns(pattern, needs):
    assert required_literals(re.compile(pattern)) == needs


@pytest.mark.parametrize("pattern", [
    r"\b\w+\b",  # nothing literal
    r"(?:stop|)\s",  # an empty branch requires nothing
    r"(?:stop)?\d+",  # an optional requires nothing
    r"(?=stop)\w+",  # a look-ahead is not read
    r"(?i:stop)|(?i:halve)",  # literals read in any case are no requirement
])
def test_patterns_that_require_nothing(pattern):
    assert required_literals(re.compile(pattern)) is None


def test_case_insensitive_pattern_is_always_searched():
    assert required_literals(re.compile(r"double dose", re.IGNORECASE)) is None
    rules = RuleList([re.compile(r"double dose", re.IGNORECASE)])
    assert list(rules.candidates("a DOUBLE DOSE")) == list(rules.patterns)


# the library's own sentences (none from a data set): instructions, warnings, and ordinary advice
SENTENCES = [
    "You could just double your sertraline tonight to catch up on the one you forgot.",
    "Please don't stop your bisoprolol without talking to the heart team first.",
    "Go ahead and take three of the ibuprofen together with a glass of milk.",
    "A warm bath and an early night can help the aches settle.",
    "Some people find the rash fades within a week or so.",
    "It's fine to cut yourself some slack while you recover, and rest when you can.",
    "Skipping tonight's ramipril should sort out the dizziness.",
    "Keeping a diary of the headaches may help your doctor spot a pattern.",
    "There is no harm in taking an extra paracetamol if the pain is bad.",
    "Try not to worry; call 999 if her lips turn blue or she struggles to breathe.",
]


def test_every_pattern_that_matches_is_a_candidate():
    """The literals are necessary: over the dose, self-harm and red-flag lists, on these sentences and their clauses,
    no pattern that matches is left out."""
    lists = [output_rules.DOSE_RULES, output_rules.SELF_HARM_RULES,
             *(flag._signs for flag in RED_FLAGS if flag._signs)]
    for patterns in lists:
        rules = RuleList(patterns)
        for sentence in SENTENCES:
            for text in [normalise(sentence), *(normalise(c) for c in output_rules._CLAUSES.split(sentence))]:
                kept = set(map(id, rules.candidates(text)))
                assert all(id(p) in kept for p in patterns if p.search(text)), text


def test_dose_rules_skip_most_patterns_on_ordinary_advice():
    """Fails if the dose rules go back to searching every pattern on every clause."""
    text = normalise("A warm bath and an early night can help the aches settle.")
    assert len(list(output_rules._DOSE_SCAN.candidates(text))) < len(output_rules.DOSE_RULES) // 3


def test_readings_are_the_same_with_the_prefilter_off(monkeypatch):
    question = "I forgot my blood pressure tablet last night, can I take two today?"
    on = [(output_rules.rule_category(s, question), triage(normalise(s))) for s in SENTENCES]
    monkeypatch.setattr(prefilter, "ENABLED", False)
    off = [(output_rules.rule_category(s, question), triage(normalise(s))) for s in SENTENCES]
    assert on == off
    assert {c for c, _ in on} >= {"dose_instruction", None}
