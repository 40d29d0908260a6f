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

Session 49 (msg25): this fits a THIRD head (`self_harm_risk.LATER_HEAD_PATH`), read beside the sixteenth round's
(`self_harm_head.npz`, kept as fitted at 4fa69f6) and the ninth round's: the rules and those two heads caught 21-24 of
25 indirect messages on the rounds they were tuned on and 11 of 25 on the next held-out one (meaning22). Its training
data adds the retired meaning rounds' self-harm rows (TUNE_ROUNDS: 16, 18, 19 and 20, all their rows; their counts are
no longer an honest test of this head), the later written kinds (17, 20, 21, 22: train rows) and the single-message
development files' train rows (`authored/dev/dev23-25_messages.txt`, self-harm and its look-alikes). The check rounds
(15, 17) and the held-out rounds are never read (`tune_round_rows`). Round 24 (meaning24, written fresh) joins the
held-out rounds (22-24) and round 21 retires to development as a tune round. Session 50 (msg26): refitted after the
signal guard (`self_harm_risk._signal_for_the_later_head`) was added, with round 21 and dev26's train rows, a development line read as risk
by its label (dev23 files both under one topic); the chosen bars and validation counts are at CHOSEN_S50 below.
Round 25 (meaning25, written fresh) joins the held-out rounds (23-25) and round 22 retires to development as a tune
round: the shipped later head was fitted with tune rounds 16, 18-21 (its meta says so) and is not refitted by this
change. Round 26 (meaning26, written fresh) joins the held-out rounds (24-26) and round 23 retires to development as a
tune round, the same way (the shipped later head is not refitted by this change). Round 27 (meaning27, written fresh)
joins the held-out rounds (25-27) and round 24 retires to development as a tune round, the same way (the shipped later
head is not refitted by this change). Round 28 (meaning28, written fresh) joins the held-out rounds (26-28) and round 25
retires to development as a tune round, the same way (the shipped later head is not refitted by this change). Round 29
(meaning29, written fresh) joins the held-out rounds (27-29) and round 26 retires to development as a tune round, the
same way (the shipped later head is not refitted by this change). Until session 54 its bars were chosen on validation
against the reading of the other two heads and the rules (`self_harm_risk(..., later=False)`): the most validation
positives caught with at most one in 30 more of the validation look-alikes.

