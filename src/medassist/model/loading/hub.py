"""Hub access that fails fast: offline, a hub id that is not cached gives one clear error, never a hang."""

from __future__ import annotations

import functools
import os
import socket
from urllib.parse import urlparse

from medassist.errors import MedAssistError

OFFLINE_HINT = (
    "The Hugging Face hub is not reachable from here. Use the embedded offline default "
    "'smollm2-135m-instruct' (--model smollm2-135m-instruct) or a local directory holding a "
    "transformers model."
)


@functools.lru_cache(maxsize=1)
def hub_reachable(timeout: float = 3.0) -> bool:
    """True when the hub's host accepts a TCP connection within `timeout` seconds."""
    if os.environ.get("HF_HUB_OFFLINE", "0").lower() in ("1", "true", "yes"):
        return False
    host = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co")).hostname or "huggingface.co"
    try:
        with socket.create_connection((host, 443), timeout=timeout):
            return True
    except OSError:
        return False


DATASET_OFFLINE_HINT = (
    "The Hugging Face hub is not reachable from here. Pass a local file or folder as --input, or "
    "leave --input out to use the shipped MedQuAD corpus (the offline default)."
)


def require_hub(repo_id: str, kind: str = "model") -> None:
    if not hub_reachable():
        hint = DATASET_OFFLINE_HINT if kind == "dataset" else OFFLINE_HINT
        raise MedAssistError(f"{kind} {repo_id!r} is not cached locally. {hint}")


def cached_snapshot(repo_id: str) -> str | None:
    """The local snapshot folder of a cached hub model, or None (never touches the network)."""
    from huggingface_hub import snapshot_download

    try:
        return snapshot_download(repo_id, local_files_only=True)
    except Exception:  # not cached (LocalEntryNotFoundError and friends)
        return None
