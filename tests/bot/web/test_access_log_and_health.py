"""What `medassist serve` tells outsiders and its own logs: uvicorn's access log keeps the desk's
paths but not their filters (names, search terms), and /health names the adapter without its path."""

from __future__ import annotations

import io
import logging
import threading
import time

import httpx

from medassist.bot.admin import accounts

ADMIN, PASSWORD = "alice", "correct horse battery"


def serve(app):
    """uvicorn with the logging config `medassist serve` uses; returns (server, thread, url, access_log)."""
    import socket

    import uvicorn

    from medassist.bot.web.request_log import uvicorn_log_config

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="info", log_config=uvicorn_log_config()))
    access = io.StringIO()
    logging.getLogger("uvicorn.access").handlers[0].setStream(access)  # configured by Config(): capture it
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{sock.getsockname()[1]}", access


def test_access_log_drops_the_desks_query_strings(assistant, settings, store):
    from medassist.bot.web.server import build_app

    accounts.set_password(store, ADMIN, PASSWORD)
    server, thread, url, access = serve(build_app(assistant, defaults=settings, ui=False, store=store))
    try:
        with httpx.Client(base_url=url, auth=(ADMIN, PASSWORD)) as c:
            assert c.get("/admin/conversations", params={"user": "ann-1001", "search": "chest pain"}).status_code == 200
            assert c.get("/admin/export", params={"format": "csv", "search": "chest pain"}).status_code == 200
            assert c.get("/health", params={"probe": "k8s"}).status_code == 200
    finally:
        server.should_exit = True
        thread.join(10)
    log = access.getvalue()
    assert '"GET /admin/conversations HTTP/1.1" 200' in log and '"GET /admin/export HTTP/1.1" 200' in log
    assert "ann-1001" not in log and "chest" not in log and "search=" not in log
    assert "/health?probe=k8s" in log  # other paths keep theirs


def test_health_names_the_adapter_without_its_path(api_client, runtime, monkeypatch):
    monkeypatch.setattr(runtime, "adapter", "/home/alice/private/adapters/medassist-smollm2")
    r = api_client.get("/health")
    assert r.json()["adapter"] == "medassist-smollm2" and "/home/alice" not in r.text


def test_models_names_the_adapter_without_its_path(api_client, runtime, monkeypatch):
    monkeypatch.setattr(runtime, "adapter", "/home/alice/private/adapters/medassist-smollm2")
    r = api_client.get("/v1/models")
    assert r.json()["data"][0]["adapter"] == "medassist-smollm2" and "/home/alice" not in r.text