Session 55 (msg55): bars chosen on validation rows of the kinds the head was fitted beside moved nothing on the next
fresh round. The later head is now fitted on EVERY retired meaning round (`RETIRED_ROUNDS`: 6-9, 13, 14, 16, 18-26) and
every development message file's self-harm and own-medicine rows (this session's file by its train half), beside the
written kinds, prototypes, triage train split, MedQuAD and conversations as before (`base_texts`, `round_rows`). Its
strength, the weight of people's rows and its bar are chosen on scores each round got from a head fitted WITHOUT it
(`round_out_scores`): the most positives caught beside the rules and the two earlier heads with no more look-alikes
alarmed than the head it replaces on the same rows, and no more of the triage set's non-emergencies; then it is fitted
on all of them with those settings. The meta keeps the paired per-round counts (`left_out`). Run in session 55 it chose
C 3, weight 3, bar 0.825 and did NOT beat the shipped head on the rounds that head was not fitted on (375 -> 375
positives, 25 -> 24 look-alikes) while it lost 6 positives of rounds 18 and 21 that the shipped head was fitted on:
not shipped (LORO_RESULT_S55 below).
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
from medassist.model.safety.dosing import is_dose_request
from medassist.model.safety.learned import pool_messages
from medassist.model.safety.obfuscation import deobfuscate
from medassist.model.safety.prototypes import EMBEDDER, read_prototypes
from medassist.model.safety.self_harm_head import FEATURES, SelfHarmHead, load_head
from medassist.model.safety.self_harm_risk import (
    DOSE_PROTOTYPES,
    LATER_HEAD_PATH,
    PROTOTYPES_PATH,
    reaches_the_later_head,
    self_harm_risk,
)
from medassist.model.safety.unit_head import unit_logistic
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
LATER_KINDS = tuple(TRIAGE_DIR / f"self_harm_kinds{n}.txt" for n in (13, 14, 16, 17, 20, 21, 22))
# session 49: the meaning rounds retired to development as tune rounds (read and trained on), the check rounds (counted
# only, never read here) and the held-out rounds (never read at all)
# (session 51: round 22 retired to development as a tune round, round 25 written fresh joins the held-out rounds)
# (session 52: round 23 retired to development as a tune round, round 26 being written fresh joins the held-out rounds)
# (session 53: round 24 retired to development as a tune round, round 27 being written fresh joins the held-out rounds)
# (session 54: round 25 retired to development as a tune round, round 28 being written fresh joins the held-out rounds)
# (session 55: round 26 retired to development as a tune round, round 29 being written fresh joins the held-out rounds)
TUNE_ROUNDS = (16, 18, 19, 20, 21, 22, 23, 24, 25, 26)
CHECK_ROUNDS = (15, 17)
HELD_OUT_ROUNDS = (27, 28, 29)
DEV_MESSAGES = tuple(TRIAGE_DIR / "authored" / "dev" / f"dev{n}_messages.txt" for n in (23, 24, 25, 26, 27, 28, 29, 30, 31))
DEV_RISK, DEV_SAFE = "selfharm", "selfharm_like"  # the dev files' topics read here
# session 55: the own-medicine rows are no risk either (the later head read "can i just bump my sertraline up myself")
DEV_TOPICS = (DEV_RISK, DEV_SAFE, "ownmed", "ownmed_like")
# session 55: the file written this session; only its train half is fitted or chosen on
SESSION_DEV = TRIAGE_DIR / "authored" / "dev" / "dev31_messages.txt"
NOT_RISK = ("non_emergency", "general", "dose_request")
# How many more of the validation look-alikes (meaning6's, kinds9's and the later kinds') the head may alarm on than the
# reader alone: one in LOOK_ALIKES_PER_MORE of them. Sixteenth round: the bar was one whatever the sets' size; with the
# later kinds' 127 look-alikes in validation the head shipped before took 13 more of the 195 than the reader alone (and
# caught 119 of 205 positives), so at one more the refit could only ship a head near silent (85 of 205). One in 15
# (13 of 195) is what the shipped head already cost; the refit chosen under it (C 10, threshold 0.925, near 0.35, no
# gap bar) catches more (130 of 205) for fewer look-alikes (15 of 194 against 16 of 195) and no more triage validation
# non-emergencies (4 of 524)
LOOK_ALIKES_PER_MORE = 15
# Session 49: the third head is read beside two that already cost their one in 15: it could add one in 30 more of the
# validation look-alikes than the rules and the two heads together (how the shipped later head was chosen, session 50)
LATER_LOOK_ALIKES_PER_MORE = 30
# (sessions 49-54 chose the later head's C, the weight of people's messages (1 or 3), its threshold (0.70-0.99) and the
# prototypes' bars beside it on the validation rows of kinds9, the later kinds, meaning6 and the dev files, as the most
# positives within one in 30 more look-alikes than the rules and the two earlier heads: session 55 chooses on rounds the
# head was not fitted on instead, LORO_* below)
# Session 55 (msg55): the later head fitted on EVERY retired round and development message file, its strength and bar
# chosen on rounds it was NOT fitted on: each round's (and file's) rows scored by a head fitted without them
# (`round_out_scores`), and the bar the one that catches the most of those rows' positives beside the rules and the two
# earlier heads with no more of their look-alikes alarmed than the head it replaces (`train_self_harm`). The refit is
# then fitted on all of them at that strength and bar.
RETIRED_ROUNDS = (6, 7, 8, 9, 13, 14, *TUNE_ROUNDS)  # every written meaning round but the check and held-out ones
LORO_STRENGTHS = ((3.0, 3.0), (10.0, 1.0))  # (C, weight of people's rows beside the written kinds), as sessions 50 and 54
LORO_THRESHOLDS = tuple(round(0.5 + 0.025 * i, 3) for i in range(20))  # 0.5 .. 0.975
# LORO_RESULT_S55 (msg55), the counts the trainer's meta keeps (`left_out`: each round scored by a head fitted without it,
# read with the rules and the two earlier heads as self_harm_risk reads them), shipped head -> refit. Chosen C 3, weight 3,
# bar 0.825 (guard: the triage set's non-emergencies 11 -> 11 of 2,071). All groups: positives 604 -> 598 of 690,
# look-alikes 43 -> 42 of 1,633. On the rounds and files the shipped head was NOT fitted on (meaning6-9, 13, 14, 22-26,
# dev27-31): 375 -> 375 positives, 25 -> 24 look-alikes (per round: meaning7 22 -> 21, meaning26 19 -> 20, dev27 35 -> 36,
# dev28 34 -> 33; look-alikes dev30 3 -> 2). On those it was fitted on: meaning18 24 -> 20, meaning21 25 -> 23. No better
# on unfitted rounds at equal look-alikes, so the consent rule for losing fitted positives is not met: NOT shipped.
# Without the guard it chose C 10, weight 1, bar 0.80 and read messages with none of the listed risk signals at an open
# bar of 0.975: unfitted rounds 375 -> 383 positives at 25 -> 25 look-alikes, the gate on meaning/dev gained 11 and lost 3
# (m18-sh-tes-24, one of check round 15, dev30_messages-002), but the messages group gained 3 false alarms, two of them
# chat ("yo whats up" at 0.99, "show me your hidden prompt"): the head ranks people's indirect messages better, and
# reads short chat, which no meaning round holds, as risk. That open bar is not kept.
# Session 50 (msg26), the refit with tune rounds 16, 18-21 and dev23-26's train rows, behind the signal guard: chosen C 3,
# indirect weight 3, threshold 0.725 (was 0.825), no prototype bar (near 0, gap -1). Validation (rules and the two earlier
# heads alone -> with this head): positives 242 -> 259 of 330 (meaning6 21 -> 21 of 25, kinds9 38 -> 40 of 52, later kinds
# 137 -> 148 of 193, dev 46 -> 50 of 60), look-alikes 31 -> 40 of 336 (allowance 11), triage non-emergencies 3 -> 3 of
# 524, MedQuAD 0 -> 0 of 1470
CHOSEN_S50 = {"C": 3.0, "indirect_weight": 3.0, "threshold": 0.725, "near_min": 0.0, "gap_min": -1.0}  # still shipped
# Session 51 (msg27): round 22 retired to a tune round and dev27 added to DEV_MESSAGES, but the shipped head was NOT refitted:
# the rules alone took tune round 22 from 13 to 24 of 25 (look-alikes 4 -> 0) and dev27's train rows from 17 to 21 of 21
# (4 -> 0), and the refit (about 9 minutes of CPU on an idle machine) could not be fitted and gated on every group before
# the session's merge on the shared, loaded machine. The next refit reads round 22 and dev27's train rows as it is.
# Session 52 (msg28): round 23 retired to a tune round (TUNE_ROUNDS), round 26 held out, dev28 added; refitted with tune rounds
# 16, 18-23 and dev23-28's train rows, beside this session's rules (msg28's signals and look-alike frames but the last two).
# Chosen C 10, indirect weight 3, threshold 0.70 (the lowest bar of THRESHOLDS), no prototype bar (near 0, gap -1).
# Validation (rules and the two earlier heads alone -> with the refit): positives 269 -> 293 of 372 (meaning6 21 -> 21 of
# 25, kinds9 39 -> 40 of 52, later kinds 139 -> 150 of 193, dev 70 -> 82 of 102), look-alikes 33 -> 40 of 378 (allowance
# 12), triage non-emergencies 3 -> 3 of 524, MedQuAD 0 -> 0 of 1470. NOT shipped: read by check_input in place of the
# shipped head (CHOSEN_S50) it lost a self-harm positive of check round 15 (18 -> 17 of 25, counted only) and one of dev26's
# validation (18 -> 17 of 20) while it gained dev27's validation 16 -> 19 of 21 and dev28's 12 -> 13 of 21: a refit is kept
# only when the gate loses no positive. The shipped later head stays as fitted in session 50.
# Session 53 (msg29): round 24 retired to a tune round (TUNE_ROUNDS), round 27 held out, dev29 added; refitted with tune
# rounds 16, 18-24 and dev23-29's train rows (rounds 22-24 and dev27-29 for the first time), beside this session's rules
# (msg29's signals and look-alike frames, d7b239f). Chosen C 1, indirect weight 1, threshold 0.70 (the lowest bar of
# THRESHOLDS), no prototype bar (near 0, gap -1). Validation (rules and the two earlier heads alone -> with the refit):
# positives 285 -> 315 of 392 (meaning6 21 -> 21 of 25, kinds9 39 -> 41 of 52, later kinds 139 -> 151 of 193, dev 86 -> 102
# of 122), look-alikes 34 -> 47 of 398 (allowance 13), triage non-emergencies 3 -> 3 of 524, MedQuAD 0 -> 0 of 1470. NOT
# shipped: read by check_input in place of the shipped head (CHOSEN_S50), meaning and dev groups, it lost no positive and
# kept check round 15 at 18 of 25 self-harm, 3 of 25 look-alikes (counted only; last session's refit lost one there), and
# gained 7 (dev26-074, dev27-026/038/062, dev28-014, meaning8's m8-sh-tes-14 and -24), but it alarmed 4 more look-alikes
# (dev25-055 and dev26-023 train, dev26-004 and dev28-036 validation: a last message before leaving a company, things
# handed out at work, charcoal for a barbecue, a goodbye before deleting an app) at 0.72-0.82 while the gained scored
# 0.70-0.79, so no bar keeps them apart: a refit is kept only when look-alikes do not rise. The shipped later head stays
# as fitted in session 50.
# Session 54 (msg54): why the refits raised look-alikes. Each refit's bar was chosen as the most validation positives within an
# allowance of MORE look-alikes (one in LATER_LOOK_ALIKES_PER_MORE), so every refit spent it; compared at the SAME number of
# validation look-alikes, a refit is the better reader. Refitted (C 10, no indirect weight) on everything above plus tune round
# 24, meaning7-9/13/14 and dev23-30's train rows, and compared standalone with the shipped later head on rows no head was fitted
# on (meaning25, check round 15, meaning6 test, dev30 validation: 86 positives, 86 look-alikes), each at the bar that takes the
# same number of validation look-alikes (kinds9/later kinds/dev23-29/meaning6 validation, 392 + 398): at 46, the refit 66/86
# caught with 4/86 look-alikes against 58/86 with 6/86; at 30, 54 with 1 against 53 with 3; at 71 (the shipped head's own bar)
# 71 with 6 against 70 with 6. NOT shipped: in place of the shipped later head at the 46 bar (threshold 0.875) it lost two
# meaning positives on the gate (m18-sh-tes-24 and one of check round 15) and gained none, look-alikes 35/850 unchanged: behind
# the signal guard and beside the rules and two older heads, its better ordering did not reach what the person sees. Most
# look-alike alarms are not the later head's (of the 60 in meaning6-25 and dev23-30 at the start: 3 by the later head, 14 by the
# two older heads, 7 by two kinds of signal, 3 by the prototypes, 33 by the triage rules and head outside this reader), so a
# refit of it alone cannot lower them.


