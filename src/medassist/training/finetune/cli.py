"""`medassist train`, `medassist sweep` and `medassist export`."""

from __future__ import annotations

import argparse
import json

from medassist.deprecated_flags import add_deprecated_alias
from medassist.errors import MedAssistError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="LoRA fine-tune a base model on a prepared QA dataset")
    p.add_argument("--config", default=None, help="YAML config (sections model, data, lora, train, output)")
    p.add_argument("--data", default=None, help="prepared data folder (sets data.dir)")
    p.add_argument("--output", default=None, help="output folder (sets output.dir)")
    p.add_argument("--max-steps", type=int, default=None, help="stop after N optimizer steps (sets train.max_steps)")
    p.add_argument("--resume", action="store_true", help="continue from the last complete checkpoint")
    p.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
                   help="override a config value, e.g. --set train.learning_rate=5e-5 (repeatable)")
    p.set_defaults(func=run_train)

    s = sub.add_parser("sweep", help="run several training experiments and tabulate them")
    s.add_argument("--config", required=True, help="sweep YAML (base config + experiments)")
    s.add_argument("--quick", action="store_true", help="apply the sweep's `quick` overrides (CPU, minutes)")
    s.add_argument("--output", default=None, help="sweep folder (default: the file's output)")
    s.add_argument("--rerun", action="store_true", help="retrain experiments that already finished")
    s.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
                   help="override a config value in every experiment (repeatable)")
    s.set_defaults(func=run_sweep)

    e = sub.add_parser("export", help="merge a LoRA adapter into its base model and save it")
    e.add_argument("--adapter", required=True, help="adapter folder written by `medassist train`")
    e.add_argument("--output", default=None, metavar="DIR", help="folder for the merged transformers model "
                                                                 "(required)")
    add_deprecated_alias(e, "--out", "--output", "output")  # `--output` as on train and sweep
    e.add_argument("--base", default=None, help="base model (default: the one the adapter records)")
    e.add_argument("--dtype", default="auto", help="auto, bf16, fp16 or fp32 (default: %(default)s)")
    e.set_defaults(func=run_export)


def _cli_overrides(args: argparse.Namespace) -> list[str]:
    extra = []
    if args.data:
        extra.append(f"data.dir={json.dumps(args.data)}")
    if args.output:
        extra.append(f"output.dir={json.dumps(args.output)}")
    if args.max_steps is not None:
        extra.append(f"train.max_steps={args.max_steps}")
    return list(args.overrides) + extra


def run_train(args: argparse.Namespace) -> int:
    from medassist.training.finetune.config import load_config

    cfg = load_config(args.config, _cli_overrides(args))  # validated before anything heavy loads
    from medassist.training.finetune.recipe import train

    summary = train(cfg, resume=args.resume)
    if summary:
        print(json.dumps(summary, indent=2))
        print(f"adapter written to {cfg.output.dir}")
    return 0


def run_sweep(args: argparse.Namespace) -> int:
    from medassist.training.finetune.sweep import load_sweep, run

    sweep = load_sweep(args.config, quick=args.quick, output=args.output, overrides=args.overrides)
    table = run(sweep, rerun=args.rerun)
    print(table)
    print(f"wrote {sweep.output}/results.csv and results.md")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from medassist.training.finetune.export import export

    if not args.output:
        raise MedAssistError("export needs --output DIR (the folder for the merged model)")
    out = export(args.adapter, args.output, base=args.base, dtype=args.dtype)
    print(f"merged model written to {out}")
    return 0
