"""The eleventh round's two-message conversations (`authored/conversations/everyday11.txt`) and how the triage
head's trainer reads them (GitHub issue 21): an everyday mild message, then a real emergency in the same voice or
a mild follow-up; the trainer pools a conversation as check_input pools a follow-up with the messages before it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np

from medassist.model.safety.learned import pool_messages
from medassist.training.safety.train import TWO_MESSAGE_PREFIX, row_embeddings, two_message_rows

CONVERSATIONS = Path(__file__).resolve().parents[2] / "datasets" / "triage" / "conversations.jsonl"


def _everyday11() -> list[dict]:
    rows = [json.loads(line) for line in CONVERSATIONS.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["id"].startswith(TWO_MESSAGE_PREFIX)]


def test_each_scenario_is_an_emergency_and_its_mild_twin_in_one_split():
    rows = _everyday11()
    assert Counter((r["kind"], r["label"]) for r in rows) == {("escalation", "emergency"): 148,
                                                              ("neutral_followup", "ok"): 148}
    groups: dict[str, list[dict]] = {}
    for r in rows:
        groups.setdefault(r["group"], []).append(r)
    for pair in groups.values():
        assert len(pair) == 2 and all(len(r["turns"]) == 2 for r in pair)
        assert pair[0]["turns"][0] == pair[1]["turns"][0]  # the same everyday first message
        assert {r["label"] for r in pair} == {"emergency", "ok"} and len({r["split"] for r in pair}) == 1
    # the rule fixed before the file was read: every third scenario validation, the rest train
    splits = [pair[0]["split"] for pair in groups.values()]
    assert splits == ["validation" if i % 3 == 2 else "train" for i in range(len(splits))]


def test_the_trainer_reads_a_conversation_pooled_and_a_mild_ones_turns_alone(tmp_path):
    path = tmp_path / "conversations.jsonl"
    rows = [{"id": "everyday11-001", "turns": ["my head is pounding", "and my face is drooping on one side"],
             "label": "emergency", "kind": "escalation", "category": "stroke", "split": "train"},
            {"id": "everyday11-002", "turns": ["my head is pounding", "ibuprofen or paracetamol"], "label": "ok",
             "kind": "neutral_followup", "category": "stroke", "split": "train"},
            {"id": "everyday11-003", "turns": ["a", "b"], "label": "ok", "kind": "neutral_followup",
             "category": "stroke", "split": "validation"},
            {"id": "conv-001", "turns": ["x", "y"], "label": "emergency", "kind": "escalation",
             "category": "stroke", "split": "train"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    got = {r["text"]: r["label"] for r in two_message_rows(path, "train")}
    assert got == {"my head is pounding\nand my face is drooping on one side": "emergency",
                   "my head is pounding\nibuprofen or paracetamol": "non_emergency",
                   "my head is pounding": "non_emergency", "ibuprofen or paracetamol": "non_emergency"}


class _Embedder:
    def encode(self, texts):
        return np.array([[len(t), t.count(" ") + 1.0, 1.0] for t in texts], dtype=np.float32)


def test_a_conversation_row_is_embedded_as_check_input_pools_it():
    turns = ["my head is pounding", "and my face is drooping on one side"]
    X = row_embeddings(_Embedder(), [{"text": "hello there"}, {"text": "\n".join(turns), "turns": turns}])
    assert np.allclose(X[0], _Embedder().encode(["hello there"])[0])
    assert np.allclose(X[1], pool_messages(_Embedder().encode(turns), turns))
