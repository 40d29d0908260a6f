"""The `medassist` command: each subsystem registers its own subcommands (recipes over small parts)."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from medassist import __version__, extras, logging_setup
from medassist.errors import MedAssistError

# Each module exposes register(subparsers); argument parsing stays cheap (heavy imports are lazy).
COMMAND_MODULES = [
    "medassist.training.data.cli",
    "medassist.model.loading.cli",
    "medassist.training.evaluate.cli",
    "medassist.training.card",
    "medassist.bot.commands.serve",
    "medassist.bot.commands.admin",
    "medassist.bot.commands.bots",
    "medassist.training.finetune.cli",
    "medassist.training.safety.cli",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="medassist", description=__doc__)
    parser.add_argument("--version", action="version", version=f"medassist {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    # Its own dest: `serve --log-content` (the request log's) would overwrite a shared one with False.
    parser.add_argument("--log-content", dest="global_log_content", action="store_true",
                        help="allow question and answer text in the logs (off by default, at any verbosity: "
                             "health text is personal data); secrets are masked either way")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    content = args.global_log_content or getattr(args, "log_content", False)
    if content:
        args.log_content = True  # `medassist --log-content serve` logs request text like `serve --log-content`
    logging_setup.configure(verbose=args.verbose, content=content)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        extras.require_for(args.func)  # a missing extra fails now, not after the model has loaded
        return int(args.func(args) or 0)
    except MedAssistError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as e:  # a late import of an extra's module that no check caught
        extra = extras.extra_providing(e.name or "")
        if extra is None:
            raise
        print(f"error: {extras.missing_message(extra, [e.name])}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
