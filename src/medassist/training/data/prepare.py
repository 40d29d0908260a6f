"""`medassist data prepare`: read -> clean -> de-duplicate -> split -> JSONL splits + stats.json.

Everything is validated and computed in memory first; outputs are written atomically only once the
whole pipeline has succeeded, so bad input never leaves half-written files.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import numpy as np

from medassist.errors import MedAssistError
from medassist.io import atomic_path, read_jsonl, write_json
from medassist.model.records import QARecord
from medassist.training.data.clean import CleanConfig, clean_records, normalise_key
from medassist.training.data.readers import detect_format, read_records
from medassist.training.data.split import SPLIT_NAMES, split_records


def _percentiles(values: list[int]) -> dict[str, float]:
    if not values:
        return {}
    arr = np.asarray(values)
    return {f"p{q}": float(np.percentile(arr, q)) for q in (5, 25, 50, 75, 95, 99)} | {
        "max": int(arr.max()), "mean": round(float(arr.mean()), 1)}


def fingerprint(splits: dict[str, list[dict]]) -> str:
    """A content hash of the prepared splits, recorded by training and checked by evaluation."""
    h = hashlib.sha256()
    for name in SPLIT_NAMES:
        for row in splits.get(name, []):
            h.update(json.dumps([name, row["question"], row["answer"]], ensure_ascii=False).encode())
    return h.hexdigest()[:16]


def prepare(input_path: str, out_dir: str | Path, *, fmt: str = "auto", seed: int = 0,
            ratios: tuple[float, float, float] = (0.8, 0.1, 0.1),
            count_tokens: Callable[[str], int], clean_cfg: CleanConfig | None = None,
            export_corpus: str | Path | None = None, **reader_kwargs) -> dict:
    # Cleaning counts every question and answer, the length statistics count the kept ones again.
    count_tokens = functools.lru_cache(maxsize=None)(count_tokens)
    raw = read_records(input_path, fmt, **reader_kwargs)
    if not raw:
        raise MedAssistError(f"{input_path}: no records found")
    cleaned = clean_records(raw, count_tokens, clean_cfg)
    if not cleaned.records:
        raise MedAssistError(f"{input_path}: every record was dropped in cleaning "
                             f"({dict(cleaned.dropped)}); nothing to write")
    splits = split_records(cleaned.records, ratios, seed)
    rows = {name: [r.to_dict() for r in recs] for name, recs in splits.items()}
    keysets = {name: {normalise_key(r.question) for r in recs} for name, recs in splits.items()}
    overlap = {f"{a}&{b}": len(keysets[a] & keysets[b])
               for i, a in enumerate(SPLIT_NAMES) for b in SPLIT_NAMES[i + 1:]}
    assert not any(overlap.values()), overlap  # the split's guarantee; a bug if it ever fires
    stats = {
        "input": str(input_path),
        "format": detect_format(input_path) if fmt == "auto" else fmt,  # what was actually read
        "seed": seed,
        "ratios": list(ratios),
        "counts": {"read": len(raw), "dropped": sum(cleaned.dropped.values()),
                   "kept": len(cleaned.records)} | {n: len(r) for n, r in rows.items()},
        "dropped_by_reason": dict(sorted(cleaned.dropped.items())),
        "question_overlap_between_splits": overlap,
        "unique_questions": {n: len(k) for n, k in keysets.items()},
        "question_tokens": _percentiles([count_tokens(r.question) for r in cleaned.records]),
        "answer_tokens": _percentiles([count_tokens(r.answer) for r in cleaned.records]),
        "fingerprint": fingerprint(rows),
    }
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise MedAssistError(f"--out {out}: exists and is not a directory")
    # Every file goes to a temp path first and all are renamed together at the end, so a failure
    # while writing (a full disk) leaves the previous set whole rather than a mix of old and new.
    with contextlib.ExitStack() as stack:
        for name in SPLIT_NAMES:
            _stage_jsonl(stack, out / f"{name}.jsonl", rows[name])
        write_json(stack.enter_context(atomic_path(out / "stats.json")), stats)
        if export_corpus:  # the cleaned records before splitting: what the package ships
            _stage_jsonl(stack, Path(export_corpus), (r.to_dict() for r in cleaned.records))
    return stats


def _stage_jsonl(stack: contextlib.ExitStack, path: Path, rows) -> None:
    """Write rows to a temp file that `stack` renames over `path` on success (gz by the final name)."""
    tmp = stack.enter_context(atomic_path(path))
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(tmp, "wt", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def load_split(data_dir: str | Path, split: str) -> list[QARecord]:
    """Read one prepared split back as records."""
    path = Path(data_dir) / f"{split}.jsonl"
    if not path.exists():
        raise MedAssistError(f"{path}: not found; run `medassist data prepare --out {data_dir}` first")
    return [QARecord.from_dict(r) for r in read_jsonl(path)]


def token_counter(tokenizer_name: str) -> Callable[[str], int]:
    """Length in tokens of a text under a model's tokenizer, as the length bounds count it
    (no special tokens: the chat template adds its own)."""
    from medassist.model.loading import load_tokenizer

    tok = load_tokenizer(tokenizer_name)
    return lambda text: len(tok(text, add_special_tokens=False)["input_ids"])


def ensure_prepared(data_dir: str | Path) -> Path:
    """Return `data_dir`; if it holds no prepared splits, prepare them from the shipped MedQuAD
    corpus first (seed 0, 80/10/10: the same splits `medassist data prepare` writes by default)."""
    from medassist.model.loading.registry import DEFAULT_MODEL
    from medassist.paths import MEDQUAD_CORPUS

    data_dir = Path(data_dir)
    if all((data_dir / f"{s}.jsonl").exists() for s in SPLIT_NAMES):
        return data_dir
    if data_dir.exists() and any(data_dir.iterdir()):
        raise MedAssistError(f"{data_dir}: exists but lacks train/validation/test.jsonl; "
                             "run `medassist data prepare --out` on it or choose another folder")
    print(f"preparing {data_dir} from the shipped MedQuAD corpus", flush=True)
    prepare(str(MEDQUAD_CORPUS), data_dir, count_tokens=token_counter(DEFAULT_MODEL))
    return data_dir