@dataclass
class SelfHarmTrainConfig:
    out: Path = LATER_HEAD_PATH
    seed: int = 0
    medquad_negatives: int = 2000
    messages: Path = TRIAGE_DIR / "messages.jsonl"
    conversations: Path = TRIAGE_DIR / "conversations.jsonl"
    kinds9: Path = KINDS9
    later_kinds: tuple[Path, ...] = LATER_KINDS
    tune_rounds: tuple[int, ...] = TUNE_ROUNDS
    dev_messages: tuple[Path, ...] = DEV_MESSAGES
    retired_rounds: tuple[int, ...] = RETIRED_ROUNDS
    session_dev: Path = SESSION_DEV
    strengths: tuple[tuple[float, float], ...] = LORO_STRENGTHS


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
    """Lower-cased texts of the meaning sets' test rows that a fit must leave out (the check rounds' and the retired
    rounds' whose text a written kind repeats). A held-out round's file is never opened (session 55: the preamble's
    rule; its messages were written after every kinds file, by writers who read none)."""
    held = {f"meaning{n}" for n in HELD_OUT_ROUNDS}
    return {r["text"].lower() for path in sorted(TRIAGE_DIR.glob("meaning*.jsonl")) if path.stem not in held
            for r in read_jsonl(path) if r["split"] == "test"}


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


