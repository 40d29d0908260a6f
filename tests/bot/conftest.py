"""Bot-room fixtures: the web app on the shared tiny runtime (root conftest) and a live server."""

from __future__ import annotations

import socket
import threading
import time

import pytest


@pytest.fixture
def api_client(assistant, settings):
    from fastapi.testclient import TestClient

    from medassist.bot.web.server import build_app

    with TestClient(build_app(assistant, defaults=settings, ui=False)) as client:
        yield client


class LiveServer:
    """uvicorn serving an app on 127.0.0.1 on a free port, in a thread."""

    def __init__(self, app):
        import uvicorn

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=2))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


@pytest.fixture
def live_server():
    return LiveServer


@pytest.fixture
def store(tmp_path):
    """The conversation store on a fresh SQLite file (migrated to head), closed afterwards."""
    from medassist.bot.store import Store

    s = Store.open(f"sqlite:///{tmp_path / 'store.db'}")
    yield s
    s.close()
