"""A seeded, leakage-free split: records sharing a normalised question land in the same split."""

from __future__ import annotations

import random
from collections import defaultdict

from medassist.errors import MedAssistError
from medassist.model.records import QARecord
from medassist.training.data.clean import normalise_key

SPLIT_NAMES = ("train", "validation", "test")


def parse_ratios(text: str) -> tuple[float, float, float]:
    try:
        parts = tuple(float(x) for x in text.split(","))
    except ValueError:
        raise MedAssistError(f"--split {text!r}: expected three numbers like 0.8,0.1,0.1") from None
    if len(parts) != 3 or any(p < 0 for p in parts) or abs(sum(parts) - 1.0) > 1e-6 or parts[0] == 0:
        raise MedAssistError(f"--split {text!r}: need three non-negative fractions summing to 1, train > 0")
    return parts  # type: ignore[return-value]


def split_records(records: list[QARecord], ratios: tuple[float, float, float] = (0.8, 0.1, 0.1),
                  seed: int = 0) -> dict[str, list[QARecord]]:
    groups: dict[str, list[QARecord]] = defaultdict(list)
    for rec in records:
        groups[normalise_key(rec.question)].append(rec)
    keys = sorted(groups)  # sorted first so the shuffle depends only on the seed
    random.Random(seed).shuffle(keys)
    total = len(records)
    targets = [ratios[1] * total, ratios[2] * total]  # validation, test; the rest is train
    out: dict[str, list[QARecord]] = {name: [] for name in SPLIT_NAMES}
    for key in keys:
        group = groups[key]
        if len(out["validation"]) + len(group) <= targets[0] + 0.5 and ratios[1] > 0:
            out["validation"].extend(group)
        elif len(out["test"]) + len(group) <= targets[1] + 0.5 and ratios[2] > 0:
            out["test"].extend(group)
        else:
            out["train"].extend(group)
    return out