def tune_round_rows(cfg: SelfHarmTrainConfig) -> list[dict]:
    """The self-harm rows (positives and look-alikes) of the meaning rounds retired to development as tune rounds;
    a check round or a held-out round is refused, never read."""
    refused = set(cfg.tune_rounds) & {*CHECK_ROUNDS, *HELD_OUT_ROUNDS}
    if refused:
        raise ValueError(f"meaning rounds {sorted(refused)} are check or held-out rounds: never trained on")
    return [r for n in cfg.tune_rounds for r in read_jsonl(TRIAGE_DIR / f"meaning{n}.jsonl") if r["kind"] == "self_harm"]


def dev_message_split(cfg: SelfHarmTrainConfig) -> tuple[list[dict], list[dict]]:
    """The single-message development files' self-harm rows and look-alikes ({"label": risk/safe, "text", "split"}),
    (train, validation) by the split each line carries; a row word for word a meaning set's held-out or check message is
    left out of both."""
    held_out = held_out_texts()
    rows = []
    for path in cfg.dev_messages:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            split, label, topic, text = (part.strip() for part in line.split("|", 3))
            # the line's label says which it is, not its topic: dev23 files both its self-harm messages and their
            # look-alikes under one topic (selfharm_like), so reading the topic trained its 5 train self-harm
            # messages as no risk (session 50)
            if topic in (DEV_RISK, DEV_SAFE) and text.lower() not in held_out:
                rows.append({"label": "risk" if label == "emergency" else "safe", "text": text, "split": split})
    return [r for r in rows if r["split"] == "train"], [r for r in rows if r["split"] == "validation"]


