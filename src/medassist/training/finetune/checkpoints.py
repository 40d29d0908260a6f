"""Resumable checkpoints: the Trainer writes `checkpoints/checkpoint-N/` file by file, so a run killed
mid-save leaves a partial folder. After each save we add a manifest (file names + sizes) as the last
file; a checkpoint counts as complete only if its manifest exists and every listed file matches.

The manifest also lists the training sessions (one per process: device, steps, wall time) that led to
the checkpoint, so a run resumed across machines or days still reports where and how long it trained."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from medassist.io import write_json

log = logging.getLogger(__name__)

MANIFEST = "medassist_complete.json"
_CKPT = re.compile(r"^checkpoint-(\d+)$")


def write_manifest(ckpt: Path, sessions: list[dict] | None = None) -> None:
    files = {p.relative_to(ckpt).as_posix(): p.stat().st_size
             for p in sorted(ckpt.rglob("*")) if p.is_file() and p.name != MANIFEST}
    write_json(ckpt / MANIFEST, {"files": files, "sessions": list(sessions or [])})


def sessions_of(ckpt: Path | None) -> list[dict]:
    """The training sessions recorded in `ckpt`'s manifest, oldest first ([] for none, or a manifest
    written before sessions were recorded)."""
    if ckpt is None:
        return []
    try:
        sessions = json.loads((ckpt / MANIFEST).read_text()).get("sessions", [])
    except (OSError, ValueError, AttributeError):
        return []
    return [s for s in sessions if isinstance(s, dict)] if isinstance(sessions, list) else []


def problem(ckpt: Path) -> str | None:
    """Why `ckpt` cannot be resumed from, or None when it is complete."""
    manifest = ckpt / MANIFEST
    if not manifest.exists():
        return "no completion manifest (the run stopped while saving it)"
    try:
        files = json.loads(manifest.read_text())["files"]
    except (ValueError, KeyError, TypeError):
        return "unreadable manifest"
    for name, size in files.items():
        p = ckpt / name
        if not p.exists():
            return f"{name} is missing"
        if p.stat().st_size != size:
            return f"{name} has {p.stat().st_size} bytes, expected {size}"
    if not (ckpt / "trainer_state.json").exists():
        return "trainer_state.json is missing"
    try:
        from safetensors import safe_open

        for st in ckpt.glob("*.safetensors"):
            with safe_open(str(st), "pt") as f:
                f.keys()
    except Exception as e:  # a corrupt header or truncated tensor data
        return f"unreadable safetensors ({type(e).__name__}: {e})"
    return None


def step_of(ckpt: Path) -> int:
    m = _CKPT.match(ckpt.name)
    return int(m.group(1)) if m else -1


def last_complete(checkpoints_dir: Path) -> Path | None:
    """The newest resumable checkpoint; partial or corrupt ones are skipped with a warning."""
    if not checkpoints_dir.is_dir():
        return None
    candidates = sorted((p for p in checkpoints_dir.iterdir() if p.is_dir() and step_of(p) >= 0),
                        key=step_of, reverse=True)
    for ckpt in candidates:
        why = problem(ckpt)
        if why is None:
            return ckpt
        log.warning("skipping checkpoint %s: %s", ckpt, why)
    return None
