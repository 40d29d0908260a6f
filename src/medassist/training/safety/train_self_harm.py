"""`medassist safety train-self-harm`: fit the self-harm head (model/safety/self_harm_head.py; issue 21, rounds 8-9).

Data, train side only: the prototype file's risk and look-alike messages, the eighth round's written kinds
(`datasets/triage/self_harm_kinds8.txt`), the ninth round's train rows (`self_harm_kinds9.txt`: each fourth message
is validation, by its position), the triage set's train split (self-harm emergencies as risk; non-emergencies,
general and dose questions as not), the dose reader's prototypes (questions about one's own medicine are no risk), a
seeded sample of MedQuAD training questions, and the train split's conversations (`conversations.jsonl`) pooled as
one vector each (self-harm told over several messages as risk; the false-alarm kinds as not). Class-weighted
logistic regression on the unit MiniLM embedding.

Chosen on the validation split, in two steps. First the head: its strength C, its threshold, and the prototypes'
agreement beside it (near_min, gap_min; 0 / -1 leave the head alone): the most of meaning6's and kinds9's validation
indirect self-harm messages caught by the combined reading (reader or head) that takes at most MORE_ALARMS more of
the triage set's validation non-emergencies than the reader alone, no more MedQuAD validation questions, and at most
one in LOOK_ALIKES_PER_MORE more of meaning6's, kinds9's and the later kinds' validation look-alikes; ties go to the
stricter bars. Sixteenth round: the later rounds' written kinds (`self_harm_kinds13/14/16.txt`) join kinds9, their
train rows as training data, their validation rows beside kinds9's (`written_kinds_split`). No test split, no fresh
held-out set is read.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from medassist import paths
from medassist.io import read_jsonl
from medassist.model.safety.conversation_state import since_last_resolution
from medassist.model.safety.learned import pool_messages
from medassist.model.safety.obfuscation import deobfuscate
from medassist.model.safety.prototypes import EMBEDDER, names_nobody, read_prototypes, reader_for
from medassist.model.safety.self_harm_head import FEATURES, HEAD_PATH, SelfHarmHead
from medassist.model.safety.self_harm_risk import (
    DOSE_PROTOTYPES,
    PROTOTYPES_PATH,
    self_harm_risk,
)
from medassist.training.safety.eval_conversations import EMERGENCY_KINDS, FALSE_ALARM_KINDS, RECENT
from medassist.training.safety.head_fitting import encode as encode_all
from medassist.training.safety.head_fitting import fitting_detector, register_trainer, unit
from medassist.training.safety.train import _as_shipped, _fingerprint, medquad_questions
from medassist.training.safety.written_kinds import read_kinds

TRIAGE_DIR = paths.REPO_DIR / "datasets" / "triage"
KINDS = TRIAGE_DIR / "self_harm_kinds8.txt"
KINDS9 = TRIAGE_DIR / "self_harm_kinds9.txt"
# Sixteenth round: the later rounds' written kinds, each split by its own directive (kinds13 every third line, kinds14
# and kinds16 every second). Before, the head was fitted on kinds8/9 only, and the later kinds' indirect messages it
# had never seen (goodbyes, "won't be a problem much longer", a decision taken) scored high on the head but fell under
# the prototypes' gap bar beside it: their train rows are training data, their validation rows choose the bars.
LATER_KINDS = tuple(TRIAGE_DIR / f"self_harm_kinds{n}.txt" for n in (13, 14, 16))
STRENGTHS = (0.3, 1.0, 3.0, 10.0)  # the logistic regression's C
THRESHOLDS = tuple(round(0.70 + 0.025 * i, 3) for i in range(12))  # 0.70 .. 0.975
NEAR_BARS = (0.0, 0.35, 0.40)
GAP_BARS = (-1.0, 0.0)
NOT_RISK = ("non_emergency", "general", "dose_request")
# How many more of the validation non-emergencies the head may alarm on than the reader alone: one. The crisis line
# shown after an idiom ("that meme killed me") costs less than indirect self-harm answered as an ordinary question
# (eighth round: at +1 the head caught three more of meaning6's 25 validation messages, at the reader's own count none).
MORE_ALARMS = 1
# How many more of the validation look-alikes (meaning6's, kinds9's and the later kinds') the head may alarm on than the
# reader alone: one in LOOK_ALIKES_PER_MORE of them. Sixteenth round: the bar was one whatever the sets' size; with the
# later kinds' 127 look-alikes in validation the head shipped before took 13 more of the 195 than the reader alone (and
# caught 119 of 205 positives), so at one more the refit could only ship a head near silent (85 of 205). One in 15
# (13 of 195) is what the shipped head already cost; the refit chosen under it (C 10, threshold 0.925, near 0.35, no
# gap bar) catches more (130 of 205) for fewer look-alikes (15 of 194 against 16 of 195) and no more triage validation
# non-emergencies (4 of 524)
LOOK_ALIKES_PER_MORE = 15


@dataclass
class SelfHarmTrainConfig:
    out: Path = HEAD_PATH
    seed: int = 0
    medquad_negatives: int = 2000
    messages: Path = TRIAGE_DIR / "messages.jsonl"
    meaning: Path = TRIAGE_DIR / "meaning6.jsonl"
    conversations: Path = TRIAGE_DIR / "conversations.jsonl"
    kinds9: Path = KINDS9
    later_kinds: tuple[Path, ...] = LATER_KINDS


def conversations_of(path: Path, split: str) -> tuple[list[list[str]], list[list[str]]]:
    """(self-harm told over several messages, conversations that must stay quiet) of a split, each the turns as
    `check_input` reads them (the newest and up to RECENT before it, since the last that ended an emergency),
    disguised words spelled plainly. Not the resolutions: an emergency's end is read before any context."""
    risk, quiet = [], []
    for row in read_jsonl(path):
        if row["split"] != split or row["kind"] == "resolution":
            continue
        *earlier, text = (deobfuscate(t) for t in row["turns"][-(RECENT + 1):])
        turns = [*since_last_resolution(earlier), text]
        if len(turns) < 2:
            continue
        if row["kind"] in EMERGENCY_KINDS and row["category"] == "self_harm":
            risk.append(turns)
        elif row["kind"] in FALSE_ALARM_KINDS:
            quiet.append(turns)
    return risk, quiet



