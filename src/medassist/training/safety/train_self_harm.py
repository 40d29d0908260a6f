"""`medassist safety train-self-harm`: fit the self-harm head (model/safety/self_harm_head.py; issue 21, eighth round).

Data, train side only: the prototype file's risk and look-alike messages, the lead's written kinds
(`datasets/triage/self_harm_kinds8.txt`), the triage set's train split (self-harm emergencies as risk;
non-emergencies, general and dose questions as not), the dose reader's prototypes (questions about one's own
medicine are no risk) and a seeded sample of MedQuAD training questions. Class-balanced logistic regression on the
unit MiniLM embedding (`train.fit_logistic`). The bars are chosen on the validation split: the lowest head
threshold, and the prototypes' bar beside it, at which the combined reading (reader or head) takes at most
MORE_ALARMS more of the triage set's validation non-emergencies than the reader alone, no more MedQuAD validation
questions, and at most one more of meaning6's validation look-alikes; among those, the most of meaning6's
validation indirect self-harm messages caught. No test split, no fresh held-out set is read.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from medassist import paths
from medassist.io import read_jsonl
from medassist.model.safety.prototypes import EMBEDDER, names_nobody, read_prototypes, reader_for
from medassist.model.safety.self_harm_head import FEATURES, HEAD_PATH, SelfHarmHead
from medassist.model.safety.self_harm_risk import DOSE_PROTOTYPES, PROTOTYPES_PATH, self_harm_risk
from medassist.training.safety.train import _as_shipped, _fingerprint, fit_logistic, medquad_questions

TRIAGE_DIR = paths.REPO_DIR / "datasets" / "triage"
KINDS = TRIAGE_DIR / "self_harm_kinds8.txt"
THRESHOLDS = (0.70, 0.75, 0.80, 0.85, 0.90, 0.95)
NEAR_BARS = (0.40, 0.45)
NOT_RISK = ("non_emergency", "general", "dose_request")
# How many more of the validation non-emergencies the head may alarm on than the reader alone: one. The crisis line
# shown after an idiom ("that meme killed me") costs less than indirect self-harm answered as an ordinary question;
# at +1 the head catches three more of meaning6's 25 validation messages (0.85 / 0.40), at the reader's own count
# none (0.90+), at +2 no more than at +1 (0.80).
MORE_ALARMS = 1


@dataclass
class SelfHarmTrainConfig:
    out: Path = HEAD_PATH
    seed: int = 0
    medquad_negatives: int = 2000
    l2: float = 1e-3
    steps: int = 1500
    lr: float = 0.05
    messages: Path = TRIAGE_DIR / "messages.jsonl"
    meaning: Path = TRIAGE_DIR / "meaning6.jsonl"
    extra: list[Path] = field(default_factory=lambda: [KINDS])


def _unit(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float64)
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def train_self_harm(cfg: SelfHarmTrainConfig, detector=None) -> dict:
    """Fit, choose the bars on validation, save to `cfg.out`; returns the head's meta."""
    from medassist.model.retrieval.embedder import embedder_name
    from medassist.model.safety import learned

    detector = detector or learned.detector()
    if detector is None or embedder_name(detector.embedder) != EMBEDDER:
        raise SystemExit(f"the self-harm head needs the embedder {EMBEDDER}")
    risk, safe = read_prototypes(PROTOTYPES_PATH)
    for path in cfg.extra:
        more_risk, more_safe = read_prototypes(path)
        risk, safe = risk + more_risk, safe + more_safe
    rows = read_jsonl(cfg.messages)
    train = [r for r in rows if r["split"] == "train"]
    risk += [r["text"] for r in train if r["label"] == "emergency" and r["category"] == "self_harm"]
    safe += [r["text"] for r in train if r["label"] in NOT_RISK] + read_prototypes(DOSE_PROTOTYPES)[0]
    safe += random.Random(cfg.seed).sample(medquad_questions("train"), cfg.medquad_negatives)

    def encode(texts: list[str]) -> np.ndarray:
        return _unit(np.vstack([detector.embedder.encode(texts[i:i + 256]) for i in range(0, len(texts), 256)]))

    X, y = encode(risk + safe), np.r_[np.ones(len(risk)), np.zeros(len(safe))]
    weight = np.where(y == 1, 0.5 / len(risk), 0.5 / len(safe))  # class-balanced
    w, b = fit_logistic(X, y, weight, l2=cfg.l2, steps=cfg.steps, lr=cfg.lr)
    fitted = SelfHarmHead(_as_shipped(w), float(b), threshold=1.0, near_min=1.0, embedder=EMBEDDER)

    # validation: meaning6's validation messages, and the guards
    meaning = [r for r in read_jsonl(cfg.meaning) if r["kind"] == "self_harm" and r["split"] == "validation"]
    val = {"meaning_risk": [r["text"] for r in meaning if r["label"] == "positive"],
           "meaning_look_alikes": [r["text"] for r in meaning if r["label"] != "positive"],
           "triage_non_emergencies": [r["text"] for r in rows if r["split"] == "validation" and r["label"] in NOT_RISK],
           "medquad": medquad_questions("validation")}
    reader = {k: np.array([self_harm_risk(t, detector, head=False) for t in v]) for k, v in val.items()}
    nobody = {k: np.array([names_nobody(t) for t in v]) for k, v in val.items()}
    proto = reader_for(detector, PROTOTYPES_PATH, DOSE_PROTOTYPES)
    vectors = {k: detector.embed(v) for k, v in val.items()}
    near_gap = {k: proto.scores(v) for k, v in vectors.items()}
    head_scores = {k: fitted.scores(v) for k, v in vectors.items()}  # as the shipped head will score them

    def combined(threshold: float, near_min: float) -> dict[str, int]:
        """What `self_harm_risk` would catch of each validation set with these bars."""
        candidate = replace(fitted, threshold=threshold, near_min=near_min)
        return {k: int((reader[k] | (candidate.reads(head_scores[k], *near_gap[k]) & ~nobody[k])).sum()) for k in val}

    alone = {k: int(v.sum()) for k, v in reader.items()}
    allowed = [(t, n, c) for t in THRESHOLDS for n in NEAR_BARS
               if (c := combined(t, n))["triage_non_emergencies"] <= alone["triage_non_emergencies"] + MORE_ALARMS
               and c["medquad"] <= alone["medquad"] and c["meaning_look_alikes"] <= alone["meaning_look_alikes"] + 1]
    if not allowed:
        raise SystemExit("no bar keeps the validation guards; the head is not written")
    threshold, near_min, counts = max(allowed, key=lambda a: (a[2]["meaning_risk"], a[0], a[1]))
    head = replace(fitted, threshold=threshold, near_min=near_min)
    meta = {"features": FEATURES, "embedder": EMBEDDER, "threshold": threshold, "near_min": near_min,
            "train_risk": len(risk), "train_not_risk": len(safe), "l2": cfg.l2, "steps": cfg.steps,
            "seed": cfg.seed, "data": _fingerprint(risk, safe),
            "validation": {"sizes": {k: len(v) for k, v in val.items()}, "reader_alone": alone,
                           "reader_or_head": counts}}
    head.save(cfg.out, meta)
    return meta


TRAIN_HELP = """\
Fit the self-harm head (a direction in the MiniLM embedding that self_harm_risk takes beside the prototype
reader) on the train side only, choose its bars on the validation split, write --out (by default the head the
package ships, src/medassist/model/assets/self_harm_head.npz). About a minute on two CPU cores.
"""


def register(ssub: argparse._SubParsersAction) -> None:
    d = SelfHarmTrainConfig()
    p = ssub.add_parser("train-self-harm", help="fit the self-harm head and choose its bars on validation",
                        description=TRAIN_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, default=d.out, help="where to write the head (default: %(default)s)")
    p.add_argument("--seed", type=int, default=d.seed)
    p.add_argument("--l2", type=float, default=d.l2)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    print(json.dumps(train_self_harm(SelfHarmTrainConfig(out=args.out, seed=args.seed, l2=args.l2)), indent=2))
    return 0