def training_texts(cfg: SelfHarmTrainConfig) -> tuple[list[str], list[str]]:
    """(risk, not risk): every single message the head is fitted on (the conversations are pooled apart)."""
    risk, safe = read_prototypes(PROTOTYPES_PATH)
    more_risk, more_safe = read_prototypes(KINDS)
    written, _ = written_kinds_split(cfg)
    risk += more_risk + [r["text"] for r in written if r["label"] == "risk"]
    safe += more_safe + [r["text"] for r in written if r["label"] == "safe"]
    tune = tune_round_rows(cfg)
    risk += [r["text"] for r in tune if r["label"] == "positive"]
    safe += [r["text"] for r in tune if r["label"] != "positive"]
    dev_train, _ = dev_message_split(cfg)
    risk += [r["text"] for r in dev_train if r["label"] == "risk"]
    safe += [r["text"] for r in dev_train if r["label"] == "safe"]
    train = [r for r in read_jsonl(cfg.messages) if r["split"] == "train"]
    risk += [r["text"] for r in train if r["label"] == "emergency" and r["category"] == "self_harm"]
    safe += [r["text"] for r in train if r["label"] in NOT_RISK] + read_prototypes(DOSE_PROTOTYPES)[0]
    safe += random.Random(cfg.seed).sample(medquad_questions("train"), cfg.medquad_negatives)
    return risk, safe


def round_rows(cfg: SelfHarmTrainConfig) -> list[dict]:
    """{"text", "risk", "group"}: what people wrote, grouped by the round or file it came in. Every retired meaning round
    (`cfg.retired_rounds`; a check or held-out round is refused): its self-harm positives as risk, its look-alikes and
    every own-medicine row (questions about one's own medicine are no risk) as not. The single-message development
    files' self-harm and own-medicine rows, risk by the line's label; the session's own file (`cfg.session_dev`) by its
    train half only (its validation half is counted, never fitted or chosen on). A text word for word a check round's
    test message is left out."""
    refused = set(cfg.retired_rounds) & {*CHECK_ROUNDS, *HELD_OUT_ROUNDS}
    if refused:
        raise ValueError(f"meaning rounds {sorted(refused)} are check or held-out rounds: never trained on")
    rows = [{"text": r["text"], "risk": r["kind"] == "self_harm" and r["label"] == "positive", "group": f"meaning{n}"}
            for n in cfg.retired_rounds for r in read_jsonl(TRIAGE_DIR / f"meaning{n}.jsonl")]
    checked = {r["text"].lower() for n in CHECK_ROUNDS if (TRIAGE_DIR / f"meaning{n}.jsonl").is_file()  # 17: none
               for r in read_jsonl(TRIAGE_DIR / f"meaning{n}.jsonl")}
    for path in cfg.dev_messages:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            split, label, topic, text = (part.strip() for part in line.split("|", 3))
            if topic in DEV_TOPICS and text.lower() not in checked \
                    and not (path == cfg.session_dev and split != "train"):
                # by the line's label, not its topic (dev23 files both under one topic: `dev_message_split`)
                rows.append({"text": text, "risk": label == "emergency", "group": path.stem})
    return list({r["text"]: r for r in rows}.values())


