"""`medassist safety train-mildness` (issue 21, ninth round): the reader is fitted on the train side, its bar is
chosen above every validation emergency it could overrule, and it is written where the check loads it from. A fake
embedder and a tiny triage set keep it fast; the shipped reader's figures are in its meta (test_mildness.py)."""

from __future__ import annotations

import argparse
import json
import zlib
from dataclasses import dataclass

import numpy as np

from medassist.model.safety.mildness import MildnessHead, load_head
from medassist.training.safety import train_mildness
from medassist.training.safety.train_mildness import CS, MildnessTrainConfig


class HashEmbedder:
    """A fixed random vector per word, averaged (fast, deterministic)."""

    name = "fake-hash"

    def encode(self, texts):
        out = []
        for t in texts:
            v = np.mean([np.random.default_rng(zlib.crc32(w.encode())).standard_normal(384) for w in t.split()], axis=0)
            out.append(v / np.linalg.norm(v))
        return np.asarray(out, dtype=np.float32)


@dataclass
class Verdict:
    emergency: bool


class FakeDetector:
    """The head alarms on everything: every validation message is open to overrule."""

    embedder = HashEmbedder()

    def embed(self, texts):
        return self.embedder.encode(list(texts))

    def assess(self, texts):
        return [Verdict(True) for _ in texts]


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _config(tmp_path) -> MildnessTrainConfig:
    rows = []
    for split, n in (("train", 30), ("validation", 8)):
        for i in range(n):
            rows.append({"id": f"m{split}{i}", "text": f"wobbly niggle grumble knee thing {i}", "label": "non_emergency",
                         "split": split, "set": "everyday_mild9b"})
            rows.append({"id": f"e{split}{i}", "text": f"zorch vexa krell plom {i}", "label": "emergency",
                         "split": split, "category": "stroke"})
    rows.append({"id": "other", "text": "an ordinary question not in an everyday set", "label": "non_emergency",
                 "split": "train"})
    conversations = [{"id": "c1", "turns": ["zorch then", "vexa krell now"], "label": "emergency", "kind": "escalation",
                      "split": "validation"}]
    meaning = [{"text": "plom plom krell", "split": "validation", "kind": "self_harm", "label": "positive"}]
    return MildnessTrainConfig(out=tmp_path / "mildness.npz", messages=_write(tmp_path / "m.jsonl", rows),
                               conversations=_write(tmp_path / "c.jsonl", conversations),
                               meaning=_write(tmp_path / "s.jsonl", meaning))


def test_training_writes_a_reader_that_overrules_no_validation_emergency(tmp_path):
    cfg = _config(tmp_path)
    meta = train_mildness.train_mildness(cfg, detector=FakeDetector())
    head = load_head(cfg.out)
    assert isinstance(head, MildnessHead) and head.embedder == "fake-hash" and meta["C"] in CS
    assert head.bar == np.float32(meta["bar"])
    val = meta["validation"]
    assert (val["everyday"], val["emergencies"]) == (8, 8 + 2 + 1)  # messages, conversation turns, meaning6
    assert val["emergencies_overruled"] == 0 and val["everyday_overruled"] == 8
    assert meta["train_everyday"] == 30 and meta["train_emergencies"] == 30  # the train split only, everyday sets only
    emergencies = ["zorch then", "vexa krell now", "plom plom krell", *[f"zorch vexa krell plom {i}" for i in range(8)]]
    assert head.scores(FakeDetector().embed(emergencies)).max() < head.bar


def test_train_mildness_is_a_safety_subcommand():
    parser = argparse.ArgumentParser()
    train_mildness.register(parser.add_subparsers())
    args = parser.parse_args(["train-mildness", "--seed", "3"])
    assert args.func is train_mildness.run and args.seed == 3
