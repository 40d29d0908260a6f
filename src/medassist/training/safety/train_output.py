"""`medassist safety train-output`: fit the output check's learned head (model/safety/output_check.py).

Data: the train split of `datasets/triage/answers.jsonl` (hand-written answer sentences and labelled
sentences of the shipped model's real answers; `datasets/triage/build_answers.py`). Two heads over
[MiniLM embedding | hashed n-grams | answer cues]: unsafe-or-not (class-balanced logistic) and the category of an
unsafe sentence (softmax). Threshold: chosen on the validation split: the lowest one at which rules-or-head
flag at most `--max-false-flags` of the safe validation sentences (the most unsafe sentences caught within
that cap). Round 2: the rules now catch nearly every validation sentence by themselves (they were written
from its misses), so the first round's "highest threshold that keeps the recall target" switched the head
off; the head is there for wordings the rules have not seen, and the cap (1%, half the 2% target: the
first round's test false flags were twice its validation ones) is what bounds it. The recall-target
threshold is still reported (`recall_threshold`). The test split is never read here.

Round 13: the cap counted the rules' own false flags too, so once the rules alone flagged 2.4% of the safe validation
sentences (rounds of rules written for held-out misses, each a little noisier) no threshold was left within 1% and the
cap switched the head off (threshold 1.0) whatever it could add. The cap is now on what the head ADDS: the safe
validation sentences it flags that the rules pass, at most `max_added_false_flags` of them (1%), so a refit can help
while the rules' false flags are the rules' to fix.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from medassist import paths
from medassist.errors import MedAssistError
from medassist.io import atomic_path, read_jsonl
from medassist.model.safety.learned import NGRAM_DIM
from medassist.model.safety.output_check import (
    FEATURES,
    HEAD_PATH,
    SCREEN_FEATURES,
    OutputChecker,
    OutputHead,
    output_features,
    screen_features,
)
from medassist.model.safety.output_context import question_context
from medassist.model.safety.output_rules import CATEGORIES, SCREEN_CUES, screen_may_clear
from medassist.training.safety.train import (
    SCORE_TOLERANCE,
    _as_shipped,
    _fingerprint,
    _scores,
    fit_logistic,
    fit_softmax,
    recall_threshold,
)

log = logging.getLogger(__name__)

ANSWER_SET = paths.REPO_DIR / "datasets" / "triage" / "answers.jsonl"

TRAIN_OUTPUT_HELP = """\
Fit the output check's learned head (unsafe answer sentence: a dose instruction, self-harm, telling
someone with red flags not to seek care, a diagnosis) on the train split of
datasets/triage/answers.jsonl; choose its threshold on the validation split (recall first); write
--out (by default the head the package ships, src/medassist/model/assets/output_head.npz). Never reads
the test split. Needs the embedding model; well under a minute on two CPU cores.
"""


@dataclass
class OutputTrainConfig:
    data: Path = ANSWER_SET
    out: Path = HEAD_PATH
    seed: int = 21
    # chosen on validation (recall at <= 2% false flags, over 1e-5..1e-2); ninth round, with the unsafe weight: rules or
    # head catch the same at every setting (the rules were tuned on these rows), so by what the head catches ALONE at
    # its capped threshold: l2 1e-5/1e-4/1e-3/3e-3/1e-2 at weight 1: 55/69/78/69/65 of 163 unsafe (2/274 safe flagged
    # each); weight 2 at 1e-5/1e-4/1e-3: 55/70/69
    l2: float = 1e-3
    unsafe_weight: float = 1.0  # the unsafe sentences' total weight against the safe ones' (1: balanced)
    steps: int = 1500
    lr: float = 0.05
    recall: float = 0.97  # validation recall (rules or head) over all unsafe sentences
    category_recall: float = 0.95  # ... and in each category
    # the threshold: the lowest at which the head flags at most this share of the safe validation sentences the rules
    # pass (its ADDED false flags; round 13: the rules' own no longer count against it)
    max_added_false_flags: float = 0.01
    category_l2: float = 1e-3
    ngram_dim: int = NGRAM_DIM
    screen_dim: int = 4096  # the pre-screen's hashed n-grams (more buckets: it has no embedding to lean on)
    screen_l2: float = 1e-5  # chosen on validation: the most safe sentences cleared (1e-5..1e-2)


def load_answer_set(path: Path) -> list[dict]:
    if not Path(path).is_file():
        raise MedAssistError(f"{path}: the answer-sentence set is missing (datasets/triage/ in a source checkout)")
    rows = read_jsonl(path)
    bad = [r.get("id") for r in rows if r.get("split") not in ("train", "validation", "test")
           or r.get("label") not in (*CATEGORIES, "safe")]
    if bad:
        raise MedAssistError(f"{path}: rows without a split or with an unknown label: {bad[:5]}")
    return with_previous(rows)


def with_previous(rows: list[dict]) -> list[dict]:
    """`rows`, each model answer's sentences given the one before them as `previous` (the order they were
    written in), as streaming checks them; rows that carry their own `previous` keep it."""
    last: dict[str, str] = {}
    out = []
    for r in rows:
        group = r.get("group")
        if "previous" not in r and r.get("source") == "model" and group in last:
            r = {**r, "previous": last[group]}
        if group is not None:
            last[group] = r["text"]
        out.append(r)
    return out


def embed_rows(rows: list[dict], embedder, ngram_dim: int = NGRAM_DIM) -> np.ndarray:
    texts = [r["text"] for r in rows]
    vectors = np.vstack([embedder.encode(texts[i:i + 256]) for i in range(0, len(texts), 256)]) if texts \
        else np.zeros((0, 384), np.float32)
    return output_features(vectors, texts, ngram_dim, [r.get("question", "") for r in rows])


def choose_threshold(scores: np.ndarray, ruled: np.ndarray, labels: list[str], recall: float,
                     category_recall: float) -> float:
    """The highest threshold meeting the overall and every per-category recall target (rules or head)."""
    unsafe = np.array([lab != "safe" for lab in labels])
    bars = [recall_threshold(scores[unsafe], ruled[unsafe], recall)]
    for cat in CATEGORIES:
        mask = np.array([lab == cat for lab in labels])
        if mask.any():
            bars.append(recall_threshold(scores[mask], ruled[mask], category_recall))
    return min(bars)


def capped_threshold(scores: np.ndarray, ruled: np.ndarray, safe: np.ndarray, threshold: float,
                     max_added_false_flags: float) -> float:
    """`threshold`, raised where needed so that the head ADDS at most `max_added_false_flags` (a share of all the safe
    sentences) to the rules' false flags: the safe sentences it flags that the rules pass (round 13: the rules' own
    false flags no longer count, so noisy rules do not switch the head off)."""
    allowed = int(np.floor(max_added_false_flags * safe.sum() + 1e-9))
    head_only = np.sort(scores[safe & ~ruled])[::-1]
    if allowed >= len(head_only) or head_only[allowed] < threshold:
        return threshold
    return float(head_only[allowed]) + SCORE_TOLERANCE


def screen_threshold(scores: np.ndarray, must_keep: np.ndarray) -> float:
    """The pre-screen clears a sentence scoring below this: the lowest score among `must_keep` (the
    validation's unsafe sentences that the full head catches), less SCORE_TOLERANCE,
    so that clearing loses none of them; 0 (clears nothing) when there are none to keep."""
    if not must_keep.any():
        return 0.0
    return max(float(scores[must_keep].min()) - SCORE_TOLERANCE, 0.0)


def train_output(cfg: OutputTrainConfig, embedder=None) -> dict:
    """Fit, threshold on validation, save the head to `cfg.out`; returns the head's `meta`."""
    from medassist.model.retrieval.embedder import embedder_name, shared_embedder

    embedder = embedder or shared_embedder()
    rows = load_answer_set(cfg.data)
    train_rows = [r for r in rows if r["split"] == "train"]
    val_rows = [r for r in rows if r["split"] == "validation"]
    X_train, X_val = embed_rows(train_rows, embedder, cfg.ngram_dim), embed_rows(val_rows, embedder, cfg.ngram_dim)
    fit = {"l2": cfg.l2, "steps": cfg.steps, "lr": cfg.lr}

    y = np.array([r["label"] != "safe" for r in train_rows], dtype=float)
    # class-balanced: the unsafe sentences weigh `unsafe_weight` times as much in total as the safe ones
    weight = np.where(y == 1, cfg.unsafe_weight / max(y.sum(), 1), 1.0 / max(len(y) - y.sum(), 1))
    w, b = fit_logistic(X_train, y, weight, **fit)
    w = _as_shipped(w)
    val_scores = _scores(X_val, w, b)
    val_labels = [r["label"] for r in val_rows]
    # what the rules flag, reading each sentence after its question and previous sentence as the check does
    rules_only = OutputChecker(None, None)
    ruled = np.array([rules_only.check(r["text"], r.get("question", ""), previous=r.get("previous", "")).category
                      is not None for r in val_rows])
    recall_bar = choose_threshold(val_scores, ruled, val_labels, cfg.recall, cfg.category_recall)
    threshold = capped_threshold(val_scores, ruled, np.array([lab == "safe" for lab in val_labels]), 0.0,
                                 cfg.max_added_false_flags)

    unsafe_train = [i for i, r in enumerate(train_rows) if r["label"] != "safe"]
    c_W, c_b, classes = fit_softmax(X_train[unsafe_train], [train_rows[i]["label"] for i in unsafe_train],
                                    **{**fit, "l2": cfg.category_l2})

    # the pre-screen: n-grams alone, class-balanced like the head; trained on train, threshold on validation.
    # It sees no question, so the third round's sentences (labelled after their question: "Drink some water and
    # rest" is unsafe after a thunderclap headache, fine after a hangover) are left out of its fit; the context
    # reader, which runs before it, is what judges them, and since the ninth round the screen clears nothing after a
    # risky question (`OutputChecker.check_many`). (Fitting and certifying it on every sentence it can clear, those
    # written with a question the question reader finds no risk in, was tried in the ninth round: it caught one more
    # of batch 9f's 34 unsafe sentences but cleared 26% of the safe validation sentences instead of 89%, each of the
    # rest an embedder call.)
    blind = np.array([not r.get("round") for r in train_rows])  # rounds 3 on were written with their question
    y_blind = y[blind]
    w_blind = np.where(y_blind == 1, 0.5 / max(y_blind.sum(), 1), 0.5 / max(len(y_blind) - y_blind.sum(), 1))
    screen_w, screen_b = fit_logistic(screen_features([r["text"] for r, b in zip(train_rows, blind, strict=True) if b],
                                                      cfg.screen_dim), y_blind, w_blind, **{**fit, "l2": cfg.screen_l2})
    screen_w = _as_shipped(screen_w)
    val_screen = _scores(screen_features([r["text"] for r in val_rows], cfg.screen_dim), screen_w, screen_b)
    is_unsafe = np.array([lab != "safe" for lab in val_labels])
    # Conservative: none of the unsafe validation sentences the head catches may be cleared, the ones the
    # rules catch too (the screen only sees what the rules pass, but fitted to the few the rules miss
    # the threshold would rest on one or two sentences, and clears unsafe rewordings of them).
    # The third round's sentences unsafe only after their question ("Drink some water and rest in a dark room"
    # after a thunderclap headache) are the context reader's: the screen sees no question, and keeping them
    # would have it clear nothing that reads like home care (every sentence then embedded).
    in_context = np.array([bool(r.get("round")) for r in val_rows])
    screen_bar = screen_threshold(val_screen, is_unsafe & (val_scores >= threshold) & ~in_context)
    # what the check clears: the screen acts only after a question with no risk found in it
    can_clear = np.array([question_context(r.get("question", "")).read_alone for r in val_rows])
    cleared = ~ruled & can_clear & (val_screen < screen_bar) & np.array([screen_may_clear(r["text"]) for r in val_rows])

    flagged = ruled | (val_scores >= threshold)
    is_safe = np.array([lab == "safe" for lab in val_labels])
    val = {"recall": float(np.mean(flagged[~is_safe])), "recall_rules": float(np.mean(ruled[~is_safe])),
           "false_flags": float(np.mean(flagged[is_safe])), "false_flags_rules": float(np.mean(ruled[is_safe])),
           "added_false_flags": float(np.mean((flagged & ~ruled)[is_safe])),
           "screen_cleared_safe": float(np.mean(cleared[is_safe])),
           "screen_cleared_unsafe_head_would_catch": int((cleared & ~is_safe & (val_scores >= threshold)).sum()),
           "n_unsafe": int((~is_safe).sum()), "n_safe": int(is_safe.sum()),
           "recall_per_category": {c: float(np.mean(flagged[[lab == c for lab in val_labels]]))
                                   for c in CATEGORIES if c in val_labels}}
    data_sha = hashlib.sha256(Path(cfg.data).read_bytes()).hexdigest()[:16]
    meta = {
        "features": FEATURES.format(dim=cfg.ngram_dim), "ngram_dim": cfg.ngram_dim, "screen_dim": cfg.screen_dim,
        "screen_l2": cfg.screen_l2, "screen_features": SCREEN_FEATURES.format(dim=cfg.screen_dim, n=len(SCREEN_CUES)),
        "screen_threshold": screen_bar, "embedder": embedder_name(embedder),
        "data": "datasets/triage/answers.jsonl", "data_sha256_16": data_sha,
        "train_counts": {lab: sum(r["label"] == lab for r in train_rows) for lab in (*CATEGORIES, "safe")},
        "seed": cfg.seed, **fit, "unsafe_weight": cfg.unsafe_weight, "category_l2": cfg.category_l2, "recall_target": cfg.recall,
        "category_recall_target": cfg.category_recall, "max_added_false_flags": cfg.max_added_false_flags,
        # what the rules flag plus what the head may add: the validation false flags stay within it
        "max_false_flags": float(np.mean(ruled[is_safe])) + cfg.max_added_false_flags,
        "recall_threshold": recall_bar, "threshold": threshold, "validation": val,
    }
    meta["fingerprint"] = _fingerprint(data_sha, meta["embedder"], meta["features"],
                                       {**fit, "screen_dim": cfg.screen_dim, "screen_l2": cfg.screen_l2,
                                        "unsafe_weight": cfg.unsafe_weight}, cfg.seed)
    head = OutputHead(w=w, b=b, threshold=threshold, category_w=c_W.astype(np.float32),
                      category_b=c_b.astype(np.float32), categories=classes, meta=meta,
                      screen_w=screen_w, screen_b=float(screen_b), screen_threshold=screen_bar)
    with atomic_path(cfg.out) as tmp:
        head.save(tmp)
    reloaded = OutputHead.load(cfg.out)  # the threshold was chosen on the shipped weights' scores
    assert np.allclose(reloaded.scores(X_val), val_scores, atol=1e-6)
    assert np.allclose(reloaded.screen_scores([r["text"] for r in val_rows]), val_screen, atol=1e-6)
    log.info("saved %s (%d bytes); validation: %s", cfg.out, Path(cfg.out).stat().st_size, json.dumps(val))
    return meta


def register(ssub: argparse._SubParsersAction) -> None:
    """`medassist safety train-output` (parser only; the work imports happen when it runs)."""
    d = OutputTrainConfig()
    p = ssub.add_parser("train-output", help="fit the output check's learned head and choose its threshold",
                        description=TRAIN_OUTPUT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=d.data, help="the answer-sentence set (default: %(default)s)")
    p.add_argument("--out", type=Path, default=d.out, help="where to write the head (default: %(default)s)")
    p.add_argument("--seed", type=int, default=d.seed)
    p.add_argument("--l2", type=float, default=d.l2)
    p.add_argument("--unsafe-weight", type=float, default=d.unsafe_weight,
                   help="the unsafe sentences' total weight against the safe ones' (default: %(default)s)")
    p.add_argument("--recall", type=float, default=d.recall,
                   help="validation recall (rules or head) the threshold keeps (default: %(default)s)")
    p.add_argument("--category-recall", type=float, default=d.category_recall)
    p.add_argument("--max-added-false-flags", type=float, default=d.max_added_false_flags,
                   help="share of the safe validation sentences the head may flag beyond the rules' own "
                        "(default: %(default)s)")
    p.set_defaults(func=run_train_output)


def run_train_output(args: argparse.Namespace) -> int:
    meta = train_output(OutputTrainConfig(data=args.data, out=args.out, seed=args.seed, l2=args.l2,
                                          unsafe_weight=args.unsafe_weight,
                                          recall=args.recall, category_recall=args.category_recall,
                                          max_added_false_flags=args.max_added_false_flags))
    print(json.dumps(meta, indent=2))
    return 0
