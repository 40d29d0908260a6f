"""Structured request logs: one JSON object per answered request on the `medassist.requests` logger.

Question and answer text stay out of the logs unless the operator opts in (`--log-content`):
health questions are personal data.
"""

from __future__ import annotations

import json
import logging
import sys
import time
import uuid

log = logging.getLogger("medassist.requests")


def new_request_id() -> str:
    return uuid.uuid4().hex[:16]


def configure(stream=sys.stderr) -> None:
    """Write request records as bare JSON lines (no logging prefix), so tools can parse them."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(logging.INFO)
    log.propagate = False


def log_turn(turn, *, route: str, request_id: str, status: int = 200, log_content: bool = False,
             question: str | None = None, reply: str | None = None, **extra) -> dict:
    """Log one finished turn (a `medassist.model.assistant.Turn`, or None when refused earlier)."""
    record: dict = {"event": "chat", "route": route, "request_id": request_id, "status": status}
    if turn is not None:
        gen = turn.generation
        record.update(
            safety=turn.action, category=turn.category, passages=len(turn.passages),
            retrieval_ms=round(turn.retrieval_s * 1000, 1),
            duration_s=round(time.perf_counter() - turn.started, 3))
        if gen is not None:
            record.update(prompt_tokens=gen.prompt_tokens, completion_tokens=gen.completion_tokens,
                          dropped_turns=gen.dropped_turns, finish_reason=gen.finish_reason,
                          ttft_s=None if gen.ttft_s is None else round(gen.ttft_s, 3))
    record.update(extra)
    if log_content:
        record.update(question=question, reply=reply)
    log.info(json.dumps(record, ensure_ascii=False))
    return record
