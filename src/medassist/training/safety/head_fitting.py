"""What the trainers of the MiniLM heads (self-harm, own medicine, frames) share: the embedder they must be fitted on,
unit vectors of many texts at once, and their `medassist safety train-*` command."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import fields, replace
from pathlib import Path

import numpy as np

from medassist.model.safety.prototypes import EMBEDDER


def unit(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float64)
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)


def fitting_detector(detector, head: str):
    """The triage detector whose embedder the head is fitted on; exits with a message naming `head` without it."""
    from medassist.model.retrieval.embedder import embedder_name
    from medassist.model.safety import learned

    detector = detector or learned.detector()
    if detector is None or embedder_name(detector.embedder) != EMBEDDER:
        raise SystemExit(f"the {head} head needs the embedder {EMBEDDER}")
    return detector


def encode(detector, texts: list[str]) -> np.ndarray:
    """Unit embeddings of `texts`, 256 at a time."""
    return unit(np.vstack([detector.embed(texts[i:i + 256]) for i in range(0, len(texts), 256)]))


def register_trainer(ssub: argparse._SubParsersAction, name: str, help: str, description: str, config,
                     train: Callable) -> None:
    """`medassist safety <name>`: --out (and --seed when the `config` dataclass has one) over its defaults, then
    `train(config)`'s record printed as JSON."""
    p = ssub.add_parser(name, help=help, description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, default=config.out, help="where to write the head (default: %(default)s)")
    seeded = "seed" in {f.name for f in fields(config)}
    if seeded:
        p.add_argument("--seed", type=int, default=config.seed)

    def run(args: argparse.Namespace) -> int:
        chosen = {"out": args.out, **({"seed": args.seed} if seeded else {})}
        print(json.dumps(train(replace(config, **chosen)), indent=2))
        return 0

    p.set_defaults(func=run)