def held_out_texts() -> set[str]:
    """Lower-cased texts of the meaning sets' test rows (the held-out self-harm messages, meaning7 to meaning23)."""
    return {r["text"].lower() for path in sorted(TRIAGE_DIR.glob("meaning*.jsonl")) for r in read_jsonl(path)
            if r["split"] == "test"}


def written_kinds_split(cfg: SelfHarmTrainConfig) -> tuple[list[dict], tuple[list[dict], list[dict]]]:
    """The written kinds' rows (kinds9 and the later rounds'): (train rows of all, (kinds9's validation rows, the later
    kinds' validation rows)), each file split by its own rule (`written_kinds.read_kinds`). A row whose text is also a
    held-out meaning test message is left out of both (sixteenth round: one kinds14 line is word for word a meaning14
    test message; fitted on, it would count itself)."""
    held_out = held_out_texts()
    kinds9 = [r for r in read_kinds(cfg.kinds9) if r["text"].lower() not in held_out]
    later = [r for path in cfg.later_kinds for r in read_kinds(path) if r["text"].lower() not in held_out]
    train = [r for r in kinds9 + later if r["split"] == "train"]
    return train, ([r for r in kinds9 if r["split"] == "validation"], [r for r in later if r["split"] == "validation"])


def train_self_harm(cfg: SelfHarmTrainConfig, detector=None) -> dict:
    """Fit, choose the bars on validation, save to `cfg.out`; returns the head's meta."""
    from sklearn.linear_model import LogisticRegression


    detector = fitting_detector(detector, "self-harm")
    risk, safe = read_prototypes(PROTOTYPES_PATH)
    more_risk, more_safe = read_prototypes(KINDS)
    written, (held, held_later) = written_kinds_split(cfg)
    risk += more_risk + [r["text"] for r in written if r["label"] == "risk"]
    safe += more_safe + [r["text"] for r in written if r["label"] == "safe"]
    rows = read_jsonl(cfg.messages)
    train = [r for r in rows if r["split"] == "train"]
    risk += [r["text"] for r in train if r["label"] == "emergency" and r["category"] == "self_harm"]
    safe += [r["text"] for r in train if r["label"] in NOT_RISK] + read_prototypes(DOSE_PROTOTYPES)[0]
    safe += random.Random(cfg.seed).sample(medquad_questions("train"), cfg.medquad_negatives)

    def encode(texts: list[str]) -> np.ndarray:
        return encode_all(detector, texts)

    def pooled(conversations: list[list[str]]) -> np.ndarray:
        return unit(np.array([pool_messages(detector.embed(c), c) for c in conversations]).reshape(-1, 384))

    conv_risk, conv_quiet = conversations_of(cfg.conversations, "train")
    X = np.vstack([encode(risk), pooled(conv_risk), encode(safe), pooled(conv_quiet)])
    y = np.r_[np.ones(len(risk) + len(conv_risk)), np.zeros(len(safe) + len(conv_quiet))]

    # validation: meaning6's and kinds9's validation messages, and the guards
    meaning = [r for r in read_jsonl(cfg.meaning) if r["kind"] == "self_harm" and r["split"] == "validation"]
    val = {"meaning_risk": [r["text"] for r in meaning if r["label"] == "positive"],
           "meaning_look_alikes": [r["text"] for r in meaning if r["label"] != "positive"],
           "kinds9_risk": [r["text"] for r in held if r["label"] == "risk"],
           "kinds9_look_alikes": [r["text"] for r in held if r["label"] == "safe"],
           "later_kinds_risk": [r["text"] for r in held_later if r["label"] == "risk"],
           "later_kinds_look_alikes": [r["text"] for r in held_later if r["label"] == "safe"],
           "triage_non_emergencies": [r["text"] for r in rows if r["split"] == "validation" and r["label"] in NOT_RISK],
           "medquad": medquad_questions("validation")}
    val = {k: [deobfuscate(t) for t in v] for k, v in val.items()}
    reader = {k: np.array([self_harm_risk(t, detector, head=False) for t in v], dtype=bool) for k, v in val.items()}
    nobody = {k: np.array([names_nobody(t) for t in v], dtype=bool) for k, v in val.items()}
    proto = reader_for(detector, PROTOTYPES_PATH, DOSE_PROTOTYPES)
    vectors = {k: encode(v) for k, v in val.items()}
    near_gap = {k: proto.scores(v) for k, v in vectors.items()}
    alone = {k: int(v.sum()) for k, v in reader.items()}
    caught = ("meaning_risk", "kinds9_risk", "later_kinds_risk")
    look_alikes = ("meaning_look_alikes", "kinds9_look_alikes", "later_kinds_look_alikes")

    more_look_alikes = max(1, sum(len(val[k]) for k in look_alikes) // LOOK_ALIKES_PER_MORE)
    candidates = []  # (caught, -look-alikes, threshold, near_min, gap_min, C, head, counts)
    for strength in STRENGTHS:
        model = LogisticRegression(C=strength, class_weight="balanced", max_iter=5000).fit(X, y)
        fitted = SelfHarmHead(_as_shipped(model.coef_[0]), float(model.intercept_[0]), threshold=1.0, near_min=1.0,
                              embedder=EMBEDDER)
        scores = {k: fitted.scores(v) for k, v in vectors.items()}  # as the shipped head will score them
        for threshold in THRESHOLDS:
            for near_min in NEAR_BARS:
                for gap_min in GAP_BARS:
                    head = replace(fitted, threshold=threshold, near_min=near_min, gap_min=gap_min)
                    c = {k: int((reader[k] | (head.reads(scores[k], *near_gap[k]) & ~nobody[k])).sum()) for k in val}
                    if c["triage_non_emergencies"] <= alone["triage_non_emergencies"] + MORE_ALARMS \
                            and c["medquad"] <= alone["medquad"] \
                            and sum(c[k] for k in look_alikes) <= sum(alone[k] for k in look_alikes) + more_look_alikes:
                        candidates.append((sum(c[k] for k in caught), -sum(c[k] for k in look_alikes), threshold,
                                           near_min, gap_min, -strength, head, c))
    if not candidates:
        raise SystemExit("no bar keeps the validation guards; the head is not written")
    *_, head, counts = max(candidates, key=lambda a: a[:6])

    meta = {"features": FEATURES, "embedder": EMBEDDER, "C": -max(candidates, key=lambda a: a[:6])[5],
            "threshold": head.threshold, "near_min": head.near_min, "gap_min": head.gap_min,
            "train_risk": len(risk) + len(conv_risk), "train_not_risk": len(safe) + len(conv_quiet),
            "seed": cfg.seed, "data": _fingerprint(risk, safe, conv_risk, conv_quiet),
            "validation": {"sizes": {k: len(v) for k, v in val.items()}, "reader_alone": alone,
                           "reader_or_head": counts}}
    head.save(cfg.out, meta)
    return meta


TRAIN_HELP = """\
Fit the self-harm head (a direction in the MiniLM embedding that self_harm_risk takes beside the prototype
reader) on the train side only, choose its strength and bars on
the validation split, write --out (by default the head the package ships,
src/medassist/model/assets/self_harm_head.npz). About a minute on two CPU cores.
"""


def register(ssub: argparse._SubParsersAction) -> None:
    register_trainer(ssub, "train-self-harm", "fit the self-harm head and choose its bars on validation", TRAIN_HELP, SelfHarmTrainConfig(), train_self_harm)
