"""`medassist models`: the known names and whether each is available offline."""

from __future__ import annotations

import argparse

from medassist.model.loading.registry import DEFAULT_MODEL, KNOWN_MODELS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="list known models and their offline availability")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from medassist.model.loading.loader import availability

    for name, m in KNOWN_MODELS.items():
        mark = " (default)" if name == DEFAULT_MODEL else ""
        print(f"{name}{mark}\t{availability(name)}\t{m.hub_id or ''}\t{m.description}")
    print("Any local transformers folder or hub id (owner/name) also works with --model.")
    return 0
