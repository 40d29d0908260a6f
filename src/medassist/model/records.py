"""The one record type every reader produces and every stage consumes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class QARecord:
    question: str
    answer: str
    source: str = ""  # a url where known (MedQuAD keeps its NIH page), else the dataset's name
    id: str = ""
    extra: dict = field(default_factory=dict)  # reader-specific metadata (focus, qtype, ...)

    def to_dict(self) -> dict:
        d = asdict(self)
        if not d["extra"]:
            d.pop("extra")
        return d

    @classmethod
    def from_dict(cls, d: dict) -> QARecord:
        return cls(
            question=d.get("question"),
            answer=d.get("answer"),
            source=d.get("source") or "",
            id=str(d.get("id") or ""),
            extra=d.get("extra") or {},
        )
