"""`medassist safety train-dose|train-self-harm|train-frames` share one command (head_fitting.register_trainer): --out and
--seed (when the config has one) reach the trainer's config, whose record is printed as JSON."""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

from medassist.training.safety.head_fitting import register_trainer


@dataclass(frozen=True)
class Seeded:
    out: Path = Path("default.npz")
    seed: int = 0
    c: float = 10.0


@dataclass(frozen=True)
class Unseeded:
    out: Path = Path("default.npz")


def _command(config):
    seen = []
    parser = argparse.ArgumentParser()
    register_trainer(parser.add_subparsers(), "train-x", "fit x", "Fit x.", config,
                     lambda cfg: seen.append(cfg) or {"out": str(cfg.out)})
    return parser, seen


def test_out_and_seed_reach_the_config_and_the_record_is_printed(capsys):
    parser, seen = _command(Seeded())
    args = parser.parse_args(["train-x", "--out", "h.npz", "--seed", "3"])
    assert args.func(args) == 0
    assert seen == [Seeded(out=Path("h.npz"), seed=3)]
    assert json.loads(capsys.readouterr().out) == {"out": "h.npz"}


def test_a_config_without_a_seed_has_no_seed_option(capsys):
    parser, seen = _command(Unseeded())
    args = parser.parse_args(["train-x"])
    assert not hasattr(args, "seed")
    args.func(args)
    assert seen == [Unseeded()]
