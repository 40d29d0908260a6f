"""Committed turns survive kill -9, and concurrent writers never see "database is locked"."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from medassist.bot.store import Store
from medassist.bot.store.models import Message

WRITER = Path(__file__).with_name("writer.py")


def _writer(url: str, who: str, n: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(WRITER), url, who, str(n)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_sigkill_mid_conversation_loses_no_committed_message(tmp_path):
    db = tmp_path / "crash.db"
    url = f"sqlite:///{db}"
    proc = _writer(url, "crash", 0)  # writes until killed
    printed: list[int] = []
    try:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        deadline = time.monotonic() + 60
        while len(printed) < 300 and time.monotonic() < deadline:
            printed.append(int(proc.stdout.readline()))
    finally:
        os.kill(proc.pid, signal.SIGKILL)  # in the middle of the loop, mid-transaction or not
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    printed += [int(line) for line in proc.stdout.read().split()]  # ids printed just before the kill
    assert len(printed) >= 300

    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store = Store.open(url)
    try:
        with store.reading() as s:
            stored = set(s.scalars(select(Message.id)))
        assert set(printed) <= stored
        assert len(stored) - len(printed) <= 1  # at most the one committed before its id was printed
    finally:
        store.close()


def test_two_processes_migrate_and_write_one_file_at_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.db'}"  # no database yet: both start by migrating it
    procs = [_writer(url, f"p{i}", 150) for i in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert "locked" not in err
        assert len(out.split()) == 151
    store = Store.open(url)
    try:
        with store.reading() as s:
            assert len(s.scalars(select(Message.id)).all()) == 300
    finally:
        store.close()


def test_threads_share_one_store(store):
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            user = store.touch_user("test", f"t{i}")
            conv = store.current_conversation(user.id, platform="test", chat_id=f"t{i}")
            for j in range(25):
                store.add_message(conv, "user", f"{i}-{j}")
                store.history(conv, limit=10)
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.stats()["messages"] == 200


def test_in_memory_store_is_one_database_for_every_thread():
    store = Store.open("sqlite://")  # tests and throw-away demos: nothing on disk
    user = store.touch_user("test", "m")
    conv = store.current_conversation(user.id, platform="test", chat_id="m")
    threads = [threading.Thread(target=lambda: [store.add_message(conv, "user", "hi") for _ in range(20)])
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(store.history(conv, limit=500)) == 80
    store.close()


def test_two_processes_migrate_one_postgresql_database_at_once(postgres_url):
    procs = [_writer(postgres_url, f"pg{i}", 20) for i in range(3)]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert len(out.split()) == 21


class _LockedThenFree:
    """A cursor whose WAL switch is refused as SQLite refuses the loser of two first opens."""

    def __init__(self, refusals: int):
        self.refusals, self.calls = refusals, 0

    def execute(self, sql: str):
        self.calls += 1
        if self.calls <= self.refusals:
            raise sqlite3.OperationalError("database is locked")


def test_wal_switch_retries_a_lock_refused_at_once_then_gives_up_at_the_timeout():
    from medassist.bot.store.engine import enable_wal

    cur = _LockedThenFree(refusals=3)
    enable_wal(cur, poll_s=0.001)
    assert cur.calls == 4
    t0 = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        enable_wal(_LockedThenFree(refusals=10**6), wait_s=0.1, poll_s=0.001)
    assert time.monotonic() - t0 < 2
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):  # other errors are not retried
        enable_wal(_Raising("disk I/O error"))


class _Raising:
    def __init__(self, message: str):
        self.message = message

    def execute(self, sql: str):
        raise sqlite3.OperationalError(self.message)
