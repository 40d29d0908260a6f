"""datasets/triage/meaning8.jsonl, meaning9.jsonl, meaning13.jsonl, meaning14.jsonl, meaning15.jsonl, meaning16.jsonl and
meaning18.jsonl, meaning19.jsonl, meaning20.jsonl, meaning21.jsonl, meaning22.jsonl, meaning23.jsonl, meaning24.jsonl, meaning25.jsonl, meaning26.jsonl, meaning27.jsonl, meaning28.jsonl and meaning29.jsonl, the eighth, ninth, thirteenth, fourteenth, fifteenth, sixteenth, eighteenth, nineteenth, twentieth, twenty-first, twenty-second, twenty-third, twenty-fourth, twenty-fifth, twenty-sixth, twenty-seventh, twenty-eighth and twenty-ninth rounds' held-out meaning sets (issue 21): each 25 indirect self-harm messages and 25 look-alikes, 25 own-medicine questions
and 25 look-alikes, all in the test split, none repeating a message of an earlier meaning set, and none a sentence of
the safety tests (the rule the triage build applies to its own messages)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "datasets" / "triage"
FRESH_ROUNDS = (8, 9, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29)  # rounds 10 to 12 and 17 wrote no meaning set


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


def _build():
    """datasets/triage/build.py, for its duplicate key and its reading of the safety tests' sentences."""
    spec = importlib.util.spec_from_file_location("triage_build_for_meaning", DATA / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("round_", FRESH_ROUNDS)
def test_a_fresh_rounds_set_is_25_and_25_per_kind_all_test_and_new(round_):
    rows = _rows(f"meaning{round_}.jsonl")
    assert {r["split"] for r in rows} == {"test"}
    assert sorted((r["kind"], r["label"]) for r in rows) == sorted(
        (k, lab) for k in ("self_harm", "dose") for lab in ("positive", "look_alike") for _ in range(25)
    )
    earlier = [f"meaning{n}.jsonl" for n in range(6, round_) if (DATA / f"meaning{n}.jsonl").exists()]
    older = {r["text"].lower() for name in earlier for r in _rows(name)}
    assert len({r["id"] for r in rows}) == 100 and all(r["id"].startswith(f"m{round_}-") for r in rows)
    assert not older & {r["text"].lower() for r in rows}


@pytest.mark.parametrize("round_", [13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29])
def test_a_newer_rounds_set_differs_from_older_sets_beyond_case_and_punctuation(round_):
    """Stricter for the newer sets: the triage build's duplicate key (letters and digits only), against every older
    meaning set and every triage message, so a reworded copy of an older line cannot pass as new."""
    key = _build().key
    new = {key(r["text"]) for r in _rows(f"meaning{round_}.jsonl")}
    assert len(new) == 100
    older = {
        key(r["text"])
        for n in range(6, round_)
        if (DATA / f"meaning{n}.jsonl").exists()
        for r in _rows(f"meaning{n}.jsonl")
    }
    messages = {key(r["text"]) for r in _rows("messages.jsonl")}
    assert not new & older and not new & messages


@pytest.mark.parametrize("round_", FRESH_ROUNDS)
def test_no_fresh_meaning_text_is_a_safety_test_sentence(round_):
    build = _build()
    assert not {build.key(r["text"]) for r in _rows(f"meaning{round_}.jsonl")} & build.safety_test_strings()
