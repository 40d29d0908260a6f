"""`medassist safety train-frames`: fit the frame head (model/safety/frame_head.py; issue 21, tenth round).

Data, train side only. Told about no one real in danger now: the train split's conversations of the kinds fiction,
past, hypothetical, training and others' care (`conversations.jsonl`, with the ninth round's tune9 rows), each as its
opening message (the frame itself) and as every turn's window pooled (the newest and up to RECENT before it, as
`check_input` reads it); the triage set's train look-alikes of the kinds past_event, hypothetical, coursework and
educational; the seventh round's fiction kinds (`datasets/triage/fiction_kinds7.txt`); the tenth round's development
conversations' train half (`authored/conversations/dev10_frames.txt`). Someone real in danger now: every train
emergency message of the triage set, the last turn and last window of the train split's escalation, ongoing and
relapse conversations (their earlier turns may be an innocent opening: "my grandad had a heart attack in the 90s"),
the real emergencies of fiction_kinds7 and dev10's train half.
(The eleventh round's development conversations, `dev11_frames.txt`, split by the same rule, join dev10's; the
twelfth round's, `dev12_frames.txt`, every third validation. Refitted with them in the twelfth round, the head chose
the same C 10 and bar 0.9 and read no dev10-12 conversation differently, so the shipped head was kept. The thirteenth
round's, `dev13.txt`, every second validation, joins them for the next refit: its others' care conversations are frame
rows, its ongoing and older people's acute changes emergencies; its look-alikes, of no frame kind, are not read.) Class-weighted logistic regression on the unit MiniLM
embedding.

Chosen on the validation split: the strength C and the bar on the newest message (a bar on the pooled window, never
chosen above 1, was removed in the eleventh round). Each validation conversation (and message) is replayed through
`check_input` with the head reading nothing as told, and the messages `check._read` asks it about are recorded
(`asked_messages`); a conversation of the frame kinds (or dev10's and dev11's validation halves, or a look-alike
message) counts as answered when the head reads every message it was asked about, and an emergency (the triage set's
validation emergencies, the conversations' validation escalation, ongoing and relapse, dev10's and dev11's validation
emergencies, and the triage set's train emergencies too) loses its reply when it reads any, its last turn included.
The most answered with NO emergency read wins; ties go to the stricter bars and the smaller C.
No test split, no fresh held-out set is read.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from medassist import paths
from medassist.io import read_jsonl
from medassist.model.safety.conversation_state import no_own_person_now, since_last_resolution
from medassist.model.safety.frame_head import EMBEDDER, FEATURES, HEAD_PATH, FrameHead
from medassist.model.safety.obfuscation import deobfuscate
from medassist.model.safety.prototypes import read_prototypes
from medassist.training.safety.eval_conversations import EMERGENCY_KINDS, RECENT, replay
from medassist.training.safety.head_fitting import encode as encode_all
from medassist.training.safety.head_fitting import fitting_detector, register_trainer, unit
from medassist.training.safety.train import _as_shipped, _fingerprint

TRIAGE_DIR = paths.REPO_DIR / "datasets" / "triage"
FICTION_KINDS = TRIAGE_DIR / "fiction_kinds7.txt"  # "fiction | text" and "safe | text" (a real emergency) lines
DEV10 = TRIAGE_DIR / "authored" / "conversations" / "dev10_frames.txt"
DEV11 = TRIAGE_DIR / "authored" / "conversations" / "dev11_frames.txt"
DEV12 = TRIAGE_DIR / "authored" / "conversations" / "dev12_frames.txt"
# the thirteenth round's: others' care, ongoing emergencies, older people's acute change and look-alikes
DEV13 = TRIAGE_DIR / "authored" / "conversations" / "dev13.txt"
# the fourteenth round's: knowledge and first-aid questions, fiction by its structure, everyday mild messages and
# real emergencies told in their words (every second validation, fixed before it was read)
DEV14 = TRIAGE_DIR / "authored" / "conversations" / "dev14_frames.txt"
# how often a development file's conversation is validation (every second from dev10, dev11 and dev13, every third
# from dev12, so more of it trains), fixed before each file was read (dev13's header first said every third, but it
# was read, measured and tuned on with this function's every second from its first run: that split is the one kept)
VALIDATION_EVERY = {DEV12.name: 3, DEV13.name: 2}
FRAME_KINDS = ("fiction", "past", "hypothetical", "training", "others_care")
LOOK_ALIKE_KINDS = ("past_event", "hypothetical", "coursework", "educational")
STRENGTHS = (0.1, 0.3, 1.0, 3.0, 10.0)  # the logistic regression's C
GUARDED = ("emergency_conversations", "emergency_messages", "train_emergencies")
THRESHOLDS = tuple(round(0.50 + 0.025 * i, 3) for i in range(20))  # 0.5 .. 0.975


@dataclass
class FrameTrainConfig:
    out: Path = HEAD_PATH
    messages: Path = TRIAGE_DIR / "messages.jsonl"
    conversations: Path = TRIAGE_DIR / "conversations.jsonl"
    fiction_kinds: Path = FICTION_KINDS
    dev: tuple[Path, ...] = field(default_factory=lambda: (DEV10, DEV11, DEV12, DEV13, DEV14))


def read_dev(path: Path = DEV10) -> list[dict]:
    """A development file's conversations (dev10's format: "@ kind state category" then "> turn" lines): {"kind", "state", "category", "turns",
    "split"}, the split fixed before they were read: counted from 1 in file order, every `VALIDATION_EVERY`th (by
    default every second) validation, the others train."""
    every = VALIDATION_EVERY.get(path.name, 2)
    rows: list[dict] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@"):
            kind, state, category = line[1:].split()
            rows.append({"kind": kind, "state": state, "category": category, "turns": [],
                         "split": "validation" if (len(rows) + 1) % every == 0 else "train"})
        elif line.startswith("> "):
            rows[-1]["turns"].append(line[2:].strip())
    return rows


def window(turns: list[str]) -> list[str]:
    """The newest turn and the earlier ones `check_input` reads with it (up to RECENT, since the last that ended an
    emergency), disguised words spelled plainly."""
    *earlier, text = (deobfuscate(t) for t in turns[-(RECENT + 1):])
    return [*since_last_resolution(earlier), text]


def conversations(cfg: FrameTrainConfig, split: str) -> tuple[list[list[str]], list[list[str]]]:
    """(conversations of the frame kinds, real emergencies) of a split, the set's and the development files', as full
    turn lists."""
    rows = [r for r in read_jsonl(cfg.conversations) if r["split"] == split]
    rows += [r for dev in cfg.dev for r in read_dev(dev) if r["split"] == split]
    frames = [r["turns"] for r in rows if r["kind"] in FRAME_KINDS]
    now = [r["turns"] for r in rows if r["kind"] in EMERGENCY_KINDS]
    return frames, now


def asked_messages(conversations: list[list[str]], last_too: bool = False) -> list[list[str]]:
    """For each conversation, the messages (de-obfuscated, as `check._read` passes them) the frame head is asked about
    when each turn is replayed through `check_input` with the head reading nothing as told (the conversation service's
    state kept as `eval_conversations.replay` keeps it). `last_too`: also the last turn where the head would be asked
    about it (`no_own_person_now`), asked or not (with the head reading an earlier turn as told, the conversation may
    reach its last turn outside an emergency, and the head is then asked about it)."""
    from medassist.model.safety import check

    found: list[str] = []

    def record(text: str, detector, bar: float | None = None) -> bool:
        if bar is None:  # the head's own bar (an opening read again at another bar is not what its bar decides)
            found.append(text)
        return False

    out = []
    shipped, check.told_of_no_one_now = check.told_of_no_one_now, record
    try:
        for turns in conversations:
            found = []
            replay(turns, learned=True)
            last = deobfuscate(turns[-1])
            if last_too and no_own_person_now(last) and last not in found:
                found.append(last)
            out.append(found)
    finally:
        check.told_of_no_one_now = shipped
    return out


def train_frames(cfg: FrameTrainConfig, detector=None) -> dict:
    """Fit, choose the bars on validation, save to `cfg.out`; returns the head's meta."""
    from sklearn.linear_model import LogisticRegression

    from medassist.model.safety.learned import pool_messages

    detector = fitting_detector(detector, "frame")

    def encode(texts: list[str]) -> np.ndarray:
        return encode_all(detector, texts) if texts else np.zeros((0, 384))

    def pooled(windows: list[list[str]]) -> np.ndarray:
        return unit(np.array([pool_messages(detector.embed(w), w) for w in windows]).reshape(-1, 384))

    # train: single messages and pooled windows on both sides
    frames, now = conversations(cfg, "train")
    story, real = read_prototypes(cfg.fiction_kinds)
    rows = read_jsonl(cfg.messages)
    train = [r for r in rows if r["split"] == "train"]
    told = [deobfuscate(t[0]) for t in frames] + story
    told += [r["text"] for r in train if r["label"] == "non_emergency" and r.get("kind") in LOOK_ALIKE_KINDS]
    told_windows = [window(t[:i + 1]) for t in frames for i in range(1, len(t))]
    happening = [window(t)[-1] for t in now] + real + [r["text"] for r in train if r["label"] == "emergency"]
    happening_windows = [w for w in (window(t) for t in now) if len(w) > 1]
    told, happening = list(dict.fromkeys(told)), list(dict.fromkeys(happening))
    X = np.vstack([encode(told), pooled(told_windows), encode(happening), pooled(happening_windows)])
    y = np.r_[np.ones(len(told) + len(told_windows)), np.zeros(len(happening) + len(happening_windows))]

    # validation: the windows check._read asks the head about, replayed through check_input with the head saying no
    val_frames, val_now = conversations(cfg, "validation")
    val_rows = [r for r in rows if r["split"] == "validation"]
    val = {"frames": asked_messages(val_frames),
           "look_alikes": asked_messages([[r["text"]] for r in val_rows
                                          if r["label"] == "non_emergency" and r.get("kind") in LOOK_ALIKE_KINDS]),
           "emergency_conversations": asked_messages(val_now, last_too=True),
           "emergency_messages": asked_messages([[r["text"]] for r in val_rows if r["label"] == "emergency"]),
           "train_emergencies": asked_messages([[r["text"]] for r in train if r["label"] == "emergency"])}
    vectors = {k: [encode(c) for c in v] for k, v in val.items()}

    candidates = []  # (read, threshold, -C, head, counts)
    for strength in STRENGTHS:
        model = LogisticRegression(C=strength, class_weight="balanced", max_iter=5000).fit(X, y)
        fitted = FrameHead(_as_shipped(model.coef_[0]), float(model.intercept_[0]), threshold=1.1, embedder=EMBEDDER)
        scores = {k: [fitted.scores(vs) if len(vs) else np.zeros(0) for vs in v] for k, v in vectors.items()}
        for threshold in THRESHOLDS:
            head = replace(fitted, threshold=threshold)
            # a frame is answered when every message it was asked about reads as told; an emergency loses its reply
            # when any does
            read = {k: [head.reads(s) for s in v] for k, v in scores.items()}
            c = {k: sum(bool(r.all()) for r in v if len(r)) for k, v in read.items() if k not in GUARDED}
            c |= {k: sum(bool(r.any()) for r in read[k]) for k in GUARDED}
            if not any(c[k] for k in GUARDED):
                candidates.append((c["frames"] + c["look_alikes"], threshold, -strength, head, c))
    *_, strength, head, counts = max(candidates, key=lambda a: a[:3])
    meta = {"features": FEATURES, "embedder": EMBEDDER, "C": -strength, "threshold": head.threshold,
            "train_told": len(told) + len(told_windows), "train_happening": len(happening) + len(happening_windows),
            "data": _fingerprint(told, told_windows, happening, happening_windows),
            "validation": {"asked": {k: sum(bool(c) for c in v) for k, v in val.items()}, "read_as_told": counts}}
    head.save(cfg.out, meta)
    return meta


TRAIN_HELP = """\
Fit the frame head (a direction in the MiniLM embedding that check_input asks whether a message that would alarm,
with nothing happening now and no one of the writer's own named, is told of no one real in danger now: fiction, a
past event, a supposition, training, someone else's past care) on the train side only, choose its strength and
bars on the validation split with no validation emergency read so, write --out (by default the head the package
ships, src/medassist/model/assets/frame_head.npz). A few minutes on two CPU cores.
"""


def register(ssub: argparse._SubParsersAction) -> None:
    register_trainer(ssub, "train-frames", "fit the frame head and choose its bars on validation", TRAIN_HELP, FrameTrainConfig(), train_frames)
