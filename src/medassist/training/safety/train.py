"""`medassist safety train`: fit the learned triage head (model/safety/learned.py) and ship it.

Data: the train split of `datasets/triage/messages.jsonl` plus a seeded sample of MedQuAD
training-split questions as extra negatives (real health questions, none an emergency or a personal
dose request). Thresholds: chosen on the validation split, recall first: the highest emergency
threshold at which rules-or-head still catch `--recall` of the validation emergencies, and the same
for dose requests. The test split is never read here.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from medassist import paths
from medassist.errors import MedAssistError
from medassist.io import atomic_path, read_jsonl
from medassist.model.records import QARecord
from medassist.model.safety.dosing import is_dose_request
from medassist.model.safety.learned import (
    CUE_COLUMNS,
    FEATURES,
    HEAD_PATH,
    NGRAM_DIM,
    SHORT_WORDS,
    TriageHead,
    features,
    pool_messages,
    settled,
    short,
    sigmoid,
)
from medassist.model.safety.triage import triage
from medassist.training.data.split import split_records

log = logging.getLogger(__name__)

TRIAGE_SET = paths.REPO_DIR / "datasets" / "triage" / "messages.jsonl"
CONVERSATION_SET = paths.REPO_DIR / "datasets" / "triage" / "conversations.jsonl"
# Conversation kinds whose every turn is harmless on its own: a question, then a neutral follow-up.
HARMLESS_TURNS = ("neutral_followup",)
# Kinds whose FIRST turn is harmless on its own (a later one may name a red flag that the frame of
# the first switches off, "in the film..." then "he stopped breathing": not a negative alone).
HARMLESS_OPENING = ("past", "hypothetical", "fiction", "training", "others_care", "pet")
# The eleventh round's two-message conversations (`authored/conversations/everyday11.txt`): an everyday mild message,
# then a real emergency told in the same voice or a mild follow-up. check_input reads such a follow-up with the
# messages before it as one text (`Detector.assess_with_context`: the messages' embeddings pooled); the head fitted
# on single messages only, with the everyday mild sets, lost such emergencies (round 10: CO with a drowsy child, a
# snake bite with blurring vision, clear fluid from the nose after a fall, a pill plan in Spanglish).
TWO_MESSAGE_PREFIX = "everyday11-"


@dataclass
class TrainConfig:
    data: Path = TRIAGE_SET
    out: Path = HEAD_PATH
    medquad_negatives: int = 3000
    # the train split of conversations.jsonl as extra single messages (issue 21): short everyday
    # openings and follow-ups ("my throat hurts") the first head read as emergencies, and disguised
    # or casual wording; None: messages.jsonl alone
    conversations: Path | None = None  # CONVERSATION_SET to use it (`--with-conversations`)
    # a validation-chosen bar for short messages (`learned.short`); off by default: tried in round 2
    # of issue 21 with the conversations, it cut short-message false alarms on validation but lost
    # single-message emergencies on the test split (104/112 against 108/112), so it is not shipped
    short_bar: bool = False
    seed: int = 12
    l2: float = 3e-5  # on the mean weighted loss; chosen by 5-fold group CV on train+validation
    steps: int = 1500
    lr: float = 0.05
    emergency_recall: float = 0.98  # validation recall (rules or head) the emergency threshold keeps
    settled_head_recall: float = 0.9  # validation recall of the head alone at the settled bar (issue 21)
    dose_recall: float = 0.96
    category_l2: float = 1e-3  # the category head reads the embedding only (validation accuracy 0.78)
    ngram_dim: int = NGRAM_DIM
    # the two-message conversations (TWO_MESSAGE_PREFIX) read as check_input reads them: each conversation pooled,
    # an emergency or not, and each turn of a mild one alone; None: without them (`--with-two-message`)
    two_message: Path | None = None
    two_message_weight: float = 1.0  # the weight of each such row against a single message's 1


def load_triage_set(path: Path) -> list[dict]:
    if not Path(path).is_file():
        raise MedAssistError(f"{path}: the triage set is missing (datasets/triage/ in a source checkout)")
    rows = read_jsonl(path)
    bad = [r.get("id") for r in rows if r.get("split") not in ("train", "validation", "test")]
    if bad:
        raise MedAssistError(f"{path}: rows without a split: {bad[:5]}")
    return rows


def conversation_messages(path: Path, split: str = "train") -> list[dict]:
    """Single messages drawn from one split of the conversation set, labelled as messages.jsonl
    labels them, and spelled as check_input hands them to the head (de-obfuscated): one-turn rows
    (obfuscated and dose messages) with their own label; the harmless turns of harmless
    conversations as `non_emergency`. Multi-turn emergencies are left out: their turns are
    emergencies only together."""
    from medassist.model.safety.obfuscation import deobfuscate

    out: list[dict] = []
    for r in read_jsonl(path):
        if r["split"] != split:
            continue
        if r["kind"] in ("obfuscated", "dose"):
            label = {"emergency": "emergency", "dose_request": "dose_request"}.get(
                r["label"], "general" if r["kind"] == "dose" else "non_emergency")
            texts = r["turns"][-1:]
        elif r["kind"] in HARMLESS_TURNS:
            label, texts = "non_emergency", r["turns"]
        elif r["kind"] in HARMLESS_OPENING:
            label, texts = "non_emergency", r["turns"][:1]
        else:
            continue
        out += [{"id": f"{r['id']}.{i}", "text": deobfuscate(t), "label": label, "split": split,
                 "category": r["category"], "task": "conversation"}
                for i, t in enumerate(texts)]
    return list({r["text"]: r for r in out}.values())


def two_message_rows(path: Path, split: str = "train") -> list[dict]:
    """Rows of the two-message conversations of one split (TWO_MESSAGE_PREFIX): each conversation as a pooled
    reading (`turns`, its text the turns joined as check_input joins them), labelled by its last turn; and each
    turn of a mild one alone as a non-emergency (the first turns of both continuations are the same message). The
    turns spelled as check_input hands them to the head (de-obfuscated)."""
    from medassist.model.safety.obfuscation import deobfuscate

    out: list[dict] = []
    for r in read_jsonl(path):
        if r["split"] != split or not r["id"].startswith(TWO_MESSAGE_PREFIX):
            continue
        turns = [deobfuscate(t) for t in r["turns"]]
        label = "emergency" if r["label"] == "emergency" else "non_emergency"
        out.append({"id": r["id"], "text": "\n".join(turns), "turns": turns, "label": label, "split": split,
                    "category": r["category"], "task": "conversation"})
        if label == "non_emergency":
            out += [{"id": f"{r['id']}.{i}", "text": t, "label": label, "split": split, "category": r["category"],
                     "task": "conversation"} for i, t in enumerate(turns)]
    return list({r["text"]: r for r in out}.values())


def row_embeddings(embedder, rows: list[dict]) -> np.ndarray:
    """One embedding a row: the text's, or for a conversation (`turns`) its turns' pooled as check_input pools them
    (`pool_messages`), each distinct text embedded once."""
    texts = list(dict.fromkeys(t for r in rows for t in r.get("turns", [r["text"]])))
    encoded = np.vstack([embedder.encode(texts[i:i + 256]) for i in range(0, len(texts), 256)]) if texts else []
    vector = dict(zip(texts, np.asarray(encoded, dtype=np.float32), strict=True))
    return np.vstack([pool_messages(np.vstack([vector[t] for t in r["turns"]]), r["turns"]) if "turns" in r
                      else vector[r["text"]] for r in rows])


def medquad_questions(split: str) -> list[str]:
    """Distinct questions of one MedQuAD split, as `medassist data prepare` splits the shipped corpus
    by default (seed 0, 80/10/10, by normalised question)."""
    records = [QARecord.from_dict(d) for d in read_jsonl(paths.MEDQUAD_CORPUS)]
    return sorted({r.question for r in split_records(records)[split]})


def fit_logistic(X: np.ndarray, y: np.ndarray, weight: np.ndarray, *, l2: float, steps: int, lr: float,
                 ) -> tuple[np.ndarray, float]:
    """Weighted, L2-regularised logistic regression by full-batch Adam (deterministic)."""
    X = np.asarray(X, dtype=np.float64)  # float64 throughout: mixed precision copies X every step
    w, b = np.zeros(X.shape[1]), 0.0
    m, v = np.zeros(X.shape[1] + 1), np.zeros(X.shape[1] + 1)
    weight = weight / weight.sum()
    for t in range(1, steps + 1):
        err = (sigmoid(X @ w + b) - y) * weight
        g = np.r_[X.T @ err + l2 * w, err.sum()]
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        step = lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        w, b = w - step[:-1], b - step[-1]
    return w, float(b)


def fit_softmax(X: np.ndarray, labels: list[str], *, l2: float, steps: int, lr: float,
                ) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    X = np.asarray(X, dtype=np.float64)
    classes = tuple(sorted(set(labels)))
    Y = np.zeros((len(labels), len(classes)))
    Y[np.arange(len(labels)), [classes.index(c) for c in labels]] = 1
    W, b = np.zeros((len(classes), X.shape[1])), np.zeros(len(classes))
    mW, vW, mb, vb = (np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b))
    for t in range(1, steps + 1):
        z = X @ W.T + b
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        err = (p - Y) / len(labels)
        gW, gb = err.T @ X + l2 * W, err.sum(axis=0)
        mW, vW = 0.9 * mW + 0.1 * gW, 0.999 * vW + 0.001 * gW * gW
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        c1, c2 = 1 - 0.9 ** t, 1 - 0.999 ** t
        W -= lr * (mW / c1) / (np.sqrt(vW / c2) + 1e-8)
        b -= lr * (mb / c1) / (np.sqrt(vb / c2) + 1e-8)
    return W, b, classes


# A threshold sits this far below the score it is read off: the same text scores a hair differently
# embedded alone (one thread, no padding) than in a training batch.
SCORE_TOLERANCE = 1e-4


def _as_shipped(w: np.ndarray) -> np.ndarray:
    """The weights as the head file stores them (float16), so thresholds are read off the scores
    the shipped head will give."""
    return w.astype(np.float16).astype(np.float32)


def _scores(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    return sigmoid(np.asarray(X, dtype=np.float32) @ w + np.float32(b))


def recall_threshold(scores: np.ndarray, caught_by_rules: np.ndarray, target: float) -> float:
    """The highest threshold at which (rules or score >= threshold) still catches `target` of the
    positives: the k-th highest score among the ones the rules miss (less SCORE_TOLERANCE)."""
    n = len(scores)
    need = math.ceil(target * n - 1e-9) - int(caught_by_rules.sum())
    if need <= 0:
        return 1.0
    missed = np.sort(scores[~caught_by_rules])[::-1]
    return max(float(missed[need - 1]) - SCORE_TOLERANCE, 0.0)


def two_thresholds(scores: np.ndarray, caught_by_rules: np.ndarray, is_settled: np.ndarray, positive: np.ndarray,
                   negative: np.ndarray, target: float) -> tuple[float, float]:
    """(open, settled) thresholds: for each candidate settled bar (the scores of settled messages),
    the highest open bar keeping `target` recall; the pair with the fewest false alarms among the
    negatives wins, ties to the higher settled bar."""
    best = None
    for bar in sorted({1.0, *(scores[is_settled] - SCORE_TOLERANCE).tolist()}, reverse=True):
        lowered = np.where(is_settled, np.where(scores >= bar, 1.0, 0.0), scores)
        # settled messages count only above their bar; the open bar is then chosen as usual
        open_bar = recall_threshold(lowered[positive], caught_by_rules[positive], target)
        if bar < open_bar:  # the settled bar is never the lower one
            continue
        flagged = caught_by_rules | np.where(is_settled, scores >= bar, scores >= open_bar)
        if np.mean(flagged[positive]) < target - 1e-9:
            continue
        key = (int(flagged[negative].sum()), -bar)
        if best is None or key < best[0]:
            best = (key, open_bar, bar)
    if best is None:  # one bar for all: the plain recall threshold
        bar = recall_threshold(scores[positive], caught_by_rules[positive], target)
        return bar, bar
    return best[1], best[2]


def short_threshold(scores: np.ndarray, caught_by_rules: np.ndarray, is_settled: np.ndarray, is_short: np.ndarray,
                    positive: np.ndarray, open_bar: float, settled_bar: float, target: float) -> float:
    """The highest bar for short, unsettled messages (between the open and the settled bar) at which
    rules-or-head still catch `target` of the positives (issue 21: "my throat hurts", "baby's got a
    snuffly nose" read as emergencies by their subject alone)."""
    candidates = sorted({open_bar, settled_bar, *(scores[is_short & positive] - SCORE_TOLERANCE).tolist()},
                        reverse=True)
    for bar in candidates:
        if not open_bar <= bar <= settled_bar:
            continue
        flagged = caught_by_rules | (scores >= np.where(is_settled, settled_bar, np.where(is_short, bar, open_bar)))
        if np.mean(flagged[positive]) >= target - 1e-9:
            return float(bar)
    return open_bar


def _fingerprint(*parts) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(json.dumps(part, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()[:16]


def train(cfg: TrainConfig, embedder=None) -> dict:
    """Fit, threshold on validation, save the head to `cfg.out`; returns the head's `meta`."""
    from medassist.model.retrieval.embedder import embedder_name, shared_embedder

    embedder = embedder or shared_embedder()
    rows = load_triage_set(cfg.data)
    train_rows = [r for r in rows if r["split"] == "train"]
    if cfg.conversations is not None:
        train_rows += conversation_messages(cfg.conversations, "train")
    if cfg.two_message is not None:
        train_rows += two_message_rows(cfg.two_message, "train")
    val_rows = [r for r in rows if r["split"] == "validation"]
    mq_train = medquad_questions("train")
    mq_sample = sorted(random.Random(cfg.seed).sample(mq_train, min(cfg.medquad_negatives, len(mq_train))))
    mq_val = medquad_questions("validation")
    log.info("embedding %d triage-set and %d MedQuAD questions", len(train_rows) + len(val_rows),
             len(mq_sample) + len(mq_val))

    def feats(rows: list[dict]) -> np.ndarray:
        return features(row_embeddings(embedder, rows), [r["text"] for r in rows], cfg.ngram_dim)

    X_train, X_val = feats(train_rows), feats(val_rows)
    X_mq, X_mq_val = feats([{"text": q} for q in mq_sample]), feats([{"text": q} for q in mq_val])
    fit = {"l2": cfg.l2, "steps": cfg.steps, "lr": cfg.lr}

    def binary_head(positive: str, negatives_weight: float = 1.0, conversations: bool = True,
                    extra_sets: bool = True) -> tuple[np.ndarray, float]:
        keep = np.array([(conversations or r.get("task") != "conversation") and (extra_sets or "set" not in r)
                         for r in train_rows])
        y_set = np.array([r["label"] == positive for r in train_rows], dtype=float)[keep]
        X = np.vstack([X_train[keep], X_mq])
        y = np.r_[y_set, np.zeros(len(X_mq))]
        # MedQuAD as a whole weighs as much as the set's own negatives: it teaches "a general
        # question" without drowning the look-alikes.
        n_neg = float(len(y_set) - y_set.sum())
        own = np.array([cfg.two_message_weight if r["id"].startswith(TWO_MESSAGE_PREFIX) else 1.0
                        for r in train_rows])[keep]
        weight = np.r_[own, np.full(len(X_mq), negatives_weight * n_neg / max(len(X_mq), 1))]
        return fit_logistic(X, y, weight, **fit)

    # Emergency: positives are the set's emergencies; negatives its look-alikes, its dosing
    # messages and the MedQuAD sample.
    e_w, e_b = binary_head("emergency")
    e_w = _as_shipped(e_w)
    e_val = _scores(X_val, e_w, e_b)
    is_e = np.array([r["label"] == "emergency" for r in val_rows])
    is_look = np.array([r["label"] == "non_emergency" for r in val_rows])
    rules_e = np.array([triage(r["text"]) is not None for r in val_rows])
    settled_val = np.array([settled(r["text"]) for r in val_rows])
    e_thr, s_thr = two_thresholds(e_val, rules_e, settled_val, is_e, is_look, cfg.emergency_recall)
    # The validation split holds about one emergency the rules miss and read as settled: it cannot
    # bound the settled bar, and with issue 21's everyday mild messages the bar chosen went to 1.0 (the
    # head off for every message read as settled; a 4-year-old with stridor "drooling" and a breathless
    # mother "a week after her c-section" were lost). The settled bar stays where the head alone
    # still catches `settled_head_recall` of the validation emergencies.
    s_cap = recall_threshold(e_val[is_e], np.zeros(int(is_e.sum()), dtype=bool), cfg.settled_head_recall)
    s_thr = min(s_thr, max(s_cap, e_thr))
    short_val = np.array([short(r["text"]) for r in val_rows]) & ~settled_val
    h_thr = (short_threshold(e_val, rules_e, settled_val, short_val, is_e, e_thr, s_thr, cfg.emergency_recall)
             if cfg.short_bar else e_thr)
    e_flag = rules_e | (e_val >= np.where(settled_val, s_thr, np.where(short_val, h_thr, e_thr)))

    # Dose request: positives the set's dose requests; negatives everything else in it + MedQuAD.
    # (the conversation set's rows teach the emergency head only: with them the dose head's
    # validation bar rose and it lost casual requests it had referred); nor do the files' own sets
    # (issue 21's everyday mild messages include dose-timing questions labelled only "not an emergency")
    d_w, d_b = binary_head("dose_request", conversations=False, extra_sets=False)
    d_w = _as_shipped(d_w)
    d_val = _scores(X_val, d_w, d_b)
    is_d = np.array([r["label"] == "dose_request" for r in val_rows])
    is_g = np.array([r["label"] == "general" for r in val_rows])
    rules_d = np.array([is_dose_request(r["text"]) for r in val_rows])
    d_thr = recall_threshold(d_val[is_d], rules_d[is_d], cfg.dose_recall)

    # Category of an emergency the rules miss: softmax over the set's 14 categories, on the
    # embedding columns only (what it is about; the wording columns add nothing here).
    dim = X_train.shape[1] - cfg.ngram_dim - CUE_COLUMNS
    known = {r["category"] for r in rows if r["label"] == "emergency"}  # the set's 14 categories
    e_train = [i for i, r in enumerate(train_rows) if r["label"] == "emergency" and r["category"] in known]
    c_W, c_b, classes = fit_softmax(X_train[e_train][:, :dim], [train_rows[i]["category"] for i in e_train],
                                    **{**fit, "l2": cfg.category_l2})
    val_e = np.flatnonzero(is_e)
    c_val = np.argmax(X_val[val_e][:, :dim] @ c_W.T + c_b, axis=1)
    c_acc = float(np.mean([classes[j] == val_rows[i]["category"] for i, j in zip(val_e, c_val, strict=True)]))

    e_mq_val = _scores(X_mq_val, e_w, e_b)
    settled_mq = np.array([settled(q) for q in mq_val])
    short_mq = np.array([short(q) for q in mq_val]) & ~settled_mq
    d_mq_val = _scores(X_mq_val, d_w, d_b)
    val = {
        "emergency_recall": float(np.mean(e_flag[is_e])),
        "emergency_recall_rules": float(np.mean(rules_e[is_e])),
        "lookalike_false_alarms": float(np.mean(e_flag[is_look])),
        "lookalike_false_alarms_rules": float(np.mean(rules_e[is_look])),
        "medquad_validation_false_alarms": int(np.sum(e_mq_val >= np.where(settled_mq, s_thr,
                                                                            np.where(short_mq, h_thr, e_thr)))),
        "medquad_validation_questions": len(mq_val),
        "category_accuracy": c_acc,
        "dose_referred": float(np.mean((rules_d | (d_val >= d_thr))[is_d])),
        "dose_referred_rules": float(np.mean(rules_d[is_d])),
        "general_dose_notices": float(np.mean((rules_d | (d_val >= d_thr))[is_g])),
        "medquad_validation_dose_notices": int(np.sum(d_mq_val >= d_thr)),
        "n_emergency": int(is_e.sum()), "n_lookalike": int(is_look.sum()),
        "n_dose_request": int(is_d.sum()), "n_general": int(is_g.sum()),
    }
    conversation_files = sorted({Path(p) for p in (cfg.conversations, cfg.two_message) if p is not None})
    data_sha = hashlib.sha256(Path(cfg.data).read_bytes()
                              + b"".join(p.read_bytes() for p in conversation_files)).hexdigest()[:16]
    meta = {
        "features": FEATURES.format(dim=cfg.ngram_dim), "ngram_dim": cfg.ngram_dim,
        "embedder": embedder_name(embedder),
        "data": "datasets/triage/messages.jsonl" + (" + conversations.jsonl (train)" if cfg.conversations else "")
        + (f" + conversations.jsonl {TWO_MESSAGE_PREFIX}* (train, pooled)" if cfg.two_message else ""),
        "two_message_weight": cfg.two_message_weight,
        "data_sha256_16": data_sha,
        "train_counts": {lab: sum(r["label"] == lab for r in train_rows)
                         for lab in ("emergency", "non_emergency", "dose_request", "general")},
        "medquad_negatives": len(mq_sample), "medquad_split": "train (seed 0, 80/10/10)",
        "seed": cfg.seed, **fit, "category_l2": cfg.category_l2, "emergency_recall_target": cfg.emergency_recall,
        "settled_head_recall": cfg.settled_head_recall,
        "dose_recall_target": cfg.dose_recall, "emergency_threshold": e_thr, "settled_threshold": s_thr,
        "short_threshold": h_thr, "short_words": SHORT_WORDS, "dose_threshold": d_thr,
        "validation": val,
    }
    meta["fingerprint"] = _fingerprint(data_sha, mq_sample, meta["embedder"], meta["features"], fit, cfg.seed,
                                     cfg.settled_head_recall,
                                     *([cfg.two_message_weight] if cfg.two_message is not None else []))
    head = TriageHead(emergency_w=e_w, emergency_b=e_b, emergency_threshold=e_thr,
                      settled_threshold=s_thr, short_threshold=h_thr if cfg.short_bar else None,
                      category_w=c_W.astype(np.float32), category_b=c_b.astype(np.float32), categories=classes,
                      dose_w=d_w.astype(np.float32), dose_b=d_b, dose_threshold=d_thr, meta=meta)
    with atomic_path(cfg.out) as tmp:
        head.save(tmp)
    reloaded = TriageHead.load(cfg.out)  # the thresholds were chosen on the shipped weights' scores
    assert np.allclose(reloaded.emergency_scores(X_val), e_val, atol=1e-6)
    log.info("saved %s (%d bytes); validation: %s", cfg.out, Path(cfg.out).stat().st_size, json.dumps(val))
    return meta
