"""What a trained adapter records about how it was made: base model, data fingerprint, the questions
it was trained on (so evaluation can refuse them), library versions, git commit, resolved config."""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
from collections.abc import Iterable
from pathlib import Path

from medassist.paths import REPO_DIR
from medassist.training.data.leakage import question_hashes

LIBRARIES = ("medassist", "torch", "transformers", "peft", "trl", "accelerate", "datasets", "bitsandbytes")


def library_versions() -> dict[str, str]:
    out = {}
    for name in LIBRARIES:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            pass
    return out


def git_commit() -> dict | None:
    """The source checkout's commit and whether it had uncommitted changes (None outside git)."""
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO_DIR, capture_output=True,
                              text=True, timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO_DIR,
                               capture_output=True, text=True, timeout=10).stdout.strip() != ""
    except (OSError, subprocess.SubprocessError):
        return None
    return {"commit": head, "dirty": dirty}


def data_fingerprint(data_dir: str | Path) -> str | None:
    stats = Path(data_dir) / "stats.json"
    if not stats.exists():
        return None
    return json.loads(stats.read_text()).get("fingerprint")


def training_record(*, base_model: str, data_dir: str | Path, questions: list[str], config: dict,
                    earlier_hashes: Iterable[str] = ()) -> dict:
    """`earlier_hashes`: questions an adapter this one continued from was trained on (kept, so that
    evaluation refuses them too)."""
    hashes = sorted(set(question_hashes(questions)) | set(earlier_hashes))
    return {
        "base_model": base_model,
        "data_dir": str(data_dir),
        "data_fingerprint": data_fingerprint(data_dir),
        "train_questions": len(questions),  # this run's; the hashes also cover earlier_hashes
        "train_question_hashes": hashes,
        "libraries": library_versions(),
        "git": git_commit(),
        "config": config,
    }
