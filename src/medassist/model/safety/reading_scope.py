"""One reading per text within one message's safety checks (issue 21 latency).

The input check and the output check read the same few texts again and again: the question's framing in the input
triage and again in the output check's reading of the question; an answer sentence's rules once on their own and again
inside the readers by context (after a connective, joined to the previous sentence, read as after a self-harm question);
the previous sentence's rules with each next sentence; and `check_input` on the question once more where the output check
asks what the input check made of it (`output_context._input_emergency`). Every one of those readers is a pure function
of its arguments, so within a scope (`reading_scope`) the first call's result stands for the rest.

The memo lives only as long as its scope: `check_input` and `OutputChecker.check_many` each open one for their call (or
join the one already open), `AnswerCheck` keeps one per answer and a `Turn` one per message (its input check and its
answer's checks). Outside a scope nothing is kept, and a scope is per context (`contextvars`): two people's messages
checked at once in two threads never share one, and no text outlives the message it came with.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_memo: ContextVar[dict | None] = ContextVar("safety_reading_memo", default=None)
# False: no scope opens, every reader reads afresh (what ran before session 48: bench/safety_latency.py times both in one
# run, and tests/model/safety/test_reading_scope.py compares their verdicts)
ENABLED = True


@contextlib.contextmanager
def reading_scope(memo: dict | None = None) -> Iterator[dict]:
    """Within the block, `per_scope` readers read each set of arguments once. `memo`: a dict to keep the readings in
    (the caller's, to go on with it in a later block of the same message: `AnswerCheck`); by default the scope already
    open, else a new one dropped at the end of the block."""
    current = _memo.get()
    if not ENABLED:
        yield {}
        return
    if memo is None:
        memo = current if current is not None else {}
    if memo is current:
        yield memo
        return
    token = _memo.set(memo)
    try:
        yield memo
    finally:
        _memo.reset(token)


def per_scope(f: F) -> F:
    """`f` (a pure function of hashable arguments, returning a value nobody mutates) read once per arguments within
    an open `reading_scope`; outside one it runs every time, as before. `f.__wrapped__` is the function itself."""

    @functools.wraps(f)
    def read(*args, **kwargs):
        memo = _memo.get()
        if memo is None:
            return f(*args, **kwargs)
        key = (read, args, tuple(sorted(kwargs.items())) if kwargs else ())
        try:
            return memo[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable argument (a list of earlier messages): read afresh
            return f(*args, **kwargs)
        value = memo[key] = f(*args, **kwargs)
        return value

    return read  # type: ignore[return-value]
