"""Atomic file writes: a crash or bad input never leaves a half-written output behind."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temp path beside `path`; rename it over `path` only if the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file the user's usual mode
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_text(path: str | os.PathLike, text: str) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_json(path: str | os.PathLike, obj: Any) -> None:
    write_text(path, json.dumps(obj, indent=2, ensure_ascii=False, default=str) + "\n")


def write_jsonl(path: str | os.PathLike, rows: Iterable[dict]) -> None:
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    with atomic_path(path) as tmp, opener(tmp, "wt", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_jsonl(path: str | os.PathLike) -> list[dict]:
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    from medassist.errors import MedAssistError

    rows = []
    lineno = 1
    try:
        with opener(path, "rt", encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        raise MedAssistError(f"{path}: line {lineno}: malformed JSON ({e.msg})") from None
    except UnicodeDecodeError as e:
        # The decoder's offset is within a read chunk; find the line from the whole file's bytes.
        raw = gzip.open(path).read() if path.suffix == ".gz" else path.read_bytes()
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as whole:
            lineno = raw[: whole.start].count(b"\n") + 1
        raise MedAssistError(f"{path}: line {lineno}: not UTF-8 text ({e.reason})") from None
    except gzip.BadGzipFile as e:
        raise MedAssistError(f"{path}: not a gzip file ({e})") from None
    return rows
