"""datasets/triage/conversations.jsonl: each round's held-out conversations from the ninth on (`freshN_test.txt`, ids
`freshN-NNN`) are test only, in the round before's mix of kinds, one or two to five turns each, with wording of their
own, and adding them changed no older row (GitHub issue 21). One row of ROUNDS per round: what it pinned when it was
added."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
CONVERSATIONS = REPO / "datasets" / "triage" / "conversations.jsonl"
LABEL_OF_STATE = {"emergency": "emergency", "resolved": "resolution", "normal": "ok"}
RUN = 6  # words: a shared run this long would be wording copied from an older set
_PREFIXES_BEFORE_9 = ("conv", "obf", "dose", "fresh", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
                      "tune4", "tune5", "tune6")


@dataclass(frozen=True)
class Round:
    prefix: str
    older_prefixes: tuple[str, ...]  # the id prefixes that existed before it; a later round's rows are neither
    older_lines: int
    older_sha: str  # sha256 (first 16) of the older lines, in order, as committed before the round
    kinds: dict
    self_harm: int  # gradual self-harm conversations, without the word itself
    min_turns: int


ROUNDS = [
    Round("fresh9-", _PREFIXES_BEFORE_9, 1378, "d696c12e6788c269",  # main 12ebae1
          {"escalation": 28, "ongoing": 11, "relapse": 5, "fiction": 23, "resolution": 16, "after_resolution": 8,
           "past": 12, "hypothetical": 12, "others_care": 10, "training": 10, "neutral_followup": 10, "pet": 5},
          13, 1),
    Round("fresh10-", (*_PREFIXES_BEFORE_9, "fresh9", "tune9", "tune9sh"), 1770, "71662de99d138f0b",  # main b680fda
          {"escalation": 26, "ongoing": 11, "relapse": 5, "fiction": 21, "resolution": 15, "after_resolution": 8,
           "past": 11, "hypothetical": 11, "others_care": 9, "training": 9, "neutral_followup": 9, "pet": 5},
          12, 2),
    Round("fresh11-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "tune9", "tune9sh"), 1910,  # main 122445d
          "406280bd947cb9bc",
          {"escalation": 26, "ongoing": 11, "relapse": 5, "fiction": 21, "resolution": 15, "after_resolution": 8,
           "past": 11, "hypothetical": 11, "others_care": 9, "training": 9, "neutral_followup": 9, "pet": 5},
          12, 2),
    Round("fresh12-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "tune9", "tune9sh", "everyday11"), 2346,
          "d4a79f82ea3d4af0",  # main 5190c77
          {"escalation": 26, "ongoing": 11, "relapse": 5, "fiction": 21, "resolution": 15, "after_resolution": 8,
           "past": 11, "hypothetical": 11, "others_care": 9, "training": 9, "neutral_followup": 9, "pet": 5},
          12, 2),
    Round("fresh13-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "fresh12", "tune9", "tune9sh",
                       "everyday11"), 2486, "12439057c85a8d93",  # main 041d0d4
          {"escalation": 26, "ongoing": 11, "relapse": 5, "fiction": 21, "resolution": 15, "after_resolution": 8,
           "past": 11, "hypothetical": 11, "others_care": 9, "training": 9, "neutral_followup": 9, "pet": 5},
          12, 2),
    Round("fresh14-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "tune9", "tune9sh",
                       "everyday11"), 2626, "d4162559477cf3a9",  # main 3970c95
          {"escalation": 26, "ongoing": 11, "relapse": 5, "fiction": 21, "resolution": 15, "after_resolution": 8,
           "past": 11, "hypothetical": 11, "others_care": 9, "training": 9, "neutral_followup": 9, "pet": 5},
          12, 2),
    Round("fresh15-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "tune9",
                       "tune9sh", "everyday11"), 2766, "487ebb9a6854182d",  # main 9922e63
          {"escalation": 26, "ongoing": 11, "relapse": 5, "fiction": 21, "resolution": 15, "after_resolution": 8,
           "past": 11, "hypothetical": 11, "others_care": 9, "training": 9, "neutral_followup": 9, "pet": 5},
          12, 2),
    Round("fresh16-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
                       "tune9", "tune9sh", "everyday11"), 2906, "f478c438ac49c38e",  # main 9abf9cc
          {"escalation": 26, "ongoing": 11, "relapse": 5, "fiction": 21, "resolution": 15, "after_resolution": 8,
           "past": 11, "hypothetical": 11, "others_care": 9, "training": 9, "neutral_followup": 9, "pet": 5},
          12, 2),
    Round("fresh17-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
                       "fresh16", "tune9", "tune9sh", "everyday11"), 3046, "d0f85fdeafffddd6",  # main 7506b22
          {"escalation": 20, "ongoing": 10, "relapse": 5, "fiction": 9, "resolution": 12, "after_resolution": 8,
           "past": 9, "hypothetical": 9, "others_care": 7, "training": 7, "neutral_followup": 10, "pet": 4},
          10, 2),
    Round("fresh18-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
                       "fresh16", "fresh17", "tune9", "tune9sh", "everyday11"), 3156, "5bc2eb300911b5dc",  # main 34936b9
          {"escalation": 20, "ongoing": 10, "relapse": 5, "fiction": 9, "resolution": 12, "after_resolution": 8,
           "past": 9, "hypothetical": 9, "others_care": 7, "training": 7, "neutral_followup": 10, "pet": 4},
          10, 2),
    Round("fresh19-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
                       "fresh16", "fresh17", "fresh18", "tune9", "tune9sh", "everyday11"), 3266,
          "2ec7146dd7058e86",  # main 28cf049
          {"escalation": 20, "ongoing": 10, "relapse": 5, "fiction": 9, "resolution": 12, "after_resolution": 8,
           "past": 9, "hypothetical": 9, "others_care": 7, "training": 7, "neutral_followup": 10, "pet": 4},
          10, 2),
    Round("fresh20-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
                       "fresh16", "fresh17", "fresh18", "fresh19", "tune9", "tune9sh", "everyday11"), 3376,
          "ead45160c9d7ad64",  # main 2b615d4
          {"escalation": 20, "ongoing": 10, "relapse": 5, "fiction": 9, "resolution": 12, "after_resolution": 8,
           "past": 9, "hypothetical": 9, "others_care": 7, "training": 7, "neutral_followup": 10, "pet": 4},
          10, 2),
    Round("fresh21-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
                       "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "tune9", "tune9sh", "everyday11"), 3486,
          "ebbe71867af0fac6",  # main af9f75a
          {"escalation": 20, "ongoing": 10, "relapse": 5, "fiction": 9, "resolution": 12, "after_resolution": 8,
           "past": 9, "hypothetical": 9, "others_care": 7, "training": 7, "neutral_followup": 10, "pet": 4},
          10, 2),
    Round("fresh22-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
                       "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "tune9", "tune9sh",
                       "everyday11"), 3596,
          "578e6a0a714ee1ab",  # main 854f071
          {"escalation": 20, "ongoing": 10, "relapse": 5, "fiction": 9, "resolution": 12, "after_resolution": 8,
           "past": 9, "hypothetical": 9, "others_care": 7, "training": 7, "neutral_followup": 10, "pet": 4},
          10, 2),
    Round("fresh23-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
                       "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "tune9", "tune9sh",
                       "everyday11"), 3706,
          "1a66b382506108fd",  # main 1f55a58
          {"escalation": 20, "ongoing": 10, "relapse": 5, "fiction": 9, "resolution": 12, "after_resolution": 8,
           "past": 9, "hypothetical": 9, "others_care": 7, "training": 7, "neutral_followup": 10, "pet": 4},
          10, 2),
    Round("fresh24-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
                       "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "tune9",
                       "tune9sh", "everyday11"), 3816,
          "16324836cf763735",  # main db7e978
          {"escalation": 20, "ongoing": 10, "relapse": 5, "fiction": 9, "resolution": 12, "after_resolution": 8,
           "past": 9, "hypothetical": 9, "others_care": 7, "training": 7, "neutral_followup": 10, "pet": 4},
          10, 2),
    Round("fresh25-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
                       "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                       "tune9", "tune9sh", "everyday11"), 3926,
          "3b5775f4bb34e9de",  # main e19e15f
          {"escalation": 20, "ongoing": 10, "relapse": 5, "fiction": 7, "resolution": 12, "after_resolution": 8,
           "past": 9, "hypothetical": 9, "others_care": 7, "training": 7, "neutral_followup": 10, "pet": 6},
          10, 2),
    Round("fresh26-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
                       "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                       "fresh25", "tune9", "tune9sh", "everyday11"), 4036,
          "f3ad6fcea2b1cee1",  # main ae9e128
          {"escalation": 20, "ongoing": 10, "relapse": 5, "fiction": 7, "resolution": 12, "after_resolution": 8,
           "past": 9, "hypothetical": 9, "others_care": 7, "training": 7, "neutral_followup": 10, "pet": 6},
          10, 2),
    Round("fresh27-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
                       "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                       "fresh25", "fresh26", "tune9", "tune9sh", "everyday11"), 4146,
          "abd853d8deccf3b1",  # main 8fb45ba
          {"escalation": 20, "ongoing": 10, "relapse": 5, "fiction": 7, "resolution": 12, "after_resolution": 8,
           "past": 9, "hypothetical": 9, "others_care": 7, "training": 7, "neutral_followup": 10, "pet": 6},
          10, 2),
    Round("fresh28-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
                       "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                       "fresh25", "fresh26", "fresh27", "tune9", "tune9sh", "everyday11"), 4256,
          "9c23c6c7611a2511",  # main fad597d
          {"escalation": 20, "ongoing": 10, "relapse": 5, "fiction": 7, "resolution": 12, "after_resolution": 8,
           "past": 9, "hypothetical": 9, "others_care": 7, "training": 7, "neutral_followup": 10, "pet": 6},
          10, 2),
    Round("fresh29-", (*_PREFIXES_BEFORE_9, "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
                       "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                       "fresh25", "fresh26", "fresh27", "fresh28", "tune9", "tune9sh", "everyday11"), 4366,
          "d74128ac5a24a03c",  # main 7bbaaee
          {"escalation": 20, "ongoing": 10, "relapse": 5, "fiction": 7, "resolution": 12, "after_resolution": 8,
           "past": 9, "hypothetical": 9, "others_care": 7, "training": 7, "neutral_followup": 10, "pet": 6},
          10, 2),
]
IDS = [r.prefix.rstrip("-") for r in ROUNDS]


def _lines() -> list[str]:
    return CONVERSATIONS.read_text(encoding="utf-8").splitlines(keepends=True)


def _rows(prefix: str) -> list[dict]:
    return [row for row in map(json.loads, _lines()) if row["id"].startswith(prefix)]


def _older(r: Round) -> list[str]:
    return [line for line in _lines() if json.loads(line)["id"].rsplit("-", 1)[0] in r.older_prefixes]


@pytest.mark.parametrize("r", ROUNDS, ids=IDS)
def test_older_rows_are_byte_identical_and_in_their_order(r):
    older = _older(r)
    assert len(older) == r.older_lines
    assert hashlib.sha256("".join(older).encode()).hexdigest()[:16] == r.older_sha


@pytest.mark.parametrize("r", ROUNDS, ids=IDS)
def test_shape_ids_and_mix_of_kinds(r):
    rows = _rows(r.prefix)
    assert [row["id"] for row in rows] == [f"{r.prefix}{n:03d}" for n in range(1, len(rows) + 1)]
    assert all(row["group"] == row["id"] and row["split"] == "test" for row in rows)
    assert all(r.min_turns <= len(row["turns"]) <= 5 and all(t.strip() for t in row["turns"]) for row in rows)
    assert all(row["label"] == LABEL_OF_STATE[row["state"]] for row in rows)
    assert Counter(row["kind"] for row in rows) == r.kinds
    emergencies = [row for row in rows if row["state"] == "emergency"]
    assert {row["kind"] for row in emergencies} == {"escalation", "ongoing", "relapse"}
    # gradual self-harm without the word itself, as a person at risk often tells it
    self_harm = [row for row in emergencies if row["category"] == "self_harm"]
    assert len(self_harm) == r.self_harm and not any("suicid" in t.lower() for row in self_harm for t in row["turns"])
    assert all(len(row["turns"]) > 1 for row in self_harm)


def _words(text: str) -> list[str]:
    return re.sub(r"[^\w]+", " ", text.lower()).split()


@pytest.mark.parametrize("r", ROUNDS, ids=IDS)
def test_no_wording_reused_from_the_older_conversations(r):
    runs = set()
    for text in (t for line in _older(r) for t in json.loads(line)["turns"]):
        w = _words(text)
        runs |= {tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}
    reused = [row["id"] for row in _rows(r.prefix) for t in row["turns"]
              if any(tuple(_words(t)[i:i + RUN]) in runs for i in range(len(_words(t)) - RUN + 1))]
    assert not reused
