"""`medassist safety train-dose`: fit the own-medicine head (model/safety/dose_head.py; issue 21, item 5, round 10).

Data, train side only: the tenth round's written kinds (`datasets/triage/dose_kinds10.txt`: each fourth message line
is validation, by its position), the dose prototypes (`assets/dose_prototypes.txt`), the triage set's train split
(dose requests as own medicine; general questions and non-emergencies as not), the conversation set's train dose
rows (the newest message: a dose request or not), and a seeded sample of MedQuAD training questions (not). Class-
weighted logistic regression on the unit MiniLM embedding of the message as check_input reads it (disguised words
spelled plainly).

Chosen on the validation split: the strength C, the threshold, whether questions that name nobody are spared
(`prototypes.names_nobody`) and whether the sixth round's prototype reader still reads beside the head. The most
of kinds10's and meaning6's validation own-medicine questions given the dose notice (what the person sees: the dose
rules, the triage head's dose output, an emergency reply, and the reading chosen here) such that, against the sixth
round's reading (the baseline), no more of the triage set's validation general questions and non-emergencies and no
more MedQuAD validation questions get it, and at most one more of kinds10's and meaning6's validation look-alikes;
ties go to the reading without the prototypes (one way to read the meaning), then fewer look-alikes, then the
higher threshold and the stronger regularisation. No test split, no fresh held-out set is read.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from medassist import paths
from medassist.io import read_jsonl
from medassist.model.safety.dose_head import FEATURES, HEAD_PATH, DoseHead
from medassist.model.safety.obfuscation import deobfuscate
from medassist.model.safety.prototypes import EMBEDDER, names_nobody, read_prototypes, reads_as
from medassist.training.safety.head_fitting import encode as encode_all
from medassist.training.safety.head_fitting import fitting_detector, register_trainer, unit
from medassist.training.safety.train import _as_shipped, _fingerprint, medquad_questions
from medassist.training.safety.written_kinds import read_kinds

TRIAGE_DIR = paths.REPO_DIR / "datasets" / "triage"
KINDS10 = TRIAGE_DIR / "dose_kinds10.txt"
PROTOTYPES = paths.MODEL_ASSETS_DIR / "dose_prototypes.txt"
STRENGTHS = (0.3, 1.0, 3.0, 10.0)  # the logistic regression's C
THRESHOLDS = tuple(round(0.50 + 0.025 * i, 3) for i in range(20))  # 0.50 .. 0.975
NOT_OWN = ("general", "non_emergency")  # the triage set's rows that are no question about one's own medicine
# The sixth round's prototype reader, the baseline the head must beat (and a candidate beside it): its bars.
BASELINE_NEAR_MIN, BASELINE_MARGIN = 0.40, 0.06


@dataclass
class DoseTrainConfig:
    out: Path = HEAD_PATH
    seed: int = 0
    medquad_negatives: int = 2000
    messages: Path = TRIAGE_DIR / "messages.jsonl"
    meaning: Path = TRIAGE_DIR / "meaning6.jsonl"
    conversations: Path = TRIAGE_DIR / "conversations.jsonl"
    kinds10: Path = KINDS10


def training_texts(cfg: DoseTrainConfig) -> tuple[list[str], list[str]]:
    """(own-medicine questions, not), train side only, disguised words spelled plainly."""
    own, other = read_prototypes(PROTOTYPES)
    kinds = [r for r in read_kinds(cfg.kinds10) if r["split"] == "train"]
    own += [r["text"] for r in kinds if r["label"] == "dose"]
    other += [r["text"] for r in kinds if r["label"] == "safe"]
    train = [r for r in read_jsonl(cfg.messages) if r["split"] == "train"]
    own += [r["text"] for r in train if r["label"] == "dose_request"]
    other += [r["text"] for r in train if r["label"] in NOT_OWN]
    for row in read_jsonl(cfg.conversations):
        if row["split"] == "train" and row["kind"] == "dose":
            (own if row["label"] == "dose_request" else other).append(row["turns"][-1])
    other += random.Random(cfg.seed).sample(medquad_questions("train"), cfg.medquad_negatives)
    # a validation message is never trained on (one of the prototypes' look-alikes is a meaning6 validation row)
    held = {deobfuscate(t).lower() for v in validation_texts(cfg).values() for t in v}
    own, other = [deobfuscate(t) for t in own], [deobfuscate(t) for t in other]
    return [t for t in own if t.lower() not in held], [t for t in other if t.lower() not in held]


def validation_texts(cfg: DoseTrainConfig) -> dict[str, list[str]]:
    """The validation groups, as written (check_input spells disguised words plainly itself)."""
    meaning = [r for r in read_jsonl(cfg.meaning) if r["kind"] == "dose" and r["split"] == "validation"]
    kinds = [r for r in read_kinds(cfg.kinds10) if r["split"] == "validation"]
    rows = [r for r in read_jsonl(cfg.messages) if r["split"] == "validation"]
    return {"kinds10_own": [r["text"] for r in kinds if r["label"] == "dose"],
            "meaning6_own": [r["text"] for r in meaning if r["label"] == "positive"],
            "kinds10_look_alikes": [r["text"] for r in kinds if r["label"] == "safe"],
            "meaning6_look_alikes": [r["text"] for r in meaning if r["label"] != "positive"],
            "triage_dose_requests": [r["text"] for r in rows if r["label"] == "dose_request"],
            "triage_general": [r["text"] for r in rows if r["label"] == "general"],
            "triage_non_emergencies": [r["text"] for r in rows if r["label"] == "non_emergency"],
            "medquad": medquad_questions("validation")}


def _without_the_reading(texts: list[str], detector) -> tuple[np.ndarray, np.ndarray]:
    """(given the notice or an emergency reply whatever the own-medicine reading says, reachable by the notice), as
    check_input decides for one message: an emergency reply comes first, a rejected or other-language message gets
    no notice, else the dose rules or the triage head's dose output give it."""
    from medassist.model.safety import check_input
    from medassist.model.safety.dosing import is_dose_request

    given, reachable = [], []
    for text in texts:
        verdict = check_input(text)
        clean = deobfuscate(text)
        given.append(verdict.action == "emergency" or (verdict.action == "ok" and (
            is_dose_request(clean) or detector.assess([clean])[0].dose_request)))
        reachable.append(verdict.action == "ok")
    return np.array(given, dtype=bool), np.array(reachable, dtype=bool)



