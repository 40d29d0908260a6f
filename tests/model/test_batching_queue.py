"""The bounded fair queue in front of the engine (model/queue.py)."""

from __future__ import annotations

import pytest

from medassist.errors import MedAssistError
from medassist.model.queue import Busy, FairQueue


def _admitted(tickets) -> list:
    return [t for t in tickets if t.admitted.is_set()]


def test_free_slots_admit_at_once_and_the_limit_queues_then_refuses():
    q = FairQueue(max_active=2, max_waiting=1)
    a, b = q.enter("a"), q.enter("b")
    assert a.admitted.is_set() and b.admitted.is_set()
    c = q.enter("c")
    assert not c.admitted.is_set() and q.stats() == {"active": 2, "waiting": 1, "max_active": 2, "max_waiting": 1}
    with pytest.raises(Busy) as busy:
        q.enter("d")
    assert isinstance(busy.value, MedAssistError) and busy.value.retry_after_s >= 1
    assert "2 answers in progress, 1 waiting" in str(busy.value)
    q.leave(a)
    assert c.admitted.is_set() and q.stats()["waiting"] == 0
    q.leave(a)  # idempotent: a second leave frees nothing more
    assert q.stats()["active"] == 2


def test_one_persons_burst_cannot_starve_others():
    q = FairQueue(max_active=1, max_waiting=10)
    holder = q.enter("x")
    burst = [q.enter("alice") for _ in range(4)]
    bob, carol = q.enter("bob"), q.enter("carol")
    order = []
    current = holder
    for _ in range(6):
        q.leave(current)  # one slot frees: exactly one waiting request is admitted
        (current,) = [t for t in _admitted([*burst, bob, carol]) if t not in order]
        order.append(current)
    assert order == [burst[0], bob, carol, burst[1], burst[2], burst[3]]


def test_a_waiting_request_that_leaves_gives_up_its_place():
    q = FairQueue(max_active=1, max_waiting=2)
    holder = q.enter("x")
    gone, stays = q.enter("a"), q.enter("b")
    q.leave(gone)  # cancelled while waiting
    assert q.stats()["waiting"] == 1
    q.leave(holder)
    assert stays.admitted.is_set() and not gone.admitted.is_set() and q.stats()["active"] == 1


def test_requests_without_a_user_are_each_their_own_user():
    q = FairQueue(max_active=1, max_waiting=5)
    holder = q.enter()
    anon = [q.enter() for _ in range(2)]
    alice = q.enter("alice")
    q.leave(holder)
    assert anon[0].admitted.is_set()
    q.leave(anon[0])
    assert anon[1].admitted.is_set()  # FIFO among anonymous requests, not grouped into one user
    q.leave(anon[1])
    assert alice.admitted.is_set()


def test_bad_limits_are_clear_errors():
    with pytest.raises(MedAssistError, match="max_active"):
        FairQueue(max_active=0)
    with pytest.raises(MedAssistError, match="max_waiting"):
        FairQueue(max_waiting=-1)
