"""A bounded, fair admission queue in front of the generation engine.

At most `max_active` requests generate at once and at most `max_waiting` wait; one more is refused at
once with `Busy` (HTTP 503 + Retry-After on the API) rather than queued without bound. Waiting requests
are admitted round-robin across their `user` keys, so one person's burst of messages cannot starve
everyone else: each user with something waiting gets a turn before anyone gets a second one.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict, deque

from medassist.errors import MedAssistError

DEFAULT_MAX_ACTIVE = 16  # measured on the 2-core CPU: 16 at once beat 8 for 16 people (bench/concurrent_chat.py)
DEFAULT_MAX_WAITING = 64


class Busy(MedAssistError):
    """Too many requests: every generation slot is taken and the waiting line is full."""

    def __init__(self, active: int, waiting: int, retry_after_s: int):
        super().__init__(f"the assistant is busy ({active} answers in progress, {waiting} waiting); "
                         f"please try again in about {retry_after_s} s")
        self.active = active
        self.waiting = waiting
        self.retry_after_s = retry_after_s


class Ticket:
    """One request's place: admitted (may generate) once `admitted` is set."""

    __slots__ = ("user", "admitted", "left")

    def __init__(self, user: object):
        self.user = user
        self.admitted = threading.Event()
        self.left = False


class FairQueue:
    def __init__(self, max_active: int = DEFAULT_MAX_ACTIVE, max_waiting: int = DEFAULT_MAX_WAITING):
        if max_active < 1:
            raise MedAssistError(f"max_active must be at least 1, got {max_active}")
        if max_waiting < 0:
            raise MedAssistError(f"max_waiting must be at least 0, got {max_waiting}")
        self.max_active = max_active
        self.max_waiting = max_waiting
        self._lock = threading.Lock()
        self._active = 0
        self._waiting: OrderedDict[object, deque[Ticket]] = OrderedDict()  # user -> their tickets, in turn order
        self._n_waiting = 0
        self._mean_s: float | None = None  # running mean of answer durations, for Retry-After

    def enter(self, user: str | None = None) -> Ticket:
        """A ticket, admitted at once when a slot is free and nobody waits; else queued; else Busy.
        Requests without a user key are each their own user."""
        ticket = Ticket(user if user is not None else object())
        with self._lock:
            if self._active < self.max_active and self._n_waiting == 0:
                self._active += 1
                ticket.admitted.set()
                return ticket
            if self._n_waiting >= self.max_waiting:
                raise Busy(self._active, self._n_waiting, self._retry_after())
            self._waiting.setdefault(ticket.user, deque()).append(ticket)
            self._n_waiting += 1
        return ticket

    def leave(self, ticket: Ticket, duration_s: float | None = None) -> None:
        """Give back the slot (or the place in line); idempotent. The next waiting user is admitted."""
        with self._lock:
            if ticket.left:
                return
            ticket.left = True
            if ticket.admitted.is_set():
                self._active -= 1
                if duration_s is not None:
                    self._mean_s = duration_s if self._mean_s is None else 0.8 * self._mean_s + 0.2 * duration_s
            else:
                line = self._waiting.get(ticket.user)
                if line is not None and ticket in line:
                    line.remove(ticket)
                    self._n_waiting -= 1
                    if not line:
                        del self._waiting[ticket.user]
            self._admit()

    def _admit(self) -> None:
        while self._active < self.max_active and self._waiting:
            user, line = next(iter(self._waiting.items()))
            ticket = line.popleft()
            self._n_waiting -= 1
            if line:
                self._waiting.move_to_end(user)  # this user's next request waits for everyone else's turn
            else:
                del self._waiting[user]
            self._active += 1
            ticket.admitted.set()

    def _retry_after(self) -> int:
        # About the time for the line ahead to drain at the recent answer rate, within [1, 60] s.
        per = self._mean_s if self._mean_s is not None else 5.0
        return max(1, min(60, math.ceil(per * (1 + self._n_waiting / self.max_active))))

    def stats(self) -> dict:
        with self._lock:
            return {"active": self._active, "waiting": self._n_waiting, "max_active": self.max_active,
                    "max_waiting": self.max_waiting}
