"""Where MedAssist keeps things: package assets, the user cache, the repo's configs."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ASSETS_DIR = PACKAGE_DIR / "data" / "assets"
# The prepared MedQuAD corpus (all cleaned records, with their split) shipped in the wheel.
MEDQUAD_CORPUS = ASSETS_DIR / "medquad.jsonl.gz"
PUBMEDQA_TEST = ASSETS_DIR / "pubmedqa_test.jsonl.gz"


def cache_dir() -> Path:
    """MEDASSIST_CACHE, else $XDG_CACHE_HOME/medassist, else ~/.cache/medassist."""
    if env := os.environ.get("MEDASSIST_CACHE"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "medassist"

REPO_DIR = PACKAGE_DIR.parents[1]  # meaningful for a source checkout (editable install)
# The shipped fine-tuned adapter; serve/chat use it by default when present.
DEFAULT_ADAPTER = REPO_DIR / "adapters" / "medassist-smollm2"
DEFAULT_DATA_DIR = Path("data/medquad")
