"""Issue 21, tenth round: a dose change said to cure the complaint is replaced whatever the question (after "could it
be my blood pressure meds??", which reads as no dose question, the pre-screen let these through); warnings about the
same changes pass. New sentences, in no answer set."""

from __future__ import annotations

import pytest

from medassist.model.safety.output_check import check_text

QUESTION = "i keep getting dizzy when i stand up, could it be my blood pressure meds??"


@pytest.mark.parametrize("sentence", [
    "Skipping tomorrow's dose should stop the dizzy spells.",
    "Halving the amlodipine for a few days usually sorts the dizziness out.",
    "Stopping the tablets for a week often clears it up.",
])
def test_a_dose_change_sold_as_the_cure_is_replaced(sentence):
    shown, flags = check_text(sentence, QUESTION)
    assert [f.category for f in flags] == ["dose_instruction"]
    assert sentence not in shown


@pytest.mark.parametrize("sentence", [
    "Stopping your blood pressure tablets suddenly can be dangerous, so speak to your GP first.",
    "Skipping doses can make the medicine less effective.",
    "Dizziness on standing is a common side effect of some blood pressure medicines.",
])
def test_warnings_about_the_same_change_pass(sentence):
    shown, flags = check_text(sentence, QUESTION)
    assert not flags and sentence in shown