def train_dose(cfg: DoseTrainConfig, detector=None) -> dict:
    """Fit, choose the reading on validation, save to `cfg.out`; returns the head's meta."""
    from sklearn.linear_model import LogisticRegression


    detector = fitting_detector(detector, "own-medicine")

    def encode(texts: list[str]) -> np.ndarray:
        return encode_all(detector, texts)

    val = validation_texts(cfg)
    own, other = training_texts(cfg)
    X = np.vstack([encode(own), encode(other)])
    y = np.r_[np.ones(len(own)), np.zeros(len(other))]

    clean = {k: [deobfuscate(t) for t in v] for k, v in val.items()}
    # one message at a time, as check_input embeds it (a batch's padding moves a score near the bar)
    vectors = {k: unit(np.vstack([detector.embed([t]) for t in v])) for k, v in clean.items()}
    given, reachable = {}, {}
    for k, v in val.items():
        given[k], reachable[k] = _without_the_reading(v, detector)
    nobody = {k: np.array([names_nobody(t) for t in v], dtype=bool) for k, v in clean.items()}
    near = {k: np.array([reads_as(t, detector, PROTOTYPES, BASELINE_NEAR_MIN, BASELINE_MARGIN) for t in v],
                        dtype=bool) for k, v in clean.items()}
    baseline = {k: int((given[k] | (reachable[k] & near[k] & ~nobody[k])).sum()) for k in val}
    caught = ("kinds10_own", "meaning6_own")
    look_alikes = ("kinds10_look_alikes", "meaning6_look_alikes")
    guarded = ("triage_general", "triage_non_emergencies", "medquad")

    candidates = []  # (caught, without prototypes, -look-alikes, threshold, -C, spare_nobody, head, counts)
    for strength in STRENGTHS:
        model = LogisticRegression(C=strength, class_weight="balanced", max_iter=5000).fit(X, y)
        fitted = DoseHead(_as_shipped(model.coef_[0]), float(model.intercept_[0]), threshold=1.0, embedder=EMBEDDER)
        scores = {k: fitted.scores(v) for k, v in vectors.items()}  # as the shipped head will score them
        for threshold in THRESHOLDS:
            for with_prototypes in (False, True):
                for spare_nobody in (False, True):
                    counts = {}
                    for k in val:
                        reads = (scores[k] >= threshold) | (near[k] if with_prototypes else False)
                        reads = reads & ~nobody[k] if spare_nobody else reads
                        counts[k] = int((given[k] | (reachable[k] & reads)).sum())
                    if all(counts[k] <= baseline[k] for k in guarded) \
                            and sum(counts[k] for k in look_alikes) <= sum(baseline[k] for k in look_alikes) + 1:
                        candidates.append((sum(counts[k] for k in caught), not with_prototypes,
                                           -sum(counts[k] for k in look_alikes), threshold, -strength, spare_nobody,
                                           DoseHead(fitted.w, fitted.b, threshold, EMBEDDER), counts))
    if not candidates:
        raise SystemExit("no reading keeps the validation guards; the head is not written")
    best = max(candidates, key=lambda a: a[:6])
    # the best reading that keeps the prototype reader beside the head, for the record (`with_prototypes`)
    with_prototypes = max((c for c in candidates if not c[1]), key=lambda a: a[:6], default=None)
    *_, spare_nobody, head, counts = best
    meta = {"features": FEATURES, "embedder": EMBEDDER, "C": -best[4], "threshold": head.threshold,
            "with_prototypes": not best[1], "spare_nobody": spare_nobody,
            "train_own": len(own), "train_not": len(other), "seed": cfg.seed, "data": _fingerprint(own, other),
            "validation": {"sizes": {k: len(v) for k, v in val.items()}, "baseline": baseline, "chosen": counts,
                           "best_with_prototypes": with_prototypes and with_prototypes[-1]}}
    head.save(cfg.out, meta)
    return meta


TRAIN_HELP = """\
Fit the own-medicine head (a direction in the MiniLM embedding that dose_risk reads a question about one's own
medicine with) on the train side only, choose its strength and threshold on the validation split, write --out (by
default the head the package ships, src/medassist/model/assets/dose_head.npz). A few minutes on two CPU cores.
"""


def register(ssub: argparse._SubParsersAction) -> None:
    register_trainer(ssub, "train-dose", "fit the own-medicine head and choose its threshold on validation", TRAIN_HELP, DoseTrainConfig(), train_dose)
