"""Development text written as `label kind | text` lines, one message a line (the ninth round's self-harm kinds, the
tenth round's own-medicine kinds, the thirteenth round's of both), split by a rule fixed before the text was read:
each fourth message line (3, 7, 11, ... counting from 0) is validation, the rest train, unless the file says
otherwise before its first message in a `# validation every N` line (the thirteenth round's files: every third).
Appending lines never moves an older line's split."""

from __future__ import annotations

import re
from pathlib import Path

VALIDATION_EVERY = 4
_EVERY = re.compile(r"^#\s*validation every (\d+)\s*$")


def read_kinds(path: Path) -> list[dict]:
    """The file's messages: {"label", "kind", "text", "split"}, the split by the line's position."""
    rows, every = [], VALIDATION_EVERY
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if (directive := _EVERY.match(line)) and not rows:
            every = int(directive.group(1))
        if not line.strip() or line.startswith("#"):
            continue
        label, _, text = line.partition("|")
        label, *kind = label.split()
        split = "validation" if len(rows) % every == every - 1 else "train"
        rows.append({"label": label, "kind": kind[0] if kind else "", "text": text.strip(), "split": split})
    return rows
