"""The output check inside Turn (issue 21): what the person receives, through `stream()` and
`astream()`, has the referral in place of an unsafe answer sentence; safe sentences pass unchanged;
the flags say which sentence was replaced and why."""

from __future__ import annotations

import asyncio

import pytest

from medassist.model.assistant import Turn
from medassist.model.runtime import Generation
from medassist.model.safety.output_check import REFERRALS

UNSAFE = "You can double up on your sertraline."
QUESTION = "Can I double up on my sertraline since I forgot yesterday's?"


def fake_turn(pieces: list[str], question: str = QUESTION, finish_reason: str = "stop") -> Turn:
    gen = Generation(prompt_tokens=3, dropped_turns=0, max_new_tokens=64, finish_reason=finish_reason)
    gen._pieces = iter(pieces)
    return Turn(action="ok", generation=gen, question=question)


# The unsafe sentence cut across pieces the way a tokenizer streams it.
PIECES = ["Sertraline is an anti", "depressant. You can dou", "ble up on your ser", "traline.",
          " It treats depression", " and anxiety."]


async def collect(turn: Turn) -> list[str]:
    return [p async for p in turn.astream(with_sources=False)]


@pytest.mark.parametrize("surface", ["stream", "astream"])
def test_the_person_receives_the_referral_not_the_unsafe_sentence(surface):
    turn = fake_turn(PIECES)
    pieces = list(turn.stream(with_sources=False)) if surface == "stream" else asyncio.run(collect(turn))
    shown = "".join(pieces)
    assert "double up on your" not in shown and UNSAFE not in shown
    assert REFERRALS["dose_instruction"] in shown
    assert shown.startswith("Sertraline is an antidepressant. ")  # the safe sentences are untouched
    assert shown.endswith("It treats depression and anxiety.")
    assert [(f.category, f.sentence, f.replaced) for f in turn.output_flags] == [("dose_instruction", 1, True)]


def test_a_reassurance_about_the_persons_own_dose_is_dropped_after_the_referral():
    """After a personal dose question, "missing one dose is rarely a problem" judges this person's dose: it is
    none of the safe shapes (default-deny, sixth round), and the referral is already shown."""
    turn = fake_turn(["You can double up on your sertraline.", " Missing one dose is rarely a problem."])
    shown = turn.text(with_sources=False)
    assert shown == REFERRALS["dose_instruction"]
    assert [(f.category, f.replaced) for f in turn.output_flags] == [("dose_instruction", True), ("dose_instruction", False)]


def test_no_piece_ever_holds_part_of_the_unsafe_sentence():
    """Streaming never shows a prefix of a sentence before it is checked."""
    for piece in fake_turn(PIECES).stream(with_sources=False):
        assert "double up" not in piece and "You can" not in piece and "ser" + "traline." not in piece


def test_a_safe_answer_streams_unchanged():
    pieces = ["Do not double up on a missed dose", " of sertraline; ask your pharmacist.", " It treats depression."]
    turn = fake_turn(pieces)
    assert turn.text(with_sources=False) == "".join(pieces)
    assert turn.output_flags == []


def test_an_unsafe_sentence_at_the_end_of_a_cut_answer_is_checked_too():
    turn = fake_turn(["It is an SSRI.\n\n", "You can double up on your sertraline"], finish_reason="stop")
    shown = turn.text(with_sources=False)
    assert shown == f"It is an SSRI.\n\n{REFERRALS['dose_instruction']}"


def test_the_same_category_is_referred_once_and_each_flag_recorded():
    turn = fake_turn(["You can stop prednisone suddenly. ", "It is a steroid. ",
                      "Then double your dose of sertraline tomorrow."])
    shown = turn.text(with_sources=False)
    assert shown.count(REFERRALS["dose_instruction"]) == 1 and "prednisone suddenly" not in shown
    assert "double your dose" not in shown and "It is a steroid." in shown
    assert [(f.sentence, f.replaced) for f in turn.output_flags] == [(0, True), (2, False)]


def test_self_harm_and_diagnosis_get_their_own_referrals():
    turn = fake_turn(["You have diabetes. ", "A lethal dose of that would be the whole box."],
                     question="I am always thirsty and tired")
    shown = turn.text(with_sources=False)
    assert REFERRALS["diagnosis"] in shown and REFERRALS["self_harm"] in shown
    assert "You have diabetes" not in shown and "lethal" not in shown
    assert {f.category for f in turn.output_flags} == {"diagnosis", "self_harm"}
