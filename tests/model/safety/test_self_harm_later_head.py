"""Session 49 (msg25): a third self-harm head, fitted with the retired meaning rounds' messages (tune rounds 16, 18, 19,
20), the later written kinds and the single-message development files' train rows, read beside the two earlier heads
(`self_harm_risk.LATER_HEAD_PATH`, `training/safety/train_self_harm.py`). The check rounds (15, 17) and the held-out
rounds (21-23 then; 22-24 since round 24's meaning set was written, round 21 retired to a tune round; 23-25 since
round 25's, round 22 retired to a tune round; 24-26 since round 26's, round 23 retired to a tune round; 25-27 since
round 27's, round 24 retired to a tune round; 26-28 since round 28's, round 25 retired to a tune round; 27-29 since
round 29's, round 26 retired to a tune round) are never trained on.

The end-to-end sentences below are new, written for these tests (in no development file and no evaluation set)."""

from __future__ import annotations

import json
from collections import Counter

import numpy as np
import pytest

from medassist import paths
from medassist.model.safety import self_harm_risk as reader
from medassist.model.safety.self_harm_head import load_head
from medassist.training.safety import train_self_harm as trainer
from tests.model.safety.test_self_harm_head import _crisis

TRIAGE = paths.REPO_DIR / "datasets" / "triage"
DEV25 = TRIAGE / "authored" / "dev" / "dev25_messages.txt"


def _meaning_texts(n: int, kind: str | None = None) -> set[str]:
    rows = [json.loads(line) for line in (TRIAGE / f"meaning{n}.jsonl").read_text().splitlines() if line]
    return {r["text"].lower() for r in rows if kind in (None, r["kind"])}


def test_only_tune_rounds_are_read_and_a_check_or_held_out_round_is_refused():
    # session 51: round 22 retired to a tune round, round 25 held out; session 52: round 23 retired, round 26 held out;
    # session 53: round 24 retired, round 27 held out; session 54: round 25 retired, round 28 held out;
    # session 55: round 26 retired, round 29 held out
    assert trainer.TUNE_ROUNDS == (16, 18, 19, 20, 21, 22, 23, 24, 25, 26)
    assert trainer.HELD_OUT_ROUNDS == (27, 28, 29)
    rows = trainer.tune_round_rows(trainer.SelfHarmTrainConfig())
    assert {r["id"].split("-")[0] for r in rows} == {"m16", "m18", "m19", "m20", "m21", "m22", "m23", "m24",
                                                            "m25", "m26"}
    assert Counter(r["label"] for r in rows) == {"positive": 250, "look_alike": 250}
    for refused in (15, 17, 27, 28, 29):
        with pytest.raises(ValueError):
            trainer.tune_round_rows(trainer.SelfHarmTrainConfig(tune_rounds=(16, refused)))


def test_no_check_or_held_out_round_text_is_trained_on():
    risk, safe = trainer.training_texts(trainer.SelfHarmTrainConfig())
    trained = {t.lower() for t in risk + safe}
    # every meaning set but the tune rounds (meaning17 was never written); meaning6's self-harm rows (one of its dose
    # validation questions is word for word a dose prototype, trained on as no risk before this session)
    kept_apart = _meaning_texts(6, "self_harm")
    for n in (7, 8, 9, 13, 14, 15, 27, 28, 29):
        kept_apart |= _meaning_texts(n)
    assert not trained & kept_apart
    assert _meaning_texts(26, "self_harm") <= trained  # a tune round's self-harm rows are


def test_dev25_split_is_fixed_by_position_half_and_half():
    rows = [line.split("|") for line in DEV25.read_text().splitlines() if line.strip() and not line.startswith("#")]
    assert [r[0].strip() for r in rows[:4]] == ["train", "validation", "train", "validation"]
    assert Counter((r[0].strip(), r[1].strip()) for r in rows) == {
        ("train", "emergency"): 20, ("validation", "emergency"): 20,
        ("train", "everyday"): 20, ("validation", "everyday"): 20}
    train, validation = trainer.dev_message_split(trainer.SelfHarmTrainConfig(dev_messages=(DEV25,)))
    assert len(train) == len(validation) == 40
    assert not {r["text"] for r in train} & {r["text"] for r in validation}


def test_the_shipped_later_head_was_chosen_beside_the_others_with_the_tune_rounds():
    head = load_head(reader.LATER_HEAD_PATH)
    assert head is not None and head.embedder == reader.EMBEDDER
    meta = json.loads(str(np.load(reader.LATER_HEAD_PATH, allow_pickle=True)["meta"]))
    # session 50: refitted with round 21 retired to a tune round (and dev26's train rows)
    assert meta["tune_rounds"] == [16, 18, 19, 20, 21]
    assert {k: meta[k] for k in trainer.CHOSEN_S50} == trainer.CHOSEN_S50
    sizes, counts, alone = (meta["validation"][k] for k in ("sizes", "reader_or_head", "reader_alone"))
    look = ("meaning_look_alikes", "kinds9_look_alikes", "later_kinds_look_alikes", "dev_look_alikes")
    assert sizes["dev_risk"] > 0 and sizes["dev_look_alikes"] > 0
    assert sum(counts[k] for k in look) - sum(alone[k] for k in look) <= max(
        1, sum(sizes[k] for k in look) // trainer.LATER_LOOK_ALIKES_PER_MORE)
    assert counts["medquad"] <= alone["medquad"]


# a plan told by things put in order with a day: the rules and the two earlier heads answered it (main 3807ce0); the
# later head reads it (session 51: the rent paid ahead is now the rules' own signal of affairs in order, so the plan is
# told here with a desk cleared instead, which the rules still leave to the heads)
@pytest.mark.parametrize("text", [
    "sold my car, gave the dog to my neighbour and cleared my desk. sunday is the day",
])
def test_the_later_head_reads_plans_the_others_missed(text, monkeypatch):
    assert _crisis(text)
    monkeypatch.setattr(reader, "later_head", lambda: None)
    assert not _crisis(text)


@pytest.mark.parametrize("text", [
    "bought a second pack of razor blades for shaving and booked a hotel room for friday for our anniversary",
    "gave my bike and my headphones to my best mate because i got new ones for christmas",
    # with no kind of risk signal beside it the later head does not read (chat, idioms, own-medicine questions)
    "yo whats good, you a bot or a real person",
    "been on my citalopram 10 for a month, can i go up to 20 without asking",
])
def test_look_alikes_in_the_same_words_stay_answered(text):
    assert not _crisis(text)


@pytest.mark.xfail(strict=True, reason="known cost of the later head: a night's plan and something already written "
                                       "read as a farewell (the others answered it)")
def test_a_plan_for_homework_tonight_is_answered():
    assert not _crisis("tonight after everyone sleeps i am going to finish the essay, i already wrote the intro")
