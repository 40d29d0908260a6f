"""The `medassist` command: each subsystem registers its own subcommands (recipes over small parts)."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from medassist import __version__
from medassist.errors import MedAssistError

# Each module exposes register(subparsers); argument parsing stays cheap (heavy imports are lazy).
COMMAND_MODULES = [
    "medassist.training.data.cli",
    "medassist.model.loading.cli",
    "medassist.training.evaluate.cli",
    "medassist.training.card",
    "medassist.bot.cli",
    "medassist.bot.store_cli",
    "medassist.bot.platform_cli",
    "medassist.training.finetune.cli",
    "medassist.training.safety.cli",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="medassist", description=__doc__)
    parser.add_argument("--version", action="version", version=f"medassist {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        return int(args.func(args) or 0)
    except MedAssistError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
