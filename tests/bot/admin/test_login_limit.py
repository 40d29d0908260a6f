"""Guessing an admin password: failures lock the address and the name (429 + Retry-After, the right
password refused too until the lock ends), an unknown name costs the same one scrypt as a known
one, repeated failures are logged without the password or the name, and the limiter's memory is
bounded. The clock is injected: no test sleeps."""

from __future__ import annotations

import hashlib
import logging

import pytest
from desk_seed import ADMIN, PASSWORD

from medassist.bot.admin import accounts
from medassist.bot.admin.login_limit import LoginLimiter, name_tag


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def desk(store):
    """The desk's router alone on an app, with a limiter on a test clock; `open_client(address)`
    gives a client that connects from that address."""
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from medassist.bot.admin.web import admin_router

    accounts.set_password(store, ADMIN, PASSWORD)
    clock = Clock()
    app = FastAPI()
    app.include_router(admin_router(store, limiter=LoginLimiter(clock=clock)))
    clients = []

    def open_client(address: str = "203.0.113.5") -> TestClient:
        c = TestClient(app, client=(address, 50000))
        clients.append(c)
        return c

    yield open_client, clock
    for c in clients:
        c.close()


def test_failures_lock_the_address_until_the_lock_ends(desk, caplog):
    open_client, clock = desk
    c = open_client()
    for _ in range(4):
        assert c.get("/admin/", auth=(ADMIN, "guess")).status_code == 401
    assert c.get("/admin/", auth=(ADMIN, PASSWORD)).status_code == 200  # 4 failures: no lock yet
    for _ in range(5):  # the success cleared the count: five more to lock
        assert c.get("/admin/", auth=(ADMIN, "guess")).status_code == 401
    r = c.get("/admin/", auth=(ADMIN, PASSWORD))  # the right password, during the lock
    assert r.status_code == 429 and r.headers["retry-after"] == "60" and "try again later" in r.text
    clock.now += 59
    r = c.get("/admin/", auth=(ADMIN, PASSWORD))
    assert r.status_code == 429 and r.headers["retry-after"] == "1"
    clock.now += 1
    assert c.get("/admin/", auth=(ADMIN, PASSWORD)).status_code == 200

    # the warning names the address, a hash of the name, never the password or the name itself
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("203.0.113.5" in w and name_tag(ADMIN) in w for w in warnings)
    assert not any("guess" in w or PASSWORD in w or ADMIN in w for w in warnings)


def test_locks_double_and_are_capped(desk):
    open_client, clock = desk
    c = open_client()
    waits = []
    for _ in range(10):
        while (r := c.get("/admin/", auth=(ADMIN, "guess"))).status_code == 401:
            pass
        waits.append(int(r.headers["retry-after"]))
        clock.now += waits[-1]  # past the lock: the next guess is checked again, and fails
    assert waits[:5] == [60, 120, 240, 480, 900] and set(waits[5:]) == {900}


def test_the_name_is_locked_from_every_address(desk):
    open_client, clock = desk
    for i in range(5):  # a guesser spread over five addresses
        assert open_client(f"198.51.100.{i}").get("/admin/", auth=(ADMIN, "guess")).status_code == 401
    assert open_client("192.0.2.77").get("/admin/", auth=(ADMIN, PASSWORD)).status_code == 429
    assert open_client("192.0.2.78").get("/admin/", auth=("bob", "guess")).status_code == 401  # others unaffected
    clock.now += 15 * 60 + 1
    assert open_client("192.0.2.77").get("/admin/", auth=(ADMIN, PASSWORD)).status_code == 200


def test_an_address_is_locked_for_every_name(desk):
    open_client, _ = desk
    c = open_client()
    for name in ("root", "admin", "bob", "carol", "dave"):
        assert c.get("/admin/", auth=(name, "guess")).status_code == 401
    assert c.get("/admin/", auth=(ADMIN, PASSWORD)).status_code == 429
    assert open_client("192.0.2.1").get("/admin/", auth=(ADMIN, PASSWORD)).status_code == 200


def test_unknown_and_known_names_cost_one_scrypt_each(desk, monkeypatch):
    open_client, _ = desk
    calls = []
    real = hashlib.scrypt

    def spy(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", spy)
    counts = {}
    for i, name in enumerate((ADMIN, "mallory", "nobody-at-all")):
        calls.clear()
        assert open_client(f"192.0.2.{i}").get("/admin/", auth=(name, "guess")).status_code == 401
        counts[name] = len(calls)
    assert counts == {ADMIN: 1, "mallory": 1, "nobody-at-all": 1}


def test_the_limiter_memory_is_bounded():
    clock = Clock()
    limiter = LoginLimiter(max_keys=100, clock=clock)
    for _ in range(5):
        limiter.failure("192.0.2.1", ADMIN)
    assert limiter.retry_after("192.0.2.1", ADMIN) == 60
    for i in range(1000):  # a spray of addresses and names: two keys each
        limiter.failure(f"10.0.{i // 256}.{i % 256}", f"name{i}")
        clock.now += 0.01
        assert len(limiter) <= 100
    clock.now += 15 * 60 + 1
    limiter.failure("10.9.9.9", "late")
    assert len(limiter) <= 100


def test_the_start_up_log_counts_admins_without_naming_them(store, caplog):
    from medassist.bot.admin.web import admin_router

    accounts.set_password(store, ADMIN, PASSWORD)
    accounts.set_password(store, "bob.smith", PASSWORD)
    with caplog.at_level(logging.INFO, logger="medassist.bot.admin.web"):
        admin_router(store)
    text = caplog.text
    assert "2 admin accounts" in text and ADMIN not in text and "bob.smith" not in text
