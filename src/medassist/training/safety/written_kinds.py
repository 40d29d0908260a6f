"""Development text written as `label kind | text` lines, one message a line (the ninth round's self-harm kinds, the
tenth round's own-medicine kinds), split by a rule fixed before the text was read: each fourth message line (3, 7, 11,
... counting from 0) is validation, the rest train. Appending lines never moves an older line's split."""

from __future__ import annotations

from pathlib import Path

VALIDATION_EVERY = 4


def read_kinds(path: Path) -> list[dict]:
    """The file's messages: {"label", "kind", "text", "split"}, the split by the line's position."""
    rows = []
    for label, _, text in (line.partition("|") for line in Path(path).read_text(encoding="utf-8").splitlines()
                           if line.strip() and not line.startswith("#")):
        label, *kind = label.split()
        split = "validation" if len(rows) % VALIDATION_EVERY == VALIDATION_EVERY - 1 else "train"
        rows.append({"label": label, "kind": kind[0] if kind else "", "text": text.strip(), "split": split})
    return rows
