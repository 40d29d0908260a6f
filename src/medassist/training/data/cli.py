"""`medassist data ...` commands."""

from __future__ import annotations

import argparse
import json

from medassist.model.loading.registry import DEFAULT_MODEL
from medassist.paths import DEFAULT_DATA_DIR, MEDQUAD_CORPUS
from medassist.training.data.clean import CleanConfig
from medassist.training.data.readers import FORMATS
from medassist.training.data.split import parse_ratios


def register(sub: argparse._SubParsersAction) -> None:
    data = sub.add_parser("data", help="prepare datasets")
    dsub = data.add_subparsers(dest="data_command", required=True)
    p = dsub.add_parser("prepare", help="clean, de-duplicate and split a QA dataset")
    p.add_argument("--input", default=str(MEDQUAD_CORPUS),
                   help="file, folder or hub dataset id (default: the shipped MedQuAD corpus)")
    p.add_argument("--format", default="auto", choices=FORMATS)
    p.add_argument("--out", default=str(DEFAULT_DATA_DIR), help="output folder (default: %(default)s)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--split", default="0.8,0.1,0.1", help="train,validation,test fractions")
    p.add_argument("--question-col", default="question", help="CSV: question column")
    p.add_argument("--answer-col", default="answer", help="CSV: answer column")
    p.add_argument("--source-col", default=None, help="CSV: optional source/url column")
    p.add_argument("--hf-split", default="train", help="hub datasets: which split to read")
    p.add_argument("--tokenizer", default=DEFAULT_MODEL, help="tokenizer for length bounds")
    p.add_argument("--min-answer-tokens", type=int, default=CleanConfig.min_answer_tokens)
    p.add_argument("--max-tokens", type=int, default=CleanConfig.max_tokens)
    p.add_argument("--export-corpus", default=None,
                   help="also write the cleaned records (one .jsonl.gz) — how the shipped corpus is built")
    p.set_defaults(func=run_prepare)


def run_prepare(args: argparse.Namespace) -> int:
    from medassist.training.data.prepare import prepare, token_counter

    ratios = parse_ratios(args.split)
    stats = prepare(
        args.input, args.out, fmt=args.format, seed=args.seed, ratios=ratios,
        count_tokens=token_counter(args.tokenizer),
        clean_cfg=CleanConfig(min_answer_tokens=args.min_answer_tokens, max_tokens=args.max_tokens),
        question_col=args.question_col, answer_col=args.answer_col, source_col=args.source_col,
        hf_split=args.hf_split, export_corpus=args.export_corpus)
    print(json.dumps({k: stats[k] for k in ("counts", "dropped_by_reason",
                                            "question_overlap_between_splits", "fingerprint")}, indent=2))
    print(f"wrote {args.out}/{{train,validation,test}}.jsonl and stats.json")
    return 0