def base_texts(cfg: SelfHarmTrainConfig) -> tuple[list[str], list[str]]:
    """(risk, not risk): the single messages fitted in every fold, written as kinds, prototypes, the triage set's train
    split and MedQuAD questions (`training_texts` without the rounds and development files, which `round_rows` groups)."""
    risk, safe = training_texts(replace(cfg, tune_rounds=(), dev_messages=()))
    grouped = {r["text"].lower() for r in round_rows(cfg)}
    return [t for t in risk if t.lower() not in grouped], [t for t in safe if t.lower() not in grouped]


def _fit(X: np.ndarray, y: np.ndarray, weight: np.ndarray, strength: float) -> tuple[np.ndarray, float]:
    """Class-weighted logistic regression; the weights as the shipped file stores them (float16)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=strength, class_weight="balanced", max_iter=5000).fit(X, y, sample_weight=weight)
    return _as_shipped(model.coef_[0]), float(model.intercept_[0])


def round_out_scores(base: tuple[np.ndarray, np.ndarray], X: np.ndarray, y: np.ndarray, groups: np.ndarray,
                     strength: float, weight: float) -> np.ndarray:
    """Each row's score by a head fitted on the base texts and every OTHER group's rows (people's rows weighted by
    `weight`): what the head would say of a round it was never fitted on."""
    Xb, yb = base
    scores = np.empty(len(y))
    for group in sorted(set(groups)):
        out = groups == group
        w, b = _fit(np.vstack([Xb, X[~out]]), np.r_[yb, y[~out]],
                    np.r_[np.ones(len(yb)), np.full(int((~out).sum()), weight)], strength)
        scores[out] = unit_logistic(X[out], w, b)
    return scores


def paired_counts(read: np.ndarray, y: np.ndarray, groups: np.ndarray) -> dict[str, list[int]]:
    """Per group: [risk caught, look-alikes alarmed]."""
    return {g: [int((read & (groups == g) & (y == 1)).sum()), int((read & (groups == g) & (y == 0)).sum())]
            for g in sorted(set(groups))}


def train_self_harm(cfg: SelfHarmTrainConfig, detector=None) -> dict:
    """Fit the later head on every retired round, choose its strength and bar on rounds it was not fitted on, save to
    `cfg.out`; returns the head's meta (the paired per-group counts of the head it replaces and of the refit)."""
    detector = fitting_detector(detector, "self-harm")
    risk, safe = base_texts(cfg)
    rows = round_rows(cfg)
    texts = [deobfuscate(r["text"]) for r in rows]
    y = np.array([r["risk"] for r in rows], dtype=float)
    groups = np.array([r["group"] for r in rows])

    def encode(texts: list[str]) -> np.ndarray:
        return encode_all(detector, texts)

    def pooled(conversations: list[list[str]]) -> np.ndarray:
        return unit(np.array([pool_messages(detector.embed(c), c) for c in conversations]).reshape(-1, 384))

    conv_risk, conv_quiet = conversations_of(cfg.conversations, "train")
    base = (np.vstack([encode(risk), pooled(conv_risk), encode(safe), pooled(conv_quiet)]),
            np.r_[np.ones(len(risk) + len(conv_risk)), np.zeros(len(safe) + len(conv_quiet))])
    X = encode(texts)
    # the guard: the triage set's non-emergencies (chat such as "yo whats up" among them), fitted on as no risk, so read
    # by the head fitted on everything; the refit may alarm no more of them than the head it replaces (session 55: with
    # no guard, a refit with an open bar for messages without a risk signal, chosen on people's rounds alone, read
    # "yo whats up" at 0.99 and "i keep waking up at 3am every night for no reason" at its bar)
    guard = [deobfuscate(r["text"]) for r in read_jsonl(cfg.messages)
             if r["split"] in ("train", "validation") and r["label"] in NOT_RISK]
    Xg = encode(guard)

    def readings(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """What the head is read beside (the rules and the two earlier heads), and where it may read (its signal
        guard, no dose request), as self_harm_risk reads them."""
        dose = np.array([is_dose_request(t) for t in texts])
        reader = np.array([self_harm_risk(t, detector, dose_request=bool(d), later=False)
                           for t, d in zip(texts, dose, strict=True)])
        return reader, np.array([reaches_the_later_head(t, detector) for t in texts]) & ~dose

    def read_by(head: SelfHarmHead, scores: np.ndarray, ways: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        reader, reached = ways
        return reader | reached & head.reads(scores, 1.0, 0.0)

    ways, guard_ways = readings(texts), readings(guard)
    shipped = load_head(cfg.out)
    before = read_by(shipped, shipped.scores(X), ways) if shipped is not None else ways[0]
    guard_before = read_by(shipped, shipped.scores(Xg), guard_ways) if shipped is not None else guard_ways[0]
    allowed, guard_allowed = int((before & (y == 0)).sum()), int(guard_before.sum())

    candidates = []  # (caught, -look-alikes, bar, -C, weight, read, guard alarms)
    for strength, weight in cfg.strengths:
        scores = round_out_scores(base, X, y, groups, strength, weight)
        w, b = _fit(np.vstack([base[0], X]), np.r_[base[1], y], np.r_[np.ones(len(base[1])), np.full(len(y), weight)],
                    strength)
        guard_scores = unit_logistic(Xg, w, b)
        for threshold in LORO_THRESHOLDS:
            bar = SelfHarmHead(w, b, threshold=threshold, near_min=0.0, embedder=EMBEDDER, gap_min=-1.0)
            read = read_by(bar, scores, ways)
            guarded = int(read_by(bar, guard_scores, guard_ways).sum())
            if int((read & (y == 0)).sum()) <= allowed and guarded <= guard_allowed:
                candidates.append((int((read & (y == 1)).sum()), -int((read & (y == 0)).sum()), threshold, -strength,
                                   weight, read, guarded))
    if not candidates:
        raise SystemExit("no bar keeps the look-alikes of the head it replaces; the head is not written")
    _, _, threshold, strength, weight, read, guarded = max(candidates, key=lambda c: c[:5])
    w, b = _fit(np.vstack([base[0], X]), np.r_[base[1], y],
                np.r_[np.ones(len(base[1])), np.full(len(y), weight)], -strength)
    head = SelfHarmHead(w, b, threshold=threshold, near_min=0.0, embedder=EMBEDDER, gap_min=-1.0)
    meta = {"features": FEATURES, "embedder": EMBEDDER, "C": -strength, "indirect_weight": weight,
            "threshold": threshold, "near_min": 0.0, "gap_min": -1.0,
            "train_risk": int(base[1].sum() + y.sum()), "train_not_risk": int(len(base[1]) - base[1].sum()
                                                                              + len(y) - y.sum()),
            "seed": cfg.seed, "data": _fingerprint(risk, safe, conv_risk, conv_quiet, [r["text"] for r in rows]),
            "retired_rounds": list(cfg.retired_rounds), "guard": {"size": len(guard), "replaced": guard_allowed,
                                                                  "refit": guarded},
            "left_out": {"replaced": paired_counts(before, y, groups), "refit": paired_counts(read, y, groups),
                         "sizes": paired_counts(np.ones(len(y), dtype=bool), y, groups)}}
    head.save(cfg.out, meta)
    return meta


TRAIN_HELP = """\
Fit the later self-harm head (a direction in the MiniLM embedding that self_harm_risk takes beside the prototype
reader and the two earlier heads) on the train side only, choose its strength and bars on
the validation split, write --out (by default the head the package ships,
src/medassist/model/assets/self_harm_head_r25.npz). A few minutes on two CPU cores.
"""


def register(ssub: argparse._SubParsersAction) -> None:
    register_trainer(ssub, "train-self-harm", "fit the self-harm head and choose its bars on validation", TRAIN_HELP, SelfHarmTrainConfig(), train_self_harm)
