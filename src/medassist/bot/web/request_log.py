"""Structured request logs: one JSON object per answered request on the `medassist.requests` logger,
and the privacy rules of uvicorn's access log.

Question and answer text stay out of the logs unless the operator opts in (`--log-content`):
health questions are personal data. The access log keeps the path but not the query string of
the admin desk and the user routes, whose filters (`?user=...&search=...`) name people and
search terms.
"""

from __future__ import annotations

import copy
import json
import logging
import sys
import time
import uuid

from medassist.logging_setup import PrivacyFilter, content_logging_enabled, protect

log = logging.getLogger("medassist.requests")
PRIVATE_QUERY_PREFIXES = ("/admin", "/v1/users")


def _private_query(path: str) -> bool:
    return any(path == p or path.startswith(p + "/") or path.startswith(p + "?") for p in PRIVATE_QUERY_PREFIXES)


class AccessPathFilter(logging.Filter):
    """Drops the query string of PRIVATE_QUERY_PREFIXES paths from uvicorn's access records, whose
    arguments are (client address, method, path with query, HTTP version, status)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 5 and isinstance(args[2], str) and "?" in args[2]:
            path = args[2]
            if _private_query(path):
                record.args = (*args[:2], path.split("?", 1)[0], *args[3:])
        return True


def uvicorn_log_config() -> dict:
    """uvicorn's own logging config, with the privacy filter on its handlers and the query-string
    rule on its access log (its loggers do not propagate, so the root handlers never see them)."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {}).update({
        "privacy": {"()": PrivacyFilter},
        "access_paths": {"()": AccessPathFilter},
    })
    config["handlers"]["default"]["filters"] = ["privacy"]
    config["handlers"]["access"]["filters"] = ["access_paths", "privacy"]
    return config


def new_request_id() -> str:
    return uuid.uuid4().hex[:16]


def configure(stream=sys.stderr) -> None:
    """Write request records as bare JSON lines (no logging prefix), so tools can parse them."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(message)s"))
    protect(handler)  # this logger does not propagate: the root handlers' filter never sees it
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
    if log_content or content_logging_enabled():
        record.update(question=question, reply=reply)
    log.info(json.dumps(record, ensure_ascii=False))
    return record
