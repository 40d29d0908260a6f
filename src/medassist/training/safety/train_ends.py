"""`medassist safety train-ends`: fit the end head (model/safety/end_head.py; issue 21, session 55).

Data: every development conversation (`conversations.jsonl` less the held-out rounds, and the development files of
`authored/conversations/` in dev10's format, less the validation half of the session's own `dev31_conv.txt`, which is
reported, never fitted). An end: the last message of a resolution. An emergency going on: every message of an ongoing
conversation, the last of an escalation or a relapse, the opening of a resolution or a relapse (an escalation's
earlier messages may be mild, a relapse's middle ones an end: neither side). Class-weighted logistic regression on the
unit MiniLM embedding.

Fitted on all but CHECK_ROUNDS, the three newest retired fresh rounds; on them (written by writers who never saw the
code, never fitted) the strength C and the two bars are chosen: `over` one step above the highest score of a message of
an emergency going on, `danger` half the lowest score of an end, and C the one whose `over` reads the most check-round
ends. No held-out round is read.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from medassist import paths
from medassist.io import read_jsonl
from medassist.model.safety.end_head import EMBEDDER, FEATURES, HEAD_PATH, EndHead
from medassist.training.safety.head_fitting import encode, fitting_detector, register_trainer
from medassist.training.safety.train_frames import read_dev
from medassist.training.safety.train_self_harm import HELD_OUT_ROUNDS

TRIAGE_DIR = paths.REPO_DIR / "datasets" / "triage"
CHECK_ROUNDS = (24, 25, 26)  # the bars' rounds: the newest retired fresh rounds, never fitted
REPORTED = ("dev31_conv.txt",)  # development files whose validation half is reported, never fitted
STRENGTHS = (0.3, 1.0, 3.0, 10.0)
STEP = 0.01  # `over` this far above the highest check-round score of an emergency going on


@dataclass
class EndTrainConfig:
    out: Path = HEAD_PATH
    conversations: Path = TRIAGE_DIR / "conversations.jsonl"
    dev_dir: Path = TRIAGE_DIR / "authored" / "conversations"


def fresh_round(row_id: str) -> int | None:
    """The fresh round of a conversation id ("fresh-" is the second round), or None for the first round's."""
    m = re.match(r"fresh(\d*)-", row_id)
    return None if m is None else int(m.group(1) or 2)


def _dev_rows(dev_dir: Path) -> list[dict]:
    rows = []
    for path in sorted(dev_dir.glob("*.txt")):
        if path.name.startswith("fresh"):  # the fresh rounds' sources: their rows are in conversations.jsonl
            continue
        try:
            found = read_dev(path)
        except ValueError:  # another format (multi_turn.txt, everyday11.txt: their rows are in conversations.jsonl)
            continue
        rows += [r for r in found if not (path.name in REPORTED and r["split"] == "validation")]
    return rows


def examples(rows: list[dict]) -> tuple[list[str], list[str]]:
    """(ends, messages of an emergency going on) of `rows`."""
    ends, going_on = [], []
    for r in rows:
        turns = r["turns"]
        if r["kind"] == "resolution":
            ends.append(turns[-1])
            going_on += turns[:1]
        elif r["kind"] == "ongoing":
            going_on += turns
        elif r["kind"] == "relapse":
            going_on += [turns[0], turns[-1]]
        elif r["kind"] == "escalation":
            going_on.append(turns[-1])
    return list(dict.fromkeys(ends)), list(dict.fromkeys(going_on))


def train_ends(cfg: EndTrainConfig, detector=None) -> dict:
    """Fit on all but CHECK_ROUNDS, choose C and the bars on them, save to `cfg.out`; returns the head's meta."""
    from sklearn.linear_model import LogisticRegression

    detector = fitting_detector(detector, "end")
    rows = [{**r, "round": fresh_round(r["id"])} for r in read_jsonl(cfg.conversations)]
    rows = [r for r in rows if r["round"] not in HELD_OUT_ROUNDS]
    fit_ends, fit_going = examples([r for r in rows if r["round"] not in CHECK_ROUNDS] + _dev_rows(cfg.dev_dir))
    check_ends, check_going = examples([r for r in rows if r["round"] in CHECK_ROUNDS])
    X = np.vstack([encode(detector, fit_ends), encode(detector, fit_going)])
    y = np.r_[np.ones(len(fit_ends)), np.zeros(len(fit_going))]
    ends_v, going_v = encode(detector, check_ends), encode(detector, check_going)

    candidates = []  # (ends read, -C, head)
    for strength in STRENGTHS:
        model = LogisticRegression(C=strength, class_weight="balanced", max_iter=5000).fit(X, y)
        w = model.coef_[0].astype(np.float16).astype(np.float32)  # as the asset stores it
        head = EndHead(w, float(model.intercept_[0]), threshold=1.1, danger=0.0, embedder=EMBEDDER)
        ends_s, going_s = head.scores(ends_v), head.scores(going_v)
        over = round(float(np.ceil(going_s.max() / STEP) * STEP) + STEP, 3)
        head = EndHead(w, head.b, threshold=over, danger=round(float(ends_s.min()) / 2, 4), embedder=EMBEDDER)
        candidates.append((int((ends_s >= over).sum()), -strength, head))
    read, strength, head = max(candidates, key=lambda a: a[:2])
    meta = {"features": FEATURES, "embedder": EMBEDDER, "C": -strength, "threshold": head.threshold,
            "danger": head.danger, "train_ends": len(fit_ends), "train_going_on": len(fit_going),
            "check_rounds": list(CHECK_ROUNDS), "check_ends": len(check_ends), "check_going_on": len(check_going),
            "check_ends_read_over": read}
    head.save(cfg.out, meta)
    return meta


TRAIN_HELP = """\
Fit the end head (a direction in the MiniLM embedding that check_input asks, inside an emergency, whether a message
tells that it is over) on every development conversation but the newest three retired fresh rounds, choose its
strength and its two bars on those rounds, write --out (by default the head the package ships,
src/medassist/model/assets/end_head.npz). A few minutes on two CPU cores.
"""


def register(ssub: argparse._SubParsersAction) -> None:
    register_trainer(ssub, "train-ends", "fit the end head and choose its bars on unfitted rounds", TRAIN_HELP,
                     EndTrainConfig(), train_ends)
