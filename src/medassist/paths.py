"""Where MedAssist keeps things: package assets, the user cache and data directories."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# What a front end needs at run time ships in the model room; what only training/evaluation reads
# ships in the training room.
MODEL_ASSETS_DIR = PACKAGE_DIR / "model" / "assets"
TRAINING_ASSETS_DIR = PACKAGE_DIR / "training" / "assets"
# The prepared MedQuAD corpus (all cleaned records, with their split) shipped in the wheel: the
# retrieval index is built from it, and `data prepare` re-creates the splits from it.
MEDQUAD_CORPUS = MODEL_ASSETS_DIR / "medquad.jsonl.gz"
PUBMEDQA_TEST = TRAINING_ASSETS_DIR / "pubmedqa_test.jsonl.gz"
# The shipped fine-tuned adapter: package data, so an installed wheel serves it too.
DEFAULT_ADAPTER = PACKAGE_DIR / "model" / "adapters" / "medassist-smollm2"
DEFAULT_DATA_DIR = Path("data/medquad")
# Meaningful only in a source checkout (git provenance of training runs).
REPO_DIR = PACKAGE_DIR.parents[1]


def cache_dir() -> Path:
    """MEDASSIST_CACHE, else $XDG_CACHE_HOME/medassist, else ~/.cache/medassist."""
    if env := os.environ.get("MEDASSIST_CACHE"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "medassist"


def data_dir() -> Path:
    """MEDASSIST_DATA_DIR, else $XDG_DATA_HOME/medassist, else ~/.local/share/medassist: user data
    that must outlive a cache clean (the conversation database)."""
    if env := os.environ.get("MEDASSIST_DATA_DIR"):
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "medassist"


def private_dir(path: Path) -> Path:
    """`path` as a folder; created (with any missing parents) readable by its owner only (0700),
    since it holds the conversation database. An existing folder is left as it is: its mode is the
    owner's choice."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(mode=0o700)
    except FileExistsError:
        return path
    os.chmod(path, 0o700)  # mkdir's mode passes through the umask; be exact
    return path
