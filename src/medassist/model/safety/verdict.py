"""What the safety layer decides about one user message."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Action = Literal["ok", "reject", "emergency"]


@dataclass(frozen=True)
class SafetyVerdict:
    """`reject`: the input is unusable, `message` says why (the model never sees it).
    `emergency`: a red flag happening now, `message` is the fixed emergency text, sent instead of
    any model output. `ok`: answer normally; a `notice` (if any) is shown with the answer."""

    action: Action
    category: str
    message: str | None = None
    notice: str | None = None

    def __post_init__(self):
        if self.action not in ("ok", "reject", "emergency"):
            raise ValueError(f"unknown safety action {self.action!r}")
        if self.action != "ok" and not self.message:
            raise ValueError(f"a {self.action!r} verdict needs a message")
